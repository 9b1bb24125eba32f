#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dsar::DisplayFormat {

// "Monday, 5 April 2027" in the user's locale: the weekday helps staff plan around a deadline.
QString longDate(QDate date);
// An instant as Stockholm wall-clock time (receipt dates are Stockholm dates, LEGAL.md 1.1 item 1).
QString stockholmDateTime(const QDateTime& instant);
// The same instant compactly, "2027-03-05 14:03", for lists (ISO order whatever the language: 05/03 and
// 03/05 must never be confused).
QString stockholmTimestamp(const QDateTime& instant);

} // namespace dsar::DisplayFormat
