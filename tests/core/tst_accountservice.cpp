#include "TestSession.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace dsar;

class TestAccountService : public QObject
{
    Q_OBJECT
private slots:
    void initialiseRefusals();
    void loginAndRefusals();
    void failedLoginsMakeTheNextAttemptWait();
    void unknownNamesWaitAlike();
    void lockoutGrows_data();
    void lockoutGrows();
    void disabledAccountIsRefused();
    void passwordChangeRewrapsTheSameKey();
    void onlyAdministratorsSetOthersPasswords();
    void namesAndPasswordsAreChecked_data();
    void namesAndPasswordsAreChecked();
    void passwordIsNotStored();
};

void TestAccountService::initialiseRefusals()
{
    FixedClock clock(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC));
    std::unique_ptr<Database> db
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing).value();
    QVERIFY(!AccountService::initialise(*db, clock, {}).ok());
    Result<SignedIn> notAdmin = AccountService::initialise(
        *db, clock, { { QStringLiteral("karin"), Role::Dpo, QStringLiteral("karins-password") } });
    QVERIFY(!notAdmin.ok());
    QVERIFY2(notAdmin.error().contains(QLatin1String("administrator")), qPrintable(notAdmin.error()));
    Result<SignedIn> noAccounts = AccountService::login(*db, clock, QStringLiteral("karin"), QStringLiteral("x"));
    QVERIFY2(noAccounts.error().contains(QLatin1String("init --admin")), qPrintable(noAccounts.error()));

    QVERIFY(AccountService::initialise(*db, clock,
                                       { { QStringLiteral("admin"), Role::Admin, QStringLiteral("admin-password") } })
                .ok());
    Result<SignedIn> again = AccountService::initialise(
        *db, clock, { { QStringLiteral("other"), Role::Admin, QStringLiteral("other-password") } });
    QVERIFY(!again.ok());
    QCOMPARE(SqlQuery::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users")).value().toInt(), 1);
    QCOMPARE(SqlQuery::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM keystore")).value().toInt(), 1);
}

void TestAccountService::loginAndRefusals()
{
    test::TestSession t;
    Database& db = t.session->database();
    Result<SignedIn> ok = AccountService::login(db, t.clock, QStringLiteral("user"), test::TestSession::userPassword);
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(ok->actor.role, Role::Handlaggare);
    QCOMPARE(ok->keys.keyId(), t.session->keys().keyId());

    Result<SignedIn> wrong
        = AccountService::login(db, t.clock, QStringLiteral("user"), QStringLiteral("wrong-password"));
    Result<SignedIn> unknown
        = AccountService::login(db, t.clock, QStringLiteral("nobody"), QStringLiteral("whatever1"));
    QVERIFY(!wrong.ok());
    QVERIFY(!unknown.ok());
    // The same answer, so a user name cannot be probed.
    QCOMPARE(wrong.error(), unknown.error());
    QVERIFY2(!wrong.error().contains(test::TestSession::userPassword), qPrintable(wrong.error()));
}

void TestAccountService::failedLoginsMakeTheNextAttemptWait()
{
    test::TestSession t;
    Database& db = t.session->database();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!AccountService::login(db, t.clock, QStringLiteral("user"), QStringLiteral("wrong-password")).ok());
    // Locked now: even the right password waits.
    Result<SignedIn> locked
        = AccountService::login(db, t.clock, QStringLiteral("user"), test::TestSession::userPassword);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().contains(QLatin1String("wait 2 second")), qPrintable(locked.error()));
    t.clock.setNow(t.clock.now().addSecs(3));
    Result<SignedIn> later
        = AccountService::login(db, t.clock, QStringLiteral("user"), test::TestSession::userPassword);
    QVERIFY2(later.ok(), qPrintable(later.error()));
    QCOMPARE(
        SqlQuery::scalar(db, QStringLiteral("SELECT failed_logins FROM users WHERE name = 'user'")).value().toInt(), 0);
}

void TestAccountService::unknownNamesWaitAlike()
{
    // Waits are counted per typed name, so they do not reveal which names are accounts.
    test::TestSession t;
    Database& db = t.session->database();
    QString known;
    QString unknown;
    for (int i = 0; i < 4; ++i) {
        known = AccountService::login(db, t.clock, QStringLiteral("user"), QStringLiteral("wrong-password")).error();
        unknown
            = AccountService::login(db, t.clock, QStringLiteral("nobody"), QStringLiteral("wrong-password")).error();
    }
    QVERIFY2(unknown.contains(QLatin1String("wait")), qPrintable(unknown));
    QCOMPARE(unknown, known);
    // Another name is not held up by them.
    QVERIFY(AccountService::login(db, t.clock, QStringLiteral("admin"), test::TestSession::adminPassword).ok());
}

void TestAccountService::lockoutGrows_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("first") << 1 << 0;
    QTest::newRow("second") << 2 << 0;
    QTest::newRow("third") << 3 << 2;
    QTest::newRow("fourth") << 4 << 4;
    QTest::newRow("fifth") << 5 << 8;
    QTest::newRow("tenth") << 10 << 256;
    QTest::newRow("capped") << 40 << 900;
}

void TestAccountService::lockoutGrows()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(AccountService::lockoutSeconds(failures), seconds);
}

void TestAccountService::disabledAccountIsRefused()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    QVERIFY(
        t.session->accounts().addUser({ QStringLiteral("karin"), Role::Dpo, QStringLiteral("karins-password") }).ok());
    QVERIFY(t.session->accounts().disable(QStringLiteral("karin")).ok());
    Result<SignedIn> refused = AccountService::login(t.session->database(), t.clock, QStringLiteral("karin"),
                                                     QStringLiteral("karins-password"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("disabled")), qPrintable(refused.error()));
    QVERIFY(!t.session->accounts().disable(QStringLiteral("admin")).ok()); // not your own
}

void TestAccountService::passwordChangeRewrapsTheSameKey()
{
    test::TestSession t;
    const SubjectRecord subject = t.addSubject(QStringLiteral("Sven Prov"));
    QVERIFY(t.session->accounts().changePassword(QStringLiteral("user"), QStringLiteral("a-new-password")).ok());
    Database& db = t.session->database();
    QVERIFY(!AccountService::login(db, t.clock, QStringLiteral("user"), test::TestSession::userPassword).ok());
    Result<SignedIn> fresh
        = AccountService::login(db, t.clock, QStringLiteral("user"), QStringLiteral("a-new-password"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    // The data key is the same, so the data written before still opens.
    SubjectService subjects(db, t.clock, fresh->actor, fresh->keys);
    QCOMPARE(subjects.byId(subject.id)->name, QStringLiteral("Sven Prov"));
}

void TestAccountService::onlyAdministratorsSetOthersPasswords()
{
    test::TestSession t;
    const Status refused = t.session->accounts().changePassword(QStringLiteral("admin"), QStringLiteral("taken-over!"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("admin")), qPrintable(refused.error()));
    QVERIFY(
        AccountService::login(t.session->database(), t.clock, QStringLiteral("admin"), test::TestSession::adminPassword)
            .ok());
}

void TestAccountService::namesAndPasswordsAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("short password") << QStringLiteral("karin") << QStringLiteral("short")
                                    << QStringLiteral("at least 8");
    QTest::newRow("password is the name")
        << QStringLiteral("karinsson") << QStringLiteral("KARINSSON") << QStringLiteral("user name");
    QTest::newRow("SQL in the name") << QStringLiteral("x'; DROP TABLE users; --") << QStringLiteral("long-enough-1")
                                     << QStringLiteral("not a valid user name");
    QTest::newRow("very long name") << QString(100000, QLatin1Char('a')) << QStringLiteral("long-enough-1")
                                    << QStringLiteral("not a valid user name");
    QTest::newRow("existing name") << QStringLiteral("admin") << QStringLiteral("long-enough-1")
                                   << QStringLiteral("already");
}

void TestAccountService::namesAndPasswordsAreChecked()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, messagePart);
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const qint64 before = t.countRows(QStringLiteral("users"));
    Result<UserRecord> added = t.session->accounts().addUser({ name, Role::Handlaggare, password });
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(messagePart), qPrintable(added.error().left(300)));
    QCOMPARE(t.countRows(QStringLiteral("users")), before);
}

void TestAccountService::passwordIsNotStored()
{
    test::TestSession t;
    Result<QSqlQuery> rows
        = SqlQuery::exec(t.session->database(), QStringLiteral("SELECT kdf, salt, verifier, wrapped_key FROM users"));
    QVERIFY(rows.ok());
    while (rows.value().next()) {
        QVERIFY(rows.value().value(0).toString().startsWith(QLatin1String("scrypt$")));
        for (int column = 1; column < 4; ++column) {
            const QByteArray value = rows.value().value(column).toByteArray();
            QVERIFY(!value.contains(test::TestSession::userPassword.toUtf8()));
            QVERIFY(!value.contains(test::TestSession::adminPassword.toUtf8()));
            QVERIFY(!value.contains(t.session->keys().dataKey()));
        }
    }
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
