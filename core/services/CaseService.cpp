#include "CaseService.h"

#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "domain/CaseWorkflow.h"
#include "security/Permission.h"
#include "services/ControllerService.h"
#include "services/SettingsService.h"
#include "services/SubjectService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace dsar {
namespace {

// The moves that belong to a step of their own, and which step that is.
std::optional<QString> decisionStep(CaseStatus from, CaseStatus to)
{
    switch (to) {
    case CaseStatus::DecisionProposed:
        return CaseService::tr("a decision is proposed with the assessment of the subject's data (Propose decision on "
                               "the case's Decision and letters tab, or dsarctl case propose).");
    case CaseStatus::DecisionApproved:
        return CaseService::tr("the DPO approves the proposed decision (Approve decision on the Decision and letters "
                               "tab, or dsarctl case approve).");
    case CaseStatus::Answered:
        return CaseService::tr("a case is answered when its outcome letter is recorded as sent (Mark as sent on the "
                               "Decision and letters tab, or dsarctl case mark-sent --kind outcome).");
    case CaseStatus::Refused:
        return CaseService::tr("a refused case ends when its refusal letter is recorded as sent (Mark as sent on the "
                               "Decision and letters tab, or dsarctl case mark-sent --kind refusal).");
    case CaseStatus::Closed:
        return CaseService::tr(
            "closing checks the letters, erasure tasks and notifications (Close case on the Decision "
            "and letters tab, or dsarctl case close).");
    default:
        break;
    }
    Q_UNUSED(from)
    return std::nullopt;
}

} // namespace

CaseService::CaseService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys,
                         const SettingsService& settings)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
    , m_settings(settings)
{ }

QDate CaseService::today() const
{
    return m_clock.today();
}

Status CaseService::validateReceipt(const ReceiptTime& received) const
{
    if (Status plausible = DeadlineCalculator::checkReceiptDate(received.stockholmDate); !plausible)
        return plausible;
    // LEGAL.md 1.1 item 1: the receipt is when the request arrived, which cannot be later than now.
    if (received.instant ? *received.instant > m_clock.now() : received.stockholmDate > m_clock.today()) {
        return Error { tr("The receipt %1 is in the future. Give the date and time the request actually arrived "
                          "(today is %2).")
                           .arg(received.instant ? received.instant->toTimeZone(StockholmTime::zone())
                                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                 : received.stockholmDate.toString(Qt::ISODate),
                                m_clock.today().toString(Qt::ISODate)) };
    }
    return {};
}

Result<Deadlines> CaseService::previewDeadlines(const ReceiptTime& received) const
{
    if (Status valid = validateReceipt(received); !valid)
        return Error { valid.error() };
    Result<DeadlinePolicy> policy = m_settings.deadlinePolicy();
    if (!policy)
        return Error { policy.error() };
    return DeadlineCalculator(policy.value()).compute(received.stockholmDate);
}

Result<QList<CaseRecord>> CaseService::openRequest(const OpenRequest& request)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::RegisterRequest); !allowed)
        return Error { allowed.error() };
    if (request.rights.isEmpty())
        return Error { tr("Say which right the request is about (%1).").arg(RequestRights::codeList()) };
    QList<RequestRight> rights;
    for (RequestRight right : request.rights) {
        if (!rights.contains(right))
            rights << right;
    }
    Result<Deadlines> deadlines = previewDeadlines(request.received);
    if (!deadlines)
        return Error { deadlines.error() };
    Result<DeadlinePolicy> policy = m_settings.deadlinePolicy();
    if (!policy)
        return Error { policy.error() };

    CaseRepository repository(m_db, m_keys);
    AuditLog audit(m_db, m_keys);
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };

    SubjectService subjects(m_db, m_clock, m_actor, m_keys);
    Result<SubjectRecord> subject
        = request.newSubject ? subjects.add(*request.newSubject) : subjects.byId(request.subjectId);
    if (!subject)
        return Error { subject.error() };
    Result<ControllerRecord> controller = ControllerService(m_db, m_clock, m_actor, m_keys).resolve(request.controller);
    if (!controller)
        return Error { controller.error() };

    Result<qint64> requestId = repository.insertRequest(
        { controller->id, subject->id, request.channel, request.received, now, m_actor.userName });
    if (!requestId)
        return Error { requestId.error() };

    QList<CaseRecord> opened;
    for (RequestRight right : rights) {
        Result<QString> reference = repository.nextReference(request.received.stockholmDate.year());
        if (!reference)
            return Error { reference.error() };
        CaseRecord record;
        record.reference = reference.value();
        record.requestId = requestId.value();
        record.subjectId = subject->id;
        record.subjectName = subject->name;
        record.controllerId = controller->id;
        record.controllerName = controller->name;
        record.right = right;
        record.status = CaseStatus::Received;
        record.channel = request.channel;
        record.received = request.received;
        record.registeredAt = now;
        record.calendarProfile = policy->profile;
        record.due = deadlines->due;
        record.extendedDue = deadlines->extendedDue;
        record.extensionTarget = deadlines->extensionTarget;
        record.internalTarget = deadlines->internalTarget;
        record.currentDue = deadlines->due;
        Result<qint64> caseId = repository.insertCase(record);
        if (!caseId)
            return Error { caseId.error() };
        record.id = caseId.value();
        Status logged
            = audit.append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("case.opened"),
                             QStringLiteral("case"), record.id,
                             QStringLiteral("reference=%1 right=%2 channel=%3 received=%4 due=%5 profile=%6")
                                 .arg(record.reference, RequestRights::code(right), Channels::code(request.channel),
                                      record.received.stockholmDate.toString(Qt::ISODate),
                                      record.due.toString(Qt::ISODate), calendarProfileCode(record.calendarProfile)) });
        if (!logged)
            return Error { logged.error() };
        opened << record;
    }
    // Linked cases: one letter asking for several rights.
    for (CaseRecord& record : opened) {
        for (const CaseRecord& other : std::as_const(opened)) {
            if (other.id != record.id)
                record.linkedReferences << other.reference;
        }
    }
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return opened;
}

Status CaseService::writeStatus(const CaseRecord& record, CaseStatus to, const QDateTime& now)
{
    const QDateTime closedAt = CaseWorkflow::isFinal(to) ? now : QDateTime();
    if (Status updated = CaseRepository(m_db, m_keys).updateStatus(record.id, to, closedAt, now); !updated)
        return updated;
    // GDPR Art. 12(3)-(4): the subject has the answer, granted or refused.
    if (to == CaseStatus::Answered || to == CaseStatus::Refused) {
        if (Status answered = CaseRepository(m_db, m_keys).setAnsweredAt(record.id, now); !answered)
            return answered;
    }
    return logCase(record, QStringLiteral("case.status_changed"),
                   QStringLiteral("reference=%1 from=%2 to=%3")
                       .arg(record.reference, CaseStatuses::code(record.status), CaseStatuses::code(to)));
}

Status CaseService::logCase(const CaseRecord& record, const QString& action, const QString& details)
{
    return AuditLog(m_db, m_keys)
        .append({ 0, m_clock.wallClockNow(), m_actor.userName, action, QStringLiteral("case"), record.id, details });
}

Status CaseService::commitChange(Transaction& transaction)
{
    if (Status committed = transaction.commit(); !committed)
        return committed;
    emit casesChanged();
    return {};
}

Result<CaseRecord> CaseService::changeStatus(const QString& reference, CaseStatus to)
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    if (Status allowed = CaseWorkflow::check(current->status, to, m_actor.role); !allowed)
        return Error { tr("%1: %2").arg(current->reference, allowed.error()) };
    // GDPR Art. 12(6), LEGAL.md 1.1 item 7: identification moves a case only with its documented request and
    // answer (they stop and restart the clock), so these moves go through the identification steps.
    const bool identificationMove = to == CaseStatus::AwaitingIdentification || to == CaseStatus::IdentityNotConfirmed
        || (current->status == CaseStatus::AwaitingIdentification && to == CaseStatus::InProgress);
    if (identificationMove) {
        return Error { tr("%1: identification moves a case only when the request for identity or clarification and "
                          "its answer are recorded (dsarctl case identify).")
                           .arg(current->reference) };
    }
    // Issue 5 items 4-5: a decision, its approval, the answer and the closing are steps of their own, each
    // checking what it needs.
    if (std::optional<QString> step = decisionStep(current->status, to))
        return Error { tr("%1: %2").arg(current->reference, *step) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    CaseRecord record = current.value();
    const QDateTime now = m_clock.now();
    if (Status written = writeStatus(record, to, now); !written)
        return Error { written.error() };
    if (CaseWorkflow::isFinal(to))
        record.closedAt = now;
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    record.status = to;
    emit casesChanged();
    return record;
}

Result<QList<CaseRecord>> CaseService::list(const CaseFilter& filter) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    return CaseRepository(m_db, m_keys).list(filter);
}

Result<CaseRecord> CaseService::byReference(const QString& reference) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<std::optional<CaseRecord>> found = CaseRepository(m_db, m_keys).byReference(reference);
    if (!found)
        return Error { found.error() };
    if (!found.value()) {
        return Error { tr("There is no case %1. References look like DSAR-2027-00042; list cases with "
                          "\"dsarctl case list\".")
                           .arg(reference.trimmed()) };
    }
    return *found.value();
}

} // namespace dsar
