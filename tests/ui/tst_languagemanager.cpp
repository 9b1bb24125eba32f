#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

// The language choice: saved setting first, then the system's language; switching sets the locale.
class TestLanguageManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedChoiceWins_data();
    void savedChoiceWins();
    void systemLanguageWithoutSavedChoice();
    void switchingSetsLocaleAndRemembers();
    void windowsHearOfTheChange();
};

void TestLanguageManager::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagemanager"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestLanguageManager::init()
{
    QSettings().clear();
}

void TestLanguageManager::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestLanguageManager::savedChoiceWins_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<LanguageManager::Language>("expected");
    QTest::newRow("sv") << "sv" << LanguageManager::Language::Swedish;
    QTest::newRow("en") << "en" << LanguageManager::Language::English;
}

void TestLanguageManager::savedChoiceWins()
{
    QFETCH(QString, saved);
    QFETCH(LanguageManager::Language, expected);
    QSettings().setValue(QStringLiteral("language"), saved);
    QCOMPARE(LanguageManager::initialLanguage(), expected);
}

void TestLanguageManager::systemLanguageWithoutSavedChoice()
{
    const LanguageManager::Language expected = QLocale::system().language() == QLocale::Swedish
        ? LanguageManager::Language::Swedish
        : LanguageManager::Language::English;
    QCOMPARE(LanguageManager::initialLanguage(), expected);
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("klingon"));
    QCOMPARE(LanguageManager::initialLanguage(), expected);
}

void TestLanguageManager::switchingSetsLocaleAndRemembers()
{
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    languages.setLanguage(LanguageManager::Language::Swedish);
    QCOMPARE(languages.language(), LanguageManager::Language::Swedish);
    QCOMPARE(QLocale().language(), QLocale::Swedish);
    QCOMPARE(QLocale().territory(), QLocale::Sweden);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("sv"));
    QCOMPARE(changed.size(), 1);

    languages.setLanguage(LanguageManager::Language::English);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().territory(), QLocale::UnitedKingdom);
    QCOMPARE(LanguageManager::initialLanguage(), LanguageManager::Language::English);
}

// Without any translation installed Qt sends nothing, yet dates must be reformatted: the manager says so.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

void TestLanguageManager::windowsHearOfTheChange()
{
    LanguageChangeCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    {
        LanguageManager languages;
        languages.setLanguage(LanguageManager::Language::Swedish);
        QVERIFY(counter.count >= 1);
        const int before = counter.count;
        languages.setLanguage(LanguageManager::Language::English);
        QVERIFY(counter.count > before);
    }
    QCoreApplication::instance()->removeEventFilter(&counter);
}

QTEST_MAIN(TestLanguageManager)

#include "tst_languagemanager.moc"
