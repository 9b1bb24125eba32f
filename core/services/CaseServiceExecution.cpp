// CaseService: carrying out an approved decision: erasure tasks, Art. 19 notifications, processing stops,
// lifting a restriction, follow-up erasures (issue 5 item 4).
#include "CaseService.h"
#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "services/HoldingService.h"
#include "storage/CaseRepository.h"
#include "storage/CaseTaskRepository.h"
#include "storage/ControllerRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/HoldingRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Transaction.h"

#include <QSet>

namespace dsar {
namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// GDPR Art. 19 covers rectification (Art. 16), erasure (Art. 17(1)) and restriction (Art. 18).
bool needsNotification(ItemDecision decision)
{
    return decision == ItemDecision::Erase || decision == ItemDecision::Rectify || decision == ItemDecision::Restrict;
}

QList<qint64> idsOf(const QList<AssessmentRecord>& items)
{
    QList<qint64> ids;
    for (const AssessmentRecord& item : items)
        ids << item.id;
    return ids;
}

} // namespace

Status CaseService::stopProcessing(const CaseRecord& record, StopScope scope, qint64 activityId, const QDateTime& now)
{
    // Once per case, scope and activity: an assessment with no items is drafted again on the next look, and the
    // suppression list must not grow with every look.
    Result<QList<ProcessingStop>> recorded = CaseTaskRepository(m_db, m_keys).stopsForCase(record.id);
    if (!recorded)
        return Error { recorded.error() };
    for (const ProcessingStop& existing : recorded.value()) {
        if (existing.scope == scope && existing.activityId == activityId)
            return {};
    }
    Result<std::optional<SubjectRecord>> subject = SubjectRepository(m_db, m_keys).byId(record.subjectId);
    if (!subject)
        return Error { subject.error() };
    // The suppression entry must still recognise the person after everything else is erased.
    QStringList identifiers;
    if (subject.value()) {
        const SubjectRecord& person = *subject.value();
        for (const QString& part : { person.name, person.email, person.personalId }) {
            if (!part.isEmpty())
                identifiers << part;
        }
    }
    ProcessingStop stop;
    stop.subjectId = record.subjectId;
    stop.identifiers = identifiers.join(QStringLiteral("; "));
    stop.controllerId = record.controllerId;
    stop.activityId = activityId;
    stop.scope = scope;
    stop.caseId = record.id;
    // GDPR Art. 7(3), 21(3): from the request on.
    stop.stoppedOn = scope == StopScope::ObjectionUpheld ? today() : record.received.stockholmDate;
    stop.recordedBy = m_actor.userName;
    stop.recordedAt = now;
    if (Status inserted = CaseTaskRepository(m_db, m_keys).insertStop(stop); !inserted)
        return inserted;
    return logCase(record, QStringLiteral("case.processing_stopped"),
                   QStringLiteral("reference=%1 scope=%2 activity=%3 from=%4")
                       .arg(record.reference, StopScopes::code(scope))
                       .arg(activityId)
                       .arg(iso(stop.stoppedOn)));
}

Status CaseService::carryOut(const CaseRecord& record, const DecisionRecord& decision, const QDateTime& now)
{
    if (decision.outcome == DecisionOutcome::Refused || decision.outcome == DecisionOutcome::Fee)
        return {};
    DecisionRepository decisions(m_db, m_keys);
    CaseTaskRepository tasks(m_db, m_keys);
    Result<QList<AssessmentRecord>> items = decisions.items(record.id);
    if (!items)
        return Error { items.error() };
    QSet<qint64> affectedActivities;
    for (const AssessmentRecord& item : items.value()) {
        if (needsNotification(item.decision) && item.activityId > 0)
            affectedActivities.insert(item.activityId);
        switch (item.decision) {
        case ItemDecision::Erase:
            // GDPR Art. 17: one task per system; the system's owner confirms it done.
            if (Status added = tasks.insertErasureTask(record.id, item.system); !added)
                return added;
            break;
        case ItemDecision::Rectify: {
            // GDPR Art. 16: DSAR Desk's copy takes the corrected value.
            HoldingRepository holdings(m_db, m_keys);
            Result<std::optional<Holding>> holding = holdings.byId(item.holdingId);
            if (!holding)
                return Error { holding.error() };
            if (holding.value()) {
                Holding corrected = *holding.value();
                corrected.value = item.after;
                if (Status updated = holdings.update(corrected, now); !updated)
                    return updated;
            }
            if (Status done = decisions.markItemsDone({ item.id }, m_actor.userName, now); !done)
                return done;
            break;
        }
        case ItemDecision::Restrict:
            // GDPR Art. 18(2): from now on only stored.
            if (Status done = decisions.markItemsDone({ item.id }, m_actor.userName, now); !done)
                return done;
            break;
        case ItemDecision::Stop:
            if (record.right == RequestRight::Objection && decision.ground == DecisionGround::ParticularSituation) {
                if (Status stopped = stopProcessing(record, StopScope::ObjectionUpheld, item.activityId, now); !stopped)
                    return stopped;
            }
            if (Status done = decisions.markItemsDone({ item.id }, m_actor.userName, now); !done)
                return done;
            break;
        default:
            break;
        }
    }
    // GDPR Art. 21(3): an objection to direct marketing always leaves its suppression entry.
    if (decision.ground == DecisionGround::DirectMarketing) {
        Result<QList<ProcessingStop>> stops = tasks.stopsForCase(record.id);
        if (!stops)
            return Error { stops.error() };
        if (stops->isEmpty()) {
            if (Status stopped = stopProcessing(record, StopScope::DirectMarketing, 0, now); !stopped)
                return stopped;
        }
    }
    // GDPR Art. 19: every recipient of the affected data.
    RegisterRepository activities(m_db);
    for (qint64 activityId : std::as_const(affectedActivities)) {
        Result<std::optional<ProcessingActivity>> activity = activities.byId(activityId);
        if (!activity)
            return Error { activity.error() };
        if (!activity.value())
            continue;
        for (const Recipient& recipient : activity.value()->recipients) {
            if (Status added
                = tasks.insertNotification(record.id, recipient.name, RecipientRoles::code(recipient.role));
                !added)
                return added;
        }
    }
    return {};
}

Result<QList<ErasureTask>> CaseService::erasureTasks(const QString& reference) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    return CaseTaskRepository(m_db, m_keys).erasureTasks(current->id);
}

Result<ErasureTask> CaseService::completeErasureTask(const QString& reference, const QString& system)
{
    Result<CaseRecord> current
        = caseIn(reference, { CaseStatus::DecisionApproved, CaseStatus::Answered }, Permission::WorkCase);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    CaseTaskRepository tasks(m_db, m_keys);
    Result<QList<ErasureTask>> all = tasks.erasureTasks(record.id);
    if (!all)
        return Error { all.error() };
    auto found = std::find_if(all->cbegin(), all->cend(), [&system](const ErasureTask& task) {
        return task.system.compare(system.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (found == all->cend()) {
        QStringList systems;
        for (const ErasureTask& task : all.value())
            systems << task.system;
        return Error { systems.isEmpty()
                           ? tr("%1 has no erasure tasks: nothing was decided to be erased.").arg(record.reference)
                           : tr("%1 has no erasure task for \"%2\". Its tasks are: %3.")
                                 .arg(record.reference, system.trimmed(), systems.join(QStringLiteral(", "))) };
    }
    ErasureTask task = *found;
    if (task.isDone()) {
        return Error { tr("%1: the erasure in %2 was already confirmed by %3 on %4.")
                           .arg(record.reference, task.system, task.doneBy,
                                iso(task.doneAt.toTimeZone(StockholmTime::zone()).date())) };
    }
    Result<QList<AssessmentRecord>> items = DecisionRepository(m_db, m_keys).items(record.id);
    if (!items)
        return Error { items.error() };
    QList<AssessmentRecord> erased;
    for (const AssessmentRecord& item : items.value()) {
        if (item.decision == ItemDecision::Erase && item.system == task.system)
            erased << item;
    }

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    HoldingRepository holdings(m_db, m_keys);
    for (const AssessmentRecord& item : std::as_const(erased)) {
        if (item.holdingId > 0) {
            if (Result<bool> removed = holdings.remove(item.holdingId); !removed)
                return Error { removed.error() };
        }
    }
    if (Status done = DecisionRepository(m_db, m_keys).markItemsDone(idsOf(erased), m_actor.userName, now); !done)
        return Error { done.error() };
    if (Status done = tasks.completeErasureTask(task.id, m_actor.userName, now); !done)
        return Error { done.error() };
    if (Status logged = logCase(
            record, QStringLiteral("case.erasure_done"),
            QStringLiteral("reference=%1 system=%2 items=%3").arg(record.reference, task.system).arg(erased.size()));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    task.doneBy = m_actor.userName;
    task.doneAt = now;
    return task;
}

Result<QList<RecipientNotification>> CaseService::notifications(const QString& reference) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    return CaseTaskRepository(m_db, m_keys).notifications(current->id);
}

Result<RecipientNotification> CaseService::recordNotification(const QString& reference, const QString& recipient,
                                                              NotificationStatus status, const QString& method,
                                                              QDate on, const QString& reason)
{
    Result<CaseRecord> current
        = caseIn(reference, { CaseStatus::DecisionApproved, CaseStatus::Answered }, Permission::WorkCase);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    Result<QList<RecipientNotification>> all = notifications(reference);
    if (!all)
        return Error { all.error() };
    auto found = std::find_if(all->cbegin(), all->cend(), [&recipient](const RecipientNotification& notification) {
        return notification.recipient.compare(recipient.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (found == all->cend()) {
        QStringList names;
        for (const RecipientNotification& notification : all.value())
            names << notification.recipient;
        return Error { names.isEmpty()
                           ? tr("%1 has no recipients to notify (GDPR Art. 19).").arg(record.reference)
                           : tr("%1: \"%2\" is not a recipient of the affected data. The recipients are: "
                                "%3.")
                                 .arg(record.reference, recipient.trimmed(), names.join(QStringLiteral(", "))) };
    }
    RecipientNotification notification = *found;
    switch (status) {
    case NotificationStatus::Pending:
        return Error { tr("%1: record that %2 was notified, or why it was impossible or disproportionate.")
                           .arg(record.reference, notification.recipient) };
    case NotificationStatus::Notified:
        if (method.trimmed().isEmpty() || !on.isValid()) {
            return Error { tr("%1: say how %2 was notified (e.g. e-mail) and on which date.")
                               .arg(record.reference, notification.recipient) };
        }
        if (on > today())
            return Error {
                tr("%1: %2 is in the future; record a notification once it is sent.").arg(record.reference, iso(on))
            };
        break;
    case NotificationStatus::Impossible:
    case NotificationStatus::Disproportionate:
        // GDPR Art. 19: the exception is recorded with its reasons.
        if (reason.trimmed().isEmpty()) {
            return Error { tr("%1: explain why notifying %2 is impossible or would involve disproportionate effort.")
                               .arg(record.reference, notification.recipient) };
        }
        break;
    }
    notification.status = status;
    notification.method = status == NotificationStatus::Notified ? method.trimmed() : QString();
    notification.notifiedOn = status == NotificationStatus::Notified ? on : QDate();
    notification.reason = status == NotificationStatus::Notified ? QString() : reason.trimmed();
    notification.recordedBy = m_actor.userName;
    notification.recordedAt = m_clock.now();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status written = CaseTaskRepository(m_db, m_keys).recordNotification(notification); !written)
        return Error { written.error() };
    if (Status logged = logCase(record, QStringLiteral("case.recipient_notified"),
                                QStringLiteral("reference=%1 recipient=%2 status=%3 on=%4")
                                    .arg(record.reference, notification.recipient, NotificationStatuses::code(status),
                                         iso(notification.notifiedOn)));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return notification;
}

Result<QList<SubjectRecipient>> CaseService::recipientsOfSubject(qint64 subjectId) const
{
    Result<QList<HoldingView>> holdings = HoldingService(m_db, m_clock, m_actor, m_keys).forSubject(subjectId);
    if (!holdings)
        return Error { holdings.error() };
    QList<qint64> activityIds;
    for (const HoldingView& view : holdings.value()) {
        if (!activityIds.contains(view.holding.activityId))
            activityIds << view.holding.activityId;
    }
    RegisterRepository activities(m_db);
    QList<SubjectRecipient> recipients;
    for (qint64 id : std::as_const(activityIds)) {
        Result<std::optional<ProcessingActivity>> activity = activities.byId(id);
        if (!activity)
            return Error { activity.error() };
        if (!activity.value())
            continue;
        for (const Recipient& recipient : activity.value()->recipients) {
            auto known = std::find_if(recipients.begin(), recipients.end(), [&recipient](const SubjectRecipient& r) {
                return r.recipient.name == recipient.name;
            });
            if (known == recipients.end())
                recipients << SubjectRecipient { recipient, { activity.value()->name } };
            else if (!known->activities.contains(activity.value()->name))
                known->activities << activity.value()->name;
        }
    }
    return recipients;
}

Result<QList<ProcessingStop>> CaseService::processingStops(qint64 subjectId) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    return CaseTaskRepository(m_db, m_keys).stops(subjectId);
}

Result<CaseRecord> CaseService::liftRestriction(const QString& reference)
{
    Result<CaseRecord> current
        = caseIn(reference, { CaseStatus::DecisionApproved, CaseStatus::Answered, CaseStatus::Closed },
                 Permission::LiftRestriction);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    if (record.right != RequestRight::Restriction)
        return Error { tr("%1 is not a request for restriction.").arg(record.reference) };
    Result<QList<AssessmentRecord>> items = DecisionRepository(m_db, m_keys).items(record.id);
    if (!items)
        return Error { items.error() };
    QList<AssessmentRecord> restricted;
    for (const AssessmentRecord& item : items.value()) {
        if (item.decision == ItemDecision::Restrict && item.doneAt.isValid() && !item.liftedAt.isValid())
            restricted << item;
    }
    if (restricted.isEmpty())
        return Error { tr("%1 has no restriction in force to lift.").arg(record.reference) };
    // GDPR Art. 18(3): the subject is told before the restriction is lifted.
    Result<QList<LetterRecord>> sent = CaseTaskRepository(m_db, m_keys).letters(record.id);
    if (!sent)
        return Error { sent.error() };
    const bool told = std::any_of(sent->cbegin(), sent->cend(), [](const LetterRecord& letter) {
        return letter.kind == LetterKind::RestrictionLifting && letter.isSent();
    });
    if (!told) {
        return Error { tr("%1: the subject must be told before a restriction is lifted (GDPR Art. 18(3)). Write the "
                          "restriction-lifting letter and record it as sent first.")
                           .arg(record.reference) };
    }
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    DecisionRepository decisions(m_db, m_keys);
    for (const AssessmentRecord& item : std::as_const(restricted)) {
        if (Status lifted = decisions.markLifted(item.id, m_actor.userName, now); !lifted)
            return Error { lifted.error() };
    }
    if (Status logged = logCase(record, QStringLiteral("case.restriction_lifted"),
                                QStringLiteral("reference=%1 items=%2").arg(record.reference).arg(restricted.size()));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return byReferenceWithDeadlines(reference);
}

Result<QList<FollowUp>> CaseService::followUps() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<QList<AssessmentRecord>> due = DecisionRepository(m_db, m_keys).dueFollowUps(today());
    if (!due)
        return Error { due.error() };
    CaseRepository cases(m_db, m_keys);
    QList<FollowUp> list;
    for (const AssessmentRecord& item : due.value()) {
        Result<std::optional<CaseRecord>> owner = cases.byId(item.caseId);
        if (!owner)
            return Error { owner.error() };
        FollowUp followUp { item, {}, {}, {} };
        if (owner.value()) {
            followUp.caseReference = owner.value()->reference;
            followUp.subjectName = owner.value()->subjectName;
            followUp.controllerName = owner.value()->controllerName;
        }
        list << followUp;
    }
    return list;
}

Result<FollowUp> CaseService::completeFollowUp(qint64 itemId)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ExecuteErasure); !allowed)
        return Error { allowed.error() };
    Result<QList<FollowUp>> due = followUps();
    if (!due)
        return Error { due.error() };
    auto found = std::find_if(due->cbegin(), due->cend(),
                              [itemId](const FollowUp& followUp) { return followUp.item.id == itemId; });
    if (found == due->cend()) {
        return Error { tr("Item %1 has no follow-up erasure due: it is not a kept item, its retain-until date has not "
                          "passed, or it was already erased. List what is due with \"dsarctl followups\".")
                           .arg(itemId) };
    }
    FollowUp followUp = *found;
    Result<CaseRecord> record = byReference(followUp.caseReference);
    if (!record)
        return Error { record.error() };
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (followUp.item.holdingId > 0) {
        if (Result<bool> removed = HoldingRepository(m_db, m_keys).remove(followUp.item.holdingId); !removed)
            return Error { removed.error() };
    }
    if (Status done = DecisionRepository(m_db, m_keys).markFollowUpDone(itemId, m_actor.userName, now); !done)
        return Error { done.error() };
    if (Status logged = logCase(record.value(), QStringLiteral("case.followup_erased"),
                                QStringLiteral("reference=%1 item=%2 retain_until=%3")
                                    .arg(followUp.caseReference)
                                    .arg(itemId)
                                    .arg(iso(followUp.item.retainUntil)));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    followUp.item.followupDoneBy = m_actor.userName;
    followUp.item.followupDoneAt = now;
    return followUp;
}

} // namespace dsar
