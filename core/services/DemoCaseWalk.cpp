#include "DemoCaseWalk.h"

#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "services/CaseService.h"

#include <QJsonArray>

namespace dsar {
namespace {

// The handläggare's summary of a granted decision, per right, as a Swedish organisation would word it.
QString defaultSummary(RequestRight right)
{
    switch (right) {
    case RequestRight::Access:
        return QStringLiteral("Du får ett registerutdrag med de personuppgifter vi behandlar om dig.");
    case RequestRight::Rectification:
        return QStringLiteral("Vi har rättat de uppgifter du påpekade.");
    case RequestRight::Erasure:
        return QStringLiteral("Vi har raderat dina personuppgifter utom de vi enligt lag måste spara.");
    case RequestRight::Restriction:
        return QStringLiteral("Vi har begränsat behandlingen av dina uppgifter medan vi kontrollerar dem.");
    case RequestRight::Portability:
        return QStringLiteral("Du får de uppgifter du själv lämnat till oss i ett maskinläsbart format.");
    case RequestRight::Objection:
        return QStringLiteral("Vi har upphört med behandlingen du invände mot.");
    case RequestRight::ConsentWithdrawal:
        return QStringLiteral("Ditt samtycke är återkallat och behandlingen som byggde på det har upphört.");
    }
    return {};
}

// A demo date: days relative to today.
QDate demoDate(const QJsonValue& value, QDate today)
{
    return value.isDouble() ? today.addDays(value.toInteger()) : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

DemoCaseWalk::DemoCaseWalk(CaseService& handler, CaseService& dpo, const LetterRenderer& renderer,
                           FixedClock& walkClock, QDateTime now)
    : m_handler(handler)
    , m_dpo(dpo)
    , m_renderer(renderer)
    , m_clock(walkClock)
    , m_now(std::move(now))
{ }

Status DemoCaseWalk::walk(const QList<CaseRecord>& opened, const QJsonObject& request)
{
    const QJsonArray statuses = request.value(QStringLiteral("walk")).toArray();
    const QJsonObject decisions = request.value(QStringLiteral("decisions")).toObject();
    if (opened.isEmpty())
        return {};
    const ReceiptTime& received = opened.first().received;
    const QDateTime arrived
        = received.instant.value_or(QDateTime(received.stockholmDate, QTime(9, 0), StockholmTime::zone()).toUTC());
    int day = 0;
    for (const QJsonValue& code : statuses) {
        const std::optional<CaseStatus> status = CaseStatuses::fromCode(code.toString());
        if (!status)
            return Error { tr("Unknown status \"%1\".").arg(code.toString()) };
        day += 2;
        // Closing as identity not confirmed waits for the subject's answer as long as the rule says (LEGAL.md 1.1
        // item 7): that is today.
        m_clock.setNow(*status == CaseStatus::IdentityNotConfirmed ? m_now : std::min(arrived.addDays(day), m_now));
        for (const CaseRecord& record : opened) {
            const QJsonObject decision = decisions.value(RequestRights::code(record.right)).toObject();
            if (Result<CaseRecord> changed = step(record, *status, decision); !changed)
                return Error { changed.error() };
        }
    }
    // An extension asked for in work, approved by the DPO the same day (GDPR Art. 12(3)).
    const QJsonObject extension = request.value(QStringLiteral("extension")).toObject();
    if (extension.isEmpty())
        return {};
    const std::optional<ExtensionReason> reason
        = ExtensionReasons::fromCode(extension.value(QStringLiteral("reason")).toString());
    if (!reason)
        return Error {
            tr("Unknown extension reason \"%1\".").arg(extension.value(QStringLiteral("reason")).toString())
        };
    m_clock.setNow(std::min(arrived.addDays(day + 2), m_now));
    for (const CaseRecord& record : opened) {
        const QString note = extension.value(QStringLiteral("note")).toString();
        if (Result<CaseRecord> requested = m_handler.requestExtension(record.reference, *reason, note); !requested)
            return Error { requested.error() };
        if (extension.value(QStringLiteral("approved")).toBool()) {
            if (Result<CaseRecord> approved = m_dpo.approveExtension(record.reference); !approved)
                return Error { approved.error() };
        }
    }
    return {};
}

Result<CaseRecord> DemoCaseWalk::step(const CaseRecord& record, CaseStatus status, const QJsonObject& decision)
{
    switch (status) {
    case CaseStatus::AwaitingIdentification:
        return m_handler.requestIdentification(record.reference, ClockStopEpisode::Kind::Identity,
                                               QStringLiteral("Begäran kom från en e-postadress som organisationen "
                                                              "inte har för den registrerade."),
                                               record.received.stockholmDate);
    case CaseStatus::IdentityNotConfirmed:
        return m_handler.closeIdentityNotConfirmed(record.reference);
    case CaseStatus::DecisionProposed:
        if (Status proposed = propose(record, decision); !proposed)
            return Error { proposed.error() };
        return m_handler.byReference(record.reference);
    case CaseStatus::DecisionApproved:
        return m_dpo.approveDecision(record.reference);
    case CaseStatus::Answered:
        if (Status answered = answer(record); !answered)
            return Error { answered.error() };
        return m_handler.markLetterSent(record.reference, LetterKind::Outcome, QStringLiteral("e-post"));
    case CaseStatus::Refused:
        if (Result<WrittenLetter> letter
            = m_handler.writeLetter(record.reference, LetterKind::Refusal, QStringLiteral("sv"), m_renderer);
            !letter)
            return Error { letter.error() };
        return m_handler.markLetterSent(record.reference, LetterKind::Refusal, QStringLiteral("brev"));
    case CaseStatus::Closed:
        return m_handler.close(record.reference);
    default:
        return m_handler.changeStatus(record.reference, status);
    }
}

Status DemoCaseWalk::propose(const CaseRecord& record, const QJsonObject& decision)
{
    const DecisionGround ground
        = DecisionGrounds::fromCode(decision.value(QStringLiteral("ground")).toString()).value_or(DecisionGround::None);
    Result<QList<AssessmentRecord>> items = m_handler.assess(record.reference, ground);
    if (!items)
        return Error { items.error() };
    // The demo's own assessment of particular items, matched by the system's field name.
    const QJsonArray changes = decision.value(QStringLiteral("items")).toArray();
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        const QString field = change.value(QStringLiteral("field")).toString();
        auto item = std::find_if(items->cbegin(), items->cend(),
                                 [&field](const AssessmentRecord& candidate) { return candidate.field == field; });
        if (item == items->cend())
            return Error { tr("%1 has no assessed item \"%2\".").arg(record.reference, field) };
        AssessmentChange assessed;
        const QString code = change.value(QStringLiteral("decision")).toString();
        const std::optional<ItemDecision> itemDecision = ItemDecisions::fromCode(code);
        if (!itemDecision)
            return Error { tr("Unknown item decision \"%1\".").arg(code) };
        assessed.decision = *itemDecision;
        assessed.ground = change.value(QStringLiteral("ground")).toString();
        assessed.legalReference = change.value(QStringLiteral("legal_reference")).toString();
        assessed.retainUntil = demoDate(change.value(QStringLiteral("retain_until_days")), m_handler.today());
        assessed.note = change.value(QStringLiteral("note")).toString();
        assessed.after = change.value(QStringLiteral("after")).toString();
        if (Result<AssessmentRecord> changed = m_handler.changeAssessment(record.reference, item->id, assessed);
            !changed)
            return Error { changed.error() };
    }
    DecisionProposal proposal;
    proposal.outcome = DecisionOutcomes::fromCode(decision.value(QStringLiteral("outcome")).toString())
                           .value_or(DecisionOutcome::Granted);
    proposal.ground = ground;
    proposal.summary = decision.value(QStringLiteral("summary")).toString(defaultSummary(record.right));
    proposal.reasons = decision.value(QStringLiteral("reasons")).toString();
    proposal.legalReference = decision.value(QStringLiteral("legal_reference")).toString();
    proposal.balancing = decision.value(QStringLiteral("balancing")).toString();
    proposal.facts = decision.value(QStringLiteral("facts")).toString();
    if (Result<CaseRecord> proposed = m_handler.proposeDecision(record.reference, proposal); !proposed)
        return Error { proposed.error() };
    return {};
}

// What staff do between the approval and the answer: erase in each system, tell each recipient (Art. 19),
// write the outcome letter.
Status DemoCaseWalk::answer(const CaseRecord& record)
{
    Result<QList<ErasureTask>> tasks = m_handler.erasureTasks(record.reference);
    if (!tasks)
        return Error { tasks.error() };
    for (const ErasureTask& task : tasks.value()) {
        if (Result<ErasureTask> done = m_handler.completeErasureTask(record.reference, task.system); !done)
            return Error { done.error() };
    }
    Result<QList<RecipientNotification>> notifications = m_handler.notifications(record.reference);
    if (!notifications)
        return Error { notifications.error() };
    for (const RecipientNotification& notification : notifications.value()) {
        Result<RecipientNotification> recorded
            = m_handler.recordNotification(record.reference, notification.recipient, NotificationStatus::Notified,
                                           QStringLiteral("e-post"), m_handler.today(), {});
        if (!recorded)
            return Error { recorded.error() };
    }
    Result<WrittenLetter> letter
        = m_handler.writeLetter(record.reference, LetterKind::Outcome, QStringLiteral("sv"), m_renderer);
    if (!letter)
        return Error { letter.error() };
    return {};
}

} // namespace dsar
