// CaseService: the assessment item by item, the proposed decision and the DPO's approval (issue 5 item 4).
#include "CaseService.h"
#include "common/Clock.h"
#include "domain/AssessmentRules.h"
#include "services/AssessmentDrafts.h"
#include "services/CaseClockStops.h"
#include "services/HoldingService.h"
#include "storage/CaseRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/Transaction.h"

#include <QSignalBlocker>

namespace dsar {
namespace {

// Enough for the reasons of a complex decision; longer material belongs in an attachment.
constexpr int maxTextLength = 20000;

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

Status checkLength(const QString& reference, const QString& what, const QString& text)
{
    if (text.size() <= maxTextLength)
        return {};
    return Error { CaseService::tr("%1: the %2 is %3 characters long; keep it to %4 and attach longer material to "
                                   "the case.")
                       .arg(reference, what)
                       .arg(text.size())
                       .arg(maxTextLength) };
}

// GDPR Art. 12(5): "excessive" needs earlier requests, and a request a year after the previous one is never
// excessive (LEGAL.md section 3).
Status checkExcessive(const CaseRecord& record, const QList<CaseRecord>& earlier)
{
    if (earlier.isEmpty()) {
        return Error { CaseService::tr("%1: the subject has made no earlier request, so this one cannot be "
                                       "excessive (GDPR Art. 12(5)). Answer it, or document why it is manifestly "
                                       "unfounded.")
                           .arg(record.reference) };
    }
    const QDate previous = earlier.constLast().received.stockholmDate;
    if (previous.addYears(1) <= record.received.stockholmDate) {
        return Error { CaseService::tr("%1: the previous request came on %2, a year or more before this one (%3). "
                                       "A request a year after the previous one is never excessive (GDPR Art. "
                                       "12(5)); answer it.")
                           .arg(record.reference, iso(previous), iso(record.received.stockholmDate)) };
    }
    return {};
}

// What the outcome and the ground need besides the items.
Status checkProposal(const CaseRecord& record, const DecisionProposal& proposal, const QList<AssessmentRecord>& items)
{
    const QString& reference = record.reference;
    if (proposal.summary.trimmed().isEmpty())
        return Error { CaseService::tr("%1: describe the decision for the subject in a summary.").arg(reference) };
    for (const auto& [what, text] : { std::pair { CaseService::tr("summary"), proposal.summary },
                                      std::pair { CaseService::tr("reasons"), proposal.reasons },
                                      std::pair { CaseService::tr("facts"), proposal.facts },
                                      std::pair { CaseService::tr("balancing"), proposal.balancing } }) {
        if (Status fits = checkLength(reference, what, text); !fits)
            return fits;
    }
    const bool objection = record.right == RequestRight::Objection;
    if (objection && proposal.ground != DecisionGround::DirectMarketing
        && proposal.ground != DecisionGround::ParticularSituation && !DecisionGrounds::isArticle12_5(proposal.ground)) {
        return Error { CaseService::tr("%1: say whether the objection is to direct marketing (direct-marketing, "
                                       "GDPR Art. 21(2)) or on grounds of the subject's particular situation "
                                       "(particular-situation, Art. 21(1)).")
                           .arg(reference) };
    }
    if (!objection
        && (proposal.ground == DecisionGround::DirectMarketing
            || proposal.ground == DecisionGround::ParticularSituation))
        return Error { CaseService::tr("%1: the ground \"%2\" belongs to objections only.")
                           .arg(reference, DecisionGrounds::code(proposal.ground)) };
    // GDPR Art. 21(3): there is no refusal of an objection to direct marketing.
    if (proposal.ground == DecisionGround::DirectMarketing) {
        if (proposal.outcome != DecisionOutcome::Granted) {
            return Error { CaseService::tr("%1: an objection to direct marketing cannot be refused or charged for: "
                                           "the marketing stops at once (GDPR Art. 21(3)). Propose it as granted.")
                               .arg(reference) };
        }
        for (const AssessmentRecord& item : items) {
            if (item.decision != ItemDecision::Stop) {
                return Error { CaseService::tr("%1: %2 is direct marketing and must stop (GDPR Art. 21(3)); an "
                                               "objection to direct marketing has no exceptions.")
                                   .arg(reference, item.describe()) };
            }
        }
    }
    const bool continues = std::any_of(items.cbegin(), items.cend(), [](const AssessmentRecord& item) {
        return item.decision == ItemDecision::Continue;
    });
    // GDPR Art. 21(1): the controller must demonstrate compelling legitimate grounds, for this person.
    if (proposal.ground == DecisionGround::ParticularSituation
        && (continues || proposal.outcome != DecisionOutcome::Granted) && proposal.balancing.trimmed().isEmpty()) {
        return Error { CaseService::tr("%1: processing that continues despite the objection needs a documented "
                                       "balancing of interests for this person (GDPR Art. 21(1)).")
                           .arg(reference) };
    }
    // GDPR Art. 12(4): the reasons and the legal reference go into the refusal letter.
    if (DecisionOutcomes::refuses(proposal.outcome)
        && (proposal.reasons.trimmed().isEmpty() || proposal.legalReference.trimmed().isEmpty())) {
        return Error { CaseService::tr("%1: a refusal needs its specific reasons and the legal reference it rests on "
                                       "(GDPR Art. 12(4)).")
                           .arg(reference) };
    }
    if (proposal.outcome == DecisionOutcome::Fee) {
        if (!DecisionGrounds::isArticle12_5(proposal.ground)) {
            return Error { CaseService::tr("%1: a fee may be charged only for a manifestly unfounded or excessive "
                                           "request (GDPR Art. 12(5)(a)); give that ground.")
                               .arg(reference) };
        }
        if (proposal.feeAmount.trimmed().isEmpty())
            return Error { CaseService::tr("%1: give the fee, e.g. \"350 kr\".").arg(reference) };
    }
    if (DecisionGrounds::isArticle12_5(proposal.ground)) {
        // GDPR Art. 12(5): the controller bears the burden of demonstrating it.
        if (proposal.outcome != DecisionOutcome::Refused && proposal.outcome != DecisionOutcome::Fee) {
            return Error { CaseService::tr("%1: a manifestly unfounded or excessive request is refused or charged "
                                           "a fee (GDPR Art. 12(5)).")
                               .arg(reference) };
        }
        if (proposal.facts.trimmed().isEmpty()) {
            return Error { CaseService::tr("%1: document the facts that show the request is manifestly unfounded or "
                                           "excessive; the organisation bears the burden of proof (GDPR Art. "
                                           "12(5)).")
                               .arg(reference) };
        }
    }
    if (proposal.outcome == DecisionOutcome::Granted || proposal.outcome == DecisionOutcome::PartlyRefused) {
        const auto any = [&items](ItemDecision decision) {
            return std::any_of(items.cbegin(), items.cend(),
                               [decision](const AssessmentRecord& item) { return item.decision == decision; });
        };
        if (record.right == RequestRight::Rectification && !any(ItemDecision::Rectify)) {
            return Error { CaseService::tr("%1: no item is to be rectified. Mark what is corrected, or refuse the "
                                           "request with reasons.")
                               .arg(reference) };
        }
        if (record.right == RequestRight::Restriction && !any(ItemDecision::Restrict)) {
            return Error { CaseService::tr("%1: no item is to be restricted. Mark what is restricted and on which "
                                           "ground, or refuse the request with reasons.")
                               .arg(reference) };
        }
    }
    return {};
}

} // namespace

Result<CaseRecord> CaseService::caseIn(const QString& reference, const QList<CaseStatus>& statuses,
                                       Permission needs) const
{
    if (Status allowed = Permissions::check(m_actor.role, needs); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    if (!statuses.contains(current->status)) {
        QStringList names;
        for (CaseStatus status : statuses)
            names << CaseStatuses::label(status);
        return Error { tr("%1 is \"%2\"; this step needs a case that is %3.")
                           .arg(current->reference, CaseStatuses::label(current->status), names.join(tr(" or "))) };
    }
    return current;
}

Result<QList<HoldingView>> CaseService::holdingsOf(const CaseRecord& record) const
{
    Result<QList<HoldingView>> all = HoldingService(m_db, m_clock, m_actor, m_keys).forSubject(record.subjectId);
    if (!all)
        return all;
    QList<HoldingView> atController;
    for (const HoldingView& view : all.value()) {
        if (view.controllerId == record.controllerId)
            atController << view;
    }
    return atController;
}

Result<QList<AssessmentRecord>> CaseService::assess(const QString& reference, DecisionGround objection)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> found = byReference(reference);
    if (!found)
        return Error { found.error() };
    DecisionRepository decisions(m_db, m_keys);
    Result<QList<AssessmentRecord>> existing = decisions.items(found->id);
    if (!existing)
        return existing;
    Result<std::optional<DecisionRecord>> proposed = decisions.forCase(found->id);
    if (!proposed)
        return Error { proposed.error() };
    if (!existing->isEmpty() || proposed.value())
        return assessment(reference);
    Result<CaseRecord> current = caseIn(reference, { CaseStatus::InProgress }, Permission::WorkCase);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    if (record.right == RequestRight::Objection && objection != DecisionGround::DirectMarketing
        && objection != DecisionGround::ParticularSituation) {
        return Error { tr("%1: say whether the objection is to direct marketing (GDPR Art. 21(2)) or on grounds of "
                          "the subject's particular situation (Art. 21(1)).")
                           .arg(record.reference) };
    }
    Result<QList<HoldingView>> holdings = holdingsOf(record);
    if (!holdings)
        return Error { holdings.error() };
    Result<QList<ProcessingActivity>> activities = RegisterRepository(m_db).forController(record.controllerId);
    if (!activities)
        return Error { activities.error() };
    QList<AssessmentRecord> items
        = AssessmentDrafts::draft({ record.right, objection, today(), holdings.value(), activities.value() });

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    for (AssessmentRecord& item : items) {
        item.caseId = record.id;
        item.decidedBy = m_actor.userName;
        item.decidedAt = now;
        Result<qint64> id = decisions.insertItem(item);
        if (!id)
            return Error { id.error() };
        item.id = id.value();
    }
    // GDPR Art. 21(3): direct marketing stops at once, before any decision; Art. 7(3): a withdrawn consent
    // stops the consent-based processing from then on.
    if (record.right == RequestRight::Objection && objection == DecisionGround::DirectMarketing) {
        if (Status stopped = stopProcessing(record, StopScope::DirectMarketing, 0, now); !stopped)
            return Error { stopped.error() };
    }
    if (record.right == RequestRight::ConsentWithdrawal) {
        for (const ProcessingActivity& activity : activities.value()) {
            const bool held = std::any_of(items.cbegin(), items.cend(), [&activity](const AssessmentRecord& item) {
                return item.activityId == activity.id;
            });
            if (!held)
                continue;
            if (Status stopped = stopProcessing(record, StopScope::ConsentWithdrawn, activity.id, now); !stopped)
                return Error { stopped.error() };
        }
    }
    if (Status logged = logCase(record, QStringLiteral("case.assessed"),
                                QStringLiteral("reference=%1 items=%2 objection=%3")
                                    .arg(record.reference)
                                    .arg(items.size())
                                    .arg(DecisionGrounds::code(objection)));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return assessment(reference);
}

Result<QList<AssessmentRecord>> CaseService::assessment(const QString& reference) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    Result<QList<AssessmentRecord>> items = DecisionRepository(m_db, m_keys).items(current->id);
    if (!items)
        return items;
    Result<QList<ProcessingActivity>> activities = RegisterRepository(m_db).forController(current->controllerId);
    if (!activities)
        return Error { activities.error() };
    QList<AssessmentRecord> named = items.value();
    for (AssessmentRecord& item : named) {
        for (const ProcessingActivity& activity : activities.value()) {
            if (activity.id == item.activityId)
                item.activityName = activity.name;
        }
    }
    return named;
}

Result<AssessmentRecord> CaseService::changeAssessment(const QString& reference, qint64 itemId,
                                                       const AssessmentChange& change)
{
    Result<CaseRecord> current = caseIn(reference, { CaseStatus::InProgress }, Permission::WorkCase);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    Result<QList<AssessmentRecord>> items = assessment(reference);
    if (!items)
        return Error { items.error() };
    auto found = std::find_if(items->cbegin(), items->cend(),
                              [itemId](const AssessmentRecord& item) { return item.id == itemId; });
    if (found == items->cend()) {
        return Error { tr("%1 has no assessed item %2. List the items with \"dsarctl case assess %1\".")
                           .arg(record.reference)
                           .arg(itemId) };
    }
    AssessmentRecord item = *found;
    item.decision = change.decision;
    item.ground = change.ground.trimmed().toLower();
    item.legalReference = change.legalReference.trimmed();
    item.retainUntil = change.decision == ItemDecision::Keep ? change.retainUntil : QDate();
    item.note = change.note.trimmed();
    if (Status fits = checkLength(record.reference, tr("note"), item.note); !fits)
        return Error { fits.error() };
    if (change.decision == ItemDecision::Rectify) {
        // GDPR Art. 16: the value before is the one DSAR Desk holds now.
        Result<QList<HoldingView>> holdings = holdingsOf(record);
        if (!holdings)
            return Error { holdings.error() };
        for (const HoldingView& view : holdings.value()) {
            if (view.holding.id == item.holdingId)
                item.before = view.holding.value;
        }
        item.after = change.after.trimmed();
    } else if (change.decision == ItemDecision::Redact) {
        // GDPR Art. 15(4): what of the value the copy shows once other people's data are taken out; empty shows
        // nothing of it.
        item.before.clear();
        item.after = change.after.trimmed();
    } else {
        item.before.clear();
        item.after.clear();
    }
    if (Status valid = AssessmentRules::check(record.right, item, today()); !valid)
        return Error { tr("%1: %2").arg(record.reference, valid.error()) };
    item.decidedBy = m_actor.userName;
    item.decidedAt = m_clock.now();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status written = DecisionRepository(m_db, m_keys).updateItem(item); !written)
        return Error { written.error() };
    if (Status logged = logCase(record, QStringLiteral("case.item_assessed"),
                                QStringLiteral("reference=%1 item=%2 decision=%3 ground=%4 retain_until=%5")
                                    .arg(record.reference)
                                    .arg(item.id)
                                    .arg(ItemDecisions::code(item.decision), item.ground, iso(item.retainUntil)));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return item;
}

Result<CaseRecord> CaseService::proposeDecision(const QString& reference, const DecisionProposal& proposal)
{
    Result<CaseRecord> current = caseIn(reference, { CaseStatus::InProgress }, Permission::WorkCase);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    const bool wholeRefusal = proposal.outcome == DecisionOutcome::Refused || proposal.outcome == DecisionOutcome::Fee;
    // Every holding is looked at: without an assessment yet, the draft is the assessment (and for an objection the
    // ground says which kind it is). It is stored with the proposal or not at all: a refused proposal changes
    // nothing, and the models hear of the change once, when it is committed.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<QList<AssessmentRecord>> items = [&] {
        const QSignalBlocker quiet(this);
        return assess(reference, proposal.ground);
    }();
    if (!items && !wholeRefusal)
        return Error { items.error() };
    if (!items)
        items = QList<AssessmentRecord>();
    if (!wholeRefusal) {
        for (const AssessmentRecord& item : items.value()) {
            if (Status valid = AssessmentRules::check(record.right, item, today()); !valid)
                return Error { tr("%1: %2").arg(record.reference, valid.error()) };
        }
    }
    if (Status valid = checkProposal(record, proposal, items.value()); !valid)
        return Error { valid.error() };
    if (proposal.ground == DecisionGround::Excessive) {
        Result<QList<CaseRecord>> earlier = earlierRequests(reference);
        if (!earlier)
            return Error { earlier.error() };
        if (Status valid = checkExcessive(record, earlier.value()); !valid)
            return Error { valid.error() };
    }

    const QDateTime now = m_clock.now();
    DecisionRecord decision;
    decision.caseId = record.id;
    decision.outcome = proposal.outcome;
    decision.ground = proposal.ground;
    decision.summary = proposal.summary.trimmed();
    decision.reasons = proposal.reasons.trimmed();
    decision.legalReference = proposal.legalReference.trimmed();
    decision.facts = proposal.facts.trimmed();
    decision.feeAmount = proposal.feeAmount.trimmed();
    decision.balancing = proposal.balancing.trimmed();
    decision.proposedBy = m_actor.userName;
    decision.proposedAt = now;
    if (Status saved = DecisionRepository(m_db, m_keys).saveProposal(decision); !saved)
        return Error { saved.error() };
    if (Status logged = logCase(record, QStringLiteral("case.decision_proposed"),
                                QStringLiteral("reference=%1 outcome=%2 ground=%3")
                                    .arg(record.reference, DecisionOutcomes::code(decision.outcome),
                                         DecisionGrounds::code(decision.ground)));
        !logged)
        return Error { logged.error() };
    if (Status moved = writeStatus(record, CaseStatus::DecisionProposed, now); !moved)
        return Error { moved.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return byReferenceWithDeadlines(reference);
}

Result<CaseRecord> CaseService::approveDecision(const QString& reference)
{
    Result<CaseRecord> current = caseIn(reference, { CaseStatus::DecisionProposed }, Permission::ApproveDecision);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    Result<std::optional<DecisionRecord>> found = DecisionRepository(m_db, m_keys).forCase(record.id);
    if (!found)
        return Error { found.error() };
    if (!found.value())
        return Error { tr("%1 has no proposed decision to approve.").arg(record.reference) };
    DecisionRecord decision = *found.value();
    // GDPR Art. 12(4)-(5): refusals and fees are the DPO's decisions.
    if (DecisionOutcomes::refuses(decision.outcome)) {
        if (Status allowed = Permissions::check(m_actor.role, Permission::ApproveRefusal); !allowed)
            return Error { allowed.error() };
    }
    if (DecisionGrounds::isArticle12_5(decision.ground)) {
        if (Status allowed = Permissions::check(m_actor.role, Permission::DecideExcessive); !allowed)
            return Error { allowed.error() };
    }
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status approved = DecisionRepository(m_db, m_keys).approve(record.id, m_actor.userName, now); !approved)
        return Error { approved.error() };
    decision.approvedBy = m_actor.userName;
    decision.approvedAt = now;
    if (Status done = carryOut(record, decision, now); !done)
        return Error { done.error() };
    if (Status logged = logCase(record, QStringLiteral("case.decision_approved"),
                                QStringLiteral("reference=%1 outcome=%2 ground=%3")
                                    .arg(record.reference, DecisionOutcomes::code(decision.outcome),
                                         DecisionGrounds::code(decision.ground)));
        !logged)
        return Error { logged.error() };
    if (Status moved = writeStatus(record, CaseStatus::DecisionApproved, now); !moved)
        return Error { moved.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return byReferenceWithDeadlines(reference);
}

Result<std::optional<DecisionRecord>> CaseService::decision(const QString& reference) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    return DecisionRepository(m_db, m_keys).forCase(current->id);
}

Result<QList<CaseRecord>> CaseService::earlierRequests(const QString& reference) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    CaseFilter filter;
    filter.subjectId = current->subjectId;
    Result<QList<CaseRecord>> all = CaseRepository(m_db, m_keys).list(filter);
    if (!all)
        return all;
    QList<CaseRecord> earlier;
    QSet<qint64> requests;
    for (const CaseRecord& other : all.value()) {
        if (other.requestId == current->requestId || requests.contains(other.requestId))
            continue;
        if (other.received.stockholmDate > current->received.stockholmDate)
            continue;
        requests.insert(other.requestId);
        earlier << other;
    }
    std::sort(earlier.begin(), earlier.end(), [](const CaseRecord& a, const CaseRecord& b) {
        return a.received.stockholmDate < b.received.stockholmDate;
    });
    return earlier;
}

} // namespace dsar
