// The one extension of GDPR Art. 12(3) through CaseService: requested with a reason and a note no later than the
// one-month due date, approved by the DPO, after which the legal maximum is the case's due date (LEGAL.md 1.1
// item 5). Every refusal says why and changes nothing.
#include "TestSession.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace dsar;

namespace {

QDateTime morningOf(QDate date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC);
}

const QString note = QStringLiteral("Uppgifterna finns i ekonomisystemet, CRM och tre arkiv som måste gås igenom");

} // namespace

class TestCaseExtension : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void approvalMovesTheDueDateToTheLegalMaximum_data();
    void approvalMovesTheDueDateToTheLegalMaximum();
    void requestOnTheDueDateIsAccepted();
    void requestAfterTheDueDateIsRefusedWithTheReason();
    void approvalAfterTheDueDateIsRefused();
    void secondExtensionIsRefused();
    void handlaggareCannotApprove();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void suspendedDaysCountTowardsTheDueDate();
    void auditHoldsCodesAndDatesOnly();

private:
    QString open(QDate received);
    CaseService& cases() { return m_t->session->cases(); }
    CaseService& dpo() { return *m_dpo; }
    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<CaseService> m_dpo;
    qint64 m_subject = 0;
};

void TestCaseExtension::init()
{
    m_t = std::make_unique<test::TestSession>(morningOf(QDate(2027, 3, 10)));
    m_t->addController();
    m_subject = m_t->addSubject().id;
    m_dpo = std::make_unique<CaseService>(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Dpo),
                                          m_t->session->keys(), m_t->session->settings());
}

void TestCaseExtension::cleanup()
{
    m_dpo.reset();
    m_t.reset();
}

QString TestCaseExtension::open(QDate received)
{
    if (m_t->clock.today() < received)
        m_t->clock.setNow(morningOf(received));
    OpenRequest request;
    request.subjectId = m_subject;
    request.rights = { RequestRight::Access };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    if (!opened)
        qFatal("cannot open a case: %s", qPrintable(opened.error()));
    return opened->first().reference;
}

void TestCaseExtension::approvalMovesTheDueDateToTheLegalMaximum_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("legalMaximum");
    QTest::addColumn<QDate>("target");
    // LEGAL.md 1.1 examples.
    QTest::newRow("same date; 5 June is a Saturday")
        << QDate(2027, 3, 5) << QDate(2027, 4, 5) << QDate(2027, 6, 7) << QDate(2027, 6, 7);
    QTest::newRow("clamp; target earlier")
        << QDate(2027, 1, 31) << QDate(2027, 3, 1) << QDate(2027, 4, 30) << QDate(2027, 4, 28);
    QTest::newRow("leap year") << QDate(2028, 1, 31) << QDate(2028, 2, 29) << QDate(2028, 5, 2) << QDate(2028, 5, 2);
}

void TestCaseExtension::approvalMovesTheDueDateToTheLegalMaximum()
{
    QFETCH(QDate, received);
    QFETCH(QDate, due);
    QFETCH(QDate, legalMaximum);
    QFETCH(QDate, target);
    m_t->clock.setNow(morningOf(received));
    const QString reference = open(received);
    m_t->clock.setNow(morningOf(received.addDays(10)));
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    QSignalSpy dpoChanged(&dpo(), &CaseService::casesChanged);

    Result<CaseRecord> requested = cases().requestExtension(reference, ExtensionReason::ManySystems, note);
    QVERIFY2(requested.ok(), qPrintable(requested.error()));
    QVERIFY(!requested->extended); // not before the DPO approves
    QCOMPARE(requested->currentDue, due);
    QCOMPARE(changed.count(), 1);
    const ExtensionRecord pending = cases().extension(reference).value().value();
    QCOMPARE(pending.reason, ExtensionReason::ManySystems);
    QCOMPARE(pending.note, note);
    QCOMPARE(pending.requestedBy, QStringLiteral("user"));
    QVERIFY(!pending.isApproved());

    Result<CaseRecord> approved = dpo().approveExtension(reference);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QVERIFY(approved->extended);
    QCOMPARE(approved->due, due); // the one-month date stays on record
    QCOMPARE(approved->currentDue, legalMaximum);
    QCOMPARE(approved->extendedDue, legalMaximum);
    QCOMPARE(approved->extensionTarget, target); // the planning target is kept
    QCOMPARE(approved->planningDue, target);
    QCOMPARE(dpoChanged.count(), 1);

    const CaseRecord stored = cases().byReference(reference).value();
    QVERIFY(stored.extended);
    QCOMPARE(stored.due, due);
    QCOMPARE(stored.currentDue, legalMaximum);
    QCOMPARE(stored.extensionTarget, target);
    const ExtensionRecord done = cases().extension(reference).value().value();
    QVERIFY(done.isApproved());
    QCOMPARE(done.approvedBy, QStringLiteral("role-dpo"));
    QCOMPARE(done.approvedAt, m_t->clock.now());
    // Overdue only after the legal maximum.
    QVERIFY(!stored.isOverdue(due.addDays(1)));
    QVERIFY(stored.isOverdue(legalMaximum.addDays(1)));
}

void TestCaseExtension::requestOnTheDueDateIsAccepted()
{
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(QDateTime(QDate(2027, 4, 5), QTime(21, 30), Qt::UTC)); // 23:30 on 5 April in Stockholm
    Result<CaseRecord> requested = cases().requestExtension(reference, ExtensionReason::VolumeOfData, note);
    QVERIFY2(requested.ok(), qPrintable(requested.error()));
    QVERIFY2(dpo().approveExtension(reference).ok(), "approval on the due date");
    QCOMPARE(cases().byReference(reference)->currentDue, QDate(2027, 6, 7));
}

void TestCaseExtension::requestAfterTheDueDateIsRefusedWithTheReason()
{
    const QString reference = open(QDate(2027, 3, 5));
    // 22:30 UTC on 5 April is already 6 April in Stockholm.
    m_t->clock.setNow(QDateTime(QDate(2027, 4, 5), QTime(22, 30), Qt::UTC));
    const qint64 events = m_t->countRows(QStringLiteral("audit_events"));
    Result<CaseRecord> refused = cases().requestExtension(reference, ExtensionReason::VolumeOfData, note);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("2027-04-05")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("2027-04-06")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("Art. 12(3)")), qPrintable(refused.error()));
    QCOMPARE(m_t->countRows(QStringLiteral("case_extensions")), 0);
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), events);
    QVERIFY(!cases().byReference(reference)->extended);
    // The DPO cannot approve what was never recorded.
    QVERIFY(!dpo().approveExtension(reference).ok());
}

void TestCaseExtension::approvalAfterTheDueDateIsRefused()
{
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 4, 5)));
    QVERIFY(cases().requestExtension(reference, ExtensionReason::ThirdPartyRedaction, note).ok());
    m_t->clock.setNow(morningOf(QDate(2027, 4, 6)));
    const qint64 events = m_t->countRows(QStringLiteral("audit_events"));
    Result<CaseRecord> refused = dpo().approveExtension(reference);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("2027-04-05")), qPrintable(refused.error()));
    const CaseRecord stored = cases().byReference(reference).value();
    QVERIFY(!stored.extended);
    QCOMPARE(stored.currentDue, QDate(2027, 4, 5));
    QVERIFY(!cases().extension(reference).value()->isApproved());
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), events);
}

void TestCaseExtension::secondExtensionIsRefused()
{
    const QString reference = open(QDate(2027, 3, 5));
    QVERIFY(cases().requestExtension(reference, ExtensionReason::VolumeOfData, note).ok());
    Result<CaseRecord> again = cases().requestExtension(reference, ExtensionReason::SeveralRequests, note);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("one extension")), qPrintable(again.error()));
    QVERIFY(dpo().approveExtension(reference).ok());
    QVERIFY(!cases().requestExtension(reference, ExtensionReason::SeveralRequests, note).ok());
    Result<CaseRecord> approvedTwice = dpo().approveExtension(reference);
    QVERIFY(!approvedTwice.ok());
    QVERIFY2(approvedTwice.error().contains(QStringLiteral("already approved")), qPrintable(approvedTwice.error()));
    QCOMPARE(m_t->countRows(QStringLiteral("case_extensions")), 1);
    QCOMPARE(cases().extension(reference).value()->reason, ExtensionReason::VolumeOfData);
    QCOMPARE(cases().byReference(reference)->currentDue, QDate(2027, 6, 7));
}

void TestCaseExtension::handlaggareCannotApprove()
{
    const QString reference = open(QDate(2027, 3, 5));
    QVERIFY(cases().requestExtension(reference, ExtensionReason::TemporaryPeak, note).ok());
    const qint64 events = m_t->countRows(QStringLiteral("audit_events"));
    Result<CaseRecord> refused = cases().approveExtension(reference); // the session's handläggare
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("dpo")), qPrintable(refused.error()));
    QVERIFY(!cases().byReference(reference)->extended);
    QCOMPARE(cases().byReference(reference)->currentDue, QDate(2027, 4, 5));
    QVERIFY(!cases().extension(reference).value()->isApproved());
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), events);
}

void TestCaseExtension::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no note") << "no-note"
                             << "para 163";
    QTest::newRow("a finished case") << "withdrawn"
                                     << "finished case cannot be extended";
    QTest::newRow("approval without a request") << "approve-unrequested"
                                                << "no extension has been requested";
    QTest::newRow("an administrator requests") << "admin"
                                               << "handlaggare";
    QTest::newRow("an unknown case") << "unknown"
                                     << "There is no case";
}

void TestCaseExtension::refusalsChangeNothing()
{
    QFETCH(QString, step);
    QFETCH(QString, messagePart);
    const QString reference = open(QDate(2027, 3, 5));
    if (step == QLatin1String("withdrawn"))
        QVERIFY(cases().changeStatus(reference, CaseStatus::Withdrawn).ok());
    const CaseRecord before = cases().byReference(reference).value();
    const qint64 events = m_t->countRows(QStringLiteral("audit_events"));
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    QSignalSpy dpoChanged(&dpo(), &CaseService::casesChanged);

    Result<CaseRecord> refused = Error { QStringLiteral("no step") };
    if (step == QLatin1String("no-note"))
        refused = cases().requestExtension(reference, ExtensionReason::VolumeOfData, QStringLiteral("  \t"));
    else if (step == QLatin1String("withdrawn"))
        refused = cases().requestExtension(reference, ExtensionReason::VolumeOfData, note);
    else if (step == QLatin1String("approve-unrequested"))
        refused = dpo().approveExtension(reference);
    else if (step == QLatin1String("admin"))
        refused = CaseService(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                              m_t->session->keys(), m_t->session->settings())
                      .requestExtension(reference, ExtensionReason::VolumeOfData, note);
    else if (step == QLatin1String("unknown"))
        refused = cases().requestExtension(QStringLiteral("DSAR-2027-09999"), ExtensionReason::VolumeOfData, note);

    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(messagePart), qPrintable(refused.error()));
    const CaseRecord after = cases().byReference(reference).value();
    QCOMPARE(after.extended, before.extended);
    QCOMPARE(after.currentDue, before.currentDue);
    QCOMPARE(after.status, before.status);
    QCOMPARE(m_t->countRows(QStringLiteral("case_extensions")), 0);
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), events);
    QCOMPARE(changed.count() + dpoChanged.count(), 0);
}

void TestCaseExtension::suspendedDaysCountTowardsTheDueDate()
{
    // Received 5 March, identity asked 8 March and confirmed 15 March: 7 days, due 12 April. An extension on
    // 10 April is in time (it would not be against the unsuspended 5 April), and its maximum carries the days.
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 15)));
    QVERIFY(cases()
                .requestIdentification(reference, ClockStopEpisode::Kind::Identity, QStringLiteral("Okänd avsändare"),
                                       QDate(2027, 3, 8))
                .ok());
    QVERIFY(cases()
                .recordIdentification(reference, QDate(2027, 3, 15), IdentificationMethod::BankId,
                                      IdentificationOutcome::Confirmed)
                .ok());
    m_t->clock.setNow(morningOf(QDate(2027, 4, 10)));
    Result<CaseRecord> requested = cases().requestExtension(reference, ExtensionReason::ManySystems, note);
    QVERIFY2(requested.ok(), qPrintable(requested.error()));
    QCOMPARE(requested->suspendedDays, 7);
    Result<CaseRecord> approved = dpo().approveExtension(reference);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(approved->currentDue, QDate(2027, 6, 14)); // 5 June + 7 = Saturday 12 June -> Monday 14 June
    QCOMPARE(cases().byReference(reference)->currentDue, QDate(2027, 6, 14));
}

void TestCaseExtension::auditHoldsCodesAndDatesOnly()
{
    const QString reference = open(QDate(2027, 3, 5));
    QVERIFY(cases().requestExtension(reference, ExtensionReason::ManySystems, note).ok());
    QVERIFY(dpo().approveExtension(reference).ok());
    Result<QVariant> sealed
        = SqlQuery::scalar(m_t->session->database(), QStringLiteral("SELECT note_enc FROM case_extensions"));
    QVERIFY(sealed.ok());
    QVERIFY(!sealed.value().toByteArray().contains(QByteArrayLiteral("ekonomisystemet")));
    const qint64 caseId = cases().byReference(reference)->id;
    const QList<AuditEvent> events
        = AuditLog(m_t->session->database(), m_t->session->keys()).eventsFor(QStringLiteral("case"), caseId).value();
    QCOMPARE(events.size(), 3); // opened, extension requested, extension approved
    QCOMPARE(events.at(1).action, QStringLiteral("case.extension_requested"));
    QCOMPARE(events.at(1).actor, QStringLiteral("user"));
    QVERIFY2(events.at(1).summary.contains(QStringLiteral("reason=many-systems")), qPrintable(events.at(1).summary));
    QCOMPARE(events.at(2).action, QStringLiteral("case.extension_approved"));
    QCOMPARE(events.at(2).actor, QStringLiteral("role-dpo"));
    QVERIFY2(events.at(2).summary.contains(QStringLiteral("current_due=2027-06-07")), qPrintable(events.at(2).summary));
    for (const AuditEvent& event : events)
        QVERIFY2(!event.summary.contains(QStringLiteral("ekonomisystemet")), qPrintable(event.summary));
}

QTEST_GUILESS_MAIN(TestCaseExtension)
#include "tst_caseextension.moc"
