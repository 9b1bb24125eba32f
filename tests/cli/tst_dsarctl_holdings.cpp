// End-to-end tests of "dsarctl subject find|list|show", "holdings import" and "gallring" on copies of one
// demonstration database made through dsarctl (DSAR_TODAY 2027-03-10; demo dates are relative to it).
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dsar::clitest;

namespace {

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject byField(const QJsonArray& holdings, const QString& field)
{
    for (const QJsonValue& holding : holdings) {
        if (holding.toObject().value(QStringLiteral("field")).toString() == field)
            return holding.toObject();
    }
    return {};
}

} // namespace

class TestDsarctlHoldings : public QObject, public DsarctlHarness
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init()
    {
        QVERIFY(startTest());
        QVERIFY(QFile::copy(m_demo, m_db));
    }
    void cleanup() { endTest(); }

    void subjectFind_data();
    void subjectFind();
    void subjectFindUsage();
    void subjectShowListsHoldingsWithRetainUntil();
    void subjectShowUnknownId();
    void importCsvWithMapping();
    void importJsonFromStandardInput();
    void badImportReportsEveryRowAndChangesNothing();
    void importUsageErrors_data();
    void importUsageErrors();
    void gallringGroupsWhatIsDue();
    void gallringConfirmIsTheDposAndOnlyForDueHoldings();
    void gallringExportForTheSystemOwners();

private:
    qint64 subjectId(const QString& query);
    int holdingCount(qint64 subject);

    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_demo;
};

void TestDsarctlHoldings::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());
    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);
    endTest();
}

qint64 TestDsarctlHoldings::subjectId(const QString& query)
{
    const Run found = runAs(handlaggare, args({ "subject", "find", "--json" }) << query);
    const QJsonArray array = found.json().toArray();
    return array.size() == 1 ? array.first().toObject().value(QStringLiteral("id")).toInteger() : -1;
}

int TestDsarctlHoldings::holdingCount(qint64 subject)
{
    const Run shown = runAs(handlaggare, args({ "subject", "show", "--json" }) << QString::number(subject));
    return int(shown.json().toObject().value(QStringLiteral("holdings")).toArray().size());
}

void TestDsarctlHoldings::subjectFind_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("part of a name, any case") << "anders" << QStringList { "Anna Andersson", "Anna Andersson" };
    QTest::newRow("exact e-mail, any case") << "A.Andersson@Example.org" << QStringList { "Anna Andersson" };
    QTest::newRow("personnummer, short form, over 100") << "121212+1212" << QStringList { "Tolvan Tolvansson" };
    QTest::newRow("personnummer, 12 digits") << "194408139089" << QStringList { "Britt-Marie Exempelsson" };
    QTest::newRow("part of an e-mail is not a name") << "example.se" << QStringList {};
    QTest::newRow("no match") << "Nilsson" << QStringList {};
}

void TestDsarctlHoldings::subjectFind()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    const Run found = runAs(handlaggare, args({ "subject", "find", "--json" }) << query);
    EXPECT_EXIT(found, 0);
    QStringList foundNames;
    const QJsonArray array = found.json().toArray();
    for (const QJsonValue& subject : array) {
        foundNames << subject.toObject().value(QStringLiteral("name")).toString();
        // DSL 3 kap. 10 §: masked in lists.
        QVERIFY(!subject.toObject().value(QStringLiteral("personal_id_masked")).toString().contains(s("1212-1212")));
    }
    QCOMPARE(foundNames, names);
    if (names.isEmpty())
        QVERIFY(runAs(handlaggare, args({ "subject", "find" }) << query).mentions(s("No data subject matches")));
}

void TestDsarctlHoldings::subjectFindUsage()
{
    EXPECT_EXIT(runAs(handlaggare, args({ "subject", "find" })), 2);
    EXPECT_EXIT(runAs(handlaggare, args({ "subject", "find", "Anna", "Andersson" })), 2);
    const Run badNumber = runAs(handlaggare, args({ "subject", "find", "121212-1213" }));
    EXPECT_EXIT(badNumber, 1);
    QVERIFY2(badNumber.mentions(s("121212-1213")), badNumber.err.constData());
    EXPECT_EXIT(runAs(admin, args({ "subject", "find", "Anna" })), 1); // administrators do no case work
}

void TestDsarctlHoldings::subjectShowListsHoldingsWithRetainUntil()
{
    const qint64 sven = subjectId(s("Sven Prov"));
    QVERIFY(sven > 0);
    const Run shown = runAs(handlaggare, args({ "subject", "show", "--json" }) << QString::number(sven));
    EXPECT_EXIT(shown, 0);
    const QJsonObject subject = shown.json().toObject();
    QCOMPARE(subject.value(QStringLiteral("name")).toString(), s("Sven Prov"));
    QCOMPARE(subject.value(QStringLiteral("personal_id_masked")).toString(), s("19900602-****"));
    const QJsonArray holdings = subject.value(QStringLiteral("holdings")).toArray();
    QCOMPARE(holdings.size(), 6);
    // BFL 7 kap. 2 §: an invoice of fiscal year 2019 is kept until the end of 2026.
    const QJsonObject invoice = byField(holdings, s("Faktura 2019-3318"));
    QCOMPARE(invoice.value(QStringLiteral("organisation")).toString(), s("Allkontor Teknisk Service AB"));
    QCOMPARE(invoice.value(QStringLiteral("activity")).toString(), s("Ekonomisk bokföring"));
    QCOMPARE(invoice.value(QStringLiteral("system")).toString(), s("Ekonomisystem"));
    QCOMPARE(invoice.value(QStringLiteral("retain_until")).toString(), s("2026-12-31"));
    QCOMPARE(jsonStrings(invoice.value(QStringLiteral("legal_bases"))), QStringList { s("legal-obligation") });
    // The customer relationship lasts: no date yet.
    const QJsonObject customer = byField(holdings, s("Kundnummer"));
    QVERIFY(customer.value(QStringLiteral("retain_until")).isNull());
    QVERIFY(customer.value(QStringLiteral("retention")).toString().startsWith(s("No date yet")));

    const Run table = runAs(handlaggare, args({ "subject", "show" }) << QString::number(sven));
    EXPECT_EXIT(table, 0);
    QVERIFY(table.mentions(s("Faktura 2019-3318")));
    QVERIFY(table.mentions(s("2026-12-31")));
}

void TestDsarctlHoldings::subjectShowUnknownId()
{
    const Run missing = runAs(handlaggare, args({ "subject", "show", "999" }));
    EXPECT_EXIT(missing, 1);
    QVERIFY(missing.mentions(s("no data subject with id 999")));
    EXPECT_EXIT(runAs(handlaggare, args({ "subject", "show", "Sven" })), 2);
}

void TestDsarctlHoldings::importCsvWithMapping()
{
    const qint64 erik = subjectId(s("erik.e@example.com"));
    const int before = holdingCount(erik);
    // As Swedish Excel saves it: semicolons, a byte order mark, the system's own column names.
    QVERIFY(writeAll(path(s("crm.csv")),
                     "\xEF\xBB\xBF"
                     "Kategori;Fält;Värde;relationship_ended;Kundnr\r\n"
                     "Kontaktuppgifter;Telefon;070-000 34 56;2026-05-01;K-9\r\n"
                     "Kontaktuppgifter;\"Adress; leverans\";\"Box 1, 111 11 Sthlm\";2026-05-01;K-9\r\n"));
    const Run imported
        = runAs(handlaggare,
                args({ "holdings", "import", "--system", "crm", "--activity", "Assessio Sverige AB/CRM-system", "--map",
                       "category=Kategori", "--map", "field=Fält", "--map", "value=Värde", "--subject" })
                    << QString::number(erik) << path(s("crm.csv")));
    EXPECT_EXIT(imported, 0);
    QVERIFY2(imported.mentions(s("Imported 2 holding(s)")), imported.out.constData());
    QVERIFY(imported.mentions(s("Ignored columns: Kundnr")));
    QCOMPARE(holdingCount(erik), before + 2);
    const Run shown = runAs(handlaggare, args({ "subject", "show", "--json" }) << QString::number(erik));
    const QJsonObject address
        = byField(shown.json().toObject().value(QStringLiteral("holdings")).toArray(), s("Adress; leverans"));
    QCOMPARE(address.value(QStringLiteral("value")).toString(), s("Box 1, 111 11 Sthlm"));
    QCOMPARE(address.value(QStringLiteral("system")).toString(), s("CRM")); // the register's spelling
    // Two years after the contract ended.
    QCOMPARE(address.value(QStringLiteral("retain_until")).toString(), s("2028-05-01"));
}

void TestDsarctlHoldings::importJsonFromStandardInput()
{
    const qint64 karin = subjectId(s("karin.l@example.se"));
    const int before = holdingCount(karin);
    const QByteArray json
        = R"([{"category": "Kontaktuppgifter", "field": "Prenumeration", "value": "karin.l@example.se",
                                 "provided_by_subject": true, "sent_out": "2027-02-01"}])";
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    const Run imported
        = run(onDb(args({ "holdings", "import", "--format", "json", "--json", "--system", "Nyhetsbrevsverktyg",
                          "--activity", "Assessio Sverige AB/Nyhetsbrev", "--subject" })
                   << QString::number(karin) << s("-")),
              env, &json);
    EXPECT_EXIT(imported, 0);
    QCOMPARE(imported.json().toObject().value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(holdingCount(karin), before + 1);
}

void TestDsarctlHoldings::badImportReportsEveryRowAndChangesNothing()
{
    const qint64 erik = subjectId(s("erik.e@example.com"));
    QVERIFY(writeAll(path(s("bad.csv")),
                     "category,field,value,collected,provided_by_subject\n"
                     "Kontaktuppgifter,E-post,erik.e@example.com,2026-01-10,ja\n"
                     "Hälsa,Diagnos,x,,\n"
                     "Kontaktuppgifter,Telefon,,2026-02-30,kanske\n"
                     "Kontaktuppgifter,Adress,x,2027-05-01,\n"));
    const QByteArray before = fileHash(m_db);
    const Run refused = runAs(
        handlaggare,
        args({ "holdings", "import", "--system", "CRM", "--activity", "Assessio Sverige AB/CRM-system", "--subject" })
            << QString::number(erik) << path(s("bad.csv")));
    EXPECT_EXIT(refused, 1);
    const QString err = refused.errText();
    QVERIFY2(err.contains(s("fix these 5 problem(s)")), qPrintable(err));
    for (const char* expected :
         { "line 3, column category: \"Hälsa\" is not a data category of \"CRM-system\"", "line 4, column value: empty",
           "line 4, column collected: \"2026-02-30\" is not a date", "line 4, column provided_by_subject: \"kanske\"",
           "line 5, column collected: 2027-05-01 is after today" })
        QVERIFY2(err.contains(s(expected)), qPrintable(err));
    QCOMPARE(fileHash(m_db), before);

    // A file with its own column names: the missing columns are named, and --map is offered.
    QVERIFY(writeAll(path(s("own.csv")), "Kategori,Fält,Värde\nKontaktuppgifter,E-post,erik.e@example.com\n"));
    const Run unmapped = runAs(
        handlaggare,
        args({ "holdings", "import", "--system", "CRM", "--activity", "Assessio Sverige AB/CRM-system", "--subject" })
            << QString::number(erik) << path(s("own.csv")));
    EXPECT_EXIT(unmapped, 1);
    QVERIFY2(unmapped.mentions(s("the required column \"category\" is missing")), unmapped.err.constData());
    QVERIFY2(unmapped.mentions(s("--map, e.g.")), unmapped.err.constData());
    QCOMPARE(fileHash(m_db), before);
}

void TestDsarctlHoldings::importUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base = args({ "holdings", "import", "--subject", "1", "--system", "CRM", "--activity" });
    QTest::newRow("no file") << (base + args({ "CRM-system" })) << 2 << "one FILE";
    QTest::newRow("no subject") << args(
        { "holdings", "import", "--system", "CRM", "--activity", "CRM-system", "a.csv" })
                                << 2 << "--subject ID";
    QTest::newRow("spreadsheet") << (base + args({ "CRM-system", "export.xlsx" })) << 2 << "neither a .csv nor a .json";
    QTest::newRow("bad mapping") << (base + args({ "CRM-system", "--map", "valu=Värde", "a.csv" })) << 2
                                 << "is not a column mapping";
    QTest::newRow("stdin without format") << (base + args({ "CRM-system", "-" })) << 2 << "needs --format";
    QTest::newRow("missing file") << (base + args({ "CRM-system", "missing.csv" })) << 1 << "Cannot read";
    QTest::newRow("ambiguous activity") << (base + args({ "Nyhetsbrev", "a.csv" })) << 1 << "Several organisations";
}

void TestDsarctlHoldings::importUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(writeAll(path(s("a.csv")), "category,field,value\nKontaktuppgifter,E-post,x@example.se\n"));
    const QByteArray before = fileHash(m_db);
    QStringList withPaths;
    for (const QString& argument : arguments)
        withPaths << (argument.endsWith(s(".csv")) ? path(argument) : argument);
    const Run refused = runAs(handlaggare, withPaths);
    EXPECT_EXIT(refused, exitCode);
    QVERIFY2(refused.mentions(message), refused.err.constData());
    QCOMPARE(fileHash(m_db), before);
}

void TestDsarctlHoldings::gallringGroupsWhatIsDue()
{
    const Run listed = runAs(dpo, args({ "gallring", "--json" }));
    EXPECT_EXIT(listed, 0);
    const QJsonArray items = listed.json().toArray();
    QVERIFY(items.size() >= 5);
    QString previousGroup;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(QStringLiteral("retain_until")).toString() < fixedToday);
        QVERIFY(item.value(QStringLiteral("days_overdue")).toInt() > 0);
        QVERIFY(!item.contains(QStringLiteral("value"))); // what to delete, not what it says
        const QString group = item.value(QStringLiteral("organisation")).toString() + QLatin1Char('/')
            + item.value(QStringLiteral("system")).toString();
        QVERIFY2(previousGroup <= group
                     || previousGroup.startsWith(item.value(QStringLiteral("organisation")).toString()),
                 qPrintable(previousGroup + s(" then ") + group));
        previousGroup = group;
    }
    QStringList fields;
    for (const QJsonValue& value : items)
        fields << value.toObject().value(QStringLiteral("field")).toString();
    QVERIFY(fields.contains(s("Faktura 2019-3318"))); // BFL: fiscal year 2019 ended seven years ago
    QVERIFY(fields.contains(s("CV (bilaga)"))); // Assessio: applications two years after collection
    QVERIFY(!fields.contains(s("Faktura 2024-0871")));

    const Run table = runAs(handlaggare, args({ "gallring" }));
    EXPECT_EXIT(table, 0);
    QVERIFY(table.mentions(s("Allkontor Teknisk Service AB / Ekonomisystem / Ekonomisk bokföring")));
}

void TestDsarctlHoldings::gallringConfirmIsTheDposAndOnlyForDueHoldings()
{
    const QJsonArray due = runAs(dpo, args({ "gallring", "--json" })).json().toArray();
    const QString first = QString::number(due.first().toObject().value(QStringLiteral("id")).toInteger());
    const QByteArray before = fileHash(m_db);
    EXPECT_EXIT(runAs(handlaggare, args({ "gallring", "--confirm-erased" }) << first), 1);
    // A holding not yet due (Sven Prov's 2024 invoice) refuses the whole confirmation.
    const QJsonArray holdings
        = runAs(handlaggare, args({ "subject", "show", "--json" }) << QString::number(subjectId(s("Sven Prov"))))
              .json()
              .toObject()
              .value(QStringLiteral("holdings"))
              .toArray();
    const QString notDue
        = QString::number(byField(holdings, s("Faktura 2024-0871")).value(QStringLiteral("id")).toInteger());
    const Run refused = runAs(dpo, args({ "gallring", "--confirm-erased" }) << first + QLatin1Char(',') + notDue);
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(s("not due")), refused.err.constData());
    EXPECT_EXIT(runAs(dpo, args({ "gallring", "--confirm-erased", "12,x" })), 2);
    QCOMPARE(fileHash(m_db), before);

    EXPECT_EXIT(runAs(dpo, args({ "gallring", "--confirm-erased" }) << first), 0);
    QCOMPARE(runAs(dpo, args({ "gallring", "--json" })).json().toArray().size(), due.size() - 1);
    EXPECT_EXIT(runAs(dpo, args({ "audit", "export", "--out" }) << path(s("audit.csv"))), 0);
    QFile audit(path(s("audit.csv")));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(audit.readAll().contains("holding.erased"));
}

void TestDsarctlHoldings::gallringExportForTheSystemOwners()
{
    const int due = int(runAs(dpo, args({ "gallring", "--json" })).json().toArray().size());
    const Run written = runAs(dpo, args({ "gallring", "--out" }) << path(s("gallring.csv")));
    EXPECT_EXIT(written, 0);
    QVERIFY2(written.mentions(QStringLiteral("Wrote %1 holding(s)").arg(due)), written.out.constData());
    QFile file(path(s("gallring.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\n"), qsizetype(1 + due));
    QVERIFY(csv.contains("Allkontor Teknisk Service AB,Ekonomisystem,Ekonomisk bokf\xC3\xB6ring,"));
    QVERIFY(!csv.contains("Kontorsmaterial")); // what to delete, never the values
    const QByteArray before = fileHash(m_db);
    EXPECT_EXIT(runAs(dpo, args({ "gallring", "--out" }) << path(s("no/such/folder.csv"))), 1);
    QCOMPARE(fileHash(m_db), before);
}

QTEST_GUILESS_MAIN(TestDsarctlHoldings)
#include "tst_dsarctl_holdings.moc"
