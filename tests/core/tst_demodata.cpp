#include "PdfLetterRenderer.h"
#include "TestSession.h"
#include "services/DemoData.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace dsar;

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void populatesTheSeedOrganisations();
    void refusesADatabaseWithAccounts();
};

void TestDemoData::populatesTheSeedOrganisations()
{
    FixedClock clock(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC));
    std::unique_ptr<Database> db
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing).value();
    const Status populated = DemoData::populate(*db, clock, PdfLetterRenderer());
    QVERIFY2(populated.ok(), qPrintable(populated.error()));

    // The three demonstration accounts sign in with their documented passwords and roles.
    for (const NewAccount& account : DemoData::accounts()) {
        Result<SignedIn> signedIn = AccountService::login(*db, clock, account.name, account.password);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
        QCOMPARE(signedIn->actor.role, account.role);
    }
    Result<SignedIn> handler
        = AccountService::login(*db, clock, QStringLiteral("handlaggare"), QStringLiteral("handlaggare-demo"));
    Session session(std::move(db), clock, std::move(handler).value());

    const QList<ControllerRecord> controllers = session.controllers().all().value();
    QCOMPARE(controllers.size(), 7);
    QStringList names;
    for (const ControllerRecord& controller : controllers)
        names << controller.name;
    for (const char* expected :
         { "Almi Företagspartner AB", "Almi AB", "Allkontor Teknisk Service AB", "Kontor & Miljö i Borlänge AB",
           "Mora Kontorsteam AB", "Coegi", "Assessio Sverige AB" })
        QVERIFY2(names.contains(QString::fromUtf8(expected)), expected);
    const QList<SubjectRecord> subjects = session.subjects().all().value();
    QCOMPARE(subjects.size(), 7);
    // What the organisations hold about them, in several systems; some of it past its retain-until date.
    // (A closed erasure request has erased one subject's holdings.)
    qint64 holdings = 0;
    int subjectsWithHoldings = 0;
    QSet<QString> systems;
    for (const SubjectRecord& subject : subjects) {
        const QList<HoldingView> held = session.holdings().forSubject(subject.id).value();
        subjectsWithHoldings += held.isEmpty() ? 0 : 1;
        holdings += held.size();
        for (const HoldingView& view : held)
            systems.insert(view.controllerName + QLatin1Char('/') + view.holding.system);
    }
    QCOMPARE(subjectsWithHoldings, 6);
    QVERIFY(holdings >= 20);
    QVERIFY(systems.size() >= 10);
    QVERIFY(!session.holdings().gallring()->isEmpty());

    // The processing register as the notices describe it: every organisation has one.
    qint64 activities = 0;
    for (const ControllerRecord& controller : controllers) {
        const QList<ProcessingActivity> register_ = session.processingRegister().activities(controller.id).value();
        QVERIFY2(!register_.isEmpty(), qPrintable(controller.name));
        activities += register_.size();
        if (controller.name != QLatin1String("Assessio Sverige AB"))
            continue;
        // Assessio lists some 25 activities, each with its rule; transfers to the USA rest on the SCCs.
        QVERIFY(register_.size() >= 20);
        bool crmFound = false;
        bool usTransfer = false;
        for (const ProcessingActivity& activity : register_) {
            if (activity.name == QLatin1String("CRM-system")) {
                crmFound = true;
                QCOMPARE(activity.retentionRule, QStringLiteral("after-relationship-ended;2y"));
            }
            for (const Transfer& transfer : activity.transfers)
                usTransfer = usTransfer
                    || (transfer.country == QLatin1String("US")
                        && transfer.safeguard == TransferSafeguard::StandardContractualClauses);
        }
        QVERIFY(crmFound);
        QVERIFY(usTransfer);
    }

    const QList<CaseRecord> cases = session.cases().list().value();
    QVERIFY(cases.size() >= 8);
    const QDate today = clock.today();
    bool anyOverdue = false;
    bool anyLinked = false;
    for (const CaseRecord& record : cases) {
        QVERIFY(record.received.stockholmDate <= today);
        anyOverdue = anyOverdue || record.isOverdue(today);
        anyLinked = anyLinked || !session.cases().byReference(record.reference)->linkedReferences.isEmpty();
    }
    QVERIFY(anyOverdue);
    QVERIFY(anyLinked);
    // Every right and every status of the workflow.
    QSet<RequestRight> rights;
    QSet<CaseStatus> statuses;
    for (const CaseRecord& record : cases) {
        rights.insert(record.right);
        statuses.insert(record.status);
    }
    QCOMPARE(rights.size(), RequestRights::all().size());
    QCOMPARE(statuses.size(), CaseStatuses::all().size());
    // The cases' moves: status changes, identification requests and the closing for identity not confirmed.
    const qint64 caseMoves = SqlQuery::scalar(session.database(),
                                              QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE entity_type = "
                                                             "'case' AND action <> 'case.opened'"))
                                 .value()
                                 .toLongLong();
    QVERIFY(caseMoves > 0);
    // Every change came through the services, so every change has its audit event, and the chain is whole.
    const qint64 events = SqlQuery::scalar(session.database(), QStringLiteral("SELECT COUNT(*) FROM audit_events"))
                              .value()
                              .toLongLong();
    // Accounts, organisations, activities, the one event of the register's import, subjects, holdings added,
    // cases and their moves.
    const qint64 holdingsAdded
        = SqlQuery::scalar(session.database(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'holding.added'"))
              .value()
              .toLongLong();
    QCOMPARE(holdingsAdded, 26);
    QCOMPARE(events, 3 + 7 + activities + 1 + subjects.size() + holdingsAdded + cases.size() + caseMoves);
    // The decisions were carried out as staff would: an erasure request erased, letters written and sent.
    const qint64 erased
        = SqlQuery::scalar(session.database(),
                           QStringLiteral("SELECT COUNT(*) FROM erasure_tasks WHERE done_at IS NOT NULL"))
              .value()
              .toLongLong();
    QVERIFY(erased >= 3);
    const qint64 lettersSent
        = SqlQuery::scalar(session.database(),
                           QStringLiteral("SELECT COUNT(*) FROM case_letters WHERE sent_at IS NOT NULL"))
              .value()
              .toLongLong();
    QVERIFY(lettersSent >= 3);
    Result<SignedIn> dpo
        = AccountService::login(session.database(), clock, QStringLiteral("dpo"), QStringLiteral("dpo-demo"));
    AuditService audit(session.database(), dpo->actor, dpo->keys);
    QVERIFY(audit.verify()->intact);
}

void TestDemoData::refusesADatabaseWithAccounts()
{
    test::TestSession t;
    const qint64 usersBefore = t.countRows(QStringLiteral("users"));
    const Status populated = DemoData::populate(t.session->database(), t.clock, PdfLetterRenderer());
    QVERIFY(!populated.ok());
    QVERIFY2(populated.error().contains(QLatin1String("already has accounts")), qPrintable(populated.error()));
    QCOMPARE(t.countRows(QStringLiteral("users")), usersBefore);
    QCOMPARE(t.countRows(QStringLiteral("controllers")), 0);
}

QTEST_MAIN(TestDemoData)
#include "tst_demodata.moc"
