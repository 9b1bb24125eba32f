#include "Deadlines.h"

#include "LegalCalendar.h"
#include "SwedishHolidays.h"

#include <QPair>

#include <algorithm>

namespace dsar {

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Days covered by the union of half-open intervals [requested, answered): episodes that run at the
// same time (an identity and a clarification request sent together) stop the clock only once.
int daysInUnion(QList<QPair<QDate, QDate>> intervals)
{
    std::sort(intervals.begin(), intervals.end());
    int days = 0;
    QDate coveredUntil;
    for (const auto& [start, end] : intervals) {
        const QDate from = coveredUntil.isValid() ? std::max(start, coveredUntil) : start;
        if (end > from)
            days += int(from.daysTo(end));
        if (!coveredUntil.isValid() || end > coveredUntil)
            coveredUntil = end;
    }
    return days;
}

} // namespace

DeadlineCalculator::DeadlineCalculator(DeadlinePolicy policy)
    : m_policy(policy)
{ }

// An invalid `received` gives a Deadlines whose dates are all invalid (and a warning): there is nothing to
// count from, and an invalid date is what the UI shows as "no deadline".
Deadlines DeadlineCalculator::compute(QDate received, const QList<ClockStopEpisode>& episodes) const
{
    Deadlines result;
    result.received = received;
    if (!received.isValid()) {
        result.warnings.append(tr("The receipt date is missing or not a real date, so no deadline can be "
                                  "computed. Enter the date the request arrived, e.g. 2027-03-05."));
        return result;
    }

    const LegalCalendar calendar(m_policy.profile);
    const int window = std::max(0, m_policy.clockStopRequestWindowWorkingDays);
    // LEGAL.md 1.1 item 7 [decision]: the request for information must go out within `window` working days.
    const QDate lastRequestDay = calendar.addWorkingDays(received, window);

    // EDPB 01/2022 para 159; IMY DI-2021-10488: which episodes stop the clock.
    QList<QPair<QDate, QDate>> suspensions;
    std::optional<QDate> latestAnswer;
    for (const ClockStopEpisode& episode : episodes) {
        bool eligible = true;
        // GDPR Art. 12(6), recital 63: the clock stops only for a documented, reasoned doubt.
        if (episode.reason.trimmed().isEmpty()) {
            eligible = false;
            result.warnings.append(
                tr("The request for information sent on %1 has no documented reason, so the clock does not "
                   "stop for it. Record the reasoned doubt about identity (GDPR Art. 12(6)) or what needed "
                   "clarifying (recital 63).")
                    .arg(episode.requestedOn.isValid() ? iso(episode.requestedOn) : tr("(no date)")));
        }
        if (!episode.requestedOn.isValid()) {
            eligible = false;
            result.warnings.append(tr("A request for information has no valid date, so the clock does not stop "
                                      "for it. Enter the day the request went out."));
            continue;
        }
        if (episode.requestedOn < received) {
            eligible = false;
            result.warnings.append(tr("The request for information is dated %1, before the receipt date %2, so "
                                      "the clock does not stop for it. Correct the date.")
                                       .arg(iso(episode.requestedOn), iso(received)));
        } else if (episode.requestedOn > lastRequestDay) {
            // LEGAL.md 1.1 item 7: late ID requests give no suspension.
            eligible = false;
            result.warnings.append(tr("The request for information sent on %1 went out later than %n working "
                                      "day(s) after receipt (the last day was %2), so the clock does not stop "
                                      "for it. Plan against the deadline without suspension.",
                                      nullptr, window)
                                       .arg(iso(episode.requestedOn), iso(lastRequestDay)));
        }
        if (episode.answeredOn.has_value()) {
            const QDate answered = *episode.answeredOn;
            if (!answered.isValid() || answered < episode.requestedOn) {
                eligible = false;
                result.warnings.append(tr("The answer to the request for information sent on %1 has no valid "
                                          "date or is dated before the request, so the clock does not stop for "
                                          "it. Correct the answer date.")
                                           .arg(iso(episode.requestedOn)));
            }
            if (eligible) {
                suspensions.append({ episode.requestedOn, answered });
                if (!latestAnswer || answered > *latestAnswer)
                    latestAnswer = answered;
            }
        } else if (eligible) {
            // Still waiting for the answer: the days are not counted until it arrives.
            result.clockStopped = true;
        }
    }
    result.suspendedDays = daysInUnion(suspensions);

    // GDPR Art. 12(3); 1182/71 Art. 3(2)(c): same date next month, clamped, not yet rolled.
    const QDate oneMonthEnd = LegalCalendar::addMonthsClamped(received, 1);
    const int suspended = result.suspendedDays;
    // Suspended days go onto the unrolled end; 1182/71 Art. 3(4): roll once, at the very end.
    result.due = calendar.rollForward(oneMonthEnd.addDays(suspended));
    // GDPR Art. 12(3) extension; LEGAL.md 1.1 item 5 [decision]: legal maximum = receipt + 3 months.
    result.extendedDue = calendar.rollForward(LegalCalendar::addMonthsClamped(received, 3).addDays(suspended));
    // The other reading, (unrolled one-month end) + 2 months, is up to two days earlier: plan against it.
    const QDate otherReading = calendar.rollForward(LegalCalendar::addMonthsClamped(oneMonthEnd, 2).addDays(suspended));
    result.extensionTarget = std::min(result.extendedDue, otherReading);

    // IMY DI-2021-10488: the time starts again when the answer arrives; plan against the earlier.
    if (latestAnswer)
        result.restartDue = calendar.rollForward(LegalCalendar::addMonthsClamped(*latestAnswer, 1));
    result.planningDue = result.restartDue ? std::min(result.due, *result.restartDue) : result.due;

    // LEGAL.md 1.1 item 9: an internal target, never later than the legal deadline.
    result.internalTarget = std::min(result.due, received.addDays(m_policy.internalTargetDays));
    // LEGAL.md 1.1 item 6: a deadline on an eve stands in EU, but staff should plan earlier.
    result.dueOnEve = SwedishHolidays::isEve(result.due);
    return result;
}

Status DeadlineCalculator::checkReceiptDate(QDate received)
{
    // GDPR Art. 99(2): the Regulation applies from 25 May 2018.
    static const QDate gdprApplies(2018, 5, 25);
    static const QDate lastPlannable(2999, 12, 31);
    if (!received.isValid())
        return Error { tr("The receipt date is missing. Give the date the request arrived, e.g. 2027-03-05.") };
    if (received < gdprApplies) {
        return Error { tr("The receipt date %1 is before 25 May 2018, when the GDPR began to apply. Check the date.")
                           .arg(iso(received)) };
    }
    if (received > lastPlannable)
        return Error { tr("The receipt date %1 is too far ahead to plan for. Check the year.").arg(iso(received)) };
    return {};
}

} // namespace dsar
