#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dsar::DisplayFormat {

// "Monday, 5 April 2027" in the user's locale: the weekday helps staff plan around a deadline.
QString longDate(QDate date);
// An instant as Stockholm wall-clock time (receipt dates are Stockholm dates, LEGAL.md 1.1 item 1).
QString stockholmDateTime(const QDateTime& instant);

} // namespace dsar::DisplayFormat
