// Decisions per right through CaseService with the real services on the in-memory database: the drafted
// assessment, the handläggare's proposal, the DPO's approval and what it sets in motion (erasure tasks, Art. 19
// notifications, corrections, restrictions, processing stops), the letters and closing (LEGAL.md sections 3-4).
// Every refusal says why and changes nothing.
#include "TestSession.h"
#include "crypto/Crypto.h"
#include "services/CaseService.h"
#include "services/HoldingService.h"
#include "services/RegisterService.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace dsar;

namespace {

QDateTime morningOf(QDate date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC);
}

const QDate received = QDate(2027, 3, 1);
const QDate today = QDate(2027, 3, 10);

// The letter as the composer wrote it: title, document id and the Markdown body, as UTF-8.
class MarkdownRenderer : public LetterRenderer
{
public:
    Result<QByteArray> render(const ComposedLetter& letter, const LetterFacts&,
                              const QString& documentId) const override
    {
        return QStringLiteral("# %1\n%2\n\n%3").arg(letter.title, documentId, letter.markdown).toUtf8();
    }
};

// The letter's text without Markdown's backslash escapes, for reading what it says.
QString plain(const QByteArray& markdown)
{
    static const QRegularExpression escaped(QStringLiteral("\\\\(.)"));
    return QString::fromUtf8(markdown).replace(escaped, QStringLiteral("\\1"));
}

ProcessingActivity activity(qint64 controllerId, const QString& name, const QString& purpose,
                            const QList<LegalBasis>& bases, const QString& system, const QStringList& categories,
                            const QString& retentionRule, const QList<Recipient>& recipients = {})
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = name;
    a.purposes = { purpose };
    for (LegalBasis basis : bases)
        a.legalBases << LegalBasisEntry { basis, QString() };
    for (const QString& category : categories)
        a.dataCategories << DataCategory { category, false };
    a.systems = { system };
    a.retentionRule = retentionRule;
    a.recipients = recipients;
    return a;
}

Recipient recipient(const QString& name, RecipientRole role)
{
    Recipient r;
    r.name = name;
    r.role = role;
    return r;
}

// One line per item with everything a decision may change.
QString fingerprint(const AssessmentRecord& item)
{
    return QStringLiteral("item %1 holding=%2 %3 ground=%4 ref=%5 until=%6 note=%7 before=%8 after=%9 done=%10 "
                          "lifted=%11 followup=%12")
        .arg(item.id)
        .arg(item.holdingId)
        .arg(ItemDecisions::code(item.decision), item.ground, item.legalReference,
             item.retainUntil.toString(Qt::ISODate), item.note, item.before, item.after)
        .arg(item.doneAt.toString(Qt::ISODate), item.liftedAt.toString(Qt::ISODate),
             item.followupDoneAt.toString(Qt::ISODate));
}

} // namespace

class TestCaseDecisions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    // GDPR Art. 17.
    void erasureDraftKeepsTheInvoiceUnderBflAndErasesTheEmail();
    void onlyTheDpoApprovesAnErasureWhichBecomesOneTaskPerSystem();
    void theOutcomeLetterWaitsForTheErasureAndEveryRecipient();
    void aRecipientNotificationNeedsMethodAndDateOrAReason();
    void theOutcomeLetterListsTheKeptInvoiceItsReferenceDateAndTheRecipients();
    void anErasureCaseClosesOnlyAfterItsOutcomeLetterIsSent();
    void aKeptInvoiceIsErasedByTheDpoAfterItsRetainUntilDate();
    // GDPR Art. 18.
    void aRestrictionNeedsARestrictedItemAndIsLiftedOnlyAfterTheNotice();
    // GDPR Art. 21.
    void directMarketingStopsAtAssessmentAndCannotBeRefused();
    void directMarketingWithoutMarketingDataLeavesOneSuppressionEntry();
    void anObjectionThatContinuesProcessingNeedsNotesAndABalancing();
    // GDPR Art. 12(5).
    void excessiveNeedsAnEarlierRequest();
    void aRequestAYearAfterThePreviousOneIsNeverExcessive();
    void anExcessiveRequestIsRefusedByTheDpoWithTheFactsAndTheComplaintRight();
    // GDPR Art. 7(3).
    void consentWithdrawalErasesConsentOnlyDataAndStopsEveryConsentBasedActivity();
    // GDPR Art. 20.
    void portabilityCoversOnlyDataTheSubjectProvidedOnConsentOrContract();
    // GDPR Art. 16.
    void rectificationNeedsTheCorrectedValueAndAppliesItOnApproval();
    // GDPR Art. 15.
    void withholdingFromACopyNeedsALegalReference();
    // GDPR Art. 12(4).
    void aPartlyRefusedCaseClosesOnlyAfterItsRefusalLetterIsSent();

private:
    enum class Stage
    {
        Assessed,
        Proposed,
        Approved,
        CarriedOut,
        LetterWritten,
        Answered,
    };
    // The erasure case of the bookkeeping organisation, up to the stage.
    void erasureUpTo(Stage stage);

    CaseService& cases() { return m_t->session->cases(); }
    CaseService& dpo() { return *m_dpo; }
    HoldingService& holdings() { return m_t->session->holdings(); }
    qint64 addActivity(const ProcessingActivity& a);
    qint64 addHolding(qint64 activityId, const QString& system, const QString& category, const QString& field,
                      const QString& value, bool providedBySubject = false, RetentionEvents events = {});
    // A request received on that date, for that right, taken into work.
    QString open(RequestRight right, QDate on = received);
    AssessmentRecord item(const QString& reference, const QString& field);
    AssessmentChange changeOf(const AssessmentRecord& item);
    CaseStatus status(const QString& reference) { return cases().byReference(reference).value().status; }
    qint64 audited(const QString& action) const;
    // Everything a refused step must leave as it was.
    QStringList state(const QString& reference);

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<CaseService> m_dpo;
    MarkdownRenderer m_renderer;
    qint64 m_controller = 0;
    SubjectRecord m_subject;
    qint64 m_bookkeeping = 0; // legal obligation, BFL 7 kap. 2 §
    qint64 m_customers = 0; // consent only
    QString m_ref;
    qint64 m_invoice = 0;
    qint64 m_email = 0;
    WrittenLetter m_letter;
};

void TestCaseDecisions::init()
{
    m_t = std::make_unique<test::TestSession>(morningOf(today));
    m_controller = m_t->addController().id;
    m_subject = m_t->addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                QStringLiteral("tolvan@example.se"));
    m_dpo = std::make_unique<CaseService>(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Dpo),
                                          m_t->session->keys(), m_t->session->settings());
    m_bookkeeping = addActivity(
        activity(m_controller, QStringLiteral("Bokföring"), QStringLiteral("Fullgöra bokföringsskyldigheten"),
                 { LegalBasis::LegalObligation }, QStringLiteral("Ekonomisystem"),
                 { QStringLiteral("Räkenskapsinformation") }, QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §"),
                 { recipient(QStringLiteral("Revisionsbyrån Norr AB"), RecipientRole::IndependentController) }));
    m_customers = addActivity(
        activity(m_controller, QStringLiteral("Kundregister"), QStringLiteral("Administrera kundrelationen"),
                 { LegalBasis::Consent }, QStringLiteral("Kundregister"), { QStringLiteral("Kontaktuppgifter") },
                 QStringLiteral("while-consent-lasts"),
                 { recipient(QStringLiteral("Mejlutskick AB"), RecipientRole::Processor),
                   recipient(QStringLiteral("Partnerbolaget AB"), RecipientRole::IndependentController) }));
    m_ref.clear();
    m_invoice = 0;
    m_email = 0;
    m_letter = {};
}

void TestCaseDecisions::cleanup()
{
    m_dpo.reset();
    m_t.reset();
}

qint64 TestCaseDecisions::addActivity(const ProcessingActivity& a)
{
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    Result<ProcessingActivity> added = asAdmin.add(a);
    if (!added)
        qFatal("cannot add the activity %s: %s", qPrintable(a.name), qPrintable(added.error()));
    return added->id;
}

qint64 TestCaseDecisions::addHolding(qint64 activityId, const QString& system, const QString& category,
                                     const QString& field, const QString& value, bool providedBySubject,
                                     RetentionEvents events)
{
    HoldingInput input;
    input.category = category;
    input.field = field;
    input.value = value;
    input.providedBySubject = providedBySubject;
    input.events = events;
    Result<Holding> added = holdings().add(m_subject.id, activityId, system, input);
    if (!added)
        qFatal("cannot add the holding %s: %s", qPrintable(field), qPrintable(added.error()));
    return added->id;
}

QString TestCaseDecisions::open(RequestRight right, QDate on)
{
    OpenRequest request;
    request.subjectId = m_subject.id;
    request.rights = { right };
    request.received = ReceiptTime::fromDate(on);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    if (!opened)
        qFatal("cannot open a case: %s", qPrintable(opened.error()));
    const QString reference = opened->first().reference;
    Result<CaseRecord> working = cases().changeStatus(reference, CaseStatus::InProgress);
    if (!working)
        qFatal("cannot start the case: %s", qPrintable(working.error()));
    return reference;
}

AssessmentRecord TestCaseDecisions::item(const QString& reference, const QString& field)
{
    const QList<AssessmentRecord> items = cases().assessment(reference).value();
    for (const AssessmentRecord& candidate : items) {
        if (candidate.field == field || (candidate.field.isEmpty() && candidate.activityName == field))
            return candidate;
    }
    qWarning("%s has no item %s", qPrintable(reference), qPrintable(field));
    return {};
}

AssessmentChange TestCaseDecisions::changeOf(const AssessmentRecord& item)
{
    AssessmentChange change;
    change.decision = item.decision;
    change.ground = item.ground;
    change.legalReference = item.legalReference;
    change.retainUntil = item.retainUntil;
    change.note = item.note;
    change.after = item.after;
    return change;
}

qint64 TestCaseDecisions::audited(const QString& action) const
{
    return m_t->countRows(QStringLiteral("audit_events WHERE action = '%1'").arg(action));
}

QStringList TestCaseDecisions::state(const QString& reference)
{
    QStringList lines;
    const CaseRecord record = cases().byReference(reference).value();
    lines << QStringLiteral("status=%1 closed=%2")
                 .arg(CaseStatuses::code(record.status), record.closedAt.toString(Qt::ISODate));
    for (const QString& table :
         { QStringLiteral("case_decisions"), QStringLiteral("case_assessments"), QStringLiteral("erasure_tasks"),
           QStringLiteral("erasure_tasks WHERE done_at IS NOT NULL"), QStringLiteral("recipient_notifications"),
           QStringLiteral("recipient_notifications WHERE status <> 'pending'"), QStringLiteral("processing_stops"),
           QStringLiteral("case_letters"), QStringLiteral("case_letters WHERE sent_at IS NOT NULL"),
           QStringLiteral("holdings"), QStringLiteral("audit_events") })
        lines << QStringLiteral("%1: %2").arg(table).arg(m_t->countRows(table));
    const std::optional<DecisionRecord> decision = cases().decision(reference).value();
    lines << (decision ? QStringLiteral("decision %1 %2 approved=%3")
                             .arg(DecisionOutcomes::code(decision->outcome), DecisionGrounds::code(decision->ground),
                                  decision->approvedAt.toString(Qt::ISODate))
                       : QStringLiteral("no decision"));
    const QList<AssessmentRecord> items = cases().assessment(reference).value();
    for (const AssessmentRecord& item : items)
        lines << fingerprint(item);
    const QList<HoldingView> held = holdings().forSubject(m_subject.id).value();
    for (const HoldingView& view : held)
        lines << QStringLiteral("holding %1=%2").arg(view.holding.field, view.holding.value);
    const QList<RecipientNotification> notifications = cases().notifications(reference).value();
    for (const RecipientNotification& notification : notifications) {
        lines << QStringLiteral("notification %1 %2")
                     .arg(notification.recipient, NotificationStatuses::code(notification.status));
    }
    return lines;
}

void TestCaseDecisions::erasureUpTo(Stage stage)
{
    RetentionEvents fiscalYear;
    fiscalYear.fiscalYearEnd = QDate(2024, 12, 31);
    m_invoice = addHolding(m_bookkeeping, QStringLiteral("Ekonomisystem"), QStringLiteral("Räkenskapsinformation"),
                           QStringLiteral("Faktura"), QStringLiteral("F-2024-118, 4 500 kr"), false, fiscalYear);
    m_email = addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
                         QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Erasure);
    Result<QList<AssessmentRecord>> items = cases().assess(m_ref);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    if (stage == Stage::Assessed)
        return;
    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Vi raderar dina kunduppgifter. Fakturan sparar vi så länge bokföringslagen "
                                      "kräver.");
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    if (stage == Stage::Proposed)
        return;
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    if (stage == Stage::Approved)
        return;
    Result<ErasureTask> erased = cases().completeErasureTask(m_ref, QStringLiteral("Kundregister"));
    QVERIFY2(erased.ok(), qPrintable(erased.error()));
    Result<RecipientNotification> notified
        = cases().recordNotification(m_ref, QStringLiteral("Mejlutskick AB"), NotificationStatus::Notified,
                                     QStringLiteral("e-post"), today, QString());
    QVERIFY2(notified.ok(), qPrintable(notified.error()));
    notified = cases().recordNotification(m_ref, QStringLiteral("Partnerbolaget AB"), NotificationStatus::Impossible,
                                          QString(), QDate(), QStringLiteral("Bolaget är avvecklat sedan 2026."));
    QVERIFY2(notified.ok(), qPrintable(notified.error()));
    if (stage == Stage::CarriedOut)
        return;
    Result<WrittenLetter> letter = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    m_letter = letter.value();
    if (stage == Stage::LetterWritten)
        return;
    Result<CaseRecord> answered = cases().markLetterSent(m_ref, LetterKind::Outcome, QStringLiteral("e-post"));
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
}

void TestCaseDecisions::erasureDraftKeepsTheInvoiceUnderBflAndErasesTheEmail()
{
    erasureUpTo(Stage::Assessed);
    if (QTest::currentTestFailed())
        return;
    const QList<AssessmentRecord> items = cases().assessment(m_ref).value();
    QCOMPARE(items.size(), 2);
    // BFL 7 kap. 2 §: the fiscal year ended in 2024, so the invoice is kept through 2031.
    const AssessmentRecord& invoice = items.at(0);
    QCOMPARE(invoice.holdingId, m_invoice);
    QCOMPARE(invoice.activityId, m_bookkeeping);
    QCOMPARE(invoice.activityName, QStringLiteral("Bokföring"));
    QCOMPARE(invoice.system, QStringLiteral("Ekonomisystem"));
    QCOMPARE(invoice.decision, ItemDecision::Keep);
    QCOMPARE(invoice.ground, QStringLiteral("17.3.b"));
    QCOMPARE(invoice.legalReference, QStringLiteral("BFL 7 kap. 2 §"));
    QCOMPARE(invoice.retainUntil, QDate(2031, 12, 31));
    QCOMPARE(invoice.decidedBy, QStringLiteral("user"));
    // Consent was the only basis: GDPR Art. 17(1)(b).
    const AssessmentRecord& email = items.at(1);
    QCOMPARE(email.holdingId, m_email);
    QCOMPARE(email.activityId, m_customers);
    QCOMPARE(email.system, QStringLiteral("Kundregister"));
    QCOMPARE(email.decision, ItemDecision::Erase);
    QCOMPARE(email.ground, QStringLiteral("17.1.b"));
    QVERIFY(email.legalReference.isEmpty());
    QVERIFY(!email.retainUntil.isValid());
    QCOMPARE(audited(QStringLiteral("case.assessed")), 1);

    // An existing assessment is returned unchanged.
    const QStringList before = state(m_ref);
    Result<QList<AssessmentRecord>> again = cases().assess(m_ref);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->size(), 2);
    QCOMPARE(state(m_ref), before);

    // Keeping beyond what Art. 17(3) allows is refused item by item.
    AssessmentChange noReference = changeOf(invoice);
    noReference.legalReference.clear();
    Result<AssessmentRecord> refused = cases().changeAssessment(m_ref, invoice.id, noReference);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("legal reference")), qPrintable(refused.error()));
    AssessmentChange passed = changeOf(invoice);
    passed.retainUntil = today.addDays(-1);
    refused = cases().changeAssessment(m_ref, invoice.id, passed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("has passed")), qPrintable(refused.error()));
    AssessmentChange claims = changeOf(invoice);
    claims.ground = QStringLiteral("17.3.e");
    refused = cases().changeAssessment(m_ref, invoice.id, claims);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("concrete assessment")), qPrintable(refused.error()));
    AssessmentChange notAnErasure = changeOf(invoice);
    notAnErasure.decision = ItemDecision::Include;
    refused = cases().changeAssessment(m_ref, invoice.id, notAnErasure);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("is not a decision for a request of")),
             qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);
}

void TestCaseDecisions::onlyTheDpoApprovesAnErasureWhichBecomesOneTaskPerSystem()
{
    erasureUpTo(Stage::Proposed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(status(m_ref), CaseStatus::DecisionProposed);
    const DecisionRecord proposed = cases().decision(m_ref).value().value();
    QCOMPARE(proposed.outcome, DecisionOutcome::Granted);
    QCOMPARE(proposed.proposedBy, QStringLiteral("user"));
    QVERIFY(!proposed.isApproved());
    // The items cannot change once the decision is proposed.
    const QStringList before = state(m_ref);
    const AssessmentRecord invoice = item(m_ref, QStringLiteral("Faktura"));
    AssessmentChange erase = changeOf(invoice);
    erase.decision = ItemDecision::Erase;
    erase.ground = QStringLiteral("17.1.a");
    QVERIFY(!cases().changeAssessment(m_ref, invoice.id, erase).ok());

    // The handläggare cannot approve: nothing is carried out.
    Result<CaseRecord> refused = cases().approveDecision(m_ref);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("approving a case's decision")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("dpo")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);
    QCOMPARE(audited(QStringLiteral("case.decision_approved")), 0);

    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(approved->status, CaseStatus::DecisionApproved);
    const DecisionRecord decision = cases().decision(m_ref).value().value();
    QCOMPARE(decision.approvedBy, QStringLiteral("role-dpo"));
    QCOMPARE(decision.approvedAt, m_t->clock.now());
    // One task for the system that erases; the kept invoice makes none.
    const QList<ErasureTask> tasks = cases().erasureTasks(m_ref).value();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().system, QStringLiteral("Kundregister"));
    QCOMPARE(tasks.first().items, 1);
    QVERIFY(!tasks.first().isDone());
    // GDPR Art. 19: the recipients of the erased data, not the auditor of the kept invoice.
    const QList<RecipientNotification> notifications = cases().notifications(m_ref).value();
    QStringList recipients;
    for (const RecipientNotification& notification : notifications) {
        recipients << notification.recipient;
        QCOMPARE(notification.status, NotificationStatus::Pending);
    }
    recipients.sort();
    QCOMPARE(recipients, QStringList({ QStringLiteral("Mejlutskick AB"), QStringLiteral("Partnerbolaget AB") }));
    // Nothing is erased before the system's owner confirms it.
    QCOMPARE(holdings().forSubject(m_subject.id)->size(), 2);
    QCOMPARE(audited(QStringLiteral("case.decision_approved")), 1);
    // Approved once only.
    const QStringList approvedState = state(m_ref);
    QVERIFY(!dpo().approveDecision(m_ref).ok());
    QCOMPARE(state(m_ref), approvedState);
}

void TestCaseDecisions::theOutcomeLetterWaitsForTheErasureAndEveryRecipient()
{
    erasureUpTo(Stage::Approved);
    if (QTest::currentTestFailed())
        return;
    QStringList before = state(m_ref);
    Result<WrittenLetter> early = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("erasure in Kundregister is not yet confirmed")),
             qPrintable(early.error()));
    Result<ErasureTask> unknown = cases().completeErasureTask(m_ref, QStringLiteral("Ekonomisystem"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(QStringLiteral("Its tasks are: Kundregister")), qPrintable(unknown.error()));
    QCOMPARE(state(m_ref), before);

    Result<ErasureTask> erased = cases().completeErasureTask(m_ref, QStringLiteral("kundregister"));
    QVERIFY2(erased.ok(), qPrintable(erased.error()));
    QVERIFY(erased->isDone());
    QCOMPARE(erased->doneBy, QStringLiteral("user"));
    QVERIFY(cases().erasureTasks(m_ref)->first().isDone());
    // The e-mail is gone from DSAR Desk's copy; the invoice stays.
    const QList<HoldingView> left = holdings().forSubject(m_subject.id).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().holding.id, m_invoice);
    const AssessmentRecord email = item(m_ref, QStringLiteral("E-post"));
    QVERIFY(email.doneAt.isValid());
    QCOMPARE(email.doneBy, QStringLiteral("user"));
    QVERIFY(!item(m_ref, QStringLiteral("Faktura")).doneAt.isValid());
    QCOMPARE(audited(QStringLiteral("case.erasure_done")), 1);

    before = state(m_ref);
    Result<ErasureTask> twice = cases().completeErasureTask(m_ref, QStringLiteral("Kundregister"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QStringLiteral("already confirmed")), qPrintable(twice.error()));
    // GDPR Art. 19: every recipient accounted for first.
    early = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("GDPR Art. 19")), qPrintable(early.error()));
    QCOMPARE(state(m_ref), before);
    QVERIFY(cases()
                .recordNotification(m_ref, QStringLiteral("Mejlutskick AB"), NotificationStatus::Notified,
                                    QStringLiteral("e-post"), today, QString())
                .ok());
    early = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("Partnerbolaget AB")), qPrintable(early.error()));
    QCOMPARE(m_t->countRows(QStringLiteral("case_letters")), 0);
}

void TestCaseDecisions::aRecipientNotificationNeedsMethodAndDateOrAReason()
{
    erasureUpTo(Stage::Approved);
    if (QTest::currentTestFailed())
        return;
    const QStringList before = state(m_ref);
    struct Attempt
    {
        QString recipient;
        NotificationStatus status;
        QString method;
        QDate on;
        QString reason;
        QString expected;
    };
    const QString processor = QStringLiteral("Mejlutskick AB");
    const QList<Attempt> attempts = {
        { processor, NotificationStatus::Notified, QString(), today, QString(), QStringLiteral("say how") },
        { processor, NotificationStatus::Notified, QStringLiteral("e-post"), QDate(), QString(),
          QStringLiteral("on which date") },
        { processor, NotificationStatus::Notified, QStringLiteral("e-post"), today.addDays(1), QString(),
          QStringLiteral("in the future") },
        { processor, NotificationStatus::Impossible, QString(), QDate(), QStringLiteral("  "),
          QStringLiteral("explain why") },
        { processor, NotificationStatus::Disproportionate, QString(), QDate(), QString(),
          QStringLiteral("explain why") },
        { processor, NotificationStatus::Pending, QString(), QDate(), QString(), QStringLiteral("record that") },
        { QStringLiteral("Revisionsbyrån Norr AB"), NotificationStatus::Notified, QStringLiteral("e-post"), today,
          QString(), QStringLiteral("not a recipient of the affected data") },
    };
    for (const Attempt& attempt : attempts) {
        Result<RecipientNotification> refused = cases().recordNotification(m_ref, attempt.recipient, attempt.status,
                                                                           attempt.method, attempt.on, attempt.reason);
        QVERIFY2(!refused.ok(), qPrintable(attempt.expected));
        QVERIFY2(refused.error().contains(attempt.expected), qPrintable(refused.error()));
    }
    QCOMPARE(state(m_ref), before);

    Result<RecipientNotification> notified = cases().recordNotification(
        m_ref, processor, NotificationStatus::Notified, QStringLiteral(" e-post "), today.addDays(-1), QString());
    QVERIFY2(notified.ok(), qPrintable(notified.error()));
    QCOMPARE(notified->method, QStringLiteral("e-post"));
    QCOMPARE(notified->notifiedOn, today.addDays(-1));
    Result<RecipientNotification> impossible
        = cases().recordNotification(m_ref, QStringLiteral("partnerbolaget ab"), NotificationStatus::Disproportionate,
                                     QStringLiteral("ignored"), today, QStringLiteral("Bolaget är avvecklat."));
    QVERIFY2(impossible.ok(), qPrintable(impossible.error()));
    QVERIFY(impossible->method.isEmpty());
    QVERIFY(!impossible->notifiedOn.isValid());
    const QList<RecipientNotification> stored = cases().notifications(m_ref).value();
    for (const RecipientNotification& notification : stored) {
        if (notification.recipient == processor) {
            QCOMPARE(notification.status, NotificationStatus::Notified);
            QCOMPARE(notification.method, QStringLiteral("e-post"));
            QCOMPARE(notification.recordedBy, QStringLiteral("user"));
        } else {
            QCOMPARE(notification.status, NotificationStatus::Disproportionate);
            QCOMPARE(notification.reason, QStringLiteral("Bolaget är avvecklat."));
        }
    }
    QCOMPARE(audited(QStringLiteral("case.recipient_notified")), 2);
}

void TestCaseDecisions::theOutcomeLetterListsTheKeptInvoiceItsReferenceDateAndTheRecipients()
{
    erasureUpTo(Stage::LetterWritten);
    if (QTest::currentTestFailed())
        return;
    const QString text = plain(m_letter.pdf);
    // What was erased, and where.
    QVERIFY2(text.contains(QStringLiteral("Raderat: E-post (Kundregister)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GDPR Art. 17(1)(b)")), qPrintable(text));
    // GDPR Art. 17(3): the kept invoice with its exception, legal reference and retain-until date.
    QVERIFY2(text.contains(QStringLiteral("Faktura (Ekonomisystem)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GDPR Art. 17(3)(b); BFL 7 kap. 2 §")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2031-12-31")), qPrintable(text));
    // GDPR Art. 19: who was told and how, and who could not be told and why.
    QVERIFY2(text.contains(QStringLiteral("Mejlutskick AB")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Personuppgiftsbiträde")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Partnerbolaget AB")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Bolaget är avvecklat sedan 2026.")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Revisionsbyrån")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Fakturan sparar vi")), qPrintable(text));
    QVERIFY2(text.contains(m_ref + QStringLiteral("-outcome-1")), qPrintable(text));
    // Recorded with the SHA-256 of exactly these bytes.
    QCOMPARE(m_letter.record.sha256, QString::fromLatin1(crypto::sha256(m_letter.pdf).toHex()));
    QCOMPARE(m_letter.record.documentId, m_ref + QStringLiteral("-outcome-1"));
    const QList<LetterRecord> letters = cases().letters(m_ref).value();
    QCOMPARE(letters.size(), 1);
    QCOMPARE(letters.first().sha256, m_letter.record.sha256);
    QVERIFY(!letters.first().isSent());
    QCOMPARE(audited(QStringLiteral("case.letter_generated")), 1);
    // No refusal letter for a decision that refuses nothing.
    const QStringList before = state(m_ref);
    Result<WrittenLetter> refusal = cases().writeLetter(m_ref, LetterKind::Refusal, QStringLiteral("sv"), m_renderer);
    QVERIFY(!refusal.ok());
    QVERIFY2(refusal.error().contains(QStringLiteral("refuses nothing")), qPrintable(refusal.error()));
    QCOMPARE(state(m_ref), before);
}

void TestCaseDecisions::anErasureCaseClosesOnlyAfterItsOutcomeLetterIsSent()
{
    erasureUpTo(Stage::LetterWritten);
    if (QTest::currentTestFailed())
        return;
    const QStringList before = state(m_ref);
    Result<CaseRecord> early = cases().close(m_ref);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("outcome letter")), qPrintable(early.error()));
    Result<CaseRecord> noMethod = cases().markLetterSent(m_ref, LetterKind::Outcome, QStringLiteral(" "));
    QVERIFY(!noMethod.ok());
    QVERIFY2(noMethod.error().contains(QStringLiteral("say how the letter was sent")), qPrintable(noMethod.error()));
    QCOMPARE(state(m_ref), before);

    Result<CaseRecord> answered = cases().markLetterSent(m_ref, LetterKind::Outcome, QStringLiteral("e-post"));
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->status, CaseStatus::Answered);
    QVERIFY(!answered->closedAt.isValid());
    QVERIFY(cases().letters(m_ref)->first().isSent());
    QCOMPARE(cases().letters(m_ref)->first().sentMethod, QStringLiteral("e-post"));
    const QStringList answeredState = state(m_ref);
    Result<CaseRecord> twice = cases().markLetterSent(m_ref, LetterKind::Outcome, QStringLiteral("e-post"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QStringLiteral("already recorded as sent")), qPrintable(twice.error()));
    QCOMPARE(state(m_ref), answeredState);

    m_t->clock.setNow(morningOf(today.addDays(1)));
    Result<CaseRecord> closed = cases().close(m_ref);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QCOMPARE(closed->status, CaseStatus::Closed);
    QCOMPARE(cases().byReference(m_ref)->closedAt, m_t->clock.now());
    const QStringList closedState = state(m_ref);
    QVERIFY(!cases().close(m_ref).ok());
    QCOMPARE(state(m_ref), closedState);

    // Every step left its audit event.
    QCOMPARE(audited(QStringLiteral("case.assessed")), 1);
    QCOMPARE(audited(QStringLiteral("case.decision_proposed")), 1);
    QCOMPARE(audited(QStringLiteral("case.decision_approved")), 1);
    QCOMPARE(audited(QStringLiteral("case.erasure_done")), 1);
    QCOMPARE(audited(QStringLiteral("case.recipient_notified")), 2);
    QCOMPARE(audited(QStringLiteral("case.letter_generated")), 1);
    QCOMPARE(audited(QStringLiteral("case.letter_sent")), 1);
    // In progress, proposed, approved, answered, closed.
    QCOMPARE(audited(QStringLiteral("case.status_changed")), 5);
    // Audit summaries hold codes and references, never the data.
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE summary LIKE '%tolvan%'")), 0);
}

void TestCaseDecisions::aKeptInvoiceIsErasedByTheDpoAfterItsRetainUntilDate()
{
    erasureUpTo(Stage::Answered);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(cases().close(m_ref).ok());
    QVERIFY(cases().followUps()->isEmpty());
    // Kept through 31 December 2031: not yet due on that day.
    m_t->clock.setNow(morningOf(QDate(2031, 12, 31)));
    QVERIFY(cases().followUps()->isEmpty());
    m_t->clock.setNow(morningOf(QDate(2032, 1, 1)));
    Result<QList<FollowUp>> due = cases().followUps();
    QVERIFY2(due.ok(), qPrintable(due.error()));
    QCOMPARE(due->size(), 1);
    const FollowUp followUp = due->first();
    QCOMPARE(followUp.item.holdingId, m_invoice);
    QCOMPARE(followUp.item.retainUntil, QDate(2031, 12, 31));
    QCOMPARE(followUp.caseReference, m_ref);
    QCOMPARE(followUp.subjectName, m_subject.name);
    QCOMPARE(followUp.controllerName, QStringLiteral("Assessio Sverige AB"));

    const QStringList before = state(m_ref);
    Result<FollowUp> refused = cases().completeFollowUp(followUp.item.id);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("execution of an erasure")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);
    QCOMPARE(cases().followUps()->size(), 1);

    Result<FollowUp> done = dpo().completeFollowUp(followUp.item.id);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(done->item.followupDoneBy, QStringLiteral("role-dpo"));
    QVERIFY(cases().followUps()->isEmpty());
    QVERIFY(holdings().forSubject(m_subject.id)->isEmpty());
    QVERIFY(item(m_ref, QStringLiteral("Faktura")).followupDoneAt.isValid());
    QCOMPARE(audited(QStringLiteral("case.followup_erased")), 1);
    const QStringList erasedState = state(m_ref);
    QVERIFY(!dpo().completeFollowUp(followUp.item.id).ok());
    QCOMPARE(state(m_ref), erasedState);
}

void TestCaseDecisions::aRestrictionNeedsARestrictedItemAndIsLiftedOnlyAfterTheNotice()
{
    m_email = addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
                         QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("Telefon"), QStringLiteral("070-123 45 67"), true);
    m_ref = open(RequestRight::Restriction);
    Result<QList<AssessmentRecord>> items = cases().assess(m_ref);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->size(), 2);
    for (const AssessmentRecord& drafted : items.value())
        QCOMPARE(drafted.decision, ItemDecision::Unchanged);

    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Vi begränsar behandlingen av din e-postadress medan vi kontrollerar den.");
    QStringList before = state(m_ref);
    Result<CaseRecord> refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no item is to be restricted")), qPrintable(refused.error()));
    const AssessmentRecord email = item(m_ref, QStringLiteral("E-post"));
    AssessmentChange restrict = changeOf(email);
    restrict.decision = ItemDecision::Restrict;
    Result<AssessmentRecord> noGround = cases().changeAssessment(m_ref, email.id, restrict);
    QVERIFY(!noGround.ok());
    QVERIFY2(noGround.error().contains(QStringLiteral("GDPR Art. 18(1)")), qPrintable(noGround.error()));
    QCOMPARE(state(m_ref), before);

    restrict.ground = QStringLiteral("18.1.A ");
    restrict.note = QStringLiteral("Den registrerade bestrider att adressen är korrekt.");
    Result<AssessmentRecord> restricted = cases().changeAssessment(m_ref, email.id, restrict);
    QVERIFY2(restricted.ok(), qPrintable(restricted.error()));
    QCOMPARE(restricted->ground, QStringLiteral("18.1.a"));
    // GDPR Art. 18(3): a notice that a restriction ends needs a restriction in force; one written before would
    // otherwise unlock lifting the moment the restriction is approved.
    before = state(m_ref);
    Result<WrittenLetter> premature
        = cases().writeLetter(m_ref, LetterKind::RestrictionLifting, QStringLiteral("sv"), m_renderer,
                              QStringLiteral("Adressen är kontrollerad och korrekt."), today.addDays(14));
    QVERIFY(!premature.ok());
    QVERIFY2(premature.error().contains(QStringLiteral("no restriction in force")), qPrintable(premature.error()));
    QCOMPARE(state(m_ref), before);
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    // GDPR Art. 18(2): restricted from the approval on; Art. 19 for its recipients.
    QVERIFY(item(m_ref, QStringLiteral("E-post")).doneAt.isValid());
    QVERIFY(!item(m_ref, QStringLiteral("Telefon")).doneAt.isValid());
    QCOMPARE(cases().notifications(m_ref)->size(), 2);
    QVERIFY(cases().erasureTasks(m_ref)->isEmpty());
    QCOMPARE(holdings().forSubject(m_subject.id)->size(), 2);

    // A handläggare never lifts; the DPO only after the subject is told (GDPR Art. 18(3)).
    before = state(m_ref);
    Result<CaseRecord> byHandler = cases().liftRestriction(m_ref);
    QVERIFY(!byHandler.ok());
    QVERIFY2(byHandler.error().contains(QStringLiteral("lifting a restriction")), qPrintable(byHandler.error()));
    Result<CaseRecord> untold = dpo().liftRestriction(m_ref);
    QVERIFY(!untold.ok());
    QVERIFY2(untold.error().contains(QStringLiteral("GDPR Art. 18(3)")), qPrintable(untold.error()));
    Result<WrittenLetter> noReason = cases().writeLetter(m_ref, LetterKind::RestrictionLifting, QStringLiteral("sv"),
                                                         m_renderer, QString(), today.addDays(14));
    QVERIFY(!noReason.ok());
    QVERIFY2(noReason.error().contains(QStringLiteral("give the reason")), qPrintable(noReason.error()));
    Result<WrittenLetter> pastDate
        = cases().writeLetter(m_ref, LetterKind::RestrictionLifting, QStringLiteral("sv"), m_renderer,
                              QStringLiteral("Adressen är kontrollerad och korrekt."), today.addDays(-1));
    QVERIFY(!pastDate.ok());
    QCOMPARE(state(m_ref), before);

    Result<WrittenLetter> notice
        = cases().writeLetter(m_ref, LetterKind::RestrictionLifting, QStringLiteral("sv"), m_renderer,
                              QStringLiteral("Adressen är kontrollerad och korrekt."), today.addDays(14));
    QVERIFY2(notice.ok(), qPrintable(notice.error()));
    const QString text = plain(notice->pdf);
    QVERIFY2(text.contains(QStringLiteral("Adressen är kontrollerad och korrekt.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2027-03-24")), qPrintable(text));
    // Written is not sent.
    untold = dpo().liftRestriction(m_ref);
    QVERIFY(!untold.ok());
    QVERIFY2(untold.error().contains(QStringLiteral("GDPR Art. 18(3)")), qPrintable(untold.error()));
    Result<CaseRecord> sent = cases().markLetterSent(m_ref, LetterKind::RestrictionLifting, QStringLiteral("brev"));
    QVERIFY2(sent.ok(), qPrintable(sent.error()));
    QCOMPARE(sent->status, CaseStatus::DecisionApproved);
    before = state(m_ref);
    QVERIFY(!cases().liftRestriction(m_ref).ok());
    QCOMPARE(state(m_ref), before);

    Result<CaseRecord> lifted = dpo().liftRestriction(m_ref);
    QVERIFY2(lifted.ok(), qPrintable(lifted.error()));
    const AssessmentRecord done = item(m_ref, QStringLiteral("E-post"));
    QCOMPARE(done.liftedBy, QStringLiteral("role-dpo"));
    QCOMPARE(done.liftedAt, m_t->clock.now());
    QCOMPARE(audited(QStringLiteral("case.restriction_lifted")), 1);
    Result<CaseRecord> again = dpo().liftRestriction(m_ref);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("no restriction in force")), qPrintable(again.error()));
}

void TestCaseDecisions::directMarketingStopsAtAssessmentAndCannotBeRefused()
{
    ProcessingActivity newsletter
        = activity(m_controller, QStringLiteral("Utskick"), QStringLiteral("Skicka nyhetsbrev med erbjudanden"),
                   { LegalBasis::LegitimateInterests }, QStringLiteral("Nyhetsbrevsverktyg"),
                   { QStringLiteral("Kontaktuppgifter") }, QStringLiteral("after-send-out;180d"));
    const qint64 marketing = addActivity(newsletter);
    addHolding(marketing, QStringLiteral("Nyhetsbrevsverktyg"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Objection);
    const qint64 caseId = cases().byReference(m_ref)->id;

    // An objection says which kind it is.
    QStringList before = state(m_ref);
    QVERIFY(!cases().assess(m_ref).ok());
    QCOMPARE(state(m_ref), before);

    // GDPR Art. 21(3): the marketing stops at once, before any decision.
    Result<QList<AssessmentRecord>> items = cases().assess(m_ref, DecisionGround::DirectMarketing);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().activityId, marketing);
    QCOMPARE(items->first().holdingId, 0);
    QCOMPARE(items->first().decision, ItemDecision::Stop);
    QCOMPARE(items->first().ground, QStringLiteral("21.3"));
    Result<QList<ProcessingStop>> stops = cases().processingStops(m_subject.id);
    QVERIFY2(stops.ok(), qPrintable(stops.error()));
    QCOMPARE(stops->size(), 1);
    const ProcessingStop suppression = stops->first();
    QCOMPARE(suppression.scope, StopScope::DirectMarketing);
    QCOMPARE(suppression.subjectId, m_subject.id);
    QCOMPARE(suppression.controllerId, m_controller);
    QCOMPARE(suppression.activityId, 0); // every marketing of the organisation
    QCOMPARE(suppression.caseId, caseId);
    QCOMPARE(suppression.stoppedOn, received);
    QVERIFY2(suppression.identifiers.contains(QStringLiteral("Tolvan Tolvansson")),
             qPrintable(suppression.identifiers));
    QVERIFY2(suppression.identifiers.contains(QStringLiteral("tolvan@example.se")),
             qPrintable(suppression.identifiers));
    QVERIFY2(suppression.identifiers.contains(QStringLiteral("191212121212")), qPrintable(suppression.identifiers));
    QCOMPARE(audited(QStringLiteral("case.processing_stopped")), 1);

    // No refusal branch, no fee, no exceptions.
    before = state(m_ref);
    DecisionProposal refusal;
    refusal.outcome = DecisionOutcome::Refused;
    refusal.ground = DecisionGround::DirectMarketing;
    refusal.summary = QStringLiteral("Vi fortsätter skicka nyhetsbrev.");
    refusal.reasons = QStringLiteral("Berättigat intresse.");
    refusal.legalReference = QStringLiteral("GDPR Art. 6(1)(f)");
    Result<CaseRecord> refused = cases().proposeDecision(m_ref, refusal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Art. 21(3)")), qPrintable(refused.error()));
    refusal.outcome = DecisionOutcome::PartlyRefused;
    refused = cases().proposeDecision(m_ref, refusal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Art. 21(3)")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);

    const AssessmentRecord stop = items->first();
    AssessmentChange keepSending = changeOf(stop);
    keepSending.decision = ItemDecision::Continue;
    keepSending.note = QStringLiteral("Kunden har en pågående beställning.");
    QVERIFY(cases().changeAssessment(m_ref, stop.id, keepSending).ok());
    before = state(m_ref);
    DecisionProposal granted;
    granted.ground = DecisionGround::DirectMarketing;
    granted.summary = QStringLiteral("Vi har slutat skicka marknadsföring till dig.");
    refused = cases().proposeDecision(m_ref, granted);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Art. 21(3)")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);

    QVERIFY(cases().changeAssessment(m_ref, stop.id, changeOf(stop)).ok());
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, granted);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QVERIFY(item(m_ref, QStringLiteral("Utskick")).doneAt.isValid());
    // The one suppression entry stays; approval adds no second one and no Art. 19 notification.
    QCOMPARE(cases().processingStops(m_subject.id)->size(), 1);
    QVERIFY(cases().notifications(m_ref)->isEmpty());
    Result<WrittenLetter> letter = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    QVERIFY2(plain(letter->pdf).contains(QStringLiteral("Behandlingen upphör: Utskick")),
             qPrintable(plain(letter->pdf)));
}

void TestCaseDecisions::directMarketingWithoutMarketingDataLeavesOneSuppressionEntry()
{
    // The subject's data are only in the customer register, which is not marketing: nothing to assess item by
    // item, but the suppression entry is still made, once.
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Objection);
    Result<QList<AssessmentRecord>> items = cases().assess(m_ref, DecisionGround::DirectMarketing);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QVERIFY(items->isEmpty());
    QCOMPARE(cases().processingStops(m_subject.id)->size(), 1);
    items = cases().assess(m_ref, DecisionGround::DirectMarketing);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(cases().processingStops(m_subject.id)->size(), 1);
    DecisionProposal granted;
    granted.ground = DecisionGround::DirectMarketing;
    granted.summary = QStringLiteral("Du får ingen marknadsföring från oss.");
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, granted);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    const QList<ProcessingStop> stops = cases().processingStops(m_subject.id).value();
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops.first().scope, StopScope::DirectMarketing);
    QCOMPARE(audited(QStringLiteral("case.processing_stopped")), 1);
}

void TestCaseDecisions::anObjectionThatContinuesProcessingNeedsNotesAndABalancing()
{
    const qint64 analysis
        = addActivity(activity(m_controller, QStringLiteral("Kundanalys"), QStringLiteral("Analysera köpmönster"),
                               { LegalBasis::LegitimateInterests }, QStringLiteral("Analysplattform"),
                               { QStringLiteral("Köphistorik") }, QStringLiteral("after-collection;2y")));
    const qint64 cameras = addActivity(activity(
        m_controller, QStringLiteral("Kameraövervakning"), QStringLiteral("Förebygga och utreda brott i butiken"),
        { LegalBasis::LegitimateInterests }, QStringLiteral("Kamerasystem"), { QStringLiteral("Bildupptagningar") },
        QStringLiteral("after-collection;30d")));
    addHolding(analysis, QStringLiteral("Analysplattform"), QStringLiteral("Köphistorik"), QStringLiteral("Köp"),
               QStringLiteral("12 köp 2026"));
    addHolding(cameras, QStringLiteral("Kamerasystem"), QStringLiteral("Bildupptagningar"),
               QStringLiteral("Inspelning"), QStringLiteral("Kassa 2, 2027-03-05 14:02"));
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Objection);

    Result<QList<AssessmentRecord>> items = cases().assess(m_ref, DecisionGround::ParticularSituation);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    // Only the processing on legitimate interests; nothing stops before the DPO decides.
    QCOMPARE(items->size(), 2);
    for (const AssessmentRecord& drafted : items.value()) {
        QCOMPARE(drafted.decision, ItemDecision::Stop);
        QCOMPARE(drafted.ground, QStringLiteral("21.1"));
    }
    QVERIFY(cases().processingStops(m_subject.id)->isEmpty());

    const AssessmentRecord camera = item(m_ref, QStringLiteral("Kameraövervakning"));
    QCOMPARE(camera.activityId, cameras);
    AssessmentChange keep = changeOf(camera);
    keep.decision = ItemDecision::Continue;
    QStringList before = state(m_ref);
    Result<AssessmentRecord> refused = cases().changeAssessment(m_ref, camera.id, keep);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("compelling legitimate grounds")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);
    keep.note = QStringLiteral("Inspelningen behövs för att utreda en anmäld stöld (polisanmälan K-12345-27).");
    Result<AssessmentRecord> continued = cases().changeAssessment(m_ref, camera.id, keep);
    QVERIFY2(continued.ok(), qPrintable(continued.error()));

    DecisionProposal proposal;
    proposal.ground = DecisionGround::ParticularSituation;
    proposal.summary = QStringLiteral("Kundanalysen av dina köp upphör. Inspelningen sparar vi för en utredning.");
    before = state(m_ref);
    Result<CaseRecord> noBalancing = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!noBalancing.ok());
    QVERIFY2(noBalancing.error().contains(QStringLiteral("balancing of interests")), qPrintable(noBalancing.error()));
    DecisionProposal noKind = proposal;
    noKind.ground = DecisionGround::None;
    noKind.balancing = QStringLiteral("x");
    Result<CaseRecord> unnamed = cases().proposeDecision(m_ref, noKind);
    QVERIFY(!unnamed.ok());
    QVERIFY2(unnamed.error().contains(QStringLiteral("particular-situation")), qPrintable(unnamed.error()));
    QCOMPARE(state(m_ref), before);

    proposal.balancing = QStringLiteral("Butikens intresse av att utreda stölden väger tyngre än den registrerades "
                                        "intresse, eftersom inspelningen är begränsad till kassan och sparas bara "
                                        "tills utredningen är klar.");
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    QCOMPARE(cases().decision(m_ref).value()->balancing, proposal.balancing);
    QVERIFY(cases().processingStops(m_subject.id)->isEmpty());
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    // The objection is upheld for what stops, from the decision on.
    const QList<ProcessingStop> stops = cases().processingStops(m_subject.id).value();
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops.first().scope, StopScope::ObjectionUpheld);
    QCOMPARE(stops.first().activityId, analysis);
    QCOMPARE(stops.first().stoppedOn, today);
    QVERIFY(item(m_ref, QStringLiteral("Kundanalys")).doneAt.isValid());
    QVERIFY(!item(m_ref, QStringLiteral("Kameraövervakning")).doneAt.isValid());
    QCOMPARE(audited(QStringLiteral("case.processing_stopped")), 1);
    // The answer tells the subject what stopped and what continues.
    Result<WrittenLetter> letter = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    const QString text = plain(letter->pdf);
    QVERIFY2(text.contains(QStringLiteral("Kundanalys")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Kameraövervakning")), qPrintable(text));
}

void TestCaseDecisions::excessiveNeedsAnEarlierRequest()
{
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Access);
    QVERIFY(cases().earlierRequests(m_ref)->isEmpty());
    DecisionProposal proposal;
    proposal.outcome = DecisionOutcome::Refused;
    proposal.ground = DecisionGround::Excessive;
    proposal.summary = QStringLiteral("Vi lämnar inget nytt registerutdrag.");
    proposal.reasons = QStringLiteral("Du har nyligen fått ett registerutdrag.");
    proposal.legalReference = QStringLiteral("GDPR Art. 12(5)(b)");
    proposal.facts = QStringLiteral("Tidigare begäran besvarad.");
    const QStringList before = state(m_ref);
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseRecord> refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no earlier request")), qPrintable(refused.error()));
    // Not even the drafted assessment is left behind, and the models hear of nothing.
    QCOMPARE(state(m_ref), before);
    QCOMPARE(changed.count(), 0);
}

void TestCaseDecisions::aRequestAYearAfterThePreviousOneIsNeverExcessive()
{
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const QString earlier = open(RequestRight::Access, QDate(2026, 2, 1));
    m_ref = open(RequestRight::Access);
    QCOMPARE(cases().earlierRequests(m_ref)->size(), 1);
    QCOMPARE(cases().earlierRequests(m_ref)->first().reference, earlier);
    DecisionProposal proposal;
    proposal.outcome = DecisionOutcome::Refused;
    proposal.ground = DecisionGround::Excessive;
    proposal.summary = QStringLiteral("Vi lämnar inget nytt registerutdrag.");
    proposal.reasons = QStringLiteral("Du har redan fått ett registerutdrag.");
    proposal.legalReference = QStringLiteral("GDPR Art. 12(5)(b)");
    proposal.facts = QStringLiteral("Begäran 2026-02-01 besvarades.");
    const QStringList before = state(m_ref);
    Result<CaseRecord> refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("never excessive")), qPrintable(refused.error()));
    proposal.outcome = DecisionOutcome::Fee;
    proposal.feeAmount = QStringLiteral("350 kr");
    refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("never excessive")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);
}

void TestCaseDecisions::anExcessiveRequestIsRefusedByTheDpoWithTheFactsAndTheComplaintRight()
{
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const QString earlier = open(RequestRight::Access, QDate(2027, 1, 4));
    m_ref = open(RequestRight::Access);
    QCOMPARE(cases().earlierRequests(m_ref)->first().reference, earlier);
    DecisionProposal proposal;
    proposal.outcome = DecisionOutcome::Refused;
    proposal.ground = DecisionGround::Excessive;
    proposal.summary = QStringLiteral("Vi lämnar inget nytt registerutdrag nu.");
    proposal.reasons = QStringLiteral("Du fick ett fullständigt registerutdrag i januari och inga uppgifter har "
                                      "ändrats sedan dess.");
    proposal.legalReference = QStringLiteral("GDPR Art. 12(5)(b)");
    // GDPR Art. 12(5): the burden of proof is on the organisation.
    QStringList before = state(m_ref);
    Result<CaseRecord> refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("document the facts")), qPrintable(refused.error()));
    DecisionProposal partly = proposal;
    partly.outcome = DecisionOutcome::PartlyRefused;
    partly.facts = QStringLiteral("x");
    refused = cases().proposeDecision(m_ref, partly);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("refused or charged a fee")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);

    proposal.facts = QStringLiteral("Begäran %1 kom in 2027-01-04 och besvarades 2027-01-20 med ett fullständigt "
                                    "utdrag; inga nya uppgifter har registrerats sedan dess.")
                         .arg(earlier);
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    QCOMPARE(proposed->status, CaseStatus::DecisionProposed);
    QCOMPARE(cases().decision(m_ref).value()->facts, proposal.facts);
    // The draft is stored with the proposal, in one change.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cases().assessment(m_ref)->size(), 1);
    QCOMPARE(audited(QStringLiteral("case.assessed")), 1);

    // An Art. 12(5) refusal is the DPO's decision.
    before = state(m_ref);
    Result<CaseRecord> byHandler = cases().approveDecision(m_ref);
    QVERIFY(!byHandler.ok());
    QVERIFY2(byHandler.error().startsWith(QStringLiteral("Refused:")), qPrintable(byHandler.error()));
    QVERIFY2(byHandler.error().contains(QStringLiteral("dpo")), qPrintable(byHandler.error()));
    QCOMPARE(state(m_ref), before);
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(approved->status, CaseStatus::DecisionApproved);
    // Nothing is carried out for a refusal.
    QVERIFY(cases().erasureTasks(m_ref)->isEmpty());
    QVERIFY(cases().notifications(m_ref)->isEmpty());

    before = state(m_ref);
    Result<WrittenLetter> outcome = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QStringLiteral("write the refusal letter")), qPrintable(outcome.error()));
    QCOMPARE(state(m_ref), before);
    Result<WrittenLetter> letter = cases().writeLetter(m_ref, LetterKind::Refusal, QStringLiteral("sv"), m_renderer);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    const QString text = plain(letter->pdf);
    QVERIFY2(text.contains(proposal.reasons), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Lagstöd: GDPR Art. 12(5)(b).")), qPrintable(text));
    // GDPR Art. 12(4): the right to complain to IMY and to go to court.
    QVERIFY2(text.contains(QStringLiteral("Integritetsskyddsmyndigheten (IMY)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("klagomål till en tillsynsmyndighet (artikel 77")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("artikel 79")), qPrintable(text));
    QCOMPARE(letter->record.sha256, QString::fromLatin1(crypto::sha256(letter->pdf).toHex()));

    Result<CaseRecord> ended = cases().markLetterSent(m_ref, LetterKind::Refusal, QStringLiteral("e-post"));
    QVERIFY2(ended.ok(), qPrintable(ended.error()));
    QCOMPARE(ended->status, CaseStatus::Refused);
    QVERIFY(!ended->isOpen());
    QCOMPARE(cases().byReference(m_ref)->closedAt, m_t->clock.now());
    // Final: it cannot close or move again.
    before = state(m_ref);
    QVERIFY(!cases().close(m_ref).ok());
    QVERIFY(!cases().changeStatus(m_ref, CaseStatus::InProgress).ok());
    QCOMPARE(state(m_ref), before);
}

void TestCaseDecisions::consentWithdrawalErasesConsentOnlyDataAndStopsEveryConsentBasedActivity()
{
    const qint64 shop
        = addActivity(activity(m_controller, QStringLiteral("Webbshop"), QStringLiteral("Leverera beställningar"),
                               { LegalBasis::Consent, LegalBasis::Contract }, QStringLiteral("Webbshop"),
                               { QStringLiteral("Orderhistorik") }, QStringLiteral("after-relationship-ended;2y")));
    // Consent-based too, but none of the subject's data are there.
    const qint64 survey = addActivity(activity(
        m_controller, QStringLiteral("Kundenkät"), QStringLiteral("Fråga kunder om service"), { LegalBasis::Consent },
        QStringLiteral("Enkätverktyg"), { QStringLiteral("Enkätsvar") }, QStringLiteral("while-consent-lasts")));
    RetentionEvents fiscalYear;
    fiscalYear.fiscalYearEnd = QDate(2026, 12, 31);
    addHolding(m_bookkeeping, QStringLiteral("Ekonomisystem"), QStringLiteral("Räkenskapsinformation"),
               QStringLiteral("Faktura"), QStringLiteral("F-2026-3"), false, fiscalYear);
    m_email = addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
                         QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const qint64 order = addHolding(shop, QStringLiteral("Webbshop"), QStringLiteral("Orderhistorik"),
                                    QStringLiteral("Order"), QStringLiteral("Order 4711"), true);
    m_ref = open(RequestRight::ConsentWithdrawal);

    Result<QList<AssessmentRecord>> items = cases().assess(m_ref);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    // The invoice is not consent-based and is not part of the withdrawal.
    QCOMPARE(items->size(), 2);
    const AssessmentRecord email = items->at(0);
    QCOMPARE(email.holdingId, m_email);
    QCOMPARE(email.decision, ItemDecision::Erase);
    QCOMPARE(email.ground, QStringLiteral("17.1.b"));
    const AssessmentRecord continued = items->at(1);
    QCOMPARE(continued.holdingId, order);
    QCOMPARE(continued.decision, ItemDecision::Continue);
    QCOMPARE(continued.legalReference, QStringLiteral("GDPR Art. 6(1)(b)"));
    QVERIFY(!continued.note.isEmpty());

    // GDPR Art. 7(3): every consent-based processing the subject's data are in stops from the request on.
    const QList<ProcessingStop> stops = cases().processingStops(m_subject.id).value();
    QCOMPARE(stops.size(), 2);
    QList<qint64> stopped;
    for (const ProcessingStop& stop : stops) {
        QCOMPARE(stop.scope, StopScope::ConsentWithdrawn);
        QCOMPARE(stop.stoppedOn, received);
        stopped << stop.activityId;
    }
    std::sort(stopped.begin(), stopped.end());
    QList<qint64> expected { m_customers, shop };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(stopped, expected);
    QVERIFY(!stopped.contains(survey));
    QVERIFY(!stopped.contains(m_bookkeeping));
    QCOMPARE(audited(QStringLiteral("case.processing_stopped")), 2);

    // Continuing needs the other legal basis.
    QStringList before = state(m_ref);
    AssessmentChange noBasis = changeOf(continued);
    noBasis.legalReference.clear();
    Result<AssessmentRecord> refused = cases().changeAssessment(m_ref, continued.id, noBasis);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("other legal basis")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);

    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Vi har slutat använda ditt samtycke. Din e-postadress raderas; dina order "
                                      "behåller vi för avtalet.");
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(cases().erasureTasks(m_ref)->size(), 1);
    QCOMPARE(cases().erasureTasks(m_ref)->first().system, QStringLiteral("Kundregister"));
    QCOMPARE(cases().processingStops(m_subject.id)->size(), 2);
    // The case can be answered and closed.
    QVERIFY(cases().completeErasureTask(m_ref, QStringLiteral("Kundregister")).ok());
    const QList<RecipientNotification> recipients = cases().notifications(m_ref).value();
    for (const RecipientNotification& notification : recipients) {
        QVERIFY(cases()
                    .recordNotification(m_ref, notification.recipient, NotificationStatus::Notified,
                                        QStringLiteral("e-post"), today, QString())
                    .ok());
    }
    Result<WrittenLetter> letter = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    const QString text = plain(letter->pdf);
    QVERIFY2(text.contains(QStringLiteral("Order (Webbshop)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GDPR Art. 6(1)(b)")), qPrintable(text));
    QVERIFY(cases().markLetterSent(m_ref, LetterKind::Outcome, QStringLiteral("e-post")).ok());
    Result<CaseRecord> closed = cases().close(m_ref);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
}

void TestCaseDecisions::portabilityCoversOnlyDataTheSubjectProvidedOnConsentOrContract()
{
    const qint64 shop = addActivity(activity(
        m_controller, QStringLiteral("Webbshop"), QStringLiteral("Leverera beställningar"), { LegalBasis::Contract },
        QStringLiteral("Webbshop"), { QStringLiteral("Orderhistorik"), QStringLiteral("Kreditupplysning") },
        QStringLiteral("after-relationship-ended;2y")));
    const qint64 analysis
        = addActivity(activity(m_controller, QStringLiteral("Kundanalys"), QStringLiteral("Analysera köpmönster"),
                               { LegalBasis::LegitimateInterests }, QStringLiteral("Analysplattform"),
                               { QStringLiteral("Enkätsvar") }, QStringLiteral("after-collection;2y")));
    const qint64 address = addHolding(shop, QStringLiteral("Webbshop"), QStringLiteral("Orderhistorik"),
                                      QStringLiteral("Leveransadress"), QStringLiteral("Storgatan 1"), true);
    const qint64 credit = addHolding(shop, QStringLiteral("Webbshop"), QStringLiteral("Kreditupplysning"),
                                     QStringLiteral("Kreditbetyg"), QStringLiteral("B"), false);
    const qint64 answers = addHolding(analysis, QStringLiteral("Analysplattform"), QStringLiteral("Enkätsvar"),
                                      QStringLiteral("Svar"), QStringLiteral("Nöjd"), true);
    m_ref = open(RequestRight::Portability);
    Result<QList<AssessmentRecord>> items = cases().assess(m_ref);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->size(), 3);

    const AssessmentRecord provided = item(m_ref, QStringLiteral("Leveransadress"));
    QCOMPARE(provided.holdingId, address);
    QCOMPARE(provided.decision, ItemDecision::InScope);
    const AssessmentRecord derived = item(m_ref, QStringLiteral("Kreditbetyg"));
    QCOMPARE(derived.holdingId, credit);
    QCOMPARE(derived.decision, ItemDecision::Excluded);
    QVERIFY2(derived.note.contains(QStringLiteral("Not provided by the data subject")), qPrintable(derived.note));
    const AssessmentRecord otherBasis = item(m_ref, QStringLiteral("Svar"));
    QCOMPARE(otherBasis.holdingId, answers);
    QCOMPARE(otherBasis.decision, ItemDecision::Excluded);
    QVERIFY2(otherBasis.note.contains(QStringLiteral("neither on consent nor on a contract")),
             qPrintable(otherBasis.note));

    // GDPR Art. 20(1): what is left out says why.
    const QStringList before = state(m_ref);
    AssessmentChange silent = changeOf(derived);
    silent.note = QStringLiteral("   ");
    Result<AssessmentRecord> refused = cases().changeAssessment(m_ref, derived.id, silent);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("outside the right to data portability")),
             qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);
    QCOMPARE(item(m_ref, QStringLiteral("Kreditbetyg")).note, derived.note);

    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Du får dina beställningsuppgifter som JSON.");
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    // Not an erasure request.
    QVERIFY(cases().erasureTasks(m_ref)->isEmpty());
    QCOMPARE(holdings().forSubject(m_subject.id)->size(), 3);
}

void TestCaseDecisions::rectificationNeedsTheCorrectedValueAndAppliesItOnApproval()
{
    const qint64 street = addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
                                     QStringLiteral("Adress"), QStringLiteral("Storgatan 1"), true);
    m_email = addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
                         QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Rectification);
    Result<QList<AssessmentRecord>> items = cases().assess(m_ref);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->size(), 2);
    const AssessmentRecord address = item(m_ref, QStringLiteral("Adress"));
    QCOMPARE(address.decision, ItemDecision::Unchanged);

    QStringList before = state(m_ref);
    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Vi har rättat din adress.");
    Result<CaseRecord> nothing = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!nothing.ok());
    QVERIFY2(nothing.error().contains(QStringLiteral("no item is to be rectified")), qPrintable(nothing.error()));
    AssessmentChange rectify = changeOf(address);
    rectify.decision = ItemDecision::Rectify;
    rectify.after = QStringLiteral("  ");
    Result<AssessmentRecord> refused = cases().changeAssessment(m_ref, address.id, rectify);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("corrected value")), qPrintable(refused.error()));
    rectify.after = QStringLiteral("Storgatan 1");
    refused = cases().changeAssessment(m_ref, address.id, rectify);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("same as the current one")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);

    rectify.after = QStringLiteral(" Storgatan 11 ");
    Result<AssessmentRecord> changed = cases().changeAssessment(m_ref, address.id, rectify);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    // GDPR Art. 16: before and after recorded; the value before is the one held now.
    QCOMPARE(changed->before, QStringLiteral("Storgatan 1"));
    QCOMPARE(changed->after, QStringLiteral("Storgatan 11"));
    QCOMPARE(item(m_ref, QStringLiteral("Adress")).before, QStringLiteral("Storgatan 1"));
    QCOMPARE(item(m_ref, QStringLiteral("Adress")).after, QStringLiteral("Storgatan 11"));
    // Nothing is corrected before the DPO approves.
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    QCOMPARE(holdings().forSubject(m_subject.id)->first().holding.value, QStringLiteral("Storgatan 1"));
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));

    QString value;
    QString email;
    const QList<HoldingView> held = holdings().forSubject(m_subject.id).value();
    for (const HoldingView& view : held) {
        if (view.holding.id == street)
            value = view.holding.value;
        if (view.holding.id == m_email)
            email = view.holding.value;
    }
    QCOMPARE(value, QStringLiteral("Storgatan 11"));
    QCOMPARE(email, QStringLiteral("tolvan@example.se"));
    const AssessmentRecord done = item(m_ref, QStringLiteral("Adress"));
    QVERIFY(done.doneAt.isValid());
    QCOMPARE(done.doneBy, QStringLiteral("role-dpo"));
    QVERIFY(!item(m_ref, QStringLiteral("E-post")).doneAt.isValid());
    // GDPR Art. 19: the recipients are told of the correction.
    QCOMPARE(cases().notifications(m_ref)->size(), 2);
}

void TestCaseDecisions::withholdingFromACopyNeedsALegalReference()
{
    const qint64 complaints
        = addActivity(activity(m_controller, QStringLiteral("Klagomålshantering"), QStringLiteral("Hantera klagomål"),
                               { LegalBasis::LegitimateInterests }, QStringLiteral("Ärendesystem"),
                               { QStringLiteral("Ärendeanteckningar") }, QStringLiteral("after-collection;2y")));
    addHolding(complaints, QStringLiteral("Ärendesystem"), QStringLiteral("Ärendeanteckningar"),
               QStringLiteral("Utkast till svar"), QStringLiteral("Utkast: vi beklagar ..."));
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Access);
    Result<QList<AssessmentRecord>> items = cases().assess(m_ref);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    for (const AssessmentRecord& drafted : items.value())
        QCOMPARE(drafted.decision, ItemDecision::Include);

    const AssessmentRecord draft = item(m_ref, QStringLiteral("Utkast till svar"));
    const QStringList before = state(m_ref);
    AssessmentChange withhold = changeOf(draft);
    withhold.decision = ItemDecision::Withhold;
    Result<AssessmentRecord> refused = cases().changeAssessment(m_ref, draft.id, withhold);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("legal reference")), qPrintable(refused.error()));
    AssessmentChange redact = changeOf(draft);
    redact.decision = ItemDecision::Redact;
    refused = cases().changeAssessment(m_ref, draft.id, redact);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("GDPR Art. 15(4)")), qPrintable(refused.error()));
    QCOMPARE(state(m_ref), before);

    withhold.legalReference = QStringLiteral("DSL 5 kap. 2 §");
    withhold.note = QStringLiteral("Internt utkast som inte har lämnats till någon utomstående.");
    Result<AssessmentRecord> withheld = cases().changeAssessment(m_ref, draft.id, withhold);
    QVERIFY2(withheld.ok(), qPrintable(withheld.error()));
    const AssessmentRecord stored = item(m_ref, QStringLiteral("Utkast till svar"));
    QCOMPARE(stored.decision, ItemDecision::Withhold);
    QCOMPARE(stored.legalReference, QStringLiteral("DSL 5 kap. 2 §"));
    QCOMPARE(stored.decidedBy, QStringLiteral("user"));
    QCOMPARE(audited(QStringLiteral("case.item_assessed")), 1);
}

void TestCaseDecisions::aPartlyRefusedCaseClosesOnlyAfterItsRefusalLetterIsSent()
{
    const qint64 complaints
        = addActivity(activity(m_controller, QStringLiteral("Klagomålshantering"), QStringLiteral("Hantera klagomål"),
                               { LegalBasis::LegitimateInterests }, QStringLiteral("Ärendesystem"),
                               { QStringLiteral("Ärendeanteckningar") }, QStringLiteral("after-collection;2y")));
    addHolding(complaints, QStringLiteral("Ärendesystem"), QStringLiteral("Ärendeanteckningar"),
               QStringLiteral("Utkast till svar"), QStringLiteral("Utkast: vi beklagar ..."));
    addHolding(m_customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    m_ref = open(RequestRight::Access);
    QVERIFY(cases().assess(m_ref).ok());
    const AssessmentRecord draft = item(m_ref, QStringLiteral("Utkast till svar"));
    AssessmentChange withhold = changeOf(draft);
    withhold.decision = ItemDecision::Withhold;
    withhold.legalReference = QStringLiteral("DSL 5 kap. 2 §");
    QVERIFY(cases().changeAssessment(m_ref, draft.id, withhold).ok());

    // GDPR Art. 12(4): the refused part needs its reasons and the legal reference.
    DecisionProposal proposal;
    proposal.outcome = DecisionOutcome::PartlyRefused;
    proposal.summary = QStringLiteral("Du får ett registerutdrag. Ett internt utkast lämnar vi inte ut.");
    QStringList before = state(m_ref);
    Result<CaseRecord> refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("GDPR Art. 12(4)")), qPrintable(refused.error()));
    proposal.reasons = QStringLiteral("Utkastet är ett internt arbetsmaterial som inte har lämnats ut.");
    refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("legal reference")), qPrintable(refused.error()));
    proposal.reasons.clear();
    proposal.legalReference = QStringLiteral("DSL 5 kap. 2 §");
    refused = cases().proposeDecision(m_ref, proposal);
    QVERIFY(!refused.ok());
    QCOMPARE(state(m_ref), before);

    proposal.reasons = QStringLiteral("Utkastet är ett internt arbetsmaterial som inte har lämnats ut.");
    Result<CaseRecord> proposed = cases().proposeDecision(m_ref, proposal);
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    before = state(m_ref);
    QVERIFY(!cases().approveDecision(m_ref).ok());
    QCOMPARE(state(m_ref), before);
    Result<CaseRecord> approved = dpo().approveDecision(m_ref);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));

    Result<WrittenLetter> outcome = cases().writeLetter(m_ref, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    Result<CaseRecord> answered = cases().markLetterSent(m_ref, LetterKind::Outcome, QStringLiteral("e-post"));
    QVERIFY2(answered.ok(), qPrintable(answered.error()));
    QCOMPARE(answered->status, CaseStatus::Answered);
    before = state(m_ref);
    Result<CaseRecord> early = cases().close(m_ref);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("partly refused")), qPrintable(early.error()));
    QCOMPARE(state(m_ref), before);

    Result<WrittenLetter> letter = cases().writeLetter(m_ref, LetterKind::Refusal, QStringLiteral("sv"), m_renderer);
    QVERIFY2(letter.ok(), qPrintable(letter.error()));
    const QString text = plain(letter->pdf);
    QVERIFY2(text.contains(QStringLiteral("Utkast till svar (Ärendesystem)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("DSL 5 kap. 2 §")), qPrintable(text));
    QVERIFY2(text.contains(proposal.reasons), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("E-post (Kundregister)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Integritetsskyddsmyndigheten (IMY)")), qPrintable(text));
    // Close is still refused until the refusal letter is sent.
    before = state(m_ref);
    QVERIFY(!cases().close(m_ref).ok());
    QCOMPARE(state(m_ref), before);
    Result<CaseRecord> sent = cases().markLetterSent(m_ref, LetterKind::Refusal, QStringLiteral("e-post"));
    QVERIFY2(sent.ok(), qPrintable(sent.error()));
    QCOMPARE(sent->status, CaseStatus::Answered); // a partial refusal does not end the case by itself
    Result<CaseRecord> closed = cases().close(m_ref);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QCOMPARE(closed->status, CaseStatus::Closed);
}

QTEST_GUILESS_MAIN(TestCaseDecisions)
#include "tst_casedecisions.moc"
