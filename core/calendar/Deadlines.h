#pragma once

#include "CalendarProfile.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace dsar {

// One stop of the clock for identity (Art. 12(6)) or clarification (recital 63). LEGAL.md 1.1 item 7.
struct ClockStopEpisode
{
    enum class Kind
    {
        Identity,
        Clarification,
    };
    Kind kind = Kind::Identity;
    QString reason; // the documented, reasoned doubt; without it the clock does not stop
    QDate requestedOn; // the day the request for information went out
    std::optional<QDate> answeredOn; // the day the answer arrived; empty while the clock is stopped
};

// The choices LEGAL.md marks [decision], configurable per organisation.
struct DeadlinePolicy
{
    CalendarProfile profile = CalendarProfile::EU;
    // An identity or clarification request must go out within this many working days of receipt
    // for the clock to stop (LEGAL.md 1.1 item 7).
    int clockStopRequestWindowWorkingDays = 3;
    // Internal target in calendar days from receipt; "without undue delay" is the primary duty (item 9).
    int internalTargetDays = 21;
};

struct Deadlines
{
    QDate received;
    // GDPR Art. 12(3): one month from receipt, plus suspended days, rolled once at the end.
    QDate due;
    // Legal maximum with the extension: receipt + 3 months (+ suspended days), rolled [decision].
    QDate extendedDue;
    // Planning target with the extension: the earlier of extendedDue and (unrolled one-month end + 2
    // months, rolled).
    QDate extensionTarget;
    // Internal service target, never later than `due`.
    QDate internalTarget;
    // Days added by eligible, answered clock-stop episodes.
    int suspendedDays = 0;
    // IMY DI-2021-10488: the time starts again when identity is verified: last answer + 1 month, rolled.
    std::optional<QDate> restartDue;
    // The date to plan against: the earlier of `due` and `restartDue`.
    QDate planningDue;
    // An episode is open: the request for information has not been answered yet.
    bool clockStopped = false;
    // `due` falls on midsommarafton, julafton or nyårsafton: legal in EU, but plan earlier.
    bool dueOnEve = false;
    // Human-readable warnings, e.g. a late identity request that gives no suspension.
    QStringList warnings;
};

class DeadlineCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)
public:
    explicit DeadlineCalculator(DeadlinePolicy policy = {});
    const DeadlinePolicy& policy() const { return m_policy; }
    Deadlines compute(QDate received, const QList<ClockStopEpisode>& episodes = {}) const;
    // Refuses receipt dates no request can have: before the GDPR applied, or too far ahead to plan.
    static Status checkReceiptDate(QDate received);

private:
    DeadlinePolicy m_policy;
};

} // namespace dsar
