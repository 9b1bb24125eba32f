// End-to-end tests of dsarctl: the real program through QProcess, each test on a fresh database in a
// temporary folder, with a fixed DSAR_TODAY and HOME/XDG_DATA_HOME isolated so that the user's own
// database is never touched. The database is inspected through Qt Sql (read-only, but for the tampering
// tests). Every sign-in costs a memory-hard password derivation, so the databases the tests start from
// are made once, through dsarctl itself, and copied.
#include "DsarctlHarness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <fcntl.h>
#include <functional>
#include <memory>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace {

QStringList referencesOf(const QJsonValue& cases)
{
    QStringList references;
    const QJsonArray array = cases.toArray();
    for (const QJsonValue& item : array)
        references << item.toObject().value(QStringLiteral("reference")).toString();
    return references;
}

// A sidecar file (-wal, -journal) with content would mean that something was written.
bool hasWrittenSidecar(const QString& path)
{
    for (const char* suffix : { "-wal", "-journal" }) {
        const QFileInfo sidecar(path + QLatin1String(suffix));
        if (sidecar.exists() && sidecar.size() > 0)
            return true;
    }
    return false;
}

// A pseudo-terminal that dsarctl gets as its controlling terminal (its /dev/tty), to type a password at the
// prompt as a person would.
class PseudoTerminal
{
public:
    PseudoTerminal()
        : m_master(::posix_openpt(O_RDWR | O_NOCTTY))
    {
        if (m_master >= 0 && ::grantpt(m_master) == 0 && ::unlockpt(m_master) == 0)
            m_slave = QByteArray(::ptsname(m_master));
    }
    ~PseudoTerminal()
    {
        if (m_master >= 0)
            ::close(m_master);
    }
    PseudoTerminal(const PseudoTerminal&) = delete;
    PseudoTerminal& operator=(const PseudoTerminal&) = delete;

    bool isValid() const { return m_master >= 0 && !m_slave.isEmpty(); }
    // Makes the pseudo-terminal the controlling terminal of a process about to start.
    void attach(QProcess& process) const
    {
        const QByteArray slave = m_slave;
        process.setChildProcessModifier([slave] {
            ::setsid();
            const int fd = ::open(slave.constData(), O_RDWR);
            if (fd >= 0) {
                ::ioctl(fd, TIOCSCTTY, 0);
                ::close(fd);
            }
        });
    }
    // Everything the program wrote to the terminal until `wanted` appears (or the time is up).
    QByteArray readUntil(const QByteArray& wanted, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_seen.contains(wanted) && timer.elapsed() < timeoutMs) {
            pollfd ready { m_master, POLLIN, 0 };
            if (::poll(&ready, 1, 50) > 0 && (ready.revents & POLLIN)) {
                char buffer[256];
                const ssize_t got = ::read(m_master, buffer, sizeof buffer);
                if (got > 0)
                    m_seen.append(buffer, got);
            }
        }
        return m_seen;
    }
    void type(const QByteArray& keys) { QCOMPARE_GE(::write(m_master, keys.constData(), size_t(keys.size())), 0); }
    // The settings of the terminal's side that the program sees.
    bool echoes() const
    {
        const int fd = ::open(m_slave.constData(), O_RDWR | O_NOCTTY);
        termios settings {};
        const bool read = fd >= 0 && ::tcgetattr(fd, &settings) == 0;
        if (fd >= 0)
            ::close(fd);
        return read && (settings.c_lflag & ECHO);
    }
    QByteArray seen() const { return m_seen; }

private:
    int m_master;
    QByteArray m_slave;
    QByteArray m_seen;
};

} // namespace

using namespace dsar::clitest;

class TestDsarctl : public QObject, public DsarctlHarness
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // 1. deadline
    void deadlineExamples_data();
    void deadlineExamples();
    void deadlineSeveralInputsKeepTheirOrder();
    void deadlineRefusals_data();
    void deadlineRefusals();
    // 2. pnr
    void pnr_data();
    void pnr();
    void pnrCenturyFollowsToday_data();
    void pnrCenturyFollowsToday();
    void pnrExitStatusSaysWhetherAllAreValid();
    // 3. init and where the database is
    void initCreatesTheSchema();
    void initRefusesAnExistingDatabase();
    void initDemo();
    void defaultLocationIsTheUsersDataFolder();
    void databaseChoice_data();
    void databaseChoice();
    void emptyDatabaseOptionIsRefused_data();
    void emptyDatabaseOptionIsRefused();
    // 4. databases that are not ours to change
    void newerDatabaseIsRefusedAndUntouched_data();
    void newerDatabaseIsRefusedAndUntouched();
    void newerDatabaseWithPendingWalIsUntouched();
    void foreignFilesAreRefusedAndUntouched_data();
    void foreignFilesAreRefusedAndUntouched();
    // 5. a missing database
    void missingDatabaseIsNotCreated_data();
    void missingDatabaseIsNotCreated();
    // 6. subject add
    void subjectAdd();
    void subjectAddRefusals_data();
    void subjectAddRefusals();
    // 7. case open
    void caseOpen();
    void caseOpenLinked_data();
    void caseOpenLinked();
    void caseOpenReceipt_data();
    void caseOpenReceipt();
    void caseOpenRefusals_data();
    void caseOpenRefusals();
    void caseOpenNeedsAControllerAmongSeveral();
    void caseOpenController_data();
    void caseOpenController();
    // 8. case list
    void caseList();
    void caseListFilters_data();
    void caseListFilters();
    void caseListUsageErrors_data();
    void caseListUsageErrors();
    void caseListDueWithinFarAhead();
    // 9. case show
    void caseShow();
    void caseShowRefusals_data();
    void caseShowRefusals();
    // 10. DSAR_TODAY
    void dsarToday_data();
    void dsarToday();
    // 11. audit trail
    void auditEventsHoldNoPersonalData();
    // 12. usage
    void usage_data();
    void usage();
    void commandHelp_data();
    void commandHelp();
    void helpForCommandGroups_data();
    void helpForCommandGroups();
    // 13. signing in
    void initAdminCreatesTheFirstAccount();
    void initAdminRefusals_data();
    void initAdminRefusals();
    void signInNeedsAUserAndAPassword();
    void wrongPasswordAndUnknownUserAreRefusedAlike();
    void repeatedFailuresMakeTheNextAttemptWait();
    void disabledAccountIsRefused();
    void passwordPromptDoesNotEcho();
    void interruptedPromptRestoresTheTerminal();
    // 14. accounts and roles
    void userAddAndList();
    void userAddRefusals_data();
    void userAddRefusals();
    void rolesAreEnforced_data();
    void rolesAreEnforced();
    void passwordChange();
    // 15. audit trail
    void auditVerify();
    void auditVerifyFindsAnAlteredEvent();
    void auditVerifyFindsADeletedEvent();
    void auditExport();
    // 16. retention
    void purgeDryRunOnTheDemo();
    void settingsAreListedAndSetByAnAdministrator();
    void registerListsTheDemoActivities();
    void purgeRemovesCasesPastRetention();
    // 17. hostile input and data at rest
    void hostileInputIsStoredOrRefusedCleanly();
    void personalDataIsEncryptedAtRest();

private:
    // On the test's database, with `terminal` as the controlling terminal; `interact` types at it.
    Run runOnTerminal(PseudoTerminal& terminal, const QStringList& arguments, const QProcessEnvironment& env,
                      const std::function<void()>& interact) const;
    QString defaultDatabasePath() const;

    QVariantList column(const QString& sql, const QString& database = {}) const;
    qint64 scalar(const QString& sql) const;
    // Writes as another program would; `whileOpen` runs before the connection closes.
    static bool writeSql(const QString& database, const QStringList& statements,
                         const std::function<void()>& whileOpen = {});
    QString tableCounts() const;

    // The test's database becomes a copy of a prepared one (see initTestCase()).
    bool copyDatabase(const QString& prepared);
    // Accounts admin, dpo and handlaggare; nothing else.
    bool initDatabase() { return copyDatabase(m_bare); }
    // "init --demo".
    bool initDemoDatabase() { return copyDatabase(m_demo); }
    qint64 addController();
    qint64 addSubject(const QString& name, const QString& pnr = {}, const QString& email = {});
    // One organisation (Exempel AB) and one data subject (Tolvan); returns the subject's id or -1.
    qint64 seedOneOrganisation();
    // seedOneOrganisation() and four cases; returns their references.
    QStringList seedFourCases();
    // The rows of every table but the accounts' (whose login counters change), to show nothing changed.
    QByteArray dataFingerprint() const;
    qint64 demoSubjectId(const QString& name) const { return m_demoSubjects.value(name, -1); }

    // Prepared once: the databases that tests start from.
    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_bare;
    QString m_demo;
    QString m_oneOrganisation;
    QString m_fourCases;
    qint64 m_oneOrganisationSubject = -1;
    QStringList m_fourCaseReferences;
    QHash<QString, qint64> m_demoSubjects;
};

void TestDsarctl::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(DSARCTL_PATH)).isExecutable(), DSARCTL_PATH);
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));

    // The databases the tests start from, made through dsarctl as a user would.
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    init();
    auto prepare = [this](const QString& user, const QStringList& arguments, const QString& newPassword = {}) {
        QProcessEnvironment env = environment(fixedToday, user);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("DSAR_NEW_PASSWORD"), newPassword);
        const Run done = run(onDb(arguments), env);
        if (done.exitCode != 0)
            qWarning() << describe(done, 0);
        return done;
    };

    m_bare = m_db = m_prepared->filePath(QStringLiteral("bare.sqlite"));
    QCOMPARE(prepare(admin, args({ "init", "--admin", "admin" })).exitCode, 0);
    for (const QString& user : { dpo, handlaggare })
        QCOMPARE(prepare(admin, args({ "user", "add", "--role" }) << user << user, demoPassword(user)).exitCode, 0);

    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(prepare(QString(), args({ "init", "--demo" })).exitCode, 0);
    const Run subjects = prepare(handlaggare, args({ "subject", "list", "--json" }));
    const QJsonArray subjectArray = subjects.json().toArray();
    for (const QJsonValue& subject : subjectArray) {
        const QString name = subject.toObject().value(QStringLiteral("name")).toString();
        if (!m_demoSubjects.contains(name))
            m_demoSubjects.insert(name, subject.toObject().value(QStringLiteral("id")).toInteger());
    }
    QVERIFY(m_demoSubjects.contains(QStringLiteral("Sven Prov")));

    m_oneOrganisation = m_prepared->filePath(QStringLiteral("one-organisation.sqlite"));
    m_db = m_oneOrganisation;
    QVERIFY(QFile::copy(m_bare, m_db));
    QVERIFY(addController() > 0);
    m_oneOrganisationSubject = addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                          QStringLiteral("tolvan@example.se"));
    QVERIFY(m_oneOrganisationSubject > 0);

    // Four requests, one case each, opened on 2027-03-10; the references in order of opening:
    // due 2027-02-15 (access), 2027-03-10 (erasure), 2027-03-22 (access; 20 March is a Saturday),
    // 2027-04-05 (objection).
    m_fourCases = m_prepared->filePath(QStringLiteral("four-cases.sqlite"));
    m_db = m_fourCases;
    QVERIFY(QFile::copy(m_oneOrganisation, m_db));
    const QList<std::pair<const char*, const char*>> requests = { { "access", "2027-01-15" },
                                                                  { "erasure", "2027-02-10" },
                                                                  { "access", "2027-02-20" },
                                                                  { "objection", "2027-03-05" } };
    for (const auto& [right, received] : requests) {
        const Run opened = prepare(handlaggare,
                                   args({ "case", "open", "--json", "--right", right, "--received", received })
                                       << QStringLiteral("--subject") << QString::number(m_oneOrganisationSubject));
        QCOMPARE(opened.exitCode, 0);
        m_fourCaseReferences << referencesOf(opened.json());
    }
    QCOMPARE(m_fourCaseReferences.size(), 4);
    cleanup();
}

void TestDsarctl::init()
{
    QVERIFY(startTest());
}

void TestDsarctl::cleanup()
{
    endTest();
}

Run TestDsarctl::runOnTerminal(PseudoTerminal& terminal, const QStringList& arguments, const QProcessEnvironment& env,
                               const std::function<void()>& interact) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    terminal.attach(process);
    process.start(QStringLiteral(DSARCTL_PATH), onDb(arguments));
    Run result;
    if (!process.waitForStarted(20000)) {
        result.err = "dsarctl did not start: " + process.errorString().toUtf8();
        return result;
    }
    interact();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        result.err = "dsarctl did not finish; the terminal showed: " + terminal.seen();
        return result;
    }
    terminal.readUntil("\n", 200); // whatever came last
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

QString TestDsarctl::defaultDatabasePath() const
{
    // QStandardPaths::AppDataLocation for the application "dsardesk" without an organisation name.
    return path(QStringLiteral("xdg-data/dsardesk/dsardesk/dsardesk.sqlite"));
}

QVariantList TestDsarctl::column(const QString& sql, const QString& database) const
{
    static int connections = 0;
    const QString name = QStringLiteral("inspect-%1").arg(++connections);
    QVariantList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database.isEmpty() ? m_db : database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    values << query.value(0);
            } else {
                qWarning() << sql << query.lastError().text();
            }
        } else {
            qWarning() << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

bool TestDsarctl::writeSql(const QString& database, const QStringList& statements,
                           const std::function<void()>& whileOpen)
{
    const QString name = QStringLiteral("writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        if (ok && whileOpen)
            whileOpen();
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 TestDsarctl::scalar(const QString& sql) const
{
    const QVariantList values = column(sql);
    return values.isEmpty() ? -1 : values.constFirst().toLongLong();
}

QString TestDsarctl::tableCounts() const
{
    QStringList counts;
    for (const char* table : { "controllers", "subjects", "requests", "cases", "audit_events", "schema_migrations" }) {
        const QString name = QString::fromLatin1(table);
        counts << name + QLatin1Char('=') + QString::number(scalar(QStringLiteral("SELECT COUNT(*) FROM ") + name));
    }
    return counts.join(QLatin1Char(' '));
}

bool TestDsarctl::copyDatabase(const QString& prepared)
{
    QFile::remove(m_db);
    if (!QFile::copy(prepared, m_db))
        return false;
    // Copies are read-only when the original is; the tests write.
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    return !QFileInfo::exists(prepared + QStringLiteral("-wal"))
        || QFile::copy(prepared + QStringLiteral("-wal"), m_db + QStringLiteral("-wal"));
}

qint64 TestDsarctl::addController()
{
    const Run added = runAs(admin,
                            args({ "controller", "add", "--name", "Exempel AB", "--org-number", "556036-0793",
                                   "--email", "dataskydd@example.se", "--json" }));
    if (added.exitCode != 0)
        qWarning() << describe(added, 0);
    return added.exitCode == 0 ? added.json().toObject().value(QStringLiteral("id")).toInteger(-1) : -1;
}

qint64 TestDsarctl::addSubject(const QString& name, const QString& pnr, const QString& email)
{
    QStringList arguments = args({ "subject", "add", "--json", "--name" }) << name;
    if (!pnr.isEmpty())
        arguments << QStringLiteral("--pnr") << pnr;
    if (!email.isEmpty())
        arguments << QStringLiteral("--email") << email;
    const Run added = run(onDb(arguments));
    if (added.exitCode != 0)
        qWarning() << describe(added, 0);
    return added.exitCode == 0 ? added.json().toObject().value(QStringLiteral("id")).toInteger(-1) : -1;
}

qint64 TestDsarctl::seedOneOrganisation()
{
    return copyDatabase(m_oneOrganisation) ? m_oneOrganisationSubject : -1;
}

QStringList TestDsarctl::seedFourCases()
{
    return copyDatabase(m_fourCases) ? m_fourCaseReferences : QStringList();
}

QByteArray TestDsarctl::dataFingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : { "controllers", "subjects", "requests", "cases", "case_reference_counters",
                               "audit_events", "audit_head", "purge_records", "keystore", "settings" }) {
        const QString name = QString::fromLatin1(table);
        QStringList quoted;
        const QVariantList columns = column(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(name));
        for (const QVariant& columnName : columns)
            quoted << QStringLiteral("quote(%1)").arg(columnName.toString());
        hash.addData(table);
        const QVariantList rows = column(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(quoted.join(QStringLiteral(" || '|' || ")), name));
        for (const QVariant& row : rows)
            hash.addData(QByteArray(row.toString().toUtf8() + '\n'));
    }
    return hash.result().toHex();
}

// 1. deadline ------------------------------------------------------------------------------------------------

void TestDsarctl::deadlineExamples_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("dates"); // input, received, due, extended_due, extended_target

    // LEGAL.md 1.1, the example table (profile EU).
    const QString eu = QStringLiteral("EU");
    QTest::newRow("same date; ext. 5 June is a Saturday")
        << eu << args({ "2027-03-05", "2027-03-05", "2027-04-05", "2027-06-07", "2027-06-07" });
    QTest::newRow("clamp") << eu << args({ "2027-08-31", "2027-08-31", "2027-09-30", "2027-11-30", "2027-11-30" });
    QTest::newRow("clamp to 28 Feb (Sunday), target earlier")
        << eu << args({ "2027-01-31", "2027-01-31", "2027-03-01", "2027-04-30", "2027-04-28" });
    QTest::newRow("leap year; 30 Apr Sunday, 1 May holiday")
        << eu << args({ "2028-01-31", "2028-01-31", "2028-02-29", "2028-05-02", "2028-05-02" });
    QTest::newRow("Good Friday, Easter Monday, Tuesday")
        << eu << args({ "2027-02-26", "2027-02-26", "2027-03-30", "2027-05-26", "2027-05-26" });
    QTest::newRow("midsommarafton stays in EU")
        << eu << args({ "2027-05-25", "2027-05-25", "2027-06-25", "2027-08-25", "2027-08-25" });
    QTest::newRow("juldagen Fri, annandag jul Sat, Sunday")
        << eu << args({ "2026-11-25", "2026-11-25", "2026-12-28", "2027-02-25", "2027-02-25" });
    // The same receipt under SE1930: midsommarafton is not a working day there.
    QTest::newRow("SE1930: midsommarafton moves to Monday")
        << QStringLiteral("SE1930") << args({ "2027-05-25", "2027-05-25", "2027-06-28", "2027-08-25", "2027-08-25" });
    // Instants are dated in Stockholm, never in UTC (and never in the local zone, here UTC+14).
    QTest::newRow("instant 22:30Z on 31 March is 1 April")
        << eu << args({ "2027-03-31T22:30:00Z", "2027-04-01", "2027-05-03", "2027-07-01", "2027-07-01" });
    QTest::newRow("instant with offset") << eu
                                         << args({ "2027-04-01T00:30:00+02:00", "2027-04-01", "2027-05-03",
                                                   "2027-07-01", "2027-07-01" });
    QTest::newRow("instant 21:59Z on 31 March is still 31 March")
        << eu << args({ "2027-03-31T21:59:00Z", "2027-03-31", "2027-04-30", "2027-06-30", "2027-06-30" });
}

void TestDsarctl::deadlineExamples()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, dates);

    const Run result = run(QStringList { QStringLiteral("deadline"), QStringLiteral("--json"),
                                         QStringLiteral("--profile"), profile, dates.at(0) });
    EXPECT_EXIT(result, 0);
    const QJsonArray array = result.json().toArray();
    QCOMPARE(array.size(), 1);
    const QJsonObject deadline = array.first().toObject();
    QCOMPARE(deadline.value(QStringLiteral("input")).toString(), dates.at(0));
    QCOMPARE(deadline.value(QStringLiteral("profile")).toString(), profile);
    QCOMPARE(deadline.value(QStringLiteral("received")).toString(), dates.at(1));
    QCOMPARE(deadline.value(QStringLiteral("due")).toString(), dates.at(2));
    QCOMPARE(deadline.value(QStringLiteral("extended_due")).toString(), dates.at(3));
    QCOMPARE(deadline.value(QStringLiteral("extended_target")).toString(), dates.at(4));
}

void TestDsarctl::deadlineSeveralInputsKeepTheirOrder()
{
    const QStringList inputs = args({ "2027-08-31", "2027-03-05", "2027-03-31T22:30:00Z", "2026-11-25" });
    const Run result = run(args({ "deadline", "--json" }) + inputs);
    EXPECT_EXIT(result, 0);
    QVERIFY(result.json().isArray());
    const QJsonArray array = result.json().toArray();
    QCOMPARE(array.size(), inputs.size());
    QStringList echoed;
    QStringList dues;
    for (const QJsonValue& item : array) {
        echoed << item.toObject().value(QStringLiteral("input")).toString();
        dues << item.toObject().value(QStringLiteral("due")).toString();
    }
    QCOMPARE(echoed, inputs);
    QCOMPARE(dues, args({ "2027-09-30", "2027-04-05", "2027-05-03", "2026-12-28" }));
}

void TestDsarctl::deadlineRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no such date") << args({ "deadline", "--json", "2027-02-30" }) << 1 << "2027-02-30";
    QTest::newRow("one bad date among good ones")
        << args({ "deadline", "--json", "2027-03-05", "2027-02-30", "2027-03-06" }) << 1 << "2027-02-30";
    QTest::newRow("instant without offset")
        << args({ "deadline", "--json", "2027-03-31T22:30:00" }) << 1 << "time zone";
    QTest::newRow("not a date") << args({ "deadline", "--json", "5 March" }) << 1 << "5 March";
    QTest::newRow("unknown profile") << args({ "deadline", "--json", "--profile", "US", "2027-03-05" }) << 2
                                     << "Unknown calendar profile";
    QTest::newRow("no receipt") << args({ "deadline" }) << 2 << "at least one receipt";
    QTest::newRow("no receipt, json") << args({ "deadline", "--json" }) << 2 << "at least one receipt";
    QTest::newRow("unknown option") << args({ "deadline", "--frobnicate", "2027-03-05" }) << 2 << "frobnicate";
    // ISO 8601 dates end in 9999: a receipt whose deadlines lie beyond cannot be answered with dates.
    QTest::newRow("deadlines past the year 9999") << args({ "deadline", "--json", "9999-12-15" }) << 1 << QString();
}

void TestDsarctl::deadlineRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const Run result = run(arguments);
    EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(result.errText().contains(message, Qt::CaseInsensitive), result.err.constData());
}

// 2. pnr -----------------------------------------------------------------------------------------------------

void TestDsarctl::pnr_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind"); // empty: invalid
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("error"); // part of the message when invalid

    const QString pnr = QStringLiteral("personnummer");
    const QString samordning = QStringLiteral("samordningsnummer");
    const QString org = QStringLiteral("organisationsnummer");
    // LEGAL.md 5 (DSAR_TODAY 2027-03-10 throughout).
    QTest::newRow("10 digits with -") << "640823-3234" << pnr << "196408233234" << QString();
    QTest::newRow("10 digits") << "6408233234" << pnr << "196408233234" << QString();
    QTest::newRow("12 digits with -") << "19640823-3234" << pnr << "196408233234" << QString();
    QTest::newRow("12 digits") << "196408233234" << pnr << "196408233234" << QString();
    QTest::newRow("+ means 100 or older") << "121212+1212" << pnr << "191212121212" << QString();
    QTest::newRow("- means the latest century") << "121212-1212" << pnr << "201212121212" << QString();
    QTest::newRow("Skatteverket test 191212121212") << "191212121212" << pnr << "191212121212" << QString();
    QTest::newRow("Skatteverket test 194408139089") << "194408139089" << pnr << "194408139089" << QString();
    QTest::newRow("Skatteverket test 199006022397") << "199006022397" << pnr << "199006022397" << QString();
    QTest::newRow("29 February 2000") << "000229-1235" << pnr << "200002291235" << QString();
    QTest::newRow("samordningsnummer") << "701063-2391" << samordning << "197010632391" << QString();
    QTest::newRow("samordningsnummer, 12 digits") << "197010632391" << samordning << "197010632391" << QString();
    QTest::newRow("organisationsnummer") << "556036-0793" << org << "165560360793" << QString();
    QTest::newRow("organisationsnummer, 10 digits") << "5560360793" << org << "165560360793" << QString();
    QTest::newRow("organisationsnummer, 16 prefix") << "165560360793" << org << "165560360793" << QString();

    QTest::newRow("wrong check digit") << "640823-3235" << QString() << QString() << "check digit";
    QTest::newRow("wrong check digit, organisation") << "556036-0794" << QString() << QString() << "check digit";
    QTest::newRow("1900-02-29 does not exist") << "000229+1235" << QString() << QString() << "No such date";
    QTest::newRow("no month 13") << "641323-3234" << QString() << QString() << "No such date";
    QTest::newRow("too short") << "640823-323" << QString() << QString() << "Wrong length";
    QTest::newRow("eleven digits") << "640823-32344" << QString() << QString() << "Wrong length";
    QTest::newRow("fullwidth digits") << QString::fromUtf8("６４０８２３-３２３４") << QString() << QString()
                                      << "another writing system";
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٢١٢١٢-١٢١٢") << QString() << QString()
                                         << "another writing system";
    QTest::newRow("+ for a person under 100") << "19640823+3234" << QString() << QString() << "turned 100";
    QTest::newRow("organisation with +") << "556036+0793" << QString() << QString() << "not \"+\"";
    QTest::newRow("space inside") << "640823 3234" << QString() << QString() << "space";
    QTest::newRow("en dash") << QString::fromUtf8("640823–3234") << QString() << QString() << "hyphen";
}

void TestDsarctl::pnr()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, normalized);
    QFETCH(QString, error);

    const bool valid = !kind.isEmpty();
    const Run result = run(QStringList { QStringLiteral("pnr"), QStringLiteral("--json"), input });
    EXPECT_EXIT(result, valid ? 0 : 1);
    const QJsonArray array = result.json().toArray();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QStringList keys = args({ "input", "kind", "normalized", "valid" });
    if (!valid)
        keys = args({ "error", "input", "kind", "normalized", "valid" });
    QCOMPARE(object.keys(), keys);
    QCOMPARE(object.value(QStringLiteral("input")).toString(), input);
    QCOMPARE(object.value(QStringLiteral("valid")).toBool(), valid);
    if (valid) {
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(object.value(QStringLiteral("normalized")).toString(), normalized);
    } else {
        QVERIFY(object.value(QStringLiteral("kind")).isNull());
        QVERIFY(object.value(QStringLiteral("normalized")).isNull());
        const QString message = object.value(QStringLiteral("error")).toString();
        QVERIFY2(message.contains(error, Qt::CaseInsensitive), qPrintable(message));
    }
}

void TestDsarctl::pnrCenturyFollowsToday_data()
{
    QTest::addColumn<QString>("today");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("2027: 121212-1212 is born 2012") << s("2027-03-10") << s("121212-1212") << s("201212121212");
    QTest::newRow("the day before: born 1912") << s("2012-12-11") << s("121212-1212") << s("191212121212");
    QTest::newRow("on the birthday: born 2012") << s("2012-12-12") << s("1212121212") << s("201212121212");
    QTest::newRow("2063: 640823-3234 is born 1964") << s("2063-08-22") << s("640823-3234") << s("196408233234");
    QTest::newRow("2064 on the date: born 2064") << s("2064-08-23") << s("640823-3234") << s("206408233234");
    QTest::newRow("2064 with +: born 1964") << s("2064-08-23") << s("640823+3234") << s("196408233234");
}

void TestDsarctl::pnrCenturyFollowsToday()
{
    QFETCH(QString, today);
    QFETCH(QString, input);
    QFETCH(QString, normalized);

    const Run result = run(QStringList { QStringLiteral("pnr"), QStringLiteral("--json"), input }, today);
    EXPECT_EXIT(result, 0);
    QCOMPARE(result.json().toArray().first().toObject().value(QStringLiteral("normalized")).toString(), normalized);
}

void TestDsarctl::pnrExitStatusSaysWhetherAllAreValid()
{
    const QStringList valid = args(
        { "640823-3234", "121212+1212", "701063-2391", "556036-0793", "191212121212", "194408139089", "199006022397" });
    const Run allValid = run(args({ "pnr", "--json" }) + valid);
    EXPECT_EXIT(allValid, 0);
    QCOMPARE(allValid.json().toArray().size(), valid.size());

    // One invalid number: status 1, but the answer for every number, in order, is still printed.
    QStringList mixed = valid;
    mixed.insert(2, QStringLiteral("640823-3235"));
    const Run someInvalid = run(args({ "pnr", "--json" }) + mixed);
    EXPECT_EXIT(someInvalid, 1);
    const QJsonArray array = someInvalid.json().toArray();
    QCOMPARE(array.size(), mixed.size());
    for (qsizetype i = 0; i < mixed.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QCOMPARE(object.value(QStringLiteral("input")).toString(), mixed.at(i));
        QCOMPARE(object.value(QStringLiteral("valid")).toBool(), i != 2);
    }

    const Run none = run(args({ "pnr", "--json" }));
    EXPECT_EXIT(none, 2);
    QVERIFY(none.out.isEmpty());
}

// 3. init ----------------------------------------------------------------------------------------------------

void TestDsarctl::initCreatesTheSchema()
{
    QVERIFY(!QFile::exists(m_db));
    const Run created = runAs(admin, args({ "init", "--admin", "admin" }));
    EXPECT_EXIT(created, 0);
    QVERIFY(QFileInfo(m_db).isFile());
    QVERIFY2(created.out.contains("Created the database"), created.out.constData());
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) >= 1);
    QVERIFY(scalar(QStringLiteral("SELECT MIN(version) FROM schema_migrations")) == 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
             scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
    // The first administrator and its audit event, nothing else.
    QCOMPARE(tableCounts(),
             QStringLiteral("controllers=0 subjects=0 requests=0 cases=0 audit_events=1 schema_migrations=")
                 + QString::number(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"))));
    QCOMPARE(column(QStringLiteral("SELECT name || ' ' || role FROM users")), QVariantList { s("admin admin") });
    QVERIFY(!QFile::exists(defaultDatabasePath()));
}

void TestDsarctl::initRefusesAnExistingDatabase()
{
    QVERIFY(initDatabase());
    QVERIFY(addController() > 0);
    const QByteArray before = fileHash(m_db);
    QVERIFY(!before.isEmpty());

    // An existing database never receives a second administrator or the demonstration data.
    for (const QStringList& again : { args({ "init", "--admin", "boss" }), args({ "init", "--demo" }) }) {
        const Run refused = runAs(admin, again);
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.errText().contains(QStringLiteral("already exists")), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(fileHash(m_db), before);
    }
    for (const QStringList& accept :
         { args({ "init", "--demo", "--if-missing" }), args({ "init", "--admin", "boss", "--if-missing" }) }) {
        const Run accepted = runAs(admin, accept);
        EXPECT_EXIT(accepted, 0);
        QVERIFY2(accepted.out.contains("already exists"), accepted.out.constData());
        QCOMPARE(fileHash(m_db), before);
    }

    // Saying neither how (--admin) nor that it is a demonstration (--demo) is wrong usage, and creates nothing.
    m_db = path(QStringLiteral("other.sqlite"));
    for (const QStringList& unclear :
         { args({ "init" }), args({ "init", "--if-missing" }), args({ "init", "--demo", "--admin", "admin" }) }) {
        const Run refused = runAs(admin, unclear);
        EXPECT_EXIT(refused, 2);
        QVERIFY2(refused.errText().contains(QStringLiteral("--admin NAME"))
                     && refused.errText().contains(QStringLiteral("--demo")),
                 refused.err.constData());
        QVERIFY(!QFileInfo::exists(m_db));
    }

    // --if-missing on a missing file creates it.
    EXPECT_EXIT(run(onDb(args({ "init", "--demo", "--if-missing" }))), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM controllers")), 7);
}

void TestDsarctl::initDemo()
{
    const Run created = run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString()));
    EXPECT_EXIT(created, 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM controllers")), 7);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM subjects")), 7);
    const qint64 cases = scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));
    QVERIFY(cases > 0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM requests")) > 0);
    QVERIFY2(
        created.out.contains(QByteArray("7 organisations, 7 data subjects, " + QByteArray::number(cases) + " cases")),
        created.out.constData());
    // The three demonstration accounts with their published passwords, marked as such.
    QCOMPARE(column(QStringLiteral("SELECT name || ' ' || role FROM users ORDER BY name")),
             QVariantList({ s("admin admin"), s("dpo dpo"), s("handlaggare handlaggare") }));
    const QString text = QString::fromUtf8(created.out);
    QVERIFY2(text.contains(QStringLiteral("DEMONSTRATION AND TRAINING ONLY")), created.out.constData());
    for (const QString& user : { admin, dpo, handlaggare }) {
        QVERIFY2(
            QRegularExpression(QStringLiteral("\\n%1 +%1 +%2\\n").arg(user, demoPassword(user))).match(text).hasMatch(),
            created.out.constData());
    }
    // Written through the services: every case has its audit event, by the case handler.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM audit_events WHERE entity_type = 'case' "
                                   "AND action = 'case.opened' AND actor = 'handlaggare'")),
             cases);
    // Dated relative to DSAR_TODAY: nothing received after it.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM requests WHERE received_date > '2027-03-10'")), 0);
    const Run listed = runAs(handlaggare, args({ "case", "list", "--json" }));
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.json().toArray().size(), cases);
}

void TestDsarctl::defaultLocationIsTheUsersDataFolder()
{
    // No --db and no DSAR_DB: the application's data folder, isolated here in XDG_DATA_HOME.
    const Run missing = run(args({ "case", "list" }));
    EXPECT_EXIT(missing, 1);
    QVERIFY2(missing.errText().contains(QDir::toNativeSeparators(defaultDatabasePath())), missing.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data/dsardesk"))));

    const QProcessEnvironment asAdmin = environment(fixedToday, admin);
    const Run created = run(args({ "init", "--admin", "admin" }), asAdmin);
    EXPECT_EXIT(created, 0);
    QVERIFY2(QFileInfo(defaultDatabasePath()).isFile(), created.out.constData());
    QVERIFY2(created.out.contains(QDir::toNativeSeparators(defaultDatabasePath()).toUtf8()), created.out.constData());
    QVERIFY(QDir(path(QStringLiteral("home"))).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QVERIFY(!QFile::exists(m_db));

    m_db = defaultDatabasePath();
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM controllers")), 0);
    EXPECT_EXIT(run(args({ "controller", "list" }), asAdmin), 0);
    // An empty DSAR_DB is the same as none.
    QProcessEnvironment env = asAdmin;
    env.insert(QStringLiteral("DSAR_DB"), QString());
    EXPECT_EXIT(run(args({ "init", "--admin", "admin" }), env), 1);
}

void TestDsarctl::databaseChoice_data()
{
    QTest::addColumn<QStringList>("arguments"); // "{dir}" stands for the test's folder
    QTest::addColumn<QString>("environmentDb");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QStringList>("notCreated");

    QTest::newRow("DSAR_DB") << args({ "init" }) << "{dir}/env.sqlite"
                             << "env.sqlite" << QStringList();
    QTest::newRow("--db wins over DSAR_DB") << args({ "--db", "{dir}/option.sqlite", "init" }) << "{dir}/env.sqlite"
                                            << "option.sqlite" << args({ "env.sqlite" });
    QTest::newRow("--db=PATH") << args({ "--db={dir}/equals.sqlite", "init" }) << "{dir}/env.sqlite"
                               << "equals.sqlite" << args({ "env.sqlite" });
    QTest::newRow("--db after the command")
        << args({ "init", "--db", "{dir}/late.sqlite" }) << QString() << "late.sqlite" << QStringList();
    QTest::newRow("relative --db, from the working folder")
        << args({ "--db", "relative.sqlite", "init" }) << QString() << "relative.sqlite" << QStringList();
    QTest::newRow("--db in a new folder") << args({ "--db", "{dir}/new/folder/db.sqlite", "init" }) << QString()
                                          << "new/folder/db.sqlite" << QStringList();
}

void TestDsarctl::databaseChoice()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentDb);
    QFETCH(QString, chosen);
    QFETCH(QStringList, notCreated);

    const QString dir = m_dir->path();
    for (QString& argument : arguments)
        argument.replace(QLatin1String("{dir}"), dir);
    QProcessEnvironment env = environment(fixedToday, admin);
    if (!environmentDb.isEmpty())
        env.insert(QStringLiteral("DSAR_DB"), QString(environmentDb).replace(QLatin1String("{dir}"), dir));

    const Run created = run(arguments + args({ "--admin", "admin" }), env);
    EXPECT_EXIT(created, 0);
    QVERIFY2(QFileInfo(path(chosen)).isFile(), qPrintable(chosen));
    for (const QString& other : std::as_const(notCreated))
        QVERIFY2(!QFileInfo::exists(path(other)), qPrintable(other));
    QVERIFY(!QFileInfo::exists(defaultDatabasePath()));

    // The next command finds the same file the same way.
    m_db = path(chosen);
    QVERIFY(addController() > 0);
    QStringList list = arguments;
    list.replace(list.indexOf(QStringLiteral("init")), QStringLiteral("controller"));
    list << QStringLiteral("list") << QStringLiteral("--json");
    const Run listed = run(list, env);
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.json().toArray().size(), 1);
}

void TestDsarctl::emptyDatabaseOptionIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    // A script's "--db $FILE" with FILE unset must not fall back to the user's real database.
    QTest::newRow("--db=") << args({ "--db=", "init", "--demo" });
    QTest::newRow("--db \"\"") << args({ "--db", "", "init", "--demo" });
    // Nor may an empty --user fall back to DSAR_USER.
    QTest::newRow("--user=") << args({ "--user=", "case", "list" });
    QTest::newRow("--user \"\"") << args({ "--user", "", "case", "list" });
    QTest::newRow("--user \" \"") << args({ "case", "list", "--user", " " });
}

void TestDsarctl::emptyDatabaseOptionIsRefused()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    EXPECT_EXIT(result, 2);
    QVERIFY(!QFileInfo::exists(defaultDatabasePath()));
}

// 4. databases that are not ours -----------------------------------------------------------------------------

void TestDsarctl::newerDatabaseIsRefusedAndUntouched_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("case list") << args({ "case", "list" });
    QTest::newRow("case show") << args({ "case", "show", "DSAR-2027-00001" });
    QTest::newRow("case open") << args(
        { "case", "open", "--right", "access", "--subject", "1", "--received", "2027-03-05" });
    QTest::newRow("subject add") << args({ "subject", "add", "--name", "Sven Prov" });
    QTest::newRow("subject list") << args({ "subject", "list" });
    QTest::newRow("controller list") << args({ "controller", "list" });
    QTest::newRow("user list") << args({ "user", "list" });
    QTest::newRow("audit verify") << args({ "audit", "verify" });
    QTest::newRow("purge") << args({ "purge" });
}

void TestDsarctl::newerDatabaseIsRefusedAndUntouched()
{
    QFETCH(QStringList, arguments);
    QVERIFY(seedOneOrganisation() > 0);
    QVERIFY(writeSql(m_db,
                     { QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                      "VALUES (999, 'from the future', '2030-01-01T00:00:00Z')") }));
    QVERIFY2(!hasWrittenSidecar(m_db), "the test's own write was not checkpointed");
    const QByteArray before = fileHash(m_db);

    const Run refused = run(onDb(arguments));
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("newer")), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(fileHash(m_db), before);
    QVERIFY(!hasWrittenSidecar(m_db));
}

void TestDsarctl::newerDatabaseWithPendingWalIsUntouched()
{
    // The newer version's last write is still in the write-ahead log (it crashed, or the copy was taken
    // while it ran): refusing must not merge that log into the database file either.
    QVERIFY(initDatabase());
    const QString copy = path(QStringLiteral("copy.sqlite"));
    QVERIFY(writeSql(m_db,
                     { QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                      "VALUES (999, 'from the future', '2030-01-01T00:00:00Z')") },
                     [&] {
                         QFile::copy(m_db, copy);
                         QFile::copy(m_db + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
                     }));
    QVERIFY(hasWrittenSidecar(copy));
    const QByteArray database = fileHash(copy);
    const QByteArray log = fileHash(copy + QStringLiteral("-wal"));

    m_db = copy;
    const Run refused = run(onDb(args({ "case", "list" })));
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("newer")), refused.err.constData());
    QCOMPARE(fileHash(copy), database);
    QCOMPARE(fileHash(copy + QStringLiteral("-wal")), log);
}

void TestDsarctl::foreignFilesAreRefusedAndUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList caseList = args({ "case", "list" });
    const QStringList subjectAdd = args({ "subject", "add", "--name", "Sven Prov" });
    QTest::newRow("random bytes, case list") << "random" << caseList << "not a DSAR Desk database";
    QTest::newRow("random bytes, subject add") << "random" << subjectAdd << "not a DSAR Desk database";
    QTest::newRow("text file, case list") << "text" << caseList << "not a DSAR Desk database";
    QTest::newRow("another program's SQLite, case list") << "sqlite" << caseList << "another program";
    QTest::newRow("another program's SQLite, subject add") << "sqlite" << subjectAdd << "another program";
    QTest::newRow("another program's SQLite, init")
        << "sqlite" << args({ "init", "--admin", "admin" }) << "already exists";
    QTest::newRow("another program's SQLite, user list") << "sqlite" << args({ "user", "list" }) << "another program";
    QTest::newRow("random bytes, audit verify")
        << "random" << args({ "audit", "verify" }) << "not a DSAR Desk database";
}

void TestDsarctl::foreignFilesAreRefusedAndUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    if (kind == QLatin1String("sqlite")) {
        QVERIFY(writeSql(m_db,
                         { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
                           QStringLiteral("INSERT INTO notes (text) VALUES ('my own data')") }));
    } else {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text")) {
            file.write("These are my notes, not a database.\n");
        } else {
            QRandomGenerator random(20270310);
            QByteArray bytes(8192, Qt::Uninitialized);
            for (char& byte : bytes)
                byte = char(random.bounded(256));
            file.write(bytes);
        }
    }
    QVERIFY(!hasWrittenSidecar(m_db));
    const QByteArray before = fileHash(m_db);
    QVERIFY(!before.isEmpty());

    const Run refused = run(onDb(arguments));
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.errText().contains(message), refused.err.constData());
    QCOMPARE(fileHash(m_db), before);
    QVERIFY(!hasWrittenSidecar(m_db));
}

// 5. missing database ----------------------------------------------------------------------------------------

void TestDsarctl::missingDatabaseIsNotCreated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("case list") << args({ "case", "list" });
    QTest::newRow("case list --json") << args({ "case", "list", "--json" });
    QTest::newRow("case show") << args({ "case", "show", "DSAR-2027-00001" });
    QTest::newRow("case open") << args(
        { "case", "open", "--right", "access", "--subject", "1", "--received", "2027-03-05" });
    QTest::newRow("subject add") << args({ "subject", "add", "--name", "Sven Prov" });
    QTest::newRow("subject list") << args({ "subject", "list" });
    QTest::newRow("controller add") << args({ "controller", "add", "--name", "Exempel AB" });
    QTest::newRow("controller list") << args({ "controller", "list" });
    QTest::newRow("user add") << args({ "user", "add", "anna", "--role", "dpo" });
    QTest::newRow("user list") << args({ "user", "list" });
    QTest::newRow("user passwd") << args({ "user", "passwd" });
    QTest::newRow("audit verify") << args({ "audit", "verify" });
    QTest::newRow("audit export") << args({ "audit", "export", "--out", "audit.csv" });
    QTest::newRow("purge") << args({ "purge" });
}

void TestDsarctl::missingDatabaseIsNotCreated()
{
    QFETCH(QStringList, arguments);
    m_db = path(QStringLiteral("missing/folder/cases.sqlite"));

    const Run refused = run(onDb(arguments));
    EXPECT_EXIT(refused, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(QStringLiteral("init")) && refused.errText().contains(m_db),
             refused.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));

    // The same through the default location.
    const Run refusedDefault = run(arguments);
    EXPECT_EXIT(refusedDefault, 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data"))));
    QVERIFY(QDir(path(QStringLiteral("home"))).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

// 6. subject add ---------------------------------------------------------------------------------------------

void TestDsarctl::subjectAdd()
{
    QVERIFY(initDatabase());
    const qint64 auditEvents = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const Run added = run(onDb(args({ "subject", "add", "--name", "Tolvan Tolvansson", "--pnr", "19121212-1212",
                                      "--email", "tolvan@example.se", "--json" })));
    EXPECT_EXIT(added, 0);
    const QJsonObject subject = added.json().toObject();
    const qint64 id = subject.value(QStringLiteral("id")).toInteger(-1);
    QVERIFY(id > 0);
    QCOMPARE(id, scalar(QStringLiteral("SELECT MAX(id) FROM subjects")));
    QCOMPARE(subject.value(QStringLiteral("name")).toString(), QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(subject.value(QStringLiteral("personal_id_kind")).toString(), QStringLiteral("personnummer"));
    QCOMPARE(subject.value(QStringLiteral("personal_id_masked")).toString(), QStringLiteral("19121212-****"));
    QVERIFY2(!added.out.contains("1212-1212") && !added.out.contains("191212121212"), added.out.constData());
    // Stored sealed: neither the name nor the number is in its column in the clear.
    const QVariantList sealed
        = column(QStringLiteral("SELECT name_enc || x'00' || personal_id_enc || x'00' || email_enc FROM subjects"));
    QCOMPARE(sealed.size(), 1);
    for (const char* clear : { "Tolvan", "191212121212", "1212-1212", "tolvan@" })
        QVERIFY2(!sealed.constFirst().toByteArray().contains(clear), clear);
    QCOMPARE(tableCounts(),
             QStringLiteral("controllers=0 subjects=1 requests=0 cases=0 audit_events=%1 schema_migrations=")
                     .arg(auditEvents + 1)
                 + QString::number(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"))));

    // Lists show the personnummer masked (DSL 3 kap. 10 §).
    const Run listed = run(onDb(args({ "subject", "list", "--json" })));
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.json().toArray().first().toObject().value(QStringLiteral("personal_id_masked")).toString(),
             QStringLiteral("19121212-****"));
    QCOMPARE(listed.json().toArray().first().toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("tolvan@example.se"));
    QVERIFY2(!listed.out.contains("1212-1212") && !listed.out.contains("191212121212"), listed.out.constData());

    // Every identifier is optional but the name; plain output names the id.
    const Run nameOnly = run(onDb(args({ "subject", "add", "--name", "Anna Andersson" })));
    EXPECT_EXIT(nameOnly, 0);
    QVERIFY2(nameOnly.out.contains(QByteArray::number(id + 1)), nameOnly.out.constData());
    // The same name twice is two people.
    EXPECT_EXIT(run(onDb(args({ "subject", "add", "--name", "Anna Andersson" }))), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM subjects")), 3);
}

void TestDsarctl::subjectAddRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong check digit") << args({ "--name", "Sven Prov", "--pnr", "640823-3235" }) << "check digit";
    QTest::newRow("no such date") << args({ "--name", "Sven Prov", "--pnr", "000229+1235" }) << "No such date";
    QTest::newRow("wrong length") << args({ "--name", "Sven Prov", "--pnr", "64082332" }) << "Wrong length";
    QTest::newRow("organisation number") << args({ "--name", "Exempel AB", "--pnr", "556036-0793" })
                                         << "organisation number";
    QTest::newRow("e-mail without @") << args({ "--name", "Sven Prov", "--email", "sven.example.se" })
                                      << "not an e-mail address";
    QTest::newRow("e-mail without domain")
        << args({ "--name", "Sven Prov", "--email", "sven@example" }) << "not an e-mail address";
    QTest::newRow("e-mail with a space") << args({ "--name", "Sven Prov", "--email", "sven prov@example.se" })
                                         << "not an e-mail address";
    QTest::newRow("empty name") << args({ "--name", "", "--email", "sven@example.se" }) << "needs a name";
    QTest::newRow("blank name") << args({ "--name", "   ", "--email", "sven@example.se" }) << "needs a name";
    QTest::newRow("no name") << args({ "--email", "sven@example.se" }) << "needs a name";
    QTest::newRow("name too long") << (args({ "--name" }) << QString(201, QLatin1Char('x'))) << "longer than";
    QTest::newRow("name of 100,000 characters")
        << (args({ "--name" }) << QString(100000, QLatin1Char('x'))) << "longer than";
    QTest::newRow("name of 100,000 quotes")
        << (args({ "--name" }) << QString(100000, QLatin1Char('\''))) << "longer than";
    QTest::newRow("duplicate personnummer")
        << args({ "--name", "Tolvan T", "--pnr", "19121212-1212" }) << "already registered";
    QTest::newRow("duplicate, 12 digits")
        << args({ "--name", "Tolvan T", "--pnr", "191212121212" }) << "already registered";
    QTest::newRow("duplicate, 10 digits with +")
        << args({ "--name", "Tolvan T", "--pnr", "121212+1212" }) << "already registered";
}

void TestDsarctl::subjectAddRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(seedOneOrganisation() > 0); // with Tolvan, 19121212-1212
    const QByteArray before = dataFingerprint();

    const Run refused = run(onDb(args({ "subject", "add", "--json" }) + arguments));
    EXPECT_EXIT(refused, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(message, Qt::CaseInsensitive), refused.err.left(2000).constData());
    QCOMPARE(dataFingerprint(), before);
}

// 7. case open -----------------------------------------------------------------------------------------------

void TestDsarctl::caseOpen()
{
    const qint64 subject = seedOneOrganisation();
    QVERIFY(subject > 0);
    const Run opened = run(onDb(args({ "case", "open", "--right", "access", "--received", "2027-03-05", "--json" })
                                << QStringLiteral("--subject") << QString::number(subject)));
    EXPECT_EXIT(opened, 0);
    QVERIFY(opened.json().isArray());
    const QJsonArray array = opened.json().toArray();
    QCOMPARE(array.size(), 1);
    const QJsonObject record = array.first().toObject();
    const QString reference = record.value(QStringLiteral("reference")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^DSAR-2027-\\d{5}$")).match(reference).hasMatch(),
             qPrintable(reference));
    QCOMPARE(record.value(QStringLiteral("right")).toString(), QStringLiteral("access"));
    QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QCOMPARE(record.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    QCOMPARE(record.value(QStringLiteral("subject_id")).toInteger(), subject);
    QCOMPARE(record.value(QStringLiteral("controller")).toString(), QStringLiteral("Exempel AB"));
    QCOMPARE(record.value(QStringLiteral("received")).toString(), QStringLiteral("2027-03-05"));
    QVERIFY(record.value(QStringLiteral("received_at")).isNull());
    QCOMPARE(record.value(QStringLiteral("due")).toString(), QStringLiteral("2027-04-05"));
    QCOMPARE(record.value(QStringLiteral("extended_due")).toString(), QStringLiteral("2027-06-07"));
    QCOMPARE(record.value(QStringLiteral("days_left")).toInt(), 26);
    QCOMPARE(record.value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(record.value(QStringLiteral("linked")).toArray().size(), 0);

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM requests")), 1);
    QCOMPARE(column(QStringLiteral("SELECT reference || ' ' || due_date FROM cases")),
             QVariantList { QString(reference + QStringLiteral(" 2027-04-05")) });
    QCOMPARE(column(QStringLiteral("SELECT received_date FROM requests")),
             QVariantList { QStringLiteral("2027-03-05") });

    // Without --json: one line per case, naming the reference and the due date.
    const Run plain = run(onDb(args({ "case", "open", "--right", "erasure", "--received", "2027-03-05" })
                               << QStringLiteral("--subject") << QString::number(subject)));
    EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.out.contains("DSAR-2027-") && plain.out.contains("2027-04-05"), plain.out.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM requests")), 2);
}

void TestDsarctl::caseOpenLinked_data()
{
    QTest::addColumn<QStringList>("rightOptions");
    QTest::addColumn<QStringList>("rights");

    QTest::newRow("--right repeated") << args({ "--right", "access", "--right", "erasure" })
                                      << args({ "access", "erasure" });
    QTest::newRow("--right a,b") << args({ "--right", "access,erasure" }) << args({ "access", "erasure" });
    QTest::newRow("both forms, three rights")
        << args({ "--right", "access,erasure", "--right", "objection" }) << args({ "access", "erasure", "objection" });
    QTest::newRow("the same right twice is one case")
        << args({ "--right", "access", "--right", "access" }) << args({ "access" });
    QTest::newRow("upper case") << args({ "--right", "Access,ERASURE" }) << args({ "access", "erasure" });
}

void TestDsarctl::caseOpenLinked()
{
    QFETCH(QStringList, rightOptions);
    QFETCH(QStringList, rights);
    const qint64 subject = seedOneOrganisation();
    QVERIFY(subject > 0);

    const Run opened = run(onDb(args({ "case", "open", "--received", "2027-03-05", "--channel", "letter", "--json" })
                                << QStringLiteral("--subject") << QString::number(subject) << rightOptions));
    EXPECT_EXIT(opened, 0);
    const QJsonArray array = opened.json().toArray();
    QCOMPARE(array.size(), rights.size());
    const QStringList references = referencesOf(array);
    QStringList openedRights;
    for (const QJsonValue& item : array) {
        const QJsonObject record = item.toObject();
        openedRights << record.value(QStringLiteral("right")).toString();
        QCOMPARE(record.value(QStringLiteral("channel")).toString(), QStringLiteral("letter"));
        QCOMPARE(record.value(QStringLiteral("due")).toString(), QStringLiteral("2027-04-05"));
        QStringList others = references;
        others.removeAll(record.value(QStringLiteral("reference")).toString());
        QStringList linked = jsonStrings(record.value(QStringLiteral("linked")));
        linked.sort();
        others.sort();
        QCOMPARE(linked, others);
    }
    QCOMPARE(openedRights, rights);
    QCOMPARE(references.size(), QSet<QString>(references.cbegin(), references.cend()).size());
    // One letter, one receipt: one request row for all the cases.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM requests")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), rights.size());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT request_id) FROM cases")), 1);

    // case show lists the same links.
    const Run shown = run(onDb(args({ "case", "show", "--json" }) << references.constLast()));
    EXPECT_EXIT(shown, 0);
    QCOMPARE(jsonStrings(shown.json().toObject().value(QStringLiteral("linked"))).size(), rights.size() - 1);
}

void TestDsarctl::caseOpenReceipt_data()
{
    QTest::addColumn<QString>("today");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("receivedDate");
    QTest::addColumn<QString>("receivedAt"); // empty: a bare date, no instant
    QTest::addColumn<QString>("due");

    QTest::newRow("22:30Z on 31 March is 1 April in Stockholm")
        << s("2027-04-02") << s("2027-03-31T22:30:00Z") << s("2027-04-01") << s("2027-03-31T22:30:00Z")
        << s("2027-05-03");
    QTest::newRow("the same instant with +02:00") << s("2027-04-02") << s("2027-04-01T00:30:00+02:00")
                                                  << s("2027-04-01") << s("2027-03-31T22:30:00Z") << s("2027-05-03");
    QTest::newRow("New Year in Stockholm, not yet in UTC")
        << s("2027-01-05") << s("2026-12-31T23:30:00Z") << s("2027-01-01") << s("2026-12-31T23:30:00Z")
        << s("2027-02-01");
    QTest::newRow("a bare date") << s("2027-04-02") << s("2027-04-01") << s("2027-04-01") << QString()
                                 << s("2027-05-03");
    QTest::newRow("received today") << s("2027-03-10") << s("2027-03-10") << s("2027-03-10") << QString()
                                    << s("2027-04-12");
    QTest::newRow("registered late keeps the real receipt")
        << s("2027-06-01") << s("2027-03-05") << s("2027-03-05") << QString() << s("2027-04-05");
}

void TestDsarctl::caseOpenReceipt()
{
    QFETCH(QString, today);
    QFETCH(QString, received);
    QFETCH(QString, receivedDate);
    QFETCH(QString, receivedAt);
    QFETCH(QString, due);
    const qint64 subject = seedOneOrganisation();
    QVERIFY(subject > 0);

    const Run opened = run(onDb(args({ "case", "open", "--right", "access", "--json" })
                                << QStringLiteral("--received") << received << QStringLiteral("--subject")
                                << QString::number(subject)),
                           today);
    EXPECT_EXIT(opened, 0);
    const QJsonObject record = opened.json().toArray().first().toObject();
    QCOMPARE(record.value(QStringLiteral("received")).toString(), receivedDate);
    if (receivedAt.isEmpty())
        QVERIFY(record.value(QStringLiteral("received_at")).isNull());
    else
        QCOMPARE(record.value(QStringLiteral("received_at")).toString(), receivedAt);
    QCOMPARE(record.value(QStringLiteral("due")).toString(), due);
    // The reference counts in the year of receipt (Stockholm date).
    QVERIFY2(
        record.value(QStringLiteral("reference")).toString().startsWith(QStringLiteral("DSAR-") + receivedDate.left(4)),
        qPrintable(record.value(QStringLiteral("reference")).toString()));
    QCOMPARE(column(QStringLiteral("SELECT received_date FROM requests")), QVariantList { receivedDate });
    // Registered on the overridden date (in Stockholm), at the real time of day.
    const QDateTime registered
        = QDateTime::fromString(record.value(QStringLiteral("registered_at")).toString(), Qt::ISODate);
    QCOMPARE(registered.toTimeZone(QTimeZone("Europe/Stockholm")).date(), QDate::fromString(today, Qt::ISODate));
}

void TestDsarctl::caseOpenRefusals_data()
{
    QTest::addColumn<QStringList>("arguments"); // "{subject}" stands for the subject's id
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString rights = QStringLiteral("access, rectification, erasure, restriction, portability, objection, "
                                          "consent-withdrawal");
    QTest::newRow("received tomorrow") << args(
        { "--right", "access", "--subject", "{subject}", "--received", "2027-03-11" })
                                       << 1 << "future";
    QTest::newRow("received next year") << args(
        { "--right", "access", "--subject", "{subject}", "--received", "2028-03-05" })
                                        << 1 << "future";
    QTest::newRow("instant tomorrow") << args(
        { "--right", "access", "--subject", "{subject}", "--received", "2027-03-11T08:00:00+01:00" })
                                      << 1 << "future";
    QTest::newRow("before the GDPR applied")
        << args({ "--right", "access", "--subject", "{subject}", "--received", "2018-05-24" }) << 1 << "2018";
    QTest::newRow("no such date") << args({ "--right", "access", "--subject", "{subject}", "--received", "2027-02-30" })
                                  << 1 << "not a real date";
    QTest::newRow("instant without offset")
        << args({ "--right", "access", "--subject", "{subject}", "--received", "2027-03-05T10:00:00" }) << 1
        << "time zone";
    QTest::newRow("unknown right") << args(
        { "--right", "forgetting", "--subject", "{subject}", "--received", "2027-03-05" })
                                   << 2 << rights;
    QTest::newRow("one unknown right among known ones") << args(
        { "--right", "access,forgetting", "--right", "erasure", "--subject", "{subject}", "--received", "2027-03-05" })
                                                        << 2 << rights;
    QTest::newRow("no right") << args({ "--subject", "{subject}", "--received", "2027-03-05" }) << 2 << rights;
    QTest::newRow("unknown channel") << args(
        { "--right", "access", "--subject", "{subject}", "--received", "2027-03-05", "--channel", "fax" })
                                     << 2 << "web-form";
    QTest::newRow("no --received") << args({ "--right", "access", "--subject", "{subject}" }) << 2 << "--received";
    QTest::newRow("no --subject") << args({ "--right", "access", "--received", "2027-03-05" }) << 2 << "--subject";
    QTest::newRow("subject not a number")
        << args({ "--right", "access", "--subject", "Tolvan", "--received", "2027-03-05" }) << 2 << "--subject";
    QTest::newRow("unknown subject") << args({ "--right", "access", "--subject", "999", "--received", "2027-03-05" })
                                     << 1 << "999";
    QTest::newRow("unknown organisation") << args(
        { "--right", "access", "--subject", "{subject}", "--received", "2027-03-05", "--controller", "Annat AB" })
                                          << 1 << "Exempel AB";
}

void TestDsarctl::caseOpenRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 subject = seedOneOrganisation();
    QVERIFY(subject > 0);
    arguments.replaceInStrings(QStringLiteral("{subject}"), QString::number(subject));
    const QString before = tableCounts();

    const Run refused = run(onDb(args({ "case", "open", "--json" }) + arguments));
    EXPECT_EXIT(refused, exitCode);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(message), refused.err.constData());
    QCOMPARE(tableCounts(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_reference_counters")), 0);
}

void TestDsarctl::caseOpenNeedsAControllerAmongSeveral()
{
    QVERIFY(initDemoDatabase());
    const QString before = tableCounts();
    const Run refused = run(
        onDb(args({ "case", "open", "--right", "access", "--subject", "1", "--received", "2027-03-05", "--json" })));
    EXPECT_EXIT(refused, 1);
    QVERIFY(refused.out.isEmpty());
    // The message names the choices.
    for (const char* name : { "Almi AB", "Coegi", "Mora Kontorsteam AB", "Assessio Sverige AB" })
        QVERIFY2(refused.err.contains(name), refused.err.constData());
    QCOMPARE(tableCounts(), before);
}

void TestDsarctl::caseOpenController_data()
{
    QTest::addColumn<QString>("controller"); // "{id:NAME}" stands for the id of NAME
    QTest::addColumn<QString>("expected");

    QTest::newRow("by name") << s("Mora Kontorsteam AB") << s("Mora Kontorsteam AB");
    QTest::newRow("by name, other letter case") << s("mora kontorsteam ab") << s("Mora Kontorsteam AB");
    QTest::newRow("by name with non-ASCII letters")
        << s("Kontor & Miljö i Borlänge AB") << s("Kontor & Miljö i Borlänge AB");
    QTest::newRow("by organisation number") << s("556268-6823") << s("Allkontor Teknisk Service AB");
    QTest::newRow("by id") << s("{id:Coegi}") << s("Coegi");
    QTest::newRow("by id, another") << s("{id:Almi AB}") << s("Almi AB");
    // Organisation numbers are accepted in any form elsewhere (controller add, pnr).
    QTest::newRow("by organisation number without hyphen") << s("5562686823") << s("Allkontor Teknisk Service AB");
}

void TestDsarctl::caseOpenController()
{
    QFETCH(QString, controller);
    QFETCH(QString, expected);
    QVERIFY(initDemoDatabase());
    if (controller.startsWith(QLatin1String("{id:"))) {
        const QString name = controller.mid(4).chopped(1);
        const QVariantList ids = column(QStringLiteral("SELECT id FROM controllers WHERE name = '%1'").arg(name));
        QCOMPARE(ids.size(), 1);
        controller = ids.constFirst().toString();
    }
    const qint64 subject = demoSubjectId(QStringLiteral("Sven Prov"));
    QVERIFY(subject > 0);
    const qint64 casesBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));

    const Run opened = run(onDb(args({ "case", "open", "--right", "access", "--received", "2027-03-05", "--json" })
                                << QStringLiteral("--subject") << QString::number(subject)
                                << QStringLiteral("--controller") << controller));
    EXPECT_EXIT(opened, 0);
    QCOMPARE(opened.json().toArray().first().toObject().value(QStringLiteral("controller")).toString(), expected);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), casesBefore + 1);
    QCOMPARE(column(QStringLiteral("SELECT k.name FROM requests r JOIN controllers k ON k.id = r.controller_id "
                                   "ORDER BY r.id DESC LIMIT 1")),
             QVariantList { expected });
}

// 8. case list -----------------------------------------------------------------------------------------------

void TestDsarctl::caseList()
{
    const QStringList references = seedFourCases();
    QCOMPARE(references.size(), 4);
    const Run listed = run(onDb(args({ "case", "list", "--json" })));
    EXPECT_EXIT(listed, 0);
    const QJsonArray array = listed.json().toArray();
    QCOMPARE(array.size(), 4);
    for (const QJsonValue& item : array) {
        const QJsonObject record = item.toObject();
        for (const char* key : { "reference", "right", "status", "received", "due" })
            QVERIFY2(record.value(QLatin1String(key)).isString(), key);
    }
    // Ordered by due date.
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(QStringLiteral("reference")).toString(), references.at(0));
    QCOMPARE(first.value(QStringLiteral("right")).toString(), QStringLiteral("access"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QCOMPARE(first.value(QStringLiteral("received")).toString(), QStringLiteral("2027-01-15"));
    QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2027-02-15"));
    QCOMPARE(first.value(QStringLiteral("overdue")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("days_left")).toInt(), -23);

    const Run plain = run(onDb(args({ "case", "list" })));
    EXPECT_EXIT(plain, 0);
    QVERIFY(plain.out.startsWith("reference"));
    for (const QString& reference : references)
        QVERIFY2(plain.out.contains(reference.toUtf8()), plain.out.constData());

    // An empty database lists nothing, successfully.
    m_db = path(QStringLiteral("empty.sqlite"));
    QVERIFY(initDatabase());
    const Run empty = run(onDb(args({ "case", "list", "--json" })));
    EXPECT_EXIT(empty, 0);
    QVERIFY(empty.json().isArray());
    QCOMPARE(empty.json().toArray().size(), 0);
}

void TestDsarctl::caseListFilters_data()
{
    QTest::addColumn<QString>("today");
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into seedFourCases(), in list order

    // Due 2027-02-15, 2027-03-10, 2027-03-22, 2027-04-05; rights access, erasure, access, objection.
    QTest::newRow("all") << "2027-03-10" << QStringList() << QList<int> { 0, 1, 2, 3 };
    QTest::newRow("--right access") << "2027-03-10" << args({ "--right", "access" }) << QList<int> { 0, 2 };
    QTest::newRow("--right objection") << "2027-03-10" << args({ "--right", "objection" }) << QList<int> { 3 };
    QTest::newRow("--right rectification") << "2027-03-10" << args({ "--right", "rectification" }) << QList<int> {};
    QTest::newRow("--status received") << "2027-03-10" << args({ "--status", "received" }) << QList<int> { 0, 1, 2, 3 };
    QTest::newRow("--status closed") << "2027-03-10" << args({ "--status", "closed" }) << QList<int> {};
    QTest::newRow("--overdue: due today is not overdue") << "2027-03-10" << args({ "--overdue" }) << QList<int> { 0 };
    QTest::newRow("--overdue the day after") << "2027-03-11" << args({ "--overdue" }) << QList<int> { 0, 1 };
    QTest::newRow("--overdue a month later") << "2027-04-06" << args({ "--overdue" }) << QList<int> { 0, 1, 2, 3 };
    QTest::newRow("--overdue --right access")
        << "2027-04-06" << args({ "--overdue", "--right", "access" }) << QList<int> { 0, 2 };
    QTest::newRow("--due-within 0: due today") << "2027-03-10" << args({ "--due-within", "0" }) << QList<int> { 1 };
    QTest::newRow("--due-within 11") << "2027-03-10" << args({ "--due-within", "11" }) << QList<int> { 1 };
    QTest::newRow("--due-within 12") << "2027-03-10" << args({ "--due-within", "12" }) << QList<int> { 1, 2 };
    QTest::newRow("--due-within 30") << "2027-03-10" << args({ "--due-within", "30" }) << QList<int> { 1, 2, 3 };
    QTest::newRow("--due-within leaves out the overdue")
        << "2027-03-23" << args({ "--due-within", "30" }) << QList<int> { 3 };
    QTest::newRow("before anything is due") << "2027-02-01" << args({ "--overdue" }) << QList<int> {};
}

void TestDsarctl::caseListFilters()
{
    QFETCH(QString, today);
    QFETCH(QStringList, filter);
    QFETCH(QList<int>, expected);
    const QStringList references = seedFourCases();
    QCOMPARE(references.size(), 4);

    const Run listed = run(onDb(args({ "case", "list", "--json" }) + filter), today);
    EXPECT_EXIT(listed, 0);
    QStringList expectedReferences;
    for (int index : std::as_const(expected))
        expectedReferences << references.at(index);
    QCOMPARE(referencesOf(listed.json()), expectedReferences);
    // Every listed case agrees with the filter's own meaning.
    const QDate date = QDate::fromString(today, Qt::ISODate);
    const QJsonArray array = listed.json().toArray();
    for (const QJsonValue& item : array) {
        const QJsonObject record = item.toObject();
        const QDate due = QDate::fromString(record.value(QStringLiteral("due")).toString(), Qt::ISODate);
        QCOMPARE(record.value(QStringLiteral("days_left")).toInt(), date.daysTo(due));
        QCOMPARE(record.value(QStringLiteral("overdue")).toBool(), due < date);
    }
}

void TestDsarctl::caseListUsageErrors_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown status") << args({ "--status", "pending" }) << "in-progress";
    QTest::newRow("unknown right") << args({ "--right", "forgetting" }) << "consent-withdrawal";
    QTest::newRow("negative days") << args({ "--due-within", "-1" }) << "--due-within";
    QTest::newRow("days not a number") << args({ "--due-within", "week" }) << "--due-within";
    QTest::newRow("unknown option") << args({ "--frobnicate" }) << "frobnicate";
}

void TestDsarctl::caseListUsageErrors()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, message);
    QVERIFY(initDatabase());
    const Run refused = run(onDb(args({ "case", "list", "--json" }) + filter));
    EXPECT_EXIT(refused, 2);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(message), refused.err.constData());
}

void TestDsarctl::caseListDueWithinFarAhead()
{
    // Beyond the year 9999 the horizon is not a date any more: all open cases, or a usage error, but never
    // an empty list that says nothing is due.
    const QStringList references = seedFourCases();
    QCOMPARE(references.size(), 4);
    const Run listed = run(onDb(args({ "case", "list", "--json", "--due-within", "3000000" })));
    if (listed.exitCode == 2)
        return;
    EXPECT_EXIT(listed, 0);
    QCOMPARE(referencesOf(listed.json()), references.mid(1));
}

// 9. case show -----------------------------------------------------------------------------------------------

void TestDsarctl::caseShow()
{
    const qint64 subject = seedOneOrganisation();
    QVERIFY(subject > 0);
    const Run opened
        = run(onDb(args({ "case", "open", "--right", "access,erasure", "--received", "2027-03-31T22:30:00Z", "--json" })
                   << QStringLiteral("--subject") << QString::number(subject)),
              QStringLiteral("2027-04-02"));
    EXPECT_EXIT(opened, 0);
    const QStringList references = referencesOf(opened.json());
    QCOMPARE(references.size(), 2);

    const Run json = run(onDb(args({ "case", "show", "--json" }) << references.at(0)), QStringLiteral("2027-04-02"));
    EXPECT_EXIT(json, 0);
    const QJsonObject record = json.json().toObject();
    QCOMPARE(record.value(QStringLiteral("reference")).toString(), references.at(0));
    QCOMPARE(record.value(QStringLiteral("right")).toString(), QStringLiteral("access"));
    QCOMPARE(record.value(QStringLiteral("received")).toString(), QStringLiteral("2027-04-01"));
    QCOMPARE(record.value(QStringLiteral("received_at")).toString(), QStringLiteral("2027-03-31T22:30:00Z"));
    QCOMPARE(record.value(QStringLiteral("due")).toString(), QStringLiteral("2027-05-03"));
    QCOMPARE(record.value(QStringLiteral("days_left")).toInt(), 31);
    QCOMPARE(record.value(QStringLiteral("subject_name")).toString(), QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(jsonStrings(record.value(QStringLiteral("linked"))), QStringList { references.at(1) });
    const QJsonArray history = record.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("case.opened"));
    QCOMPARE(history.first().toObject().value(QStringLiteral("actor")).toString(), handlaggare);

    // For people: labelled lines, the receipt in Stockholm time.
    const Run plain = run(onDb(QStringList { QStringLiteral("case"), QStringLiteral("show"), references.at(1) }),
                          QStringLiteral("2027-04-02"));
    EXPECT_EXIT(plain, 0);
    const QString text = QString::fromUtf8(plain.out);
    const QStringList expectedLines = { QStringLiteral("Reference:"),
                                        references.at(1),
                                        QStringLiteral("erasure (Art. 17)"),
                                        QStringLiteral("Tolvan Tolvansson"),
                                        QStringLiteral("2027-04-01 00:30"),
                                        QStringLiteral("2027-05-03"),
                                        QString(QStringLiteral("Linked cases:    ") + references.at(0)),
                                        QStringLiteral("History:"),
                                        QStringLiteral("case.opened") };
    for (const QString& expected : expectedLines)
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + text));

    // References are found whatever the letter case.
    const Run lower = run(onDb(QStringList { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--json"),
                                             references.at(0).toLower() }));
    EXPECT_EXIT(lower, 0);
    QCOMPARE(lower.json().toObject().value(QStringLiteral("reference")).toString(), references.at(0));
}

void TestDsarctl::caseShowRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown reference") << args({ "DSAR-2027-99999" }) << 1 << "no case DSAR-2027-99999";
    QTest::newRow("unknown reference, json") << args({ "--json", "DSAR-2027-99999" }) << 1 << "no case";
    QTest::newRow("not a reference") << args({ "Tolvan" }) << 1 << "no case";
    QTest::newRow("no reference") << QStringList() << 2 << "one case reference";
    QTest::newRow("two references") << args({ "DSAR-2027-00001", "DSAR-2027-00002" }) << 2 << "one case reference";
}

void TestDsarctl::caseShowRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(seedFourCases().size() == 4);
    const Run refused = run(onDb(args({ "case", "show" }) + arguments));
    EXPECT_EXIT(refused, exitCode);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(message, Qt::CaseInsensitive), refused.err.constData());
}

// 10. DSAR_TODAY ---------------------------------------------------------------------------------------------

void TestDsarctl::dsarToday_data()
{
    QTest::addColumn<QString>("today"); // null: unset
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr; empty: stderr is empty

    QTest::newRow("month 13") << "2027-13-01" << 2 << "DSAR_TODAY=2027-13-01 is not a date";
    QTest::newRow("30 February") << "2027-02-30" << 2 << "DSAR_TODAY=2027-02-30 is not a date";
    QTest::newRow("no leading zeros") << "2027-3-5" << 2 << "YYYY-MM-DD";
    QTest::newRow("a word") << "tomorrow" << 2 << "DSAR_TODAY=tomorrow";
    QTest::newRow("with a time") << "2027-03-10T10:00:00" << 2 << "YYYY-MM-DD";
    QTest::newRow("valid") << "2027-03-10" << 0 << "note: DSAR_TODAY is set; today is treated as 2027-03-10";
    QTest::newRow("valid, with spaces") << " 2027-03-10 " << 0 << "today is treated as 2027-03-10";
    QTest::newRow("unset") << QString() << 0 << QString();
    QTest::newRow("empty") << QStringLiteral("") << 0 << QString();
}

void TestDsarctl::dsarToday()
{
    QFETCH(QString, today);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    // Checked before anything is written: a refused DSAR_TODAY creates no database.
    const Run result = run(onDb(args({ "init", "--admin", "admin" })), environment(today, admin));
    EXPECT_EXIT(result, exitCode);
    QCOMPARE(QFileInfo::exists(m_db), exitCode == 0);
    if (message.isEmpty())
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    else
        QVERIFY2(result.errText().contains(message), result.err.constData());
    if (exitCode != 0)
        QVERIFY(result.out.isEmpty());

    // The note goes to stderr only: --json output stays parseable.
    if (exitCode == 0) {
        const Run json = run(args({ "deadline", "--json", "2027-03-05" }), today);
        EXPECT_EXIT(json, 0);
        QJsonParseError error;
        QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
}

// 11. audit trail --------------------------------------------------------------------------------------------

void TestDsarctl::auditEventsHoldNoPersonalData()
{
    QVERIFY(initDatabase());
    QVERIFY(addController() > 0);
    const Run added = run(
        onDb(args({ "subject", "add", "--json", "--name", "Tolvan Tolvansson", "--pnr", "19121212-1212", "--email",
                    "tolvan@example.se", "--phone", "070-000 12 12", "--address", "Testgatan 12, 123 45 Teststad" })));
    EXPECT_EXIT(added, 0);
    const QString subject = QString::number(added.json().toObject().value(QStringLiteral("id")).toInteger());
    const Run opened = run(onDb(args({ "case", "open", "--right", "access,erasure", "--received",
                                       "2027-03-05T09:14:00+01:00", "--channel", "email", "--json" })
                                << QStringLiteral("--subject") << subject));
    EXPECT_EXIT(opened, 0);
    const QStringList references = referencesOf(opened.json());
    QCOMPARE(references.size(), 2);

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'case'")), 2);
    // Who: the signed-in account, never the operating system's user.
    QCOMPARE(column(QStringLiteral("SELECT entity_type || ' ' || actor FROM audit_events WHERE entity_type <> 'user' "
                                   "ORDER BY seq")),
             QVariantList(
                 { s("controller admin"), s("subject handlaggare"), s("case handlaggare"), s("case handlaggare") }));
    const QVariantList events = column(QStringLiteral(
        "SELECT actor || ' | ' || action || ' | ' || entity_type || ' | ' || summary FROM audit_events"));
    QCOMPARE(events.size(), 7); // three accounts, controller, subject, two cases
    // The name, the personnummer in any form (its digits "121212" appear in every form, masked or not),
    // the e-mail, the telephone and the address.
    const QStringList personal = args({ "Tolvan", "Tolvansson", "121212", "1212-1212", "tolvan@", "example.se",
                                        "070-000", "000 12 12", "Testgatan", "Teststad" });
    for (const QVariant& event : events) {
        for (const QString& fragment : personal)
            QVERIFY2(!event.toString().contains(fragment, Qt::CaseInsensitive), qPrintable(event.toString()));
    }
    // The case's own history says what happened.
    const QStringList caseSummaries
        = QVariant(column(QStringLiteral("SELECT summary FROM audit_events WHERE entity_type = 'case'")))
              .toStringList();
    QVERIFY2(caseSummaries.at(0).contains(references.at(0)), qPrintable(caseSummaries.at(0)));
    QVERIFY2(caseSummaries.at(0).contains(QStringLiteral("due=2027-04-05")), qPrintable(caseSummaries.at(0)));
}

// 12. usage --------------------------------------------------------------------------------------------------

void TestDsarctl::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    QTest::newRow("--help") << args({ "--help" }) << 0 << "Usage: dsarctl" << QString();
    QTest::newRow("-h") << args({ "-h" }) << 0 << "Usage: dsarctl" << QString();
    QTest::newRow("help") << args({ "help" }) << 0 << "Usage: dsarctl" << QString();
    QTest::newRow("--help with --db") << args({ "--db", "x.sqlite", "--help" }) << 0 << "Usage: dsarctl" << QString();
    QTest::newRow("--version") << args({ "--version" }) << 0 << "dsarctl 0." << QString();
    QTest::newRow("no arguments") << QStringList() << 2 << QString() << "Usage: dsarctl";
    QTest::newRow("unknown command") << args({ "frobnicate" }) << 2 << QString() << "Unknown command \"frobnicate\"";
    QTest::newRow("--db without a path") << args({ "init", "--db" }) << 2 << QString() << "--db needs a file path";
    QTest::newRow("--user without a name")
        << args({ "case", "list", "--user" }) << 2 << QString() << "--user needs an account name";
    QTest::newRow("case without action") << args({ "case" }) << 2 << QString() << "dsarctl case ACTION";
    QTest::newRow("unknown case action") << args({ "case", "reopen" }) << 2 << QString() << "dsarctl case ACTION";
    QTest::newRow("unknown subject action")
        << args({ "subject", "remove" }) << 2 << QString() << "dsarctl subject ACTION";
    QTest::newRow("unknown controller action")
        << args({ "controller", "remove" }) << 2 << QString() << "dsarctl controller ACTION";
    QTest::newRow("user without action") << args({ "user" }) << 2 << QString() << "dsarctl user ACTION";
    QTest::newRow("unknown user action") << args({ "user", "delete" }) << 2 << QString() << "dsarctl user ACTION";
    QTest::newRow("unknown audit action") << args({ "audit", "fix" }) << 2 << QString() << "dsarctl audit ACTION";
    QTest::newRow("purge with a reference")
        << args({ "purge", "DSAR-2027-00001" }) << 2 << QString() << "purge --dry-run";
}

void TestDsarctl::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    const Run result = run(arguments, QString());
    EXPECT_EXIT(result, exitCode);
    if (out.isEmpty())
        QVERIFY2(result.out.isEmpty(), result.out.constData());
    else
        QVERIFY2(QString::fromUtf8(result.out).contains(out), result.out.constData());
    if (err.isEmpty())
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    else
        QVERIFY2(result.errText().contains(err), result.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.sqlite"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-data"))));
}

void TestDsarctl::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option"); // an option the help must mention

    QTest::newRow("deadline") << args({ "deadline", "--help" }) << "--profile";
    QTest::newRow("pnr") << args({ "pnr", "--help" }) << "--json";
    QTest::newRow("init") << args({ "init", "--help" }) << "--if-missing";
    QTest::newRow("init --admin") << args({ "init", "--help" }) << "--admin <name>";
    QTest::newRow("init --demo") << args({ "init", "--help" }) << "--demo";
    QTest::newRow("user add") << args({ "user", "add", "--help" }) << "--role";
    QTest::newRow("user list") << args({ "user", "list", "--help" }) << "--json";
    QTest::newRow("user disable") << args({ "user", "disable", "--help" }) << "NAME";
    QTest::newRow("user passwd") << args({ "user", "passwd", "--help" }) << "DSAR_NEW_PASSWORD";
    QTest::newRow("audit verify") << args({ "audit", "verify", "--help" }) << "--json";
    QTest::newRow("audit export") << args({ "audit", "export", "--help" }) << "--out";
    QTest::newRow("purge") << args({ "purge", "--help" }) << "--dry-run";
    QTest::newRow("controller add") << args({ "controller", "add", "--help" }) << "--org-number";
    QTest::newRow("controller list") << args({ "controller", "list", "-h" }) << "--json";
    QTest::newRow("subject add") << args({ "subject", "add", "--help" }) << "--pnr";
    QTest::newRow("subject list") << args({ "subject", "list", "--help" }) << "--json";
    QTest::newRow("case open") << args({ "case", "open", "--help" }) << "--received";
    QTest::newRow("case list") << args({ "case", "list", "--help" }) << "--due-within";
    QTest::newRow("case show") << args({ "case", "show", "--help" }) << "--json";
}

void TestDsarctl::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    // Help needs no database and creates none.
    const Run result = run(onDb(arguments));
    EXPECT_EXIT(result, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(option), result.out.constData());
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestDsarctl::helpForCommandGroups_data()
{
    QTest::addColumn<QStringList>("arguments");
    // The usage text promises: "dsarctl COMMAND --help" for a command's options.
    QTest::newRow("case --help") << args({ "case", "--help" });
    QTest::newRow("subject --help") << args({ "subject", "--help" });
    QTest::newRow("controller --help") << args({ "controller", "--help" });
    QTest::newRow("user --help") << args({ "user", "--help" });
    QTest::newRow("audit --help") << args({ "audit", "--help" });
}

void TestDsarctl::helpForCommandGroups()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    EXPECT_EXIT(result, 0);
    QVERIFY2(!result.out.isEmpty(), "the help belongs on stdout");
}

// 13. signing in ---------------------------------------------------------------------------------------------

void TestDsarctl::initAdminCreatesTheFirstAccount()
{
    const QString password = QStringLiteral("Kanelbulle-4711");
    QProcessEnvironment env = environment(fixedToday, QString());
    env.insert(QStringLiteral("DSAR_PASSWORD"), password);
    const Run created = run(onDb(args({ "init", "--admin", "chef" })), env);
    EXPECT_EXIT(created, 0);
    QVERIFY2(created.out.contains("chef"), created.out.constData());
    QVERIFY(!created.mentions(password));
    // Only the salted derivation is stored.
    QVERIFY(!fileHash(m_db).isEmpty());
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));

    // The new administrator signs in with it (--user on the command line, DSAR_USER unset).
    const Run listed = run(onDb(args({ "--user", "chef", "user", "list", "--json" })), env);
    EXPECT_EXIT(listed, 0);
    const QJsonArray users = listed.json().toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("chef"));
    QCOMPARE(users.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QVERIFY(!listed.mentions(password));
}

void TestDsarctl::initAdminRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password"); // DSAR_PASSWORD; null: unset
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no password, no terminal")
        << args({ "init", "--admin", "chef" }) << QString() << 1 << "Set DSAR_PASSWORD";
    QTest::newRow("short password") << args({ "init", "--admin", "chef" }) << s("kort") << 1 << "at least 8";
    QTest::newRow("password is the name")
        << args({ "init", "--admin", "chefen-sthlm" }) << s("CHEFEN-STHLM") << 1 << "must not be the user name";
    QTest::newRow("name with a space") << args({ "init", "--admin", "Anna Berg" }) << s("Kanelbulle-4711") << 2
                                       << "not a valid user name";
    QTest::newRow("name with SQL") << args({ "init", "--admin", "x'; DROP TABLE users;--" }) << s("Kanelbulle-4711")
                                   << 2 << "not a valid user name";
    QTest::newRow("no name") << args({ "init", "--admin" }) << s("Kanelbulle-4711") << 2 << "admin";
}

void TestDsarctl::initAdminRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcessEnvironment env = environment(fixedToday, QString());
    if (!password.isNull())
        env.insert(QStringLiteral("DSAR_PASSWORD"), password);
    const Run refused = run(onDb(arguments), env);
    EXPECT_EXIT(refused, exitCode);
    QVERIFY2(refused.errText().contains(message), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    if (!password.isEmpty())
        QVERIFY(!refused.mentions(password));
    // Nothing is left behind.
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

void TestDsarctl::signInNeedsAUserAndAPassword()
{
    QVERIFY(initDemoDatabase());
    // No --user and no DSAR_USER.
    const Run anonymous = run(onDb(args({ "case", "list" })), environment(fixedToday, QString()));
    EXPECT_EXIT(anonymous, 2);
    QVERIFY2(anonymous.errText().contains(QStringLiteral("Sign in with --user NAME (password from DSAR_PASSWORD or a "
                                                         "prompt)")),
             anonymous.err.constData());
    QVERIFY(anonymous.out.isEmpty());

    // A user but no password, and no terminal to ask on.
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    env.remove(QStringLiteral("DSAR_PASSWORD"));
    const Run noPassword = run(onDb(args({ "case", "list" })), env);
    EXPECT_EXIT(noPassword, 1);
    QVERIFY2(noPassword.errText().contains(QStringLiteral("Set DSAR_PASSWORD or run dsarctl interactively")),
             noPassword.err.constData());

    // --user wins over DSAR_USER, anywhere on the line.
    env = environment(fixedToday, admin);
    env.insert(QStringLiteral("DSAR_PASSWORD"), demoPassword(handlaggare));
    EXPECT_EXIT(run(onDb(args({ "case", "list", "--user", "handlaggare" })), env), 0);
    EXPECT_EXIT(run(onDb(args({ "--user=handlaggare", "case", "list" })), env), 0);

    // deadline and pnr need neither a database nor an account.
    EXPECT_EXIT(run(args({ "deadline", "2027-03-05" }), environment(fixedToday, QString())), 0);
    EXPECT_EXIT(run(args({ "pnr", "19121212-1212" }), environment(fixedToday, QString())), 0);
}

void TestDsarctl::wrongPasswordAndUnknownUserAreRefusedAlike()
{
    QVERIFY(initDemoDatabase());
    const QByteArray before = dataFingerprint();
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    env.insert(QStringLiteral("DSAR_PASSWORD"), QStringLiteral("Gissning-123"));
    const Run wrong = run(onDb(args({ "subject", "add", "--name", "Sven Prov" })), env);
    EXPECT_EXIT(wrong, 1);
    QVERIFY(wrong.out.isEmpty());
    QVERIFY2(wrong.errText().contains(QStringLiteral("Unknown user or wrong password.")), wrong.err.constData());
    QVERIFY(!wrong.mentions(QStringLiteral("Gissning-123")));

    env.insert(QStringLiteral("DSAR_USER"), QStringLiteral("nobody"));
    const Run unknown = run(onDb(args({ "subject", "add", "--name", "Sven Prov" })), env);
    EXPECT_EXIT(unknown, 1);
    // The same words, so that a guesser cannot tell which accounts exist.
    QCOMPARE(unknown.err, wrong.err);
    // A name with SQL in it is just an unknown name.
    env.insert(QStringLiteral("DSAR_USER"), QStringLiteral("handlaggare' OR '1'='1"));
    const Run injected = run(onDb(args({ "subject", "add", "--name", "Sven Prov" })), env);
    EXPECT_EXIT(injected, 1);
    QCOMPARE(injected.err, wrong.err);

    // Nothing changed but the failure count of the account that exists.
    QCOMPARE(dataFingerprint(), before);
    QCOMPARE(column(QStringLiteral("SELECT name || ' ' || failed_logins FROM users ORDER BY name")),
             QVariantList({ s("admin 0"), s("dpo 0"), s("handlaggare 1") }));
    // A successful sign-in clears it.
    EXPECT_EXIT(runAs(handlaggare, args({ "case", "list" })), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT failed_logins FROM users WHERE name = 'handlaggare'")), 0);
}

void TestDsarctl::repeatedFailuresMakeTheNextAttemptWait()
{
    QVERIFY(initDemoDatabase());
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    env.insert(QStringLiteral("DSAR_PASSWORD"), QStringLiteral("Gissning-123"));
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const Run wrong = run(onDb(args({ "case", "list" })), env);
        EXPECT_EXIT(wrong, 1);
        QVERIFY2(wrong.errText().contains(QStringLiteral("Unknown user or wrong password.")), wrong.err.constData());
    }
    // Even the right password has to wait now.
    const Run waiting = runAs(handlaggare, args({ "case", "list" }));
    EXPECT_EXIT(waiting, 1);
    QVERIFY(waiting.out.isEmpty());
    QVERIFY2(QRegularExpression(QStringLiteral("wait \\d+ second")).match(waiting.errText()).hasMatch(),
             waiting.err.constData());
    // Other accounts are not held up.
    EXPECT_EXIT(runAs(dpo, args({ "case", "list" })), 0);
    // The administrator sees the count.
    const Run users = runAs(admin, args({ "user", "list", "--json" }));
    EXPECT_EXIT(users, 0);
    const QJsonArray array = users.json().toArray();
    for (const QJsonValue& user : array) {
        const QJsonObject object = user.toObject();
        if (object.value(QStringLiteral("name")).toString() == handlaggare) {
            QCOMPARE(object.value(QStringLiteral("failed_logins")).toInt(), 3);
            QVERIFY(object.value(QStringLiteral("locked_until")).isString());
        }
    }
}

void TestDsarctl::disabledAccountIsRefused()
{
    QVERIFY(initDemoDatabase());
    const Run disabled = runAs(admin, args({ "user", "disable", "handlaggare" }));
    EXPECT_EXIT(disabled, 0);
    QVERIFY2(disabled.out.contains("handlaggare"), disabled.out.constData());
    const QByteArray before = dataFingerprint();

    const Run refused = runAs(handlaggare, args({ "subject", "add", "--name", "Sven Prov" }));
    EXPECT_EXIT(refused, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(QStringLiteral("disabled")), refused.err.constData());
    QCOMPARE(dataFingerprint(), before);
    // A wrong password is refused as always: being disabled is told only to who knows the password.
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    env.insert(QStringLiteral("DSAR_PASSWORD"), QStringLiteral("Gissning-123"));
    const Run guessed = run(onDb(args({ "case", "list" })), env);
    EXPECT_EXIT(guessed, 1);
    QVERIFY2(guessed.errText().contains(QStringLiteral("Unknown user or wrong password.")), guessed.err.constData());

    const Run listed = runAs(admin, args({ "user", "list", "--json" }));
    EXPECT_EXIT(listed, 0);
    const QJsonArray users = listed.json().toArray();
    for (const QJsonValue& user : users) {
        const QJsonObject object = user.toObject();
        QCOMPARE(object.value(QStringLiteral("disabled")).toBool(),
                 object.value(QStringLiteral("name")).toString() == handlaggare);
    }
    // Twice, and one's own account, are refused.
    EXPECT_EXIT(runAs(admin, args({ "user", "disable", "handlaggare" })), 1);
    const Run self = runAs(admin, args({ "user", "disable", "admin" }));
    EXPECT_EXIT(self, 1);
    QVERIFY2(self.errText().contains(QStringLiteral("own account")), self.err.constData());
    EXPECT_EXIT(runAs(admin, args({ "user", "disable", "nobody" })), 1);
}

void TestDsarctl::passwordPromptDoesNotEcho()
{
    QVERIFY(initDemoDatabase());
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    env.remove(QStringLiteral("DSAR_PASSWORD"));

    PseudoTerminal terminal;
    if (!terminal.isValid())
        QSKIP("No pseudo-terminal can be opened here.");
    QVERIFY(terminal.echoes());
    bool quietWhileAsking = false;
    const Run listed = runOnTerminal(terminal, args({ "case", "list", "--json" }), env, [&] {
        terminal.readUntil("Password for handlaggare: ");
        quietWhileAsking = !terminal.echoes();
        terminal.type("handlaggare-demo\n");
    });
    EXPECT_EXIT(listed, 0);
    QVERIFY2(terminal.seen().contains("Password for handlaggare: "), terminal.seen().constData());
    QVERIFY(quietWhileAsking);
    // Neither the terminal nor the program's output shows the password, and the echo is back.
    QVERIFY2(!terminal.seen().contains("handlaggare-demo"), terminal.seen().constData());
    QVERIFY(!listed.mentions(demoPassword(handlaggare)));
    QVERIFY(terminal.echoes());
    QCOMPARE(listed.json().toArray().size(), scalar(QStringLiteral("SELECT COUNT(*) FROM cases")));

    // A new administrator's password is asked twice; when the two differ nothing is created.
    m_db = path(QStringLiteral("new.sqlite"));
    PseudoTerminal second;
    const Run differ = runOnTerminal(second, args({ "init", "--admin", "chef" }), env, [&] {
        second.readUntil("Password for the administrator chef: ");
        second.type("Kanelbulle-4711\n");
        second.readUntil("Repeat the password: ");
        second.type("Kanelbulle-4712\n");
    });
    EXPECT_EXIT(differ, 1);
    QVERIFY2(differ.errText().contains(QStringLiteral("differ")), differ.err.constData());
    QVERIFY(!QFileInfo::exists(m_db));
    QVERIFY(second.echoes());
    QVERIFY(!second.seen().contains("Kanelbulle"));
}

void TestDsarctl::interruptedPromptRestoresTheTerminal()
{
    QVERIFY(initDemoDatabase());
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    env.remove(QStringLiteral("DSAR_PASSWORD"));

    // Ctrl-C at the prompt: the program ends, the terminal echoes again.
    PseudoTerminal interrupted;
    if (!interrupted.isValid())
        QSKIP("No pseudo-terminal can be opened here.");
    const Run stopped = runOnTerminal(interrupted, args({ "case", "list" }), env, [&] {
        interrupted.readUntil("Password for handlaggare: ");
        interrupted.type("hand\x03");
    });
    QVERIFY2(stopped.exitCode != 0, describe(stopped, 130).constData());
    QVERIFY(interrupted.echoes());
    QVERIFY(stopped.out.isEmpty());

    // Ctrl-D (end of input) instead of a password.
    PseudoTerminal ended;
    const Run empty = runOnTerminal(ended, args({ "case", "list" }), env, [&] {
        ended.readUntil("Password for handlaggare: ");
        ended.type("\x04");
    });
    EXPECT_EXIT(empty, 1);
    QVERIFY2(empty.errText().contains(QStringLiteral("No password")), empty.err.constData());
    QVERIFY(ended.echoes());
}

// 14. accounts and roles -------------------------------------------------------------------------------------

void TestDsarctl::userAddAndList()
{
    QVERIFY(initDemoDatabase());
    const QString password = QStringLiteral("Semla-Tisdag-2027");
    QProcessEnvironment env = environment(fixedToday, admin);
    env.insert(QStringLiteral("DSAR_NEW_PASSWORD"), password);
    const Run added = run(onDb(args({ "user", "add", "anna", "--role", "dpo", "--json" })), env);
    EXPECT_EXIT(added, 0);
    QCOMPARE(added.json().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("anna"));
    QCOMPARE(added.json().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("dpo"));
    QVERIFY(!added.mentions(password));
    QVERIFY(!added.mentions(demoPassword(admin)));

    const Run listed = runAs(admin, args({ "user", "list", "--json" }));
    EXPECT_EXIT(listed, 0);
    const QJsonArray users = listed.json().toArray();
    QStringList names;
    for (const QJsonValue& user : users) {
        const QJsonObject object = user.toObject();
        names << object.value(QStringLiteral("name")).toString();
        // Never anything of the password or the key.
        QCOMPARE(object.keys(), args({ "disabled", "failed_logins", "locked_until", "name", "role" }));
    }
    QCOMPARE(names, args({ "admin", "anna", "dpo", "handlaggare" }));
    const Run table = runAs(admin, args({ "user", "list" }));
    EXPECT_EXIT(table, 0);
    QVERIFY2(table.out.startsWith("name") && table.out.contains("anna"), table.out.constData());

    // The new account signs in with its password and does a DPO's work.
    QProcessEnvironment asAnna = environment(fixedToday, QStringLiteral("anna"));
    asAnna.insert(QStringLiteral("DSAR_PASSWORD"), password);
    EXPECT_EXIT(run(onDb(args({ "audit", "verify" })), asAnna), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'user.added' AND actor = 'admin' "
                                   "AND summary LIKE '%anna%'")),
             1);
}

void TestDsarctl::userAddRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("newPassword"); // null: DSAR_NEW_PASSWORD unset
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString good = QStringLiteral("Semla-Tisdag-2027");
    QTest::newRow("existing name") << args({ "user", "add", "dpo", "--role", "dpo" }) << good << 1 << "already";
    QTest::newRow("unknown role") << args({ "user", "add", "anna", "--role", "root" }) << good << 2
                                  << "handlaggare, dpo, admin";
    QTest::newRow("no role") << args({ "user", "add", "anna" }) << good << 2 << "--role";
    QTest::newRow("no name") << args({ "user", "add", "--role", "dpo" }) << good << 2 << "one account name";
    QTest::newRow("upper-case name") << args({ "user", "add", "Anna", "--role", "dpo" }) << good << 2
                                     << "not a valid user name";
    QTest::newRow("name with SQL") << args({ "user", "add", "a'); DELETE FROM users;--", "--role", "dpo" }) << good << 2
                                   << "not a valid user name";
    QTest::newRow("name of 100,000 letters")
        << (args({ "user", "add", "--role", "dpo" }) << QString(100000, QLatin1Char('a'))) << good << 2
        << "not a valid user name";
    QTest::newRow("short password") << args({ "user", "add", "anna", "--role", "dpo" }) << s("kort") << 1
                                    << "at least 8";
    QTest::newRow("no new password, no terminal")
        << args({ "user", "add", "anna", "--role", "dpo" }) << QString() << 1 << "Set DSAR_NEW_PASSWORD";
}

void TestDsarctl::userAddRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, newPassword);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(initDatabase());
    const QByteArray before = dataFingerprint();
    const QVariantList accounts = column(QStringLiteral("SELECT name FROM users ORDER BY name"));
    QProcessEnvironment env = environment(fixedToday, admin);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("DSAR_NEW_PASSWORD"), newPassword);
    const Run refused = run(onDb(arguments), env);
    EXPECT_EXIT(refused, exitCode);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(message), refused.err.left(2000).constData());
    QCOMPARE(dataFingerprint(), before);
    QCOMPARE(column(QStringLiteral("SELECT name FROM users ORDER BY name")), accounts);
}

void TestDsarctl::rolesAreEnforced_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("role"); // the role the refusal must name

    QTest::newRow("handlaggare adds an organisation")
        << handlaggare << args({ "controller", "add", "--name", "Annat AB" }) << "admin";
    QTest::newRow("handlaggare adds an account")
        << handlaggare << args({ "user", "add", "anna", "--role", "admin" }) << "admin";
    QTest::newRow("handlaggare lists the accounts") << handlaggare << args({ "user", "list" }) << "admin";
    QTest::newRow("handlaggare disables an account") << handlaggare << args({ "user", "disable", "dpo" }) << "admin";
    QTest::newRow("handlaggare sets another's password")
        << handlaggare << args({ "user", "passwd", "admin" }) << "admin";
    QTest::newRow("handlaggare verifies the audit trail")
        << handlaggare << args({ "audit", "verify" }) << "dpo or admin";
    QTest::newRow("handlaggare exports the audit trail")
        << handlaggare << args({ "audit", "export", "--out", "audit.csv" }) << "dpo or admin";
    QTest::newRow("handlaggare purges") << handlaggare << args({ "purge", "--dry-run" }) << "dpo or admin";
    QTest::newRow("dpo adds an organisation") << dpo << args({ "controller", "add", "--name", "Annat AB" }) << "admin";
    QTest::newRow("dpo adds an account") << dpo << args({ "user", "add", "anna", "--role", "dpo" }) << "admin";
    QTest::newRow("admin opens a case") << admin
                                        << args({ "case", "open", "--right", "access", "--subject", "1", "--received",
                                                  "2027-03-05" })
                                        << "handlaggare or dpo";
    QTest::newRow("admin adds a subject")
        << admin << args({ "subject", "add", "--name", "Sven Prov" }) << "handlaggare or dpo";
    QTest::newRow("admin lists cases") << admin << args({ "case", "list" }) << "handlaggare or dpo";
    QTest::newRow("admin reads a case") << admin << args({ "case", "show", "DSAR-2027-00001" }) << "handlaggare or dpo";
    QTest::newRow("admin lists subjects") << admin << args({ "subject", "list" }) << "handlaggare or dpo";
}

void TestDsarctl::rolesAreEnforced()
{
    QFETCH(QString, user);
    QFETCH(QStringList, arguments);
    QFETCH(QString, role);
    QVERIFY(initDemoDatabase());
    const QByteArray before = dataFingerprint();
    QProcessEnvironment env = environment(fixedToday, user);
    env.insert(QStringLiteral("DSAR_NEW_PASSWORD"), QStringLiteral("Semla-Tisdag-2027"));
    const Run refused = run(onDb(arguments), env);
    EXPECT_EXIT(refused, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(QStringLiteral("needs the role ") + role), refused.err.constData());
    QCOMPARE(dataFingerprint(), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("audit.csv"))));
}

void TestDsarctl::passwordChange()
{
    QVERIFY(initDemoDatabase());
    const qint64 cases = scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));
    const QString newPassword = QStringLiteral("Prinsesstarta-99");
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    env.insert(QStringLiteral("DSAR_NEW_PASSWORD"), newPassword);
    const Run changed = run(onDb(args({ "user", "passwd" })), env);
    EXPECT_EXIT(changed, 0);
    QVERIFY2(changed.out.contains("handlaggare"), changed.out.constData());
    QVERIFY(!changed.mentions(newPassword));
    QVERIFY(!changed.mentions(demoPassword(handlaggare)));

    // The old password no longer opens anything; the new one opens the same data.
    const Run old = runAs(handlaggare, args({ "case", "list", "--json" }));
    EXPECT_EXIT(old, 1);
    QVERIFY2(old.errText().contains(QStringLiteral("Unknown user or wrong password.")), old.err.constData());
    env.insert(QStringLiteral("DSAR_PASSWORD"), newPassword);
    const Run listed = run(onDb(args({ "case", "list", "--json" })), env);
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.json().toArray().size(), cases);
    const Run subjects = run(onDb(args({ "subject", "list", "--json" })), env);
    EXPECT_EXIT(subjects, 0);
    QVERIFY2(subjects.out.contains("Tolvan Tolvansson"), subjects.out.constData());

    // An administrator may set another's password; a weak one is refused and changes nothing.
    QProcessEnvironment asAdmin = environment(fixedToday, admin);
    asAdmin.insert(QStringLiteral("DSAR_NEW_PASSWORD"), QStringLiteral("dpo"));
    const QVariantList verifiers = column(QStringLiteral("SELECT hex(verifier) FROM users ORDER BY name"));
    const Run weak = run(onDb(args({ "user", "passwd", "dpo" })), asAdmin);
    EXPECT_EXIT(weak, 1);
    QVERIFY2(weak.errText().contains(QStringLiteral("at least 8")), weak.err.constData());
    QCOMPARE(column(QStringLiteral("SELECT hex(verifier) FROM users ORDER BY name")), verifiers);
    asAdmin.insert(QStringLiteral("DSAR_NEW_PASSWORD"), QStringLiteral("Dataskydd-2027"));
    EXPECT_EXIT(run(onDb(args({ "user", "passwd", "dpo" })), asAdmin), 0);
    QProcessEnvironment asDpo = environment(fixedToday, dpo);
    asDpo.insert(QStringLiteral("DSAR_PASSWORD"), QStringLiteral("Dataskydd-2027"));
    EXPECT_EXIT(run(onDb(args({ "audit", "verify" })), asDpo), 0);
    EXPECT_EXIT(run(onDb(args({ "user", "passwd", "nobody" })), asAdmin), 1);
    // Each change is in the audit trail, without the password.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'user.password_changed'")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE summary LIKE '%Prinsesstarta%' OR "
                                   "summary LIKE '%Dataskydd-2027%'")),
             0);
}

// 15. audit trail --------------------------------------------------------------------------------------------

void TestDsarctl::auditVerify()
{
    QVERIFY(initDemoDatabase());
    const qint64 events = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    QVERIFY(events > 10);
    const Run verified = runAs(dpo, args({ "audit", "verify" }));
    EXPECT_EXIT(verified, 0);
    QCOMPARE(verified.out, QByteArray("The audit trail is whole: " + QByteArray::number(events) + " events.\n"));
    const Run json = runAs(admin, args({ "audit", "verify", "--json" }));
    EXPECT_EXIT(json, 0);
    const QJsonObject result = json.json().toObject();
    QCOMPARE(result.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("events")).toInteger(), events);
    QVERIFY(result.value(QStringLiteral("broken_seq")).isNull());
    QVERIFY(result.value(QStringLiteral("broken_id")).isNull());
    QVERIFY(result.value(QStringLiteral("problem")).isNull());
}

void TestDsarctl::auditVerifyFindsAnAlteredEvent()
{
    QVERIFY(initDemoDatabase());
    const qint64 id = scalar(QStringLiteral("SELECT id FROM audit_events WHERE seq = 3"));
    QVERIFY(
        writeSql(m_db, { QStringLiteral("UPDATE audit_events SET summary = summary || ' (edited)' WHERE seq = 3") }));
    const Run broken = runAs(dpo, args({ "audit", "verify" }));
    EXPECT_EXIT(broken, 1);
    QVERIFY(broken.out.isEmpty());
    QVERIFY2(broken.errText().contains(QStringLiteral("seq 3 (id %1)").arg(id)), broken.err.constData());
    QVERIFY2(broken.errText().contains(QStringLiteral("altered")), broken.err.constData());

    const Run json = runAs(dpo, args({ "audit", "verify", "--json" }));
    EXPECT_EXIT(json, 1);
    const QJsonObject result = json.json().toObject();
    QCOMPARE(result.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("broken_seq")).toInteger(), 3);
    QCOMPARE(result.value(QStringLiteral("broken_id")).toInteger(), id);
    QCOMPARE(result.value(QStringLiteral("events")).toInteger(), 2);
    QVERIFY(!result.value(QStringLiteral("problem")).toString().isEmpty());
}

void TestDsarctl::auditVerifyFindsADeletedEvent()
{
    QVERIFY(initDemoDatabase());
    const qint64 last = scalar(QStringLiteral("SELECT MAX(seq) FROM audit_events"));
    QVERIFY(writeSql(m_db, { QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(last) }));
    const Run broken = runAs(dpo, args({ "audit", "verify" }));
    EXPECT_EXIT(broken, 1);
    QVERIFY2(broken.errText().contains(QStringLiteral("seq %1").arg(last)), broken.err.constData());
    QVERIFY2(broken.errText().contains(QStringLiteral("deleted")), broken.err.constData());

    // One from the middle.
    QVERIFY(initDemoDatabase());
    QVERIFY(writeSql(m_db, { QStringLiteral("DELETE FROM audit_events WHERE seq = 5") }));
    const Run gap = runAs(dpo, args({ "audit", "verify", "--json" }));
    EXPECT_EXIT(gap, 1);
    QCOMPARE(gap.json().toObject().value(QStringLiteral("broken_seq")).toInteger(), 6);
}

void TestDsarctl::auditExport()
{
    QVERIFY(initDemoDatabase());
    const qint64 events = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const QString csv = path(QStringLiteral("audit.csv"));
    const Run exported
        = runAs(dpo, QStringList { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), csv });
    EXPECT_EXIT(exported, 0);
    QVERIFY2(exported.out.contains(QByteArray("Exported " + QByteArray::number(events) + " audit events")),
             exported.out.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), events + 1);
    QCOMPARE(lines.first().trimmed(), QByteArray("seq,occurred_at_utc,actor,action,entity_type,entity_id,summary"));
    // Audit times are real instants even when DSAR_TODAY moves "today".
    QVERIFY2(
        QRegularExpression(QStringLiteral("^1,\\d{4}-\\d\\d-\\d\\dT")).match(QString::fromUtf8(lines.at(1))).hasMatch(),
        lines.at(1).constData());
    // For the supervisory authority: what was done, not whom it was about.
    for (const char* personal : { "Tolvan", "121212", "tolvan@", "example.se" })
        QVERIFY2(!content.contains(personal), personal);

    // Without --out: wrong usage, nothing written.
    const Run noFile = runAs(dpo, args({ "audit", "export" }));
    EXPECT_EXIT(noFile, 2);
    QVERIFY2(noFile.errText().contains(QStringLiteral("--out")), noFile.err.constData());
}

// 16. retention ----------------------------------------------------------------------------------------------

void TestDsarctl::settingsAreListedAndSetByAnAdministrator()
{
    QVERIFY(initDemoDatabase());
    const Run listed = runAs(dpo, args({ "settings", "list", "--json" }));
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.json().toArray().size(), 6);
    const Run refused = runAs(dpo, args({ "settings", "set", "retention.closed_case_years", "5" }));
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("admin")), refused.err.constData());
    const Run invalid = runAs(admin, args({ "settings", "set", "deadline.calendar_profile", "US" }));
    EXPECT_EXIT(invalid, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    EXPECT_EXIT(runAs(admin, args({ "settings", "set", "deadline.calendar_profile", "SE1930" })), 0);
    QCOMPARE(column(QStringLiteral("SELECT value FROM settings WHERE key = 'deadline.calendar_profile'")).value(0),
             QVariant(QStringLiteral("SE1930")));
    EXPECT_EXIT(runAs(dpo, args({ "audit", "verify" })), 0);
}

void TestDsarctl::registerListsTheDemoActivities()
{
    QVERIFY(initDemoDatabase());
    const Run all = runAs(handlaggare, args({ "register", "list", "--json" }));
    EXPECT_EXIT(all, 0);
    QVERIFY(all.json().toArray().size() >= 30);
    const Run assessio = runAs(dpo, args({ "register", "list", "--controller", "Assessio Sverige AB", "--json" }));
    EXPECT_EXIT(assessio, 0);
    bool foundCrm = false;
    for (const QJsonValue& activity : assessio.json().toArray()) {
        const QJsonObject object = activity.toObject();
        QCOMPARE(object.value(QStringLiteral("controller")).toString(), QStringLiteral("Assessio Sverige AB"));
        if (object.value(QStringLiteral("name")).toString() == QLatin1String("CRM-system")) {
            foundCrm = true;
            QCOMPARE(object.value(QStringLiteral("retention_rule")).toString(),
                     QStringLiteral("after-relationship-ended;2y"));
        }
    }
    QVERIFY(foundCrm);
    EXPECT_EXIT(runAs(dpo, args({ "register", "list", "--controller", "Nobody AB" })), 1);
}

void TestDsarctl::purgeDryRunOnTheDemo()
{
    QVERIFY(initDemoDatabase());
    const QByteArray before = dataFingerprint();
    // The demonstration cases are all open.
    const Run listed = runAs(dpo, args({ "purge", "--dry-run", "--json" }));
    EXPECT_EXIT(listed, 0);
    const QJsonObject result = listed.json().toObject();
    QCOMPARE(result.value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("count")).toInt(), 0);
    QCOMPARE(result.value(QStringLiteral("cases")).toArray().size(), 0);
    const Run plain = runAs(admin, args({ "purge", "--dry-run" }));
    EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.out.contains("nothing would be purged"), plain.out.constData());
    QCOMPARE(dataFingerprint(), before);
}

void TestDsarctl::purgeRemovesCasesPastRetention()
{
    QVERIFY(initDemoDatabase());
    const QString reference
        = column(QStringLiteral("SELECT reference FROM cases ORDER BY id LIMIT 1")).value(0).toString();
    QVERIFY(!reference.isEmpty());
    const qint64 cases = scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));
    QVERIFY(writeSql(m_db,
                     { QStringLiteral("UPDATE cases SET status = 'closed', closed_at = '2020-01-01T00:00:00Z' "
                                      "WHERE reference = '%1'")
                           .arg(reference) }));
    // Closed recently: kept.
    const QString recent
        = column(QStringLiteral("SELECT reference FROM cases ORDER BY id DESC LIMIT 1")).value(0).toString();
    QVERIFY(writeSql(m_db,
                     { QStringLiteral("UPDATE cases SET status = 'closed', closed_at = '2027-01-01T00:00:00Z' "
                                      "WHERE reference = '%1'")
                           .arg(recent) }));

    const Run listed = runAs(dpo, args({ "purge", "--dry-run" }));
    EXPECT_EXIT(listed, 0);
    QVERIFY2(listed.out.contains(reference.toUtf8()) && !listed.out.contains(recent.toUtf8()), listed.out.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), cases);

    const Run purged = runAs(dpo, args({ "purge", "--json", "--reason", "gallring enligt rutin" }));
    EXPECT_EXIT(purged, 0);
    const QJsonObject result = purged.json().toObject();
    QCOMPARE(result.value(QStringLiteral("dry_run")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("cases"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("reference"))
                 .toString(),
             reference);

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), cases - 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE reference = '%1'").arg(reference)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE reference = '%1'").arg(recent)), 1);
    // What remains: a deletion record without personal data.
    QCOMPARE(column(QStringLiteral("SELECT reference || ' ' || purged_by || ' ' || reason || ' ' || closed_at FROM "
                                   "purge_records")),
             QVariantList { QString(reference + QStringLiteral(" dpo gallring enligt rutin 2020-01-01T00:00:00Z")) });
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'case.purged'")), 1);
    const Run shown = runAs(handlaggare, QStringList { QStringLiteral("case"), QStringLiteral("show"), reference });
    EXPECT_EXIT(shown, 1);
    // The purge is audited in the same chain, which stays whole.
    EXPECT_EXIT(runAs(dpo, args({ "audit", "verify" })), 0);
    // Nothing left to purge.
    const Run again = runAs(admin, args({ "purge" }));
    EXPECT_EXIT(again, 0);
    QVERIFY2(again.out.contains("nothing was purged"), again.out.constData());
}

// 17. hostile input and data at rest -------------------------------------------------------------------------

void TestDsarctl::hostileInputIsStoredOrRefusedCleanly()
{
    const qint64 tolvan = seedOneOrganisation();
    QVERIFY(tolvan > 0);
    const QString tolvanRow = QStringLiteral("SELECT quote(name_enc) || quote(personal_id_enc) || quote(email_enc) || "
                                             "quote(personal_id_index) FROM subjects WHERE id = %1")
                                  .arg(tolvan);
    const QVariantList before = column(tolvanRow);
    QCOMPARE(before.size(), 1);

    const QStringList names = { QStringLiteral("Robert'); DROP TABLE subjects;--"), QStringLiteral("x' OR '1'='1"),
                                QStringLiteral("100% \"_\" \\ ; -- /* */"), QString::fromUtf8("Åsa Ödegård-Ängström") };
    QList<qint64> ids;
    for (const QString& name : names) {
        const Run added = run(onDb(args({ "subject", "add", "--json", "--name" }) << name));
        EXPECT_EXIT(added, 0);
        QCOMPARE(added.json().toObject().value(QStringLiteral("name")).toString(), name);
        ids << added.json().toObject().value(QStringLiteral("id")).toInteger();
    }
    const Run listed = run(onDb(args({ "subject", "list", "--json" })));
    EXPECT_EXIT(listed, 0);
    QStringList stored;
    const QJsonArray subjects = listed.json().toArray();
    for (const QJsonValue& subject : subjects)
        stored << subject.toObject().value(QStringLiteral("name")).toString();
    QStringList expected = QStringList { QStringLiteral("Tolvan Tolvansson") } + names;
    expected.sort();
    stored.sort();
    QCOMPARE(stored, expected);
    QCOMPARE(column(tolvanRow), before);

    // As an organisation's name (not personal data: stored in the clear), and as a case reference.
    const Run organisation = runAs(admin, args({ "controller", "add", "--json", "--name" }) << names.at(0));
    EXPECT_EXIT(organisation, 0);
    QCOMPARE(column(QStringLiteral("SELECT name FROM controllers ORDER BY id DESC LIMIT 1")),
             QVariantList { names.at(0) });
    const Run shown = run(onDb(args({ "case", "show", "DSAR' OR '1'='1" })));
    EXPECT_EXIT(shown, 1);

    // 100,000 characters: refused, nothing changed.
    const QByteArray fingerprint = dataFingerprint();
    const Run tooLong = run(onDb(args({ "subject", "add", "--name" }) << QString(100000, QLatin1Char('A'))));
    EXPECT_EXIT(tooLong, 1);
    QVERIFY2(tooLong.errText().contains(QStringLiteral("longer than")), tooLong.err.left(500).constData());
    QVERIFY2(tooLong.err.size() < 1000, "the refusal need not repeat the input");
    QCOMPARE(dataFingerprint(), fingerprint);
}

void TestDsarctl::personalDataIsEncryptedAtRest()
{
    // A fresh demonstration database, then a process that reads and writes personal data; the files are
    // read after the processes have ended.
    const Run created = run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString()));
    EXPECT_EXIT(created, 0);
    EXPECT_EXIT(run(onDb(args({ "subject", "add", "--name", "Tolvan Tolvansson", "--pnr", "191212121212", "--email",
                                "tolvan@example.se" }))),
                1); // already registered: found through the blind index
    const Run listed = run(onDb(args({ "subject", "list", "--json" })));
    EXPECT_EXIT(listed, 0);
    QVERIFY(listed.out.contains("Tolvan Tolvansson"));

    const QStringList fragments
        = args({ "Tolvan Tolvansson", "Tolvan", "Tolvansson", "tolvan@example.se", "191212121212", "19121212-1212",
                 "121212-1212", "1212121212", "Testgatan 12", "070-000 12 12" });
    int filesRead = 0;
    for (const char* suffix : { "", "-wal", "-journal", "-shm" }) {
        QFile file(m_db + QLatin1String(suffix));
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        ++filesRead;
        for (const QString& fragment : fragments) {
            QVERIFY2(!raw.contains(fragment.toUtf8()), qPrintable(fragment + QLatin1String(suffix)));
            QByteArray utf16(reinterpret_cast<const char*>(fragment.utf16()), fragment.size() * 2);
            QVERIFY2(!raw.contains(utf16), qPrintable(fragment + QLatin1String(suffix)));
        }
        QVERIFY2(!raw.toLower().contains("tolvan"), suffix);
    }
    QVERIFY(filesRead >= 1);
}

QTEST_GUILESS_MAIN(TestDsarctl)
#include "tst_dsarctl.moc"
