#include "PdfLetterRenderer.h"
#include "TestSession.h"
#include "services/DemoData.h"
#include "services/HoldingService.h"
#include "services/RegisterExchange.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

namespace {

QDateTime now()
{
    return QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC);
}

ProcessingActivity activity(const QString& name, const QString& purpose,
                            const QString& rule = QStringLiteral("after-relationship-ended;2y"))
{
    ProcessingActivity a;
    a.name = name;
    a.purposes = { purpose };
    a.legalBases = { { LegalBasis::Contract, QString() } };
    a.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    a.subjectCategories = { QStringLiteral("Kund") };
    a.sources = { { SourceKind::DataSubject, QString() } };
    a.systems = { QStringLiteral("CRM") };
    a.retentionRule = rule;
    return a;
}

OrganisationEntry organisation(const QString& name, const QList<ProcessingActivity>& activities,
                               const QString& number = QString())
{
    OrganisationEntry entry;
    entry.name = name;
    entry.organisationNumber = number;
    entry.activities = activities;
    return entry;
}

// Every row of the tables an import may touch, to show that a refused import changed nothing.
QByteArray registerFingerprint(test::TestSession& t)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table :
         { "controllers", "joint_controllerships", "processing_activities", "activity_purposes", "activity_legal_bases",
           "activity_data_categories", "activity_subject_categories", "activity_sources", "activity_recipients",
           "activity_transfers", "activity_systems", "holdings", "audit_events" }) {
        // Table names come from this list, never from input.
        Result<QSqlQuery> rows = SqlQuery::exec(
            t.session->database(), QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        if (!rows)
            return rows.error().toUtf8();
        hash.addData(table);
        while (rows.value().next()) {
            for (int column = 0; column < rows.value().record().count(); ++column)
                hash.addData(QByteArray(rows.value().value(column).toString().toUtf8() + '|'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

QString lastAudit(test::TestSession& t, const QString& column)
{
    return SqlQuery::scalar(t.session->database(),
                            QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq DESC LIMIT 1").arg(column))
        .value()
        .toString();
}

ProcessingActivity stored(test::TestSession& t, qint64 controllerId, const QString& name)
{
    const QList<ProcessingActivity> activities = t.session->processingRegister().activities(controllerId).value();
    for (const ProcessingActivity& a : activities) {
        if (a.name == name)
            return a;
    }
    return {};
}

QStringList namesOf(const QList<ProcessingActivity>& activities)
{
    QStringList names;
    for (const ProcessingActivity& a : activities)
        names << a.name;
    return names;
}

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows(1);
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.last() << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            rows.last() << field;
            field.clear();
            rows.append(QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.last().isEmpty() && field.isEmpty())
        rows.removeLast();
    return rows;
}

} // namespace

class TestRegisterExchange : public QObject
{
    Q_OBJECT
private slots:
    void demoRegisterRoundTripsByteIdentical();
    void importUpdatesAddsAndRemoves();
    void organisationsAreMatchedByNumberThenName();
    void badImportChangesNothingAndListsEveryProblem();
    void removalRefusedForHoldingsRollsBack();
    void onlyAnAdministratorImports();
    void csvForSpreadsheets();
    void retentionAsText_data();
    void retentionAsText();
    void filesAreWrittenWhole();
};

void TestRegisterExchange::demoRegisterRoundTripsByteIdentical()
{
    FixedClock clock(now());
    std::unique_ptr<Database> demo
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing).value();
    const Status populated = DemoData::populate(*demo, clock, PdfLetterRenderer());
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
    Result<SignedIn> reader = AccountService::login(*demo, clock, QStringLiteral("dpo"), QStringLiteral("dpo-demo"));
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    Session demoSession(std::move(demo), clock, std::move(reader).value());
    Result<RegisterDocument> exported = demoSession.registerExchange().exportDocument();
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported->organisations.size(), 7);
    const QByteArray first = exported->toJson().value();

    // The demo file is itself the canonical export.
    QFile resource(QStringLiteral(":/demo/register.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QCOMPARE(first, resource.readAll());

    // Into an empty database with the same accounts, and out again.
    std::unique_ptr<Database> empty
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing).value();
    Result<SignedIn> admin = AccountService::initialise(*empty, clock, DemoData::accounts());
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    Session session(std::move(empty), clock, std::move(admin).value());
    Result<RegisterDocument> read = RegisterDocument::fromJson(first);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    Result<ImportSummary> imported = session.registerExchange().importDocument(read.value());
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->organisations, 7);
    QCOMPARE(imported->organisationsAdded, 7);
    QCOMPARE(imported->activitiesAdded, 66);
    QCOMPARE(session.registerExchange().exportDocument()->toJson().value(), first);

    // Importing the same document again changes nothing but records that it was imported.
    const qint64 eventsBefore
        = SqlQuery::scalar(session.database(), QStringLiteral("SELECT COUNT(*) FROM audit_events"))
              .value()
              .toLongLong();
    imported = session.registerExchange().importDocument(read.value());
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value(), (ImportSummary { 7, 0, 0, 0, 0, 66, 0 }));
    QCOMPARE(
        SqlQuery::scalar(session.database(), QStringLiteral("SELECT COUNT(*) FROM audit_events")).value().toLongLong(),
        eventsBefore + 1);
    QCOMPARE(session.registerExchange().exportDocument()->toJson().value(), first);
}

void TestRegisterExchange::importUpdatesAddsAndRemoves()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord coegi = t.addController(QStringLiteral("Coegi"));
    const ControllerRecord other = t.addController(QStringLiteral("Annat AB"));
    RegisterService& processing = t.session->processingRegister();
    for (const QString& name : { QStringLiteral("Avtal"), QStringLiteral("Bokföring"), QStringLiteral("CRM") }) {
        ProcessingActivity a = activity(name, QStringLiteral("Ändamål för ") + name);
        a.controllerId = coegi.id;
        QVERIFY(processing.add(a).ok());
    }
    ProcessingActivity untouched = activity(QStringLiteral("Rekrytering"), QStringLiteral("Rekrytera"));
    untouched.controllerId = other.id;
    untouched = processing.add(untouched).value();
    const qint64 avtalId = stored(t, coegi.id, QStringLiteral("Avtal")).id;
    const qint64 crmId = stored(t, coegi.id, QStringLiteral("CRM")).id;

    RegisterDocument document;
    OrganisationEntry coegiEntry = organisation(QStringLiteral("Coegi"),
                                                { activity(QStringLiteral("Avtal"), QStringLiteral("Ett nytt ändamål")),
                                                  activity(QStringLiteral("CRM"), QStringLiteral("Ändamål för CRM")),
                                                  activity(QStringLiteral("Nyhetsbrev"), QStringLiteral("Nyhetsbrev"),
                                                           QStringLiteral("after-send-out;180d")) });
    coegiEntry.email = QStringLiteral("personuppgift@coegi.se");
    document.organisations << coegiEntry
                           << organisation(QStringLiteral("Assessio Sverige AB"),
                                           { activity(QStringLiteral("CRM-system"), QStringLiteral("Kundkontakt")) },
                                           QStringLiteral("5560360793"));
    Result<ImportSummary> imported = t.session->registerExchange().importDocument(document);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->organisations, 2);
    QCOMPARE(imported->organisationsAdded, 1);
    QCOMPARE(imported->organisationsUpdated, 1);
    QCOMPARE(imported->activitiesAdded, 2);
    QCOMPARE(imported->activitiesUpdated, 1);
    QCOMPARE(imported->activitiesUnchanged, 1);
    QCOMPARE(imported->activitiesRemoved, 1);

    const QList<ProcessingActivity> coegiActivities = processing.activities(coegi.id).value();
    QCOMPARE(namesOf(coegiActivities),
             QStringList({ QStringLiteral("Avtal"), QStringLiteral("CRM"), QStringLiteral("Nyhetsbrev") }));
    // Updated in place: holdings and references keep pointing at the same activity.
    QCOMPARE(stored(t, coegi.id, QStringLiteral("Avtal")).id, avtalId);
    QCOMPARE(stored(t, coegi.id, QStringLiteral("Avtal")).purposes, QStringList { QStringLiteral("Ett nytt ändamål") });
    QCOMPARE(stored(t, coegi.id, QStringLiteral("CRM")).id, crmId);
    QCOMPARE(t.session->controllers().byId(coegi.id)->email, QStringLiteral("personuppgift@coegi.se"));
    // Organisations not in the document are untouched.
    QVERIFY(processing.activities(other.id).value() == QList<ProcessingActivity> { untouched });
    const ControllerRecord assessio = t.session->controllers().resolve(QStringLiteral("556036-0793")).value();
    QCOMPARE(namesOf(processing.activities(assessio.id).value()), QStringList { QStringLiteral("CRM-system") });

    // One summary event, with counts only.
    QCOMPARE(lastAudit(t, QStringLiteral("action")), QStringLiteral("register.imported"));
    QCOMPARE(lastAudit(t, QStringLiteral("summary")),
             QStringLiteral("register imported: 2 organisations, 2 activities added, 1 updated, 1 removed"));
    QCOMPARE(t.countRows(QStringLiteral("audit_events WHERE action = 'register.activity_removed'")), 1);
}

void TestRegisterExchange::organisationsAreMatchedByNumberThenName()
{
    test::TestSession t(now(), Role::Admin);
    NewController gavle;
    gavle.name = QStringLiteral("Allkontor Teknisk Service AB");
    gavle.organisationNumber = QStringLiteral("556268-6823");
    const ControllerRecord byNumber = t.session->controllers().add(gavle).value();
    const ControllerRecord byName = t.addController(QStringLiteral("Coegi"));

    RegisterDocument document;
    // The number in another form, with a new name: the same organisation, renamed.
    document.organisations << organisation(QStringLiteral("Allkontor Gävle AB"),
                                           { activity(QStringLiteral("Kund"), QStringLiteral("Kundrelation")) },
                                           QStringLiteral("5562686823"))
                           << organisation(QStringLiteral("Coegi"),
                                           { activity(QStringLiteral("Kund"), QStringLiteral("Kundrelation")) });
    Result<ImportSummary> imported = t.session->registerExchange().importDocument(document);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->organisationsAdded, 0);
    QCOMPARE(t.countRows(QStringLiteral("controllers")), 2);
    QCOMPARE(t.session->controllers().byId(byNumber.id)->name, QStringLiteral("Allkontor Gävle AB"));
    QCOMPARE(namesOf(t.session->processingRegister().activities(byName.id).value()),
             QStringList { QStringLiteral("Kund") });
}

void TestRegisterExchange::badImportChangesNothingAndListsEveryProblem()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord coegi = t.addController(QStringLiteral("Coegi"));
    ProcessingActivity existing = activity(QStringLiteral("Avtal"), QStringLiteral("Avtal"));
    existing.controllerId = coegi.id;
    QVERIFY(t.session->processingRegister().add(existing).ok());
    const QByteArray before = registerFingerprint(t);

    ProcessingActivity noPurpose = activity(QStringLiteral("Avtal"), QString());
    noPurpose.purposes.clear();
    ProcessingActivity unsafeTransfer = activity(QStringLiteral("CRM"), QStringLiteral("Kundkontakt"));
    unsafeTransfer.transfers = { { QStringLiteral("US"), QStringLiteral("Salesforce Inc."), std::nullopt, QString() } };
    ProcessingActivity health = activity(QStringLiteral("Friskvård"), QStringLiteral("Friskvårdsbidrag"));
    health.dataCategories = { { QStringLiteral("Hälsouppgifter"), true } };
    ProcessingActivity fine = activity(QStringLiteral("Nyhetsbrev"), QStringLiteral("Nyhetsbrev"));
    RegisterDocument document;
    document.organisations << organisation(QStringLiteral("Coegi"), { noPurpose, unsafeTransfer, fine })
                           << organisation(QStringLiteral("Assessio Sverige AB"), { health })
                           << organisation(QStringLiteral("Fel AB"), { fine }, QStringLiteral("556268-6824"));
    Result<ImportSummary> imported = t.session->registerExchange().importDocument(document);
    QVERIFY(!imported.ok());
    const QStringList problems = imported.error().split(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems.at(0).startsWith(QLatin1String("Coegi, activity \"Avtal\": \"Avtal\" has no purpose")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QLatin1String("Coegi, activity \"CRM\": The transfer to US goes outside")),
             qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(QStringLiteral("Assessio Sverige AB, activity \"Friskvård\": \"Hälsouppgifter\" "
                                                      "is special-category data")),
             qPrintable(problems.at(2)));
    QVERIFY2(problems.at(3).startsWith(QLatin1String("Fel AB: Organisation number 556268-6824")),
             qPrintable(problems.at(3)));
    QCOMPARE(registerFingerprint(t), before);
}

void TestRegisterExchange::removalRefusedForHoldingsRollsBack()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord coegi = t.addController(QStringLiteral("Coegi"));
    ProcessingActivity newsletter = activity(QStringLiteral("Nyhetsbrev"), QStringLiteral("Nyhetsbrev"));
    newsletter.controllerId = coegi.id;
    newsletter = t.session->processingRegister().add(newsletter).value();
    HoldingService asHandler(t.session->database(), t.clock, t.actorWithRole(Role::Handlaggare), t.session->keys());
    HoldingInput email;
    email.category = QStringLiteral("Kontaktuppgifter");
    email.field = QStringLiteral("E-post");
    email.value = QStringLiteral("tolvan@example.se");
    Result<Holding> held = asHandler.add(t.addSubject().id, newsletter.id, QStringLiteral("CRM"), email);
    QVERIFY2(held.ok(), qPrintable(held.error()));
    const QByteArray before = registerFingerprint(t);

    RegisterDocument document;
    document.organisations << organisation(QStringLiteral("Coegi"),
                                           { activity(QStringLiteral("Avtal"), QStringLiteral("Avtal")) });
    Result<ImportSummary> imported = t.session->registerExchange().importDocument(document);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().startsWith(QLatin1String("Coegi, activity \"Nyhetsbrev\": ")),
             qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(QLatin1String("cannot be removed")), qPrintable(imported.error()));
    QCOMPARE(registerFingerprint(t), before);
}

void TestRegisterExchange::onlyAnAdministratorImports()
{
    test::TestSession t; // signed in as a handläggare
    const ControllerRecord coegi = t.addController(QStringLiteral("Coegi"));
    const QByteArray before = registerFingerprint(t);
    RegisterDocument document;
    document.organisations << organisation(QStringLiteral("Coegi"),
                                           { activity(QStringLiteral("Avtal"), QStringLiteral("Avtal")) });
    Result<ImportSummary> refused = t.session->registerExchange().importDocument(document);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("admin")), qPrintable(refused.error()));
    QCOMPARE(registerFingerprint(t), before);
    // Reading is for everyone.
    Result<RegisterDocument> exported = t.session->registerExchange().exportDocument();
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported->organisations.size(), 1);
    QCOMPARE(exported->organisations.first().name, coegi.name);
}

void TestRegisterExchange::csvForSpreadsheets()
{
    ProcessingActivity a = activity(QStringLiteral("Kund, \"VIP\"\noch övriga"), QStringLiteral("Fakturera"));
    a.retentionNote = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    a.legalBases << LegalBasisEntry { LegalBasis::LegitimateInterests, QStringLiteral("Marknadsföring") };
    a.dataCategories << DataCategory { QStringLiteral("Hälsouppgifter"), true };
    a.specialCondition = SpecialCategoryCondition::Employment;
    a.recipients = { { QStringLiteral("Salesforce Inc."), RecipientRole::Processor, QStringLiteral("US"), QString() } };
    a.transfers = { { QStringLiteral("US"), QStringLiteral("Salesforce Inc."),
                      TransferSafeguard::StandardContractualClauses, QStringLiteral("EU SCC 2021/914") } };
    RegisterDocument document;
    document.organisations << organisation(QStringLiteral("Kontor & Miljö i Borlänge AB"), { a },
                                           QStringLiteral("556453-9111"))
                           << organisation(QStringLiteral("Coegi"), {});
    const QByteArray csv = RegisterExchange::toCsv(document);

    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "organisation,organisation_number,activity,purposes,legal_bases,"
                           "special_condition,data_categories,subject_categories,sources,recipients,transfers,"
                           "automated_decision,systems,retention,retention_note\r\n"));
    // Quotes doubled, the field quoted because of its comma, quote and line break; å, ä, ö as UTF-8.
    QVERIFY2(csv.contains(QStringLiteral("\"Kund, \"\"VIP\"\"\noch övriga\"").toUtf8()), csv.constData());
    QVERIFY(csv.contains(QStringLiteral("Kontor & Miljö i Borlänge AB,556453-9111,").toUtf8()));
    QVERIFY(csv.endsWith("\r\n"));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.size(), 2); // the header and one activity; an organisation without activities has no row
    QCOMPARE(rows.at(1).size(), 15);
    const QStringList& row = rows.at(1);
    QCOMPARE(row.at(0), QStringLiteral("Kontor & Miljö i Borlänge AB"));
    QCOMPARE(row.at(2), QStringLiteral("Kund, \"VIP\"\noch övriga"));
    QCOMPARE(row.at(3), QStringLiteral("Fakturera"));
    QCOMPARE(row.at(4),
             QStringLiteral("Contract (GDPR Art. 6(1)(b)); Legitimate interests (GDPR Art. 6(1)(f)): "
                            "Marknadsföring"));
    QCOMPARE(row.at(5), QStringLiteral("Employment and social security law (GDPR Art. 9(2)(b))"));
    QCOMPARE(row.at(6), QStringLiteral("Kontaktuppgifter; Hälsouppgifter (Art. 9)"));
    QCOMPARE(row.at(7), QStringLiteral("Kund"));
    QCOMPARE(row.at(8), QStringLiteral("The data subject"));
    QCOMPARE(row.at(9), QStringLiteral("Salesforce Inc. (Processor (GDPR Art. 28), US)"));
    QCOMPARE(row.at(10),
             QStringLiteral("Salesforce Inc. (US): EU standard contractual clauses (GDPR Art. 46(2)(c)) – "
                            "EU SCC 2021/914"));
    QCOMPARE(row.at(11), QString());
    QCOMPARE(row.at(12), QStringLiteral("CRM"));
    // Periods are RetentionPeriod::label(); core tests load no catalogue (the app's English one says "2 years").
    QCOMPARE(row.at(13), QStringLiteral("2 year(s) after the contract or relationship ended"));
    // A leading = would be run as a formula by the spreadsheet: it is neutralised.
    QCOMPARE(row.at(14), QStringLiteral("'=HYPERLINK(\"http://example.com\")"));
}

void TestRegisterExchange::retentionAsText_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("text");
    QTest::newRow("period") << QStringLiteral("after-collection;180d") << QStringLiteral("180 day(s) after collection");
    QTest::newRow("legal reference")
        << QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §")
        << QStringLiteral("7 year(s) after the calendar year in which the fiscal year ended (BFL 7 kap. 2 §)");
    QTest::newRow("consent") << QStringLiteral("while-consent-lasts") << QStringLiteral("while consent lasts");
    QTest::newRow("reason") << QStringLiteral("kept-with-reason;;;Policyn anger ingen lagringstid")
                            << QStringLiteral("kept for a stated reason: Policyn anger ingen lagringstid");
    QTest::newRow("project plus period") << QStringLiteral("until-project-ends;6m")
                                         << QStringLiteral("until the project ends and 6 month(s) after");
    QTest::newRow("not a rule") << QStringLiteral("two years") << QStringLiteral("two years");
}

void TestRegisterExchange::retentionAsText()
{
    QFETCH(QString, rule);
    QFETCH(QString, text);
    QCOMPARE(RegisterExchange::describeRetention(rule), text);
}

void TestRegisterExchange::filesAreWrittenWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.json"));
    QVERIFY(RegisterExchange::writeFile(path, "first").ok());
    QVERIFY(RegisterExchange::writeFile(path, "second").ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
    const Status refused = RegisterExchange::writeFile(dir.filePath(QStringLiteral("missing/register.json")), "x");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("missing/register.json")), qPrintable(refused.error()));
}

QTEST_MAIN(TestRegisterExchange)
#include "tst_registerexchange.moc"
