// Identification and clarification through CaseService: the clock stops of LEGAL.md 1.1 item 7 stored on the
// case, the workflow moves, the wait before "identity not confirmed", and every refusal leaving nothing behind.
#include "TestSession.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace dsar;

namespace {

QDateTime morningOf(QDate date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC); // 10:00 or 11:00 in Stockholm: the same date
}

const QString doubt = QStringLiteral("Namnet i e-postmeddelandet stämmer inte med kundregistret");

} // namespace

class TestCaseIdentification : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void requestStopsTheClockAndAnswerAddsTheDays();
    void suspensionIsAddedBeforeTheSingleRoll();
    void lateRequestGivesNoSuspensionAndAWarning();
    void restartModelIsPlannedWhenEarlier();
    void clarificationStopsTheClockToo();
    void notConfirmedAnswerKeepsTheCaseWaiting();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void closeNotConfirmedOnlyAfterTheWait();
    void waitIsASetting();
    void closeNotConfirmedNeedsAnIdentityRequest();
    void reasonIsSealedAndKeptOutOfTheAudit();
    void noIdentityDocumentIsStored();

private:
    QString open(QDate received);
    CaseService& cases() { return m_t->session->cases(); }
    std::unique_ptr<test::TestSession> m_t;
    qint64 m_subject = 0;
};

void TestCaseIdentification::init()
{
    m_t = std::make_unique<test::TestSession>(morningOf(QDate(2027, 3, 5)));
    m_t->addController();
    m_subject = m_t->addSubject().id;
}

void TestCaseIdentification::cleanup()
{
    m_t.reset();
}

QString TestCaseIdentification::open(QDate received)
{
    OpenRequest request;
    request.subjectId = m_subject;
    request.rights = { RequestRight::Access };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    if (!opened)
        qFatal("cannot open a case: %s", qPrintable(opened.error()));
    return opened->first().reference;
}

void TestCaseIdentification::requestStopsTheClockAndAnswerAddsTheDays()
{
    // Received Friday 2027-03-05: due 2027-04-05. Asked Monday 8 March (inside 3 working days), answered 15 March.
    const QString reference = open(QDate(2027, 3, 5));
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    m_t->clock.setNow(morningOf(QDate(2027, 3, 8)));
    Result<CaseRecord> asked
        = cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 8));
    QVERIFY2(asked.ok(), qPrintable(asked.error()));
    QCOMPARE(asked->status, CaseStatus::AwaitingIdentification);
    QVERIFY(asked->clockStopped);
    QVERIFY(asked->deadlineWarnings.isEmpty());
    QCOMPARE(asked->due, QDate(2027, 4, 5)); // not known until the answer arrives
    QCOMPARE(cases().byReference(reference)->status, CaseStatus::AwaitingIdentification);
    QCOMPARE(changed.count(), 1);

    m_t->clock.setNow(morningOf(QDate(2027, 3, 15)));
    Result<CaseRecord> answered = cases().recordIdentification(
        reference, QDate(2027, 3, 15), IdentificationMethod::BankId, IdentificationOutcome::Confirmed);
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->status, CaseStatus::InProgress);
    QVERIFY(!answered->clockStopped);
    QCOMPARE(answered->suspendedDays, 7);
    QCOMPARE(answered->due, QDate(2027, 4, 12));
    QCOMPARE(answered->currentDue, QDate(2027, 4, 12));
    QCOMPARE(answered->extendedDue, QDate(2027, 6, 14)); // 5 June + 7 = Saturday 12 June -> Monday 14 June
    QCOMPARE(answered->restartDue, std::optional<QDate>(QDate(2027, 4, 15)));
    QCOMPARE(answered->planningDue, QDate(2027, 4, 12));
    QCOMPARE(changed.count(), 2);

    // Stored on the case: the lists and the overdue filter see the new date.
    const CaseRecord stored = cases().byReference(reference).value();
    QCOMPARE(stored.status, CaseStatus::InProgress);
    QCOMPARE(stored.due, QDate(2027, 4, 12));
    QCOMPARE(stored.currentDue, QDate(2027, 4, 12));
    QCOMPARE(stored.extendedDue, QDate(2027, 6, 14));
    QCOMPARE(stored.extensionTarget, QDate(2027, 6, 14));
    const CaseRecord detailed = cases().byReferenceWithDeadlines(reference).value();
    QCOMPARE(detailed.suspendedDays, 7);
    QCOMPARE(detailed.restartDue, std::optional<QDate>(QDate(2027, 4, 15)));

    const QList<IdentificationRecord> episodes = cases().identifications(reference).value();
    QCOMPARE(episodes.size(), 1);
    QCOMPARE(episodes.first().reason, doubt);
    QCOMPARE(episodes.first().answeredOn, std::optional<QDate>(QDate(2027, 3, 15)));
    QCOMPARE(episodes.first().method, std::optional<IdentificationMethod>(IdentificationMethod::BankId));
    QCOMPARE(episodes.first().outcome, std::optional<IdentificationOutcome>(IdentificationOutcome::Confirmed));
    QCOMPARE(episodes.first().recordedBy, QStringLiteral("user"));
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'case.status_changed'")), 2);
}

void TestCaseIdentification::suspensionIsAddedBeforeTheSingleRoll()
{
    // LEGAL.md 1.1 items 4 and 7: received Friday 2027-02-26, one month ends on Good Friday 26 March. Two
    // suspended days go onto the unrolled end (Sunday 28 March), then one roll: Easter Monday -> Tuesday 30 March.
    // Rolling first and adding after would give 1 April.
    m_t->clock.setNow(morningOf(QDate(2027, 2, 26)));
    const QString reference = open(QDate(2027, 2, 26));
    QCOMPARE(cases().byReference(reference)->due, QDate(2027, 3, 30));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 3)));
    QVERIFY(cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 1)).ok());
    Result<CaseRecord> answered = cases().recordIdentification(
        reference, QDate(2027, 3, 3), IdentificationMethod::FrejaEid, IdentificationOutcome::Confirmed);
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->suspendedDays, 2);
    QCOMPARE(answered->due, QDate(2027, 3, 30));
    QCOMPARE(answered->extendedDue, QDate(2027, 5, 28)); // 26 May + 2
    QCOMPARE(cases().byReference(reference)->currentDue, QDate(2027, 3, 30));
}

void TestCaseIdentification::lateRequestGivesNoSuspensionAndAWarning()
{
    // The window is 3 working days: from receipt on Friday 5 March the last day is Wednesday 10 March.
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 11)));
    Result<CaseRecord> asked
        = cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 11));
    QVERIFY2(asked.ok(), qPrintable(asked.error())); // recorded: identity may still be in doubt
    QCOMPARE(asked->status, CaseStatus::AwaitingIdentification);
    QVERIFY(!asked->clockStopped);
    QCOMPARE(asked->deadlineWarnings.size(), 1);
    QVERIFY2(asked->deadlineWarnings.first().contains(QStringLiteral("2027-03-10")),
             qPrintable(asked->deadlineWarnings.first()));

    m_t->clock.setNow(morningOf(QDate(2027, 3, 18)));
    Result<CaseRecord> answered = cases().recordIdentification(
        reference, QDate(2027, 3, 18), IdentificationMethod::IdDocumentInspected, IdentificationOutcome::Confirmed);
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->suspendedDays, 0);
    QCOMPARE(answered->due, QDate(2027, 4, 5));
    QCOMPARE(answered->restartDue, std::nullopt);
    QCOMPARE(answered->deadlineWarnings.size(), 1);
    QCOMPARE(cases().byReference(reference)->currentDue, QDate(2027, 4, 5));
    // The warning is data the case carries whenever it is read with its deadlines.
    QCOMPARE(cases().byReferenceWithDeadlines(reference)->deadlineWarnings, answered->deadlineWarnings);
}

void TestCaseIdentification::restartModelIsPlannedWhenEarlier()
{
    // IMY DI-2021-10488: received Thursday 28 January, asked the same day, answered Sunday 31 January. Suspension:
    // 28 Feb + 3 = Wednesday 3 March; restart: 31 Jan + 1 month = 28 Feb (Sunday) -> Monday 1 March, earlier.
    m_t->clock.setNow(morningOf(QDate(2027, 1, 28)));
    const QString reference = open(QDate(2027, 1, 28));
    m_t->clock.setNow(morningOf(QDate(2027, 2, 1)));
    QVERIFY(cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 1, 28)).ok());
    Result<CaseRecord> answered = cases().recordIdentification(
        reference, QDate(2027, 1, 31), IdentificationMethod::KnownPostalAddress, IdentificationOutcome::Confirmed);
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->due, QDate(2027, 3, 3));
    QCOMPARE(answered->restartDue, std::optional<QDate>(QDate(2027, 3, 1)));
    QCOMPARE(answered->planningDue, QDate(2027, 3, 1));
    // The legal deadline is stored; the plan is the earlier date.
    QCOMPARE(cases().byReference(reference)->currentDue, QDate(2027, 3, 3));
    QCOMPARE(cases().byReferenceWithDeadlines(reference)->planningDue, QDate(2027, 3, 1));
}

void TestCaseIdentification::clarificationStopsTheClockToo()
{
    // Recital 63: asked on the last day of the window, answered two days later.
    const QString reference = open(QDate(2027, 3, 5));
    QVERIFY(cases().changeStatus(reference, CaseStatus::InProgress).ok());
    m_t->clock.setNow(morningOf(QDate(2027, 3, 12)));
    Result<CaseRecord> asked = cases().requestIdentification(
        reference, ClockStopEpisode::Kind::Clarification,
        QStringLiteral("Which of the three customer accounts is the request about?"), QDate(2027, 3, 10));
    QVERIFY2(asked.ok(), qPrintable(asked.error()));
    QCOMPARE(asked->status, CaseStatus::AwaitingIdentification);
    // A clarification is not an identification: no method.
    Result<CaseRecord> withMethod = cases().recordIdentification(
        reference, QDate(2027, 3, 12), IdentificationMethod::BankId, IdentificationOutcome::Confirmed);
    QVERIFY(!withMethod.ok());
    QVERIFY2(withMethod.error().contains(QStringLiteral("recital 63")), qPrintable(withMethod.error()));
    Result<CaseRecord> answered
        = cases().recordIdentification(reference, QDate(2027, 3, 12), std::nullopt, IdentificationOutcome::Confirmed);
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->status, CaseStatus::InProgress);
    QCOMPARE(answered->suspendedDays, 2);
    QCOMPARE(answered->due, QDate(2027, 4, 7));
}

void TestCaseIdentification::notConfirmedAnswerKeepsTheCaseWaiting()
{
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 12)));
    QVERIFY(cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 8)).ok());
    Result<CaseRecord> answered = cases().recordIdentification(reference, QDate(2027, 3, 10), std::nullopt,
                                                               IdentificationOutcome::NotConfirmed);
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->status, CaseStatus::AwaitingIdentification);
    QCOMPARE(answered->suspendedDays, 2); // the answer arrived, even if it did not settle the doubt
    // The episode is closed, so a second request may go out (late now: recorded, but no further suspension).
    Result<CaseRecord> again
        = cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 12));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!again->clockStopped);
    QCOMPARE(again->suspendedDays, 2);
    QCOMPARE(again->deadlineWarnings.size(), 1);
    QCOMPARE(cases().identifications(reference)->size(), 2);
}

void TestCaseIdentification::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no reason") << "request-no-reason"
                               << "clock does not stop";
    QTest::newRow("a second open request") << "request-twice"
                                           << "still waiting for its answer";
    QTest::newRow("request before receipt") << "request-before-receipt"
                                            << "before the request was received";
    QTest::newRow("request in the future") << "request-future"
                                           << "after today";
    QTest::newRow("request on a finished case") << "request-withdrawn"
                                                << "cannot change any more";
    QTest::newRow("answer without a request") << "answer-no-request"
                                              << "no request for identity or clarification is waiting";
    QTest::newRow("confirmed without a method") << "answer-no-method"
                                                << "known-email";
    QTest::newRow("answer before the request") << "answer-before-request"
                                               << "before the request went out";
    QTest::newRow("an administrator asks") << "request-as-admin"
                                           << "handlaggare";
}

void TestCaseIdentification::refusalsChangeNothing()
{
    QFETCH(QString, step);
    QFETCH(QString, messagePart);
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 9)));
    using Kind = ClockStopEpisode::Kind;
    if (step == QLatin1String("request-twice") || step.startsWith(QLatin1String("answer-no-method"))
        || step == QLatin1String("answer-before-request"))
        QVERIFY(cases().requestIdentification(reference, Kind::Identity, doubt, QDate(2027, 3, 8)).ok());
    if (step == QLatin1String("request-withdrawn"))
        QVERIFY(cases().changeStatus(reference, CaseStatus::Withdrawn).ok());
    const CaseRecord before = cases().byReference(reference).value();
    const qint64 episodes = m_t->countRows(QStringLiteral("case_identifications"));
    const qint64 answered = m_t->countRows(QStringLiteral("case_identifications WHERE answered_on IS NOT NULL"));
    const qint64 events = m_t->countRows(QStringLiteral("audit_events"));
    QSignalSpy changed(&cases(), &CaseService::casesChanged);

    Result<CaseRecord> refused = Error { QStringLiteral("no step") };
    if (step == QLatin1String("request-no-reason"))
        refused = cases().requestIdentification(reference, Kind::Identity, QStringLiteral(" \n "), QDate(2027, 3, 8));
    else if (step == QLatin1String("request-twice"))
        refused = cases().requestIdentification(reference, Kind::Clarification, doubt, QDate(2027, 3, 9));
    else if (step == QLatin1String("request-before-receipt"))
        refused = cases().requestIdentification(reference, Kind::Identity, doubt, QDate(2027, 3, 4));
    else if (step == QLatin1String("request-future"))
        refused = cases().requestIdentification(reference, Kind::Identity, doubt, QDate(2027, 3, 10));
    else if (step == QLatin1String("request-withdrawn"))
        refused = cases().requestIdentification(reference, Kind::Identity, doubt, QDate(2027, 3, 8));
    else if (step == QLatin1String("answer-no-request"))
        refused = cases().recordIdentification(reference, QDate(2027, 3, 9), IdentificationMethod::BankId,
                                               IdentificationOutcome::Confirmed);
    else if (step == QLatin1String("answer-no-method"))
        refused = cases().recordIdentification(reference, QDate(2027, 3, 9), std::nullopt,
                                               IdentificationOutcome::Confirmed);
    else if (step == QLatin1String("answer-before-request"))
        refused = cases().recordIdentification(reference, QDate(2027, 3, 7), IdentificationMethod::BankId,
                                               IdentificationOutcome::Confirmed);
    else if (step == QLatin1String("request-as-admin"))
        refused = CaseService(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                              m_t->session->keys(), m_t->session->settings())
                      .requestIdentification(reference, Kind::Identity, doubt, QDate(2027, 3, 8));

    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(messagePart), qPrintable(refused.error()));
    const CaseRecord after = cases().byReference(reference).value();
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.due, before.due);
    QCOMPARE(after.currentDue, before.currentDue);
    QCOMPARE(m_t->countRows(QStringLiteral("case_identifications")), episodes);
    QCOMPARE(m_t->countRows(QStringLiteral("case_identifications WHERE answered_on IS NOT NULL")), answered);
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), events);
    QCOMPARE(changed.count(), 0);
}

void TestCaseIdentification::closeNotConfirmedOnlyAfterTheWait()
{
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 8)));
    QVERIFY(cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 8)).ok());
    // The default wait is 30 calendar days after the request: from 7 April.
    m_t->clock.setNow(morningOf(QDate(2027, 4, 6)));
    Result<CaseRecord> early = cases().closeIdentityNotConfirmed(reference);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("2027-04-07")), qPrintable(early.error()));
    QVERIFY2(early.error().contains(QStringLiteral("identification.wait_days")), qPrintable(early.error()));
    QCOMPARE(cases().byReference(reference)->status, CaseStatus::AwaitingIdentification);

    m_t->clock.setNow(morningOf(QDate(2027, 4, 7)));
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseRecord> closed = cases().closeIdentityNotConfirmed(reference);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QCOMPARE(closed->status, CaseStatus::IdentityNotConfirmed);
    QVERIFY(!closed->clockStopped); // a finished case runs no clock
    QCOMPARE(changed.count(), 1);
    const CaseRecord stored = cases().byReference(reference).value();
    QCOMPARE(stored.status, CaseStatus::IdentityNotConfirmed);
    QCOMPARE(stored.closedAt, m_t->clock.now());
    QVERIFY(!stored.isOpen());
    // The unanswered request ends as not confirmed, without an answer date.
    const IdentificationRecord episode = cases().identifications(reference)->first();
    QCOMPARE(episode.answeredOn, std::nullopt);
    QCOMPARE(episode.outcome, std::optional<IdentificationOutcome>(IdentificationOutcome::NotConfirmed));
    QVERIFY(!episode.isOpen());
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'case.identity_not_confirmed'")), 1);
    // Finished: nothing more is recorded on it.
    QVERIFY(!cases().closeIdentityNotConfirmed(reference).ok());
    QVERIFY(!cases()
                 .recordIdentification(reference, QDate(2027, 4, 7), IdentificationMethod::BankId,
                                       IdentificationOutcome::Confirmed)
                 .ok());
}

void TestCaseIdentification::waitIsASetting()
{
    SettingsService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    QCOMPARE(asAdmin.identificationWaitDays().value(), 30);
    QVERIFY(!asAdmin.set(QStringLiteral("identification.wait_days"), QStringLiteral("3")).ok()); // too short
    QVERIFY(asAdmin.set(QStringLiteral("identification.wait_days"), QStringLiteral("14")).ok());
    QCOMPARE(m_t->session->settings().identificationWaitDays().value(), 14);

    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 8)));
    QVERIFY(cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 8)).ok());
    m_t->clock.setNow(morningOf(QDate(2027, 3, 21)));
    QVERIFY(!cases().closeIdentityNotConfirmed(reference).ok());
    m_t->clock.setNow(morningOf(QDate(2027, 3, 22)));
    QVERIFY(cases().closeIdentityNotConfirmed(reference).ok());
}

void TestCaseIdentification::closeNotConfirmedNeedsAnIdentityRequest()
{
    // Only a clarification was asked for: recital 63 does not end a case.
    const QString clarification = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 8)));
    QVERIFY(cases()
                .requestIdentification(clarification, ClockStopEpisode::Kind::Clarification,
                                       QStringLiteral("Which period?"), QDate(2027, 3, 8))
                .ok());
    // Identity confirmed: nothing to close.
    const QString confirmed = open(QDate(2027, 3, 5));
    QVERIFY(cases().requestIdentification(confirmed, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 8)).ok());
    QVERIFY(cases()
                .recordIdentification(confirmed, QDate(2027, 3, 8), IdentificationMethod::KnownEmail,
                                      IdentificationOutcome::Confirmed)
                .ok());
    // A received case was never asked.
    const QString received = open(QDate(2027, 3, 5));

    m_t->clock.setNow(morningOf(QDate(2027, 6, 1)));
    Result<CaseRecord> refused = cases().closeIdentityNotConfirmed(clarification);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no request for identification")), qPrintable(refused.error()));
    QCOMPARE(cases().byReference(clarification)->status, CaseStatus::AwaitingIdentification);
    QVERIFY(!cases().closeIdentityNotConfirmed(confirmed).ok());
    QCOMPARE(cases().byReference(confirmed)->status, CaseStatus::InProgress);
    QVERIFY(!cases().closeIdentityNotConfirmed(received).ok());
    QCOMPARE(cases().byReference(received)->status, CaseStatus::Received);
}

void TestCaseIdentification::reasonIsSealedAndKeptOutOfTheAudit()
{
    const QString reference = open(QDate(2027, 3, 5));
    m_t->clock.setNow(morningOf(QDate(2027, 3, 8)));
    QVERIFY(cases().requestIdentification(reference, ClockStopEpisode::Kind::Identity, doubt, QDate(2027, 3, 8)).ok());
    QVERIFY(cases()
                .recordIdentification(reference, QDate(2027, 3, 8), IdentificationMethod::LoggedInAccount,
                                      IdentificationOutcome::Confirmed)
                .ok());
    Result<QVariant> sealed
        = SqlQuery::scalar(m_t->session->database(), QStringLiteral("SELECT reason_enc FROM case_identifications"));
    QVERIFY(sealed.ok());
    QVERIFY(!sealed.value().toByteArray().contains(QByteArrayLiteral("kundregistret")));
    const qint64 caseId = cases().byReference(reference)->id;
    const QList<AuditEvent> events
        = AuditLog(m_t->session->database(), m_t->session->keys()).eventsFor(QStringLiteral("case"), caseId).value();
    QStringList actions;
    for (const AuditEvent& event : events) {
        actions << event.action;
        QVERIFY2(!event.summary.contains(QStringLiteral("kundregistret")), qPrintable(event.summary));
        QVERIFY2(!event.summary.contains(QStringLiteral("Tolvan")), qPrintable(event.summary));
    }
    QVERIFY(actions.contains(QStringLiteral("case.identification_requested")));
    QVERIFY(actions.contains(QStringLiteral("case.identification_answered")));
    const AuditEvent answered = events.last();
    QCOMPARE(answered.action, QStringLiteral("case.identification_answered"));
    QVERIFY2(answered.summary.contains(QStringLiteral("method=logged-in-account")), qPrintable(answered.summary));
    QVERIFY2(answered.summary.contains(QStringLiteral("answered_on=2027-03-08")), qPrintable(answered.summary));
}

void TestCaseIdentification::noIdentityDocumentIsStored()
{
    // LEGAL.md section 3: an ID document is checked and the check recorded; the copy is not kept. The only
    // sealed column of an identification is the reason; nothing can hold a file.
    Result<QSqlQuery> columns
        = SqlQuery::exec(m_t->session->database(), QStringLiteral("PRAGMA table_info(case_identifications)"));
    QVERIFY(columns.ok());
    QStringList sealedColumns;
    while (columns.value().next()) {
        const QString name = columns.value().value(1).toString();
        if (name.endsWith(QLatin1String("_enc")) || columns.value().value(2).toString().contains(QLatin1String("BLOB")))
            sealedColumns << name;
    }
    QCOMPARE(sealedColumns, QStringList { QStringLiteral("reason_enc") });
}

QTEST_GUILESS_MAIN(TestCaseIdentification)
#include "tst_caseidentification.moc"
