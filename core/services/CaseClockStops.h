#pragma once

#include "calendar/Deadlines.h"
#include "common/Result.h"
#include "domain/Identification.h"
#include "domain/Records.h"

namespace dsar {

class Database;
class KeyRing;
class SettingsService;

// A case's deadlines with its clock stops (LEGAL.md 1.1 item 7), for the identification and extension steps of
// CaseService. The counting is DeadlineCalculator's; this only feeds it the case's episodes.
class CaseClockStops
{
public:
    // Under the organisation's policy (clock-stop window, internal target) and the case's own calendar
    // profile, the one its dates were first computed with.
    static Result<Deadlines> compute(const CaseRecord& record, const QList<IdentificationRecord>& episodes,
                                     const SettingsService& settings);
    // The same under a policy already read (many cases at once).
    static Deadlines compute(const CaseRecord& record, const QList<IdentificationRecord>& episodes,
                             DeadlinePolicy policy);
    // The record with those deadlines: the stored dates (the current due date is the legal maximum once
    // extended) and the details that are not stored. A finished case runs no clock.
    static CaseRecord apply(CaseRecord record, const Deadlines& deadlines);
    // The stored record with the details filled in from its episodes.
    static Result<CaseRecord> load(const Database& db, const KeyRing& keys, const SettingsService& settings,
                                   const CaseRecord& record);
};

} // namespace dsar
