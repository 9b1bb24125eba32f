#pragma once

#include <QString>

#include <optional>

namespace dsar {

// LEGAL.md 1.1 item 6 [decision]: which days are non-working when a deadline is rolled forward.
enum class CalendarProfile
{
    // Binding default: Saturdays, Sundays and the public holidays of lag (1989:253).
    EU,
    // Lag (1930:173) 2 §, information only: also midsommarafton, julafton and nyårsafton.
    SE1930,
};

QString calendarProfileCode(CalendarProfile profile);
std::optional<CalendarProfile> calendarProfileFromCode(const QString& code);

} // namespace dsar
