#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace dsar::StockholmTime {

// Europe/Stockholm, from the system's time zone database (Debian package tzdata).
QTimeZone zone();
// False when the time zone database lacks Europe/Stockholm; receipt dates cannot then be taken.
bool isAvailable();
// GDPR Art. 12(3), LEGAL.md 1.1 item 1: the receipt date is the calendar date in Stockholm,
// never the UTC date (2027-03-31T22:30Z is 1 April in Stockholm).
QDate dateOf(const QDateTime& instant);

} // namespace dsar::StockholmTime
