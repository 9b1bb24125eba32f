// The case status workflow: the state machine's moves, who may make them, and the service that applies
// them with an audit event and the closing time.
#include "TestSession.h"
#include "domain/CaseWorkflow.h"
#include "services/CaseService.h"

#include <QSignalSpy>
#include <QTest>

using namespace dsar;

class TestCaseWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_t = std::make_unique<test::TestSession>();
        m_t->addController();
        const qint64 subject = m_t->addSubject().id;
        OpenRequest request;
        request.subjectId = subject;
        request.rights = { RequestRight::Access };
        request.received = ReceiptTime::fromDate(QDate(2027, 3, 1));
        Result<QList<CaseRecord>> opened = m_t->session->cases().openRequest(request);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_reference = opened->first().reference;
    }
    void cleanup() { m_t.reset(); }

    void everyStatusIsReachableFromReceived()
    {
        QSet<CaseStatus> reached { CaseStatus::Received };
        QList<CaseStatus> queue { CaseStatus::Received };
        while (!queue.isEmpty()) {
            for (CaseStatus next : CaseWorkflow::next(queue.takeFirst())) {
                if (!reached.contains(next)) {
                    reached.insert(next);
                    queue << next;
                }
            }
        }
        for (CaseStatus status : CaseStatuses::all())
            QVERIFY2(reached.contains(status), qPrintable(CaseStatuses::code(status)));
    }

    void finishedCasesAreExactlyTheClosedOnes()
    {
        for (CaseStatus status : CaseStatuses::all()) {
            const bool final = status == CaseStatus::Closed || status == CaseStatus::Refused
                || status == CaseStatus::Withdrawn || status == CaseStatus::IdentityNotConfirmed;
            QCOMPARE(CaseWorkflow::isFinal(status), final);
            // A finished case is never open (it does not run against its deadline).
            if (final)
                QVERIFY(!CaseStatuses::isOpen(status));
        }
    }

    void refusalsSayWhy()
    {
        Status skip = CaseWorkflow::check(CaseStatus::Received, CaseStatus::Answered, Role::Handlaggare);
        QVERIFY(!skip.ok());
        QVERIFY2(skip.error().contains(QStringLiteral("From here it can become")), qPrintable(skip.error()));
        Status approve
            = CaseWorkflow::check(CaseStatus::DecisionProposed, CaseStatus::DecisionApproved, Role::Handlaggare);
        QVERIFY(!approve.ok());
        QVERIFY2(approve.error().contains(QStringLiteral("dpo")), qPrintable(approve.error()));
        QVERIFY(CaseWorkflow::check(CaseStatus::DecisionProposed, CaseStatus::DecisionApproved, Role::Dpo).ok());
        Status closed = CaseWorkflow::check(CaseStatus::Closed, CaseStatus::InProgress, Role::Dpo);
        QVERIFY(closed.error().contains(QStringLiteral("cannot change any more")));
    }

    void theServiceWalksACaseToClosed()
    {
        CaseService& cases = m_t->session->cases();
        CaseService asDpo(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Dpo), m_t->session->keys(),
                          m_t->session->settings());
        QSignalSpy changed(&cases, &CaseService::casesChanged);
        QVERIFY(cases.changeStatus(m_reference, CaseStatus::InProgress).ok());
        // The decision moves are steps of their own, each checking what it needs.
        for (CaseStatus to : { CaseStatus::DecisionProposed, CaseStatus::Answered, CaseStatus::Closed }) {
            Result<CaseRecord> refused = cases.changeStatus(m_reference, to);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().startsWith(m_reference), qPrintable(refused.error()));
        }
        DecisionProposal proposal;
        proposal.summary = QStringLiteral("Du får ett registerutdrag.");
        Result<CaseRecord> proposed = cases.proposeDecision(m_reference, proposal);
        QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
        QCOMPARE(proposed->status, CaseStatus::DecisionProposed);
        // The handläggare cannot approve; nothing changes.
        Result<CaseRecord> refused = cases.approveDecision(m_reference);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("approving a case's decision")), qPrintable(refused.error()));
        QCOMPARE(cases.byReference(m_reference)->status, CaseStatus::DecisionProposed);
        QVERIFY(asDpo.approveDecision(m_reference).ok());
        // Not closed before the outcome letter is recorded as sent.
        Result<CaseRecord> early = cases.close(m_reference);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QLatin1String("outcome letter")), qPrintable(early.error()));
        QVERIFY(cases
                    .recordLetter(m_reference, LetterKind::Outcome, QStringLiteral("sv"),
                                  m_reference + QStringLiteral("-outcome-1"), QByteArray("%PDF-1.4 letter"))
                    .ok());
        Result<CaseRecord> answered = cases.markLetterSent(m_reference, LetterKind::Outcome, QStringLiteral("e-post"));
        QVERIFY2(answered.ok(), qPrintable(answered.error()));
        QCOMPARE(answered->status, CaseStatus::Answered);
        QVERIFY(!cases.byReference(m_reference)->closedAt.isValid());
        Result<CaseRecord> closed = cases.close(m_reference);
        QVERIFY2(closed.ok(), qPrintable(closed.error()));
        QCOMPARE(closed->status, CaseStatus::Closed);
        QCOMPARE(cases.byReference(m_reference)->closedAt, m_t->clock.now());
        QVERIFY(changed.count() >= 5); // the DPO's change went through its own service object
        QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'case.status_changed'")), 5);
        QVERIFY(!cases.changeStatus(m_reference, CaseStatus::InProgress).ok());
    }

    void identificationMovesNeedTheirRequest()
    {
        CaseService& cases = m_t->session->cases();
        Result<CaseRecord> refused = cases.changeStatus(m_reference, CaseStatus::AwaitingIdentification);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("case identify")), qPrintable(refused.error()));
        QCOMPARE(cases.byReference(m_reference)->status, CaseStatus::Received);
        QVERIFY(cases
                    .requestIdentification(m_reference, ClockStopEpisode::Kind::Identity,
                                           QStringLiteral("Unknown sender address"), QDate(2027, 3, 2))
                    .ok());
        QVERIFY(!cases.changeStatus(m_reference, CaseStatus::InProgress).ok());
        QVERIFY(!cases.changeStatus(m_reference, CaseStatus::IdentityNotConfirmed).ok());
        QVERIFY(cases.changeStatus(m_reference, CaseStatus::Withdrawn).ok());
    }

    void anAdministratorDoesNoCaseWork()
    {
        CaseService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin), m_t->session->keys(),
                            m_t->session->settings());
        QVERIFY(!asAdmin.changeStatus(m_reference, CaseStatus::InProgress).ok());
        QCOMPARE(m_t->session->cases().byReference(m_reference)->status, CaseStatus::Received);
    }

private:
    std::unique_ptr<test::TestSession> m_t;
    QString m_reference;
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
