#include "TestSession.h"
#include "services/RegisterService.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace dsar;

namespace {

const QStringList registerTables = { QStringLiteral("processing_activities"),
                                     QStringLiteral("activity_purposes"),
                                     QStringLiteral("activity_legal_bases"),
                                     QStringLiteral("activity_data_categories"),
                                     QStringLiteral("activity_subject_categories"),
                                     QStringLiteral("activity_sources"),
                                     QStringLiteral("activity_recipients"),
                                     QStringLiteral("activity_transfers"),
                                     QStringLiteral("activity_systems"),
                                     QStringLiteral("audit_events") };

QDateTime now()
{
    return QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC);
}

// Assessio's CRM processing, as its privacy notice describes it.
ProcessingActivity assessioCrm(qint64 controllerId)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = QStringLiteral("CRM-system");
    a.purposes = { QStringLiteral("Administer the customer relationship and deliver ordered services"),
                   QStringLiteral("Marketing to existing customers") };
    a.legalBases = { { LegalBasis::LegitimateInterests, QStringLiteral("Marketing to existing customers") },
                     { LegalBasis::Contract, QString() } };
    a.dataCategories = { { QStringLiteral("contact details"), false },
                         { QStringLiteral("title and employer"), false },
                         { QStringLiteral("order history"), false } };
    a.subjectCategories = { QStringLiteral("customer"), QStringLiteral("company representative") };
    a.sources
        = { { SourceKind::DataSubject, QString() }, { SourceKind::PublicRegister, QStringLiteral("Bolagsverket") } };
    a.recipients = { { QStringLiteral("Salesforce Inc."), RecipientRole::Processor, QStringLiteral("US"),
                       QStringLiteral("Hosts the CRM") },
                     { QStringLiteral("Skatteverket"), RecipientRole::Authority, QStringLiteral("SE"), QString() } };
    a.transfers = { { QStringLiteral("US"), QStringLiteral("Salesforce Inc."),
                      TransferSafeguard::StandardContractualClauses, QStringLiteral("EU SCC 2021/914, module 2") } };
    a.systems = { QStringLiteral("CRM") };
    a.retentionRule = QStringLiteral("after-relationship-ended;2y"); // two years after the contract ended
    a.retentionNote = QStringLiteral("Two years after the contract ended");
    return a;
}

QMap<QString, qint64> rowCounts(const test::TestSession& t)
{
    QMap<QString, qint64> counts;
    for (const QString& table : registerTables)
        counts.insert(table, t.countRows(table));
    return counts;
}

QStringList auditActions(test::TestSession& t)
{
    Result<QSqlQuery> q = SqlQuery::exec(t.session->database(),
                                         QStringLiteral("SELECT action, entity_type, summary FROM audit_events "
                                                        "WHERE entity_type = 'processing_activity' ORDER BY seq"));
    QStringList actions;
    while (q && q.value().next()) {
        actions << q.value().value(0).toString() + QLatin1Char(' ') + q.value().value(2).toString();
    }
    return actions;
}

} // namespace

class TestRegisterService : public QObject
{
    Q_OBJECT
private slots:
    void addsAndReadsBackIdentical();
    void updateReplacesTheLists();
    void removeCascades();
    void refusals_data();
    void refusals();
    void updateRefusals();
    void sqlMetacharactersAreStoredLiterally();
    void everyRoleReads();
    void auditChainVerifies();
    void codesRoundTrip();
};

void TestRegisterService::addsAndReadsBackIdentical()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    RegisterService service(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());

    Result<ProcessingActivity> added = service.add(assessioCrm(assessio.id));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added->id > 0);
    ProcessingActivity expected = assessioCrm(assessio.id);
    expected.id = added->id;
    QCOMPARE(added.value(), expected);

    Result<ProcessingActivity> read = service.activity(added->id);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value() == expected);
    QCOMPARE(read->recipients.first().country, QStringLiteral("US"));
    QCOMPARE(read->transfers.first().safeguard, std::optional(TransferSafeguard::StandardContractualClauses));

    Result<QList<ProcessingActivity>> list = service.activities(assessio.id);
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 1);
    QVERIFY(list->first() == expected);
    QCOMPARE(t.countRows(QStringLiteral("activity_recipients")), 2);
}

void TestRegisterService::updateReplacesTheLists()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    RegisterService service(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    Result<ProcessingActivity> added = service.add(assessioCrm(assessio.id));
    QVERIFY2(added.ok(), qPrintable(added.error()));

    ProcessingActivity changed = added.value();
    changed.purposes = { QStringLiteral("Administer the customer relationship") };
    changed.legalBases = { { LegalBasis::Contract, QString() } };
    changed.recipients = { { QStringLiteral("Fortnox AB"), RecipientRole::Processor, QStringLiteral("SE"),
                             QStringLiteral("Invoicing") } };
    changed.transfers.clear();
    changed.dataCategories.append({ QStringLiteral("health information for adjustments"), true });
    changed.specialCondition = SpecialCategoryCondition::ExplicitConsent;
    changed.automatedDecision = AutomatedDecision { QStringLiteral("Scores leads by order history"),
                                                    QStringLiteral("Decides which customers are contacted first") };
    changed.systems = { QStringLiteral("CRM"), QStringLiteral("Ekonomisystem") };
    Result<ProcessingActivity> updated = service.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));

    Result<ProcessingActivity> read = service.activity(added->id);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value() == changed);
    QCOMPARE(t.countRows(QStringLiteral("processing_activities")), 1);
    QCOMPARE(t.countRows(QStringLiteral("activity_purposes")), 1);
    QCOMPARE(t.countRows(QStringLiteral("activity_legal_bases")), 1);
    QCOMPARE(t.countRows(QStringLiteral("activity_recipients")), 1);
    QCOMPARE(t.countRows(QStringLiteral("activity_transfers")), 0);
    QCOMPARE(t.countRows(QStringLiteral("activity_systems")), 2);
}

void TestRegisterService::removeCascades()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    RegisterService service(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    Result<ProcessingActivity> added = service.add(assessioCrm(assessio.id));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    ProcessingActivity other = assessioCrm(assessio.id);
    other.name = QStringLiteral("Newsletter");
    Result<ProcessingActivity> kept = service.add(other);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));

    Status removed = service.remove(added->id);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(t.countRows(QStringLiteral("processing_activities")), 1);
    QCOMPARE(t.countRows(QStringLiteral("activity_purposes")), 2);
    QCOMPARE(t.countRows(QStringLiteral("activity_recipients")), 2);
    QCOMPARE(t.countRows(QStringLiteral("activity_transfers")), 1);
    QVERIFY(service.activity(kept->id).ok());
    QVERIFY(!service.activity(added->id).ok());

    QVERIFY(service.remove(kept->id).ok());
    for (const QString& table : registerTables) {
        if (table != QLatin1String("audit_events"))
            QCOMPARE(t.countRows(table), 0);
    }
    Status again = service.remove(kept->id);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("no processing activity")), qPrintable(again.error()));
}

void TestRegisterService::refusals_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("handläggare") << QStringLiteral("role-handlaggare") << QStringLiteral("Refused");
    QTest::newRow("dpo") << QStringLiteral("role-dpo") << QStringLiteral("Refused");
    QTest::newRow("empty name") << QStringLiteral("empty-name") << QStringLiteral("needs a name");
    QTest::newRow("100,000-character name") << QStringLiteral("huge-name") << QStringLiteral("at most 200");
    QTest::newRow("missing purpose") << QStringLiteral("no-purpose") << QStringLiteral("no purpose");
    QTest::newRow("no legal basis") << QStringLiteral("no-basis") << QStringLiteral("no legal basis");
    QTest::newRow("legal basis twice") << QStringLiteral("basis-twice") << QStringLiteral("listed twice");
    QTest::newRow("special data without Art. 9 condition")
        << QStringLiteral("special-without-condition") << QStringLiteral("Art. 9(2)");
    QTest::newRow("Art. 9 condition without special data")
        << QStringLiteral("condition-without-special") << QStringLiteral("no data category is marked");
    QTest::newRow("US transfer without safeguard")
        << QStringLiteral("us-without-safeguard") << QStringLiteral("outside the EU/EEA");
    QTest::newRow("derogation without note") << QStringLiteral("derogation-no-note") << QStringLiteral("49(1)");
    QTest::newRow("UK is not ISO") << QStringLiteral("country-uk") << QStringLiteral("GB");
    QTest::newRow("bad country code") << QStringLiteral("country-bad") << QStringLiteral("ISO 3166");
    QTest::newRow("unknown controller") << QStringLiteral("unknown-controller")
                                        << QStringLiteral("no organisation with id 4711");
    QTest::newRow("no retention rule") << QStringLiteral("no-retention") << QStringLiteral("no retention rule");
    QTest::newRow("retention rule the engine cannot use")
        << QStringLiteral("free-text-retention") << QStringLiteral("cannot be used");
    QTest::newRow("2001-character purpose") << QStringLiteral("long-purpose") << QStringLiteral("at most 2000");
    QTest::newRow("system listed twice") << QStringLiteral("system-twice") << QStringLiteral("listed twice");
    QTest::newRow("recipient without name") << QStringLiteral("recipient-no-name") << QStringLiteral("no name");
    QTest::newRow("automated decision without logic")
        << QStringLiteral("automated-no-logic") << QStringLiteral("logic");
    QTest::newRow("name already used") << QStringLiteral("duplicate-name") << QStringLiteral("already has");
}

void TestRegisterService::refusals()
{
    QFETCH(QString, mutation);
    QFETCH(QString, messagePart);
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    Role role = Role::Admin;
    if (mutation == QLatin1String("role-handlaggare"))
        role = Role::Handlaggare;
    if (mutation == QLatin1String("role-dpo"))
        role = Role::Dpo;
    RegisterService admin(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    RegisterService service(t.session->database(), t.clock, t.actorWithRole(role), t.session->keys());

    ProcessingActivity a = assessioCrm(assessio.id);
    if (mutation == QLatin1String("duplicate-name"))
        QVERIFY(admin.add(a).ok());
    else if (mutation == QLatin1String("empty-name"))
        a.name = QStringLiteral("   ");
    else if (mutation == QLatin1String("huge-name"))
        a.name = QString(100000, QLatin1Char('x'));
    else if (mutation == QLatin1String("no-purpose"))
        a.purposes = { QStringLiteral("  ") };
    else if (mutation == QLatin1String("no-basis"))
        a.legalBases.clear();
    else if (mutation == QLatin1String("basis-twice"))
        a.legalBases.append({ LegalBasis::Contract, QStringLiteral("again") });
    else if (mutation == QLatin1String("special-without-condition"))
        a.dataCategories.append({ QStringLiteral("health"), true });
    else if (mutation == QLatin1String("condition-without-special"))
        a.specialCondition = SpecialCategoryCondition::ExplicitConsent;
    else if (mutation == QLatin1String("us-without-safeguard"))
        a.transfers.first().safeguard.reset();
    else if (mutation == QLatin1String("derogation-no-note"))
        a.transfers.first() = { QStringLiteral("US"), QString(), TransferSafeguard::Derogation, QString() };
    else if (mutation == QLatin1String("country-uk"))
        a.recipients.first().country = QStringLiteral("uk");
    else if (mutation == QLatin1String("country-bad"))
        a.transfers.first().country = QStringLiteral("USA");
    else if (mutation == QLatin1String("unknown-controller"))
        a.controllerId = 4711;
    else if (mutation == QLatin1String("no-retention"))
        a.retentionRule = QStringLiteral(" ");
    else if (mutation == QLatin1String("free-text-retention"))
        a.retentionRule = QStringLiteral("two years after the contract");
    else if (mutation == QLatin1String("long-purpose"))
        a.purposes.append(QString(2001, QLatin1Char('p')));
    else if (mutation == QLatin1String("system-twice"))
        a.systems = { QStringLiteral("CRM"), QStringLiteral("crm ") };
    else if (mutation == QLatin1String("recipient-no-name"))
        a.recipients.first().name = QString();
    else if (mutation == QLatin1String("automated-no-logic"))
        a.automatedDecision = AutomatedDecision { QString(), QStringLiteral("Decides who is contacted") };

    const QMap<QString, qint64> before = rowCounts(t);
    Result<ProcessingActivity> added = service.add(a);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(messagePart), qPrintable(added.error()));
    QCOMPARE(rowCounts(t), before);
}

void TestRegisterService::updateRefusals()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    const ControllerRecord almi = t.addController(QStringLiteral("Almi Företagspartner AB"));
    RegisterService service(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    Result<ProcessingActivity> crm = service.add(assessioCrm(assessio.id));
    QVERIFY2(crm.ok(), qPrintable(crm.error()));
    ProcessingActivity newsletter = assessioCrm(assessio.id);
    newsletter.name = QStringLiteral("Newsletter");
    QVERIFY(service.add(newsletter).ok());
    const QMap<QString, qint64> before = rowCounts(t);

    ProcessingActivity moved = crm.value();
    moved.controllerId = almi.id;
    Result<ProcessingActivity> refused = service.update(moved);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("cannot move")), qPrintable(refused.error()));

    ProcessingActivity renamed = crm.value();
    renamed.name = QStringLiteral("Newsletter");
    refused = service.update(renamed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("another processing activity")), qPrintable(refused.error()));

    ProcessingActivity missing = crm.value();
    missing.id = 999;
    refused = service.update(missing);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no processing activity with id 999")),
             qPrintable(refused.error()));

    ProcessingActivity invalid = crm.value();
    invalid.legalBases.clear();
    QVERIFY(!service.update(invalid).ok());

    RegisterService handler(t.session->database(), t.clock, t.actorWithRole(Role::Handlaggare), t.session->keys());
    QVERIFY(!handler.update(crm.value()).ok());
    Status notRemoved = handler.remove(crm->id);
    QVERIFY(!notRemoved.ok());
    QVERIFY2(notRemoved.error().contains(QStringLiteral("Refused")), qPrintable(notRemoved.error()));

    QCOMPARE(rowCounts(t), before);
    QVERIFY(service.activity(crm->id).value() == crm.value());
}

void TestRegisterService::sqlMetacharactersAreStoredLiterally()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    RegisterService service(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    ProcessingActivity a = assessioCrm(assessio.id);
    a.name = QStringLiteral("x'); DROP TABLE processing_activities; --");
    a.purposes = { QStringLiteral("\"quoted\" % _ ; \\ '' --") };
    a.systems = { QStringLiteral("CRM' OR '1'='1") };
    Result<ProcessingActivity> added = service.add(a);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    a.id = added->id;
    QVERIFY(service.activity(added->id).value() == a);
    QCOMPARE(t.countRows(QStringLiteral("processing_activities")), 1);
}

void TestRegisterService::everyRoleReads()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    RegisterService admin(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    Result<ProcessingActivity> added = admin.add(assessioCrm(assessio.id));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    for (Role role : Roles::all()) {
        RegisterService reader(t.session->database(), t.clock, t.actorWithRole(role), t.session->keys());
        Result<QList<ProcessingActivity>> list = reader.activities(assessio.id);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 1);
        QVERIFY(reader.activity(added->id).ok());
    }
    Result<QList<ProcessingActivity>> unknown = admin.activities(4711);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(QStringLiteral("no organisation")), qPrintable(unknown.error()));
}

void TestRegisterService::auditChainVerifies()
{
    test::TestSession t(now(), Role::Admin);
    const ControllerRecord assessio = t.addController();
    RegisterService service(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    Result<ProcessingActivity> added = service.add(assessioCrm(assessio.id));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    ProcessingActivity changed = added.value();
    changed.retentionNote = QStringLiteral("Reviewed");
    QVERIFY(service.update(changed).ok());
    QVERIFY(service.remove(added->id).ok());

    const QString summary = QStringLiteral(" controller_id=%1 name=\"CRM-system\"").arg(assessio.id);
    QCOMPARE(auditActions(t),
             QStringList({ QStringLiteral("register.activity_added") + summary,
                           QStringLiteral("register.activity_updated") + summary,
                           QStringLiteral("register.activity_removed") + summary }));
    Result<AuditVerification> verified = t.session->audit().verify();
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->events, t.countRows(QStringLiteral("audit_events")));
}

void TestRegisterService::codesRoundTrip()
{
    QCOMPARE(LegalBases::all().size(), 6);
    for (LegalBasis basis : LegalBases::all()) {
        QCOMPARE(LegalBases::fromCode(LegalBases::code(basis)), std::optional(basis));
        QVERIFY(LegalBases::label(basis).contains(QStringLiteral("Art. 6(1)")));
    }
    QCOMPARE(LegalBases::code(LegalBasis::LegitimateInterests), QStringLiteral("legitimate-interests"));
    QCOMPARE(SpecialCategoryConditions::all().size(), 10);
    for (SpecialCategoryCondition condition : SpecialCategoryConditions::all()) {
        QCOMPARE(SpecialCategoryConditions::fromCode(SpecialCategoryConditions::code(condition)),
                 std::optional(condition));
        QVERIFY(SpecialCategoryConditions::label(condition).contains(QStringLiteral("Art. 9(2)")));
    }
    for (RecipientRole role : RecipientRoles::all())
        QCOMPARE(RecipientRoles::fromCode(RecipientRoles::code(role)), std::optional(role));
    for (TransferSafeguard safeguard : TransferSafeguards::all())
        QCOMPARE(TransferSafeguards::fromCode(TransferSafeguards::code(safeguard)), std::optional(safeguard));
    for (SourceKind kind : SourceKinds::all())
        QCOMPARE(SourceKinds::fromCode(SourceKinds::code(kind)), std::optional(kind));
    QVERIFY(!LegalBases::fromCode(QStringLiteral("whim")));
    QVERIFY(ProcessingActivities::suggestedSubjectCategories().contains(QStringLiteral("newsletter subscriber")));
}

QTEST_GUILESS_MAIN(TestRegisterService)
#include "tst_registerservice.moc"
