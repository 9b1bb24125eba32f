// Every visible string is translated: the .ts sources have no unfinished entry and keep every placeholder,
// and the compiled catalogues embedded in the app give the Swedish text and the English plural forms.
#include "models/CaseListModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace dsar;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void sourcesAreComplete_data();
    void sourcesAreComplete();
    void swedishCatalogueTranslates();
    void englishCatalogueHasPluralForms();

private:
    static QStringList placeholders(const QString& text);
};

QStringList TestTranslations::placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|[1-9])"));
    QStringList found;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

void TestTranslations::sourcesAreComplete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({ QStringLiteral("*.ts") }, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("dsardesk_sv.ts")));
    QVERIFY(files.contains(QStringLiteral("dsardesk_en.ts")));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::sourcesAreComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList forms;
    bool inTranslation = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (!type.isEmpty())
                    problems << QStringLiteral("%1: \"%2\" is %3").arg(context, source, type);
                inTranslation = true;
                forms.clear();
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                    forms << xml.text().toString();
            } else if (xml.name() == QLatin1String("numerusform") && inTranslation) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
            inTranslation = false;
            ++messages;
            if (forms.isEmpty())
                problems << QStringLiteral("%1: \"%2\" has no translation").arg(context, source);
            for (const QString& form : std::as_const(forms)) {
                if (form.trimmed().isEmpty() || placeholders(form) != placeholders(source))
                    problems << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(context, source, form);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::swedishCatalogueTranslates()
{
    QTranslator swedish;
    QVERIFY(swedish.load(QStringLiteral(":/i18n/dsardesk_sv.qm")));
    QCoreApplication::installTranslator(&swedish);
    CaseRecord record;
    record.status = CaseStatus::Received;
    record.currentDue = QDate(2027, 4, 22);
    QCOMPARE(CaseListModel::daysLeftText(record, QDate(2027, 4, 22)), QStringLiteral("Förfaller i dag"));
    QCOMPARE(CaseListModel::daysLeftText(record, QDate(2027, 4, 21)), QStringLiteral("1 dag kvar"));
    QCOMPARE(CaseListModel::daysLeftText(record, QDate(2027, 4, 19)), QStringLiteral("3 dagar kvar"));
    QCOMPARE(RequestRights::article(RequestRight::ConsentWithdrawal), QStringLiteral("art. 7.3"));
    QCoreApplication::removeTranslator(&swedish);
}

void TestTranslations::englishCatalogueHasPluralForms()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/dsardesk_en.qm")));
    QCoreApplication::installTranslator(&english);
    CaseRecord record;
    record.status = CaseStatus::InProgress;
    record.currentDue = QDate(2027, 4, 20);
    QCOMPARE(CaseListModel::daysLeftText(record, QDate(2027, 4, 21)), QStringLiteral("1 day overdue"));
    QCOMPARE(CaseListModel::daysLeftText(record, QDate(2027, 4, 25)), QStringLiteral("5 days overdue"));
    QCOMPARE(CaseListModel::daysLeftText(record, QDate(2027, 4, 18)), QStringLiteral("2 days left"));
    QCoreApplication::removeTranslator(&english);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
