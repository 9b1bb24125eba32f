#include "LegalCalendar.h"

#include "SwedishHolidays.h"

#include <algorithm>
#include <limits>

namespace dsar {

LegalCalendar::LegalCalendar(CalendarProfile profile)
    : m_profile(profile)
{ }

bool LegalCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    // 1182/71 Art. 2(2): working days are all days other than public holidays, Sundays and Saturdays.
    if (date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday)
        return false;
    // Lag (1989:253) 1 §.
    if (SwedishHolidays::isPublicHoliday(date))
        return false;
    // Lag (1930:173) 2 §, profile SE1930 only (LEGAL.md 1.1 item 6).
    if (m_profile == CalendarProfile::SE1930 && SwedishHolidays::isEve(date))
        return false;
    return true;
}

QDate LegalCalendar::rollForward(QDate date) const
{
    // An invalid date would never reach a working day.
    if (!date.isValid())
        return {};
    // 1182/71 Art. 3(4): chained, e.g. Good Friday → Easter Monday → Tuesday.
    while (!isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

QDate LegalCalendar::addWorkingDays(QDate date, int count) const
{
    if (!date.isValid())
        return {};
    // A negative count walks backwards: the `-count`-th working day before `date`.
    const int step = count < 0 ? -1 : 1;
    for (int remaining = count < 0 ? -count : count; remaining > 0;) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --remaining;
    }
    return date;
}

int LegalCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QDate LegalCalendar::addMonthsClamped(QDate date, int months)
{
    if (!date.isValid())
        return {};
    // Explicit arithmetic rather than QDate::addMonths, so the clamp is visible and tested.
    // QDate numbers years ..., -1, 1, ... (no year 0); count in astronomical years (1 BC = 0) instead.
    const qint64 year = date.year() < 0 ? qint64(date.year()) + 1 : qint64(date.year());
    const qint64 monthIndex = year * 12 + (date.month() - 1) + months;
    qint64 targetYear = monthIndex >= 0 ? monthIndex / 12 : -((-monthIndex + 11) / 12);
    const int targetMonth = int(monthIndex - targetYear * 12) + 1;
    if (targetYear <= 0)
        --targetYear;
    if (targetYear < std::numeric_limits<int>::min() || targetYear > std::numeric_limits<int>::max())
        return {};
    const QDate firstOfMonth(int(targetYear), targetMonth, 1);
    if (!firstOfMonth.isValid())
        return {};
    // 1182/71 Art. 3(2)(c): a day that does not occur in the last month means the last day of that month.
    return QDate(int(targetYear), targetMonth, std::min(date.day(), firstOfMonth.daysInMonth()));
}

} // namespace dsar
