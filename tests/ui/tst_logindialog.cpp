#include "LoginDialog.h"
#include "common/Clock.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

// Signing in as a user does, against a database file with real accounts (the dialog reopens the file for
// each attempt, so an in-memory database would not do).
class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC); }
    static const QString dpoPassword;
    static const QString adminPassword;

    std::unique_ptr<LoginDialog> showDialog();
    template <typename T>
    static T* child(QWidget* dialog, const QString& name);
    static void signIn(LoginDialog* dialog, const QString& user, const QString& password);
    static QString error(LoginDialog* dialog);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<FixedClock> m_clock;

private slots:
    void init();
    void cleanup();

    void rightPasswordSignsIn_data();
    void rightPasswordSignsIn();
    void wrongPasswordKeepsTheDialogOpen();
    void unknownUserGetsTheSameMessage();
    void repeatedFailuresMustWait();
    void disabledAccountIsRefused();
    void signInNeedsBothFields();
    void passwordIsNotShown();
    void tabOrderAndAccessibleNames();
    void cancelGivesNoSession();
};

const QString TestLoginDialog::dpoPassword = QStringLiteral("dpo-correct-horse");
const QString TestLoginDialog::adminPassword = QStringLiteral("admin-correct-horse");

void TestLoginDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(now());
    m_path = m_dir.filePath(QStringLiteral("login-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    Result<std::unique_ptr<Database>> db = Database::openSqlite(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.error()));
    Result<SignedIn> admin = AccountService::initialise(
        *db.value(), *m_clock,
        { { QStringLiteral("admin"), Role::Admin, adminPassword }, { QStringLiteral("dpo"), Role::Dpo, dpoPassword } });
    QVERIFY2(admin, qPrintable(admin.error()));
}

void TestLoginDialog::cleanup()
{
    m_clock.reset();
}

std::unique_ptr<LoginDialog> TestLoginDialog::showDialog()
{
    Result<std::unique_ptr<Database>> db = Database::openSqlite(m_path, Database::OpenMode::MustExist);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(m_path), qPrintable(db.error()));
    auto dialog = std::make_unique<LoginDialog>(std::move(db).value(), *m_clock);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the dialog did not become active; keyboard tests may fail");
    return dialog;
}

template <typename T>
T* TestLoginDialog::child(QWidget* dialog, const QString& name)
{
    T* found = dialog->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void TestLoginDialog::signIn(LoginDialog* dialog, const QString& user, const QString& password)
{
    auto* userName = child<QLineEdit>(dialog, QStringLiteral("userNameEdit"));
    userName->clear();
    QTest::keyClicks(userName, user);
    auto* passwordEdit = child<QLineEdit>(dialog, QStringLiteral("passwordEdit"));
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
}

QString TestLoginDialog::error(LoginDialog* dialog)
{
    auto* label = child<QLabel>(dialog, QStringLiteral("loginError"));
    return label->isVisible() ? label->text() : QString();
}

void TestLoginDialog::rightPasswordSignsIn_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<Role>("role");
    QTest::newRow("dpo") << "dpo" << dpoPassword << Role::Dpo;
    QTest::newRow("admin") << "admin" << adminPassword << Role::Admin;
}

void TestLoginDialog::rightPasswordSignsIn()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(Role, role);
    std::unique_ptr<LoginDialog> dialog = showDialog();
    signIn(dialog.get(), user, password);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    std::unique_ptr<Session> session = dialog->takeSession();
    QVERIFY(session);
    QCOMPARE(session->actor().userName, user);
    QCOMPARE(session->actor().role, role);
    QCOMPARE(session->database().path(), m_path);
    QVERIFY(!dialog->takeSession());
}

void TestLoginDialog::wrongPasswordKeepsTheDialogOpen()
{
    std::unique_ptr<LoginDialog> dialog = showDialog();
    signIn(dialog.get(), QStringLiteral("dpo"), QStringLiteral("not-the-password"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(error(dialog.get()), QStringLiteral("Unknown user or wrong password."));
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("userNameEdit"))->text(), QStringLiteral("dpo"));
    auto* password = child<QLineEdit>(dialog.get(), QStringLiteral("passwordEdit"));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), password);
    QVERIFY(!dialog->takeSession());

    // The next attempt opens the database afresh and succeeds.
    QTest::keyClicks(password, dpoPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    std::unique_ptr<Session> session = dialog->takeSession();
    QVERIFY(session);
    QCOMPARE(session->actor().role, Role::Dpo);
}

void TestLoginDialog::unknownUserGetsTheSameMessage()
{
    std::unique_ptr<LoginDialog> dialog = showDialog();
    signIn(dialog.get(), QStringLiteral("dpo"), QStringLiteral("not-the-password"));
    const QString wrongPassword = error(dialog.get());
    signIn(dialog.get(), QStringLiteral("nobody"), dpoPassword);
    QVERIFY(dialog->isVisible());
    // Nothing tells whether the account exists.
    QCOMPARE(error(dialog.get()), wrongPassword);
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("userNameEdit"))->text(), QStringLiteral("nobody"));
    QVERIFY(child<QLineEdit>(dialog.get(), QStringLiteral("passwordEdit"))->text().isEmpty());
}

void TestLoginDialog::repeatedFailuresMustWait()
{
    std::unique_ptr<LoginDialog> dialog = showDialog();
    for (int attempt = 0; attempt < 3; ++attempt)
        signIn(dialog.get(), QStringLiteral("dpo"), QStringLiteral("not-the-password"));
    // Even the right password waits until the delay has passed; the core's message says how long.
    signIn(dialog.get(), QStringLiteral("dpo"), dpoPassword);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error(dialog.get()).contains(QStringLiteral("wait")), qPrintable(error(dialog.get())));
    QVERIFY(!dialog->takeSession());

    m_clock->setNow(now().addSecs(60));
    signIn(dialog.get(), QStringLiteral("dpo"), dpoPassword);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->takeSession());
}

void TestLoginDialog::disabledAccountIsRefused()
{
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(m_path, Database::OpenMode::MustExist);
        QVERIFY2(db, qPrintable(db.error()));
        Result<std::unique_ptr<Session>> admin
            = Session::login(std::move(db).value(), *m_clock, QStringLiteral("admin"), adminPassword);
        QVERIFY2(admin, qPrintable(admin.error()));
        Status disabled = admin.value()->accounts().disable(QStringLiteral("dpo"));
        QVERIFY2(disabled, qPrintable(disabled.error()));
    }
    std::unique_ptr<LoginDialog> dialog = showDialog();
    signIn(dialog.get(), QStringLiteral("dpo"), dpoPassword);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error(dialog.get()).contains(QStringLiteral("disabled")), qPrintable(error(dialog.get())));
    QVERIFY(!dialog->takeSession());
}

void TestLoginDialog::signInNeedsBothFields()
{
    std::unique_ptr<LoginDialog> dialog = showDialog();
    auto* signInButton = child<QPushButton>(dialog.get(), QStringLiteral("signInButton"));
    QVERIFY(!signInButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("userNameEdit")), QStringLiteral("dpo"));
    QVERIFY(!signInButton->isEnabled());
    // Enter in an incomplete form neither signs in nor closes the dialog.
    QTest::keyClick(child<QLineEdit>(dialog.get(), QStringLiteral("userNameEdit")), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("passwordEdit")), QStringLiteral("x"));
    QVERIFY(signInButton->isEnabled());
    QCOMPARE(signInButton->text(), QStringLiteral("Sign in"));
}

void TestLoginDialog::passwordIsNotShown()
{
    std::unique_ptr<LoginDialog> dialog = showDialog();
    auto* password = child<QLineEdit>(dialog.get(), QStringLiteral("passwordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(child<QLabel>(dialog.get(), QStringLiteral("loginDatabase"))->text().contains(QStringLiteral("login-")));
}

void TestLoginDialog::tabOrderAndAccessibleNames()
{
    std::unique_ptr<LoginDialog> dialog = showDialog();
    auto* userName = child<QLineEdit>(dialog.get(), QStringLiteral("userNameEdit"));
    auto* password = child<QLineEdit>(dialog.get(), QStringLiteral("passwordEdit"));
    QCOMPARE(QApplication::focusWidget(), userName);
    QTest::keyClick(userName, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), password);
    for (QWidget* widget : std::initializer_list<QWidget*> {
             userName, password, child<QPushButton>(dialog.get(), QStringLiteral("signInButton")),
             child<QPushButton>(dialog.get(), QStringLiteral("cancelButton")) })
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
}

void TestLoginDialog::cancelGivesNoSession()
{
    std::unique_ptr<LoginDialog> dialog = showDialog();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("userNameEdit")), QStringLiteral("dpo"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QVERIFY(!dialog->takeSession());
}

QTEST_MAIN(TestLoginDialog)

#include "tst_logindialog.moc"
