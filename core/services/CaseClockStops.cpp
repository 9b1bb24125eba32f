#include "CaseClockStops.h"

#include "services/SettingsService.h"
#include "storage/IdentificationRepository.h"

namespace dsar {

Result<Deadlines> CaseClockStops::compute(const CaseRecord& record, const QList<IdentificationRecord>& episodes,
                                          const SettingsService& settings)
{
    Result<DeadlinePolicy> policy = settings.deadlinePolicy();
    if (!policy)
        return Error { policy.error() };
    return compute(record, episodes, policy.value());
}

Deadlines CaseClockStops::compute(const CaseRecord& record, const QList<IdentificationRecord>& episodes,
                                  DeadlinePolicy policy)
{
    policy.profile = record.calendarProfile;
    QList<ClockStopEpisode> stops;
    for (const IdentificationRecord& episode : episodes)
        stops << episode.episode();
    return DeadlineCalculator(policy).compute(record.received.stockholmDate, stops);
}

CaseRecord CaseClockStops::apply(CaseRecord record, const Deadlines& deadlines)
{
    record.due = deadlines.due;
    record.extendedDue = deadlines.extendedDue;
    record.extensionTarget = deadlines.extensionTarget;
    record.internalTarget = deadlines.internalTarget;
    // GDPR Art. 12(3); LEGAL.md 1.1 item 5: once extended, the legal maximum is the deadline and the extension
    // target the plan.
    record.currentDue = record.extended ? deadlines.extendedDue : deadlines.due;
    record.planningDue = record.extended ? deadlines.extensionTarget : deadlines.planningDue;
    record.clockStopped = deadlines.clockStopped && record.isOpen();
    record.suspendedDays = deadlines.suspendedDays;
    record.restartDue = deadlines.restartDue;
    record.deadlineWarnings = deadlines.warnings;
    return record;
}

Result<CaseRecord> CaseClockStops::load(const Database& db, const KeyRing& keys, const SettingsService& settings,
                                        const CaseRecord& record)
{
    Result<QList<IdentificationRecord>> episodes = IdentificationRepository(db, keys).forCase(record.id);
    if (!episodes)
        return Error { episodes.error() };
    Result<Deadlines> deadlines = compute(record, episodes.value(), settings);
    if (!deadlines)
        return Error { deadlines.error() };
    return apply(record, deadlines.value());
}

} // namespace dsar
