// CaseService: identification and clarification, the clock stops of LEGAL.md 1.1 item 7 (issue 5 item 2).
#include "CaseService.h"
#include "common/Clock.h"
#include "domain/CaseWorkflow.h"
#include "security/Permission.h"
#include "services/CaseClockStops.h"
#include "services/SettingsService.h"
#include "storage/CaseRepository.h"
#include "storage/IdentificationRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace dsar {
namespace {

// A reason is a documented doubt, not a file: long enough for a paragraph or two.
constexpr int maxReasonLength = 4000;

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<CaseRecord> CaseService::requestIdentification(const QString& reference, ClockStopEpisode::Kind kind,
                                                      const QString& reason, QDate requestedOn)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    const QString doubt = reason.trimmed();
    // GDPR Art. 12(6), recital 63; EDPB 01/2022 para 159: the clock stops only for a documented doubt.
    if (doubt.isEmpty()) {
        return Error { tr("%1: say why identity is in doubt, or what in the request needs clarifying. Without a "
                          "documented, reasoned doubt (GDPR Art. 12(6)) or a need for clarification (recital 63) "
                          "the clock does not stop.")
                           .arg(record.reference) };
    }
    if (doubt.size() > maxReasonLength) {
        return Error { tr("%1: the reason is %2 characters long; keep it to %3 and put longer material in a note.")
                           .arg(record.reference)
                           .arg(doubt.size())
                           .arg(maxReasonLength) };
    }
    if (!requestedOn.isValid())
        return Error { tr("%1: give the date the request went out, e.g. 2027-03-08.").arg(record.reference) };
    if (requestedOn < record.received.stockholmDate) {
        return Error { tr("%1: the request for information is dated %2, before the request was received on %3. Give "
                          "the day it went out.")
                           .arg(record.reference, iso(requestedOn), iso(record.received.stockholmDate)) };
    }
    if (requestedOn > today()) {
        return Error { tr("%1: the request for information is dated %2, after today (%3). Record it on the day it "
                          "goes out.")
                           .arg(record.reference, iso(requestedOn), iso(today())) };
    }

    IdentificationRepository repository(m_db, m_keys);
    Result<QList<IdentificationRecord>> episodes = repository.forCase(record.id);
    if (!episodes)
        return Error { episodes.error() };
    for (const IdentificationRecord& episode : episodes.value()) {
        if (episode.isOpen()) {
            return Error { tr("%1: the request (%2) sent on %3 is still waiting for its answer. Record the answer "
                              "first; one request is open at a time.")
                               .arg(record.reference, ClockStopKinds::code(episode.kind), iso(episode.requestedOn)) };
        }
    }
    // A received or in-progress case waits for the answer; the workflow says which cases cannot.
    std::optional<CaseStatus> to;
    if (record.status != CaseStatus::AwaitingIdentification) {
        if (Status movable = CaseWorkflow::check(record.status, CaseStatus::AwaitingIdentification, m_actor.role);
            !movable)
            return Error { tr("%1: %2").arg(record.reference, movable.error()) };
        to = CaseStatus::AwaitingIdentification;
    }

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    IdentificationRecord episode;
    episode.caseId = record.id;
    episode.kind = kind;
    episode.reason = doubt;
    episode.requestedOn = requestedOn;
    episode.recordedBy = m_actor.userName;
    Result<qint64> id = repository.insert(episode, now);
    if (!id)
        return Error { id.error() };
    episode.id = id.value();

    CaseRepository cases(m_db, m_keys);
    if (to) {
        if (Status written = writeStatus(record, *to, now); !written)
            return Error { written.error() };
    }
    QList<IdentificationRecord> withNew = episodes.value();
    withNew << episode;
    Result<Deadlines> deadlines = CaseClockStops::compute(record, withNew, m_settings);
    if (!deadlines)
        return Error { deadlines.error() };
    CaseRecord changed = record;
    if (to)
        changed.status = *to;
    changed = CaseClockStops::apply(changed, deadlines.value());
    if (Status stored = cases.updateDeadlines(changed, now); !stored)
        return Error { stored.error() };
    // Codes and dates only: the reason may hold personal data.
    Status logged
        = logCase(record, QStringLiteral("case.identification_requested"),
                  QStringLiteral("reference=%1 kind=%2 requested_on=%3 clock_stopped=%4 due=%5")
                      .arg(record.reference, ClockStopKinds::code(kind), iso(requestedOn),
                           changed.clockStopped ? QStringLiteral("yes") : QStringLiteral("no"), iso(changed.due)));
    if (!logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return changed;
}

Result<CaseRecord> CaseService::recordIdentification(const QString& reference, QDate answeredOn,
                                                     std::optional<IdentificationMethod> method,
                                                     IdentificationOutcome outcome)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    if (!record.isOpen()) {
        return Error { tr("%1 is \"%2\" and finished; no answer can be recorded on it any more.")
                           .arg(record.reference, CaseStatuses::label(record.status)) };
    }
    IdentificationRepository repository(m_db, m_keys);
    Result<QList<IdentificationRecord>> found = repository.forCase(record.id);
    if (!found)
        return Error { found.error() };
    QList<IdentificationRecord> episodes = found.value();
    const auto open = std::find_if(episodes.begin(), episodes.end(),
                                   [](const IdentificationRecord& episode) { return episode.isOpen(); });
    if (open == episodes.end()) {
        return Error { tr("%1: no request for identity or clarification is waiting for an answer. Record the request "
                          "first, with the date it went out.")
                           .arg(record.reference) };
    }
    if (!answeredOn.isValid())
        return Error { tr("%1: give the date the answer arrived, e.g. 2027-03-15.").arg(record.reference) };
    if (answeredOn < open->requestedOn) {
        return Error { tr("%1: the answer is dated %2, before the request went out on %3. Give the day the answer "
                          "arrived.")
                           .arg(record.reference, iso(answeredOn), iso(open->requestedOn)) };
    }
    if (answeredOn > today()) {
        return Error { tr("%1: the answer is dated %2, after today (%3). Record it when it has arrived.")
                           .arg(record.reference, iso(answeredOn), iso(today())) };
    }
    if (open->kind == ClockStopEpisode::Kind::Identity && outcome == IdentificationOutcome::Confirmed && !method) {
        // LEGAL.md section 3: the check is recorded, never a copy of the ID document.
        return Error { tr("%1: say how identity was confirmed (%2). Only the method is recorded, never a copy of an "
                          "identity document.")
                           .arg(record.reference, IdentificationMethods::codeList()) };
    }
    if (open->kind == ClockStopEpisode::Kind::Clarification && method) {
        return Error { tr("%1: the open request asked for clarification (recital 63), not identity; leave out the "
                          "identification method.")
                           .arg(record.reference) };
    }
    std::optional<CaseStatus> to;
    if (outcome == IdentificationOutcome::Confirmed && record.status == CaseStatus::AwaitingIdentification) {
        if (Status movable = CaseWorkflow::check(record.status, CaseStatus::InProgress, m_actor.role); !movable)
            return Error { tr("%1: %2").arg(record.reference, movable.error()) };
        to = CaseStatus::InProgress;
    }

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status closed = repository.close(open->id, answeredOn, method, outcome, m_actor.userName, now); !closed)
        return Error { closed.error() };
    open->answeredOn = answeredOn;
    open->method = method;
    open->outcome = outcome;
    const IdentificationRecord answered = *open;

    CaseRepository cases(m_db, m_keys);
    if (to) {
        if (Status written = writeStatus(record, *to, now); !written)
            return Error { written.error() };
    }
    // LEGAL.md 1.1 item 7: the suspended days go onto the one-month end before the single roll; the IMY restart
    // and the warnings come with them.
    Result<Deadlines> deadlines = CaseClockStops::compute(record, episodes, m_settings);
    if (!deadlines)
        return Error { deadlines.error() };
    CaseRecord changed = record;
    if (to)
        changed.status = *to;
    changed = CaseClockStops::apply(changed, deadlines.value());
    if (Status stored = cases.updateDeadlines(changed, now); !stored)
        return Error { stored.error() };
    Status logged = logCase(
        record, QStringLiteral("case.identification_answered"),
        QStringLiteral("reference=%1 kind=%2 requested_on=%3 answered_on=%4 method=%5 outcome=%6 suspended_days=%7 "
                       "due=%8 current_due=%9")
            .arg(record.reference, ClockStopKinds::code(answered.kind), iso(answered.requestedOn), iso(answeredOn),
                 method ? IdentificationMethods::code(*method) : QStringLiteral("none"),
                 IdentificationOutcomes::code(outcome), QString::number(changed.suspendedDays), iso(changed.due),
                 iso(changed.currentDue)));
    if (!logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return changed;
}

Result<CaseRecord> CaseService::closeIdentityNotConfirmed(const QString& reference)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    const CaseStatus to = CaseStatus::IdentityNotConfirmed;
    if (Status movable = CaseWorkflow::check(record.status, to, m_actor.role); !movable)
        return Error { tr("%1: %2").arg(record.reference, movable.error()) };
    IdentificationRepository repository(m_db, m_keys);
    Result<QList<IdentificationRecord>> episodes = repository.forCase(record.id);
    if (!episodes)
        return Error { episodes.error() };
    // The latest request for identity decides (the list is in the order the requests went out).
    const IdentificationRecord* latest = nullptr;
    for (const IdentificationRecord& episode : episodes.value()) {
        if (episode.kind == ClockStopEpisode::Kind::Identity)
            latest = &episode;
    }
    if (!latest) {
        // Recital 63: an unanswered clarification does not end a case; it is answered as far as it can be.
        return Error { tr("%1: no request for identification was sent, so the case cannot be closed as identity not "
                          "confirmed. Ask for identification first (GDPR Art. 12(6)), or go on with the case.")
                           .arg(record.reference) };
    }
    if (latest->outcome == IdentificationOutcome::Confirmed) {
        return Error { tr("%1: identity was confirmed on %2, so the case cannot be closed as identity not confirmed.")
                           .arg(record.reference, iso(latest->answeredOn.value_or(latest->requestedOn))) };
    }
    Result<int> waitDays = m_settings.identificationWaitDays();
    if (!waitDays)
        return Error { waitDays.error() };
    // LEGAL.md 1.1 item 7 [decision]: a subject who never answers is not a breach, but only after the wait.
    const QDate closable = latest->requestedOn.addDays(waitDays.value());
    if (today() < closable) {
        return Error { tr("%1: the request for identification went out on %2; the case can be closed as identity not "
                          "confirmed from %3, %4 days after the request (setting identification.wait_days). Send "
                          "the subject a reminder meanwhile.")
                           .arg(record.reference, iso(latest->requestedOn), iso(closable))
                           .arg(waitDays.value()) };
    }

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    QList<IdentificationRecord> closedEpisodes = episodes.value();
    for (IdentificationRecord& episode : closedEpisodes) {
        if (!episode.isOpen())
            continue;
        // Ended without an answer: no answer date, no method.
        Status closed = repository.close(episode.id, std::nullopt, std::nullopt, IdentificationOutcome::NotConfirmed,
                                         m_actor.userName, now);
        if (!closed)
            return Error { closed.error() };
        episode.outcome = IdentificationOutcome::NotConfirmed;
    }
    CaseRecord changed = record;
    changed.status = to;
    changed.closedAt = now;
    if (Status written = writeStatus(record, to, now); !written)
        return Error { written.error() };
    Status logged = logCase(record, QStringLiteral("case.identity_not_confirmed"),
                            QStringLiteral("reference=%1 requested_on=%2 wait_days=%3 closed_on=%4")
                                .arg(record.reference, iso(latest->requestedOn))
                                .arg(waitDays.value())
                                .arg(iso(today())));
    if (!logged)
        return Error { logged.error() };
    Result<Deadlines> deadlines = CaseClockStops::compute(record, closedEpisodes, m_settings);
    if (!deadlines)
        return Error { deadlines.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return CaseClockStops::apply(changed, deadlines.value());
}

Result<QList<IdentificationRecord>> CaseService::identifications(const QString& reference) const
{
    Result<CaseRecord> record = byReference(reference);
    if (!record)
        return Error { record.error() };
    return IdentificationRepository(m_db, m_keys).forCase(record->id);
}

Result<CaseRecord> CaseService::byReferenceWithDeadlines(const QString& reference) const
{
    Result<CaseRecord> record = byReference(reference);
    if (!record)
        return record;
    return CaseClockStops::load(m_db, m_keys, m_settings, record.value());
}

Result<QStringList> CaseService::clockStoppedReferences() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    CaseFilter waiting;
    waiting.status = CaseStatus::AwaitingIdentification;
    Result<QList<CaseRecord>> cases = CaseRepository(m_db, m_keys).list(waiting);
    if (!cases)
        return Error { cases.error() };
    Result<DeadlinePolicy> policy = m_settings.deadlinePolicy();
    Result<QHash<qint64, QList<IdentificationRecord>>> episodes
        = IdentificationRepository(m_db, m_keys).ofCasesAwaitingIdentification();
    if (!policy || !episodes)
        return Error { policy ? episodes.error() : policy.error() };
    QStringList stopped;
    for (const CaseRecord& record : std::as_const(cases.value())) {
        const Deadlines deadlines = CaseClockStops::compute(record, episodes->value(record.id), policy.value());
        if (CaseClockStops::apply(record, deadlines).clockStopped)
            stopped << record.reference;
    }
    stopped.sort();
    return stopped;
}

} // namespace dsar
