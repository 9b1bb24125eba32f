#pragma once

#include "CalendarProfile.h"

#include <QDate>

namespace dsar {

// Working days and period arithmetic as Regulation 1182/71 counts them.
class LegalCalendar
{
public:
    explicit LegalCalendar(CalendarProfile profile = CalendarProfile::EU);

    CalendarProfile profile() const { return m_profile; }
    bool isWorkingDay(QDate date) const;
    // 1182/71 Art. 3(4): a period ending on a non-working day ends on the next working day (chained).
    QDate rollForward(QDate date) const;
    // The date `count` working days after `date` (the start day itself not counted).
    QDate addWorkingDays(QDate date, int count) const;
    // Working days strictly after `from` up to and including `to`; 0 when to <= from.
    int workingDaysBetween(QDate from, QDate to) const;
    // 1182/71 Art. 3(2)(c): same date `months` later; a date that does not exist becomes the last
    // day of that month (31 Jan + 1 month = 28/29 Feb, never 3 March).
    static QDate addMonthsClamped(QDate date, int months);

private:
    CalendarProfile m_profile;
};

} // namespace dsar
