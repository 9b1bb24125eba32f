// End-to-end tests of "dsarctl register export" and "register import": the real program through QProcess on
// copies of databases made once through dsarctl itself (every sign-in costs a memory-hard derivation).
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar::clitest;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDsarctlRegister : public QObject, public DsarctlHarness
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QVERIFY(startTest()); }
    void cleanup() { endTest(); }

    void exportJson();
    void exportCsv();
    void exportFormatIsChosenOrRefused_data();
    void exportFormatIsChosenOrRefused();
    void importRoundTrip();
    void importFromStandardInput();
    void badFileListsEveryProblemAndChangesNothing();
    void ruleViolationsListEveryActivityAndChangeNothing();
    void handlaggareMayExportButNotImport();
    void helpNamesTheActions();

private:
    // The test's database becomes a copy of a prepared one.
    bool copyDatabase(const QString& prepared);
    qint64 activityCount() const;

    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_demo; // "init --demo"
    QString m_bare; // an administrator and a handläggare, nothing else
    QByteArray m_demoExport; // the demo database's register, exported once
};

void TestDsarctlRegister::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());

    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);
    const Run exported = runAs(dpo, args({ "register", "export", "-" }));
    EXPECT_EXIT(exported, 0);
    m_demoExport = exported.out;
    QVERIFY(m_demoExport.startsWith("{\n    \"format\": \"dsardesk-register\""));

    m_bare = m_db = m_prepared->filePath(QStringLiteral("bare.sqlite"));
    EXPECT_EXIT(runAs(admin, args({ "init", "--admin", "admin" })), 0);
    QProcessEnvironment env = environment(fixedToday, admin);
    env.insert(QStringLiteral("DSAR_NEW_PASSWORD"), demoPassword(handlaggare));
    EXPECT_EXIT(run(onDb(args({ "user", "add", "--role", "handlaggare", "handlaggare" })), env), 0);
    endTest();
}

bool TestDsarctlRegister::copyDatabase(const QString& prepared)
{
    QFile::remove(m_db);
    if (!QFile::copy(prepared, m_db))
        return false;
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    return !QFile::exists(prepared + QStringLiteral("-wal"))
        || QFile::copy(prepared + QStringLiteral("-wal"), m_db + QStringLiteral("-wal"));
}

qint64 TestDsarctlRegister::activityCount() const
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_db);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM processing_activities"), db);
            if (query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return count;
}

void TestDsarctlRegister::exportJson()
{
    QVERIFY(copyDatabase(m_demo));
    const Run exported = runAs(handlaggare, args({ "register", "export", "register.json" }));
    EXPECT_EXIT(exported, 0);
    QVERIFY2(exported.out.contains("Exported 7 organisations with 66 processing activities"), exported.out.constData());
    // The file and standard output get the same bytes, the document of docs/register-format.md.
    const QByteArray written = readAll(path(QStringLiteral("register.json")));
    QCOMPARE(written, m_demoExport);
    const QJsonObject document = QJsonDocument::fromJson(written).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("dsardesk-register"));
    QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray organisations = document.value(QStringLiteral("organisations")).toArray();
    QCOMPARE(organisations.size(), 7);
    qsizetype activities = 0;
    QStringList names;
    for (const QJsonValue& organisation : organisations) {
        names << organisation[QStringLiteral("name")].toString();
        activities += organisation[QStringLiteral("activities")].toArray().size();
    }
    QCOMPARE(activities, qsizetype(66));
    QVERIFY(names.contains(s("Kontor & Miljö i Borlänge AB")));
    QVERIFY(written.endsWith("}\n"));
}

void TestDsarctlRegister::exportCsv()
{
    QVERIFY(copyDatabase(m_demo));
    EXPECT_EXIT(runAs(dpo, args({ "register", "export", "register.CSV" })), 0);
    const QByteArray csv = readAll(path(QStringLiteral("register.CSV")));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "organisation,organisation_number,activity,purposes,legal_bases,"));
    QCOMPARE(csv.count("\r\n"), qsizetype(1 + 66)); // the header and one row per activity (no cell holds a line break)
    QVERIFY(csv.contains(s("Kontor & Miljö i Borlänge AB,556453-9111,Hantera dig som kund,").toUtf8()));
    QVERIFY(csv.contains(s("Assessio Sverige AB,,CRM-system,").toUtf8()));
    // Retention in words, with English plurals (Assessio's CRM: two years after the contract ended).
    QVERIFY(csv.contains("2 years after the contract or relationship ended"));
    QVERIFY(!csv.contains("year(s)"));

    const Run toStdout = runAs(dpo, args({ "register", "export", "--format", "csv", "-" }));
    EXPECT_EXIT(toStdout, 0);
    QCOMPARE(toStdout.out, csv);
}

void TestDsarctlRegister::exportFormatIsChosenOrRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("starts"); // the file's first bytes, or the error message

    QTest::newRow("--format csv beats .json")
        << args({ "register", "export", "--format", "csv", "out.json" }) << 0 << "out.json"
        << "\xEF\xBB\xBF";
    QTest::newRow("--format json, no extension")
        << args({ "register", "export", "--format=json", "register" }) << 0 << "register"
        << "{";
    QTest::newRow("unknown extension") << args({ "register", "export", "register.txt" }) << 2 << "register.txt"
                                       << "Cannot tell the format from \"register.txt\"";
    QTest::newRow("unknown format") << args({ "register", "export", "--format", "xml", "register.xml" }) << 2
                                    << "register.xml"
                                    << "Unknown format \"xml\"";
    QTest::newRow("no file") << args({ "register", "export" }) << 2 << QString() << "Give one file to write";
}

void TestDsarctlRegister::exportFormatIsChosenOrRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, file);
    QFETCH(QString, starts);
    QVERIFY(copyDatabase(m_demo));
    const Run result = runAs(dpo, arguments);
    EXPECT_EXIT(result, exitCode);
    if (exitCode == 0) {
        QVERIFY(readAll(path(file)).startsWith(starts.toUtf8()));
    } else {
        QVERIFY2(result.errText().contains(starts), result.err.constData());
        if (!file.isEmpty())
            QVERIFY(!QFile::exists(path(file)));
    }
}

void TestDsarctlRegister::importRoundTrip()
{
    QVERIFY(copyDatabase(m_bare));
    QVERIFY(writeAll(path(QStringLiteral("demo.json")), m_demoExport));
    const Run imported = runAs(admin, args({ "register", "import", "demo.json" }));
    EXPECT_EXIT(imported, 0);
    QVERIFY2(imported.out.contains("Imported the register of 7 organisations (7 added, 0 updated): 66 activities "
                                   "added, 0 updated, 0 removed, 0 unchanged."),
             imported.out.constData());
    QCOMPARE(activityCount(), 66);
    // Out again: the same bytes.
    const Run again = runAs(handlaggare, args({ "register", "export", "-" }));
    EXPECT_EXIT(again, 0);
    QCOMPARE(again.out, m_demoExport);

    // Once more: nothing to change.
    const Run unchanged = runAs(admin, args({ "register", "import", "demo.json" }));
    EXPECT_EXIT(unchanged, 0);
    QVERIFY2(unchanged.out.contains("0 added, 0 updated): 0 activities added, 0 updated, 0 removed, 66 unchanged."),
             unchanged.out.constData());
}

void TestDsarctlRegister::importFromStandardInput()
{
    QVERIFY(copyDatabase(m_bare));
    const Run imported = run(onDb(args({ "register", "import", "-" })), environment(fixedToday, admin), &m_demoExport);
    EXPECT_EXIT(imported, 0);
    QCOMPARE(activityCount(), 66);
}

void TestDsarctlRegister::badFileListsEveryProblemAndChangesNothing()
{
    QVERIFY(copyDatabase(m_demo));
    QJsonObject document = QJsonDocument::fromJson(m_demoExport).object();
    QJsonArray organisations = document.value(QStringLiteral("organisations")).toArray();
    QJsonObject first = organisations.at(0).toObject();
    QJsonArray activities = first.value(QStringLiteral("activities")).toArray();
    QJsonObject activity = activities.at(1).toObject();
    QJsonArray bases = activity.value(QStringLiteral("legal_bases")).toArray();
    QJsonObject basis = bases.at(0).toObject();
    basis.insert(QStringLiteral("basis"), QStringLiteral("contrct"));
    bases.replace(0, basis);
    activity.insert(QStringLiteral("legal_bases"), bases);
    activity.insert(QStringLiteral("purpose"), QJsonArray());
    activities.replace(1, activity);
    first.insert(QStringLiteral("activities"), activities);
    organisations.replace(0, first);
    QJsonObject last = organisations.at(6).toObject();
    last.insert(QStringLiteral("phone"), 317625530);
    organisations.replace(6, last);
    document.insert(QStringLiteral("organisations"), organisations);
    QVERIFY(writeAll(path(QStringLiteral("bad.json")), QJsonDocument(document).toJson()));
    const QByteArray before = fileHash(m_db);

    const Run refused = runAs(admin, args({ "register", "import", "bad.json" }));
    EXPECT_EXIT(refused, 1);
    const QString err = refused.errText();
    QVERIFY2(err.contains(QLatin1String("3 problem(s) in bad.json; nothing was imported:")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("organisations[0].activities[1].legal_bases[0].basis: unknown legal basis "
                                        "\"contrct\"; use one of consent, contract,")),
             qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("organisations[0].activities[1].purpose: unknown key; did you mean "
                                        "\"purposes\"?")),
             qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("organisations[6].phone: expected a string, found a number.")),
             qPrintable(err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(fileHash(m_db), before);
}

void TestDsarctlRegister::ruleViolationsListEveryActivityAndChangeNothing()
{
    QVERIFY(copyDatabase(m_demo));
    // Well-formed, but two activities break the register's rules.
    QJsonObject document = QJsonDocument::fromJson(m_demoExport).object();
    QJsonArray organisations = document.value(QStringLiteral("organisations")).toArray();
    QStringList broken;
    for (qsizetype i : { 3, 4 }) {
        QJsonObject organisation = organisations.at(i).toObject();
        QJsonArray activities = organisation.value(QStringLiteral("activities")).toArray();
        QJsonObject activity = activities.at(0).toObject();
        activity.insert(QStringLiteral("purposes"), QJsonArray());
        broken << organisation.value(QStringLiteral("name")).toString() + QStringLiteral(", activity \"")
                + activity.value(QStringLiteral("name")).toString() + QStringLiteral("\": ");
        activities.replace(0, activity);
        organisation.insert(QStringLiteral("activities"), activities);
        organisations.replace(i, organisation);
    }
    document.insert(QStringLiteral("organisations"), organisations);
    const QByteArray bytes = QJsonDocument(document).toJson();
    const QByteArray before = fileHash(m_db);

    const Run refused = run(onDb(args({ "register", "import", "-" })), environment(fixedToday, admin), &bytes);
    EXPECT_EXIT(refused, 1);
    const QString err = refused.errText();
    QVERIFY2(err.contains(QLatin1String("2 problem(s) with the register in -; nothing was imported:")),
             qPrintable(err));
    for (const QString& activity : std::as_const(broken))
        QVERIFY2(err.contains(activity) && err.contains(QLatin1String("has no purpose")), qPrintable(err));
    QCOMPARE(fileHash(m_db), before);
}

void TestDsarctlRegister::handlaggareMayExportButNotImport()
{
    QVERIFY(copyDatabase(m_demo));
    QVERIFY(writeAll(path(QStringLiteral("demo.json")), m_demoExport));
    const QByteArray before = fileHash(m_db);
    const Run refused = runAs(handlaggare, args({ "register", "import", "demo.json" }));
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.errText().contains(QLatin1String("Refused")) && refused.errText().contains(QLatin1String("admin")),
             refused.err.constData());
    QCOMPARE(fileHash(m_db), before);
    EXPECT_EXIT(runAs(handlaggare, args({ "register", "export", "mine.json" })), 0);
}

void TestDsarctlRegister::helpNamesTheActions()
{
    const Run usage = run(args({ "--help" }), QString());
    EXPECT_EXIT(usage, 0);
    QVERIFY2(usage.out.contains("register export FILE [--format json|csv]")
                 && usage.out.contains("register import FILE"),
             usage.out.constData());
    const Run group = run(args({ "register", "--help" }), QString());
    EXPECT_EXIT(group, 0);
    QVERIFY2(group.out.contains("  export") && group.out.contains("  import") && group.out.contains("  list"),
             group.out.constData());
    const Run exportHelp = run(args({ "register", "export", "--help" }), QString());
    EXPECT_EXIT(exportHelp, 0);
    QVERIFY2(exportHelp.out.contains("--format <json|csv>"), exportHelp.out.constData());
    const Run importHelp = run(args({ "register", "import", "-h" }), QString());
    EXPECT_EXIT(importHelp, 0);
    QVERIFY2(importHelp.out.contains("standard input"), importHelp.out.constData());
    EXPECT_EXIT(run(args({ "register", "merge" }), QString()), 2);
}

QTEST_GUILESS_MAIN(TestDsarctlRegister)
#include "tst_dsarctl_register.moc"
