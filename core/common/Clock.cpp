#include "Clock.h"

#include "calendar/StockholmTime.h"

#include <QCoreApplication>

namespace dsar {

QDate Clock::today() const
{
    return StockholmTime::dateOf(now());
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

OverriddenDateClock::OverriddenDateClock(QDate stockholmDate)
    : m_date(stockholmDate)
{ }

QDateTime OverriddenDateClock::now() const
{
    const QTime timeOfDay = QDateTime::currentDateTimeUtc().toTimeZone(StockholmTime::zone()).time();
    return QDateTime(m_date, timeOfDay, StockholmTime::zone()).toUTC();
}

FixedClock::FixedClock(QDateTime utcNow)
    : m_now(utcNow.toUTC())
{ }

void FixedClock::setNow(QDateTime utcNow)
{
    m_now = utcNow.toUTC();
}

void FixedClock::advanceDays(int days)
{
    m_now = m_now.addDays(days);
}

void FixedClock::advanceMonths(int months)
{
    m_now = m_now.addMonths(months);
}

std::unique_ptr<Clock> makeClockFromEnvironment(QString* error)
{
    const QString overridden = qEnvironmentVariable("DSAR_TODAY").trimmed();
    if (overridden.isEmpty())
        return std::make_unique<SystemClock>();
    const QDate date = QDate::fromString(overridden, Qt::ISODate);
    if (!date.isValid() || overridden.size() != 10) {
        if (error)
            *error = QCoreApplication::translate("Clock",
                                                 "DSAR_TODAY=%1 is not a date. Use the form YYYY-MM-DD, "
                                                 "e.g. DSAR_TODAY=2027-03-05, or unset it to use the real date.")
                         .arg(overridden);
        return nullptr;
    }
    return std::make_unique<OverriddenDateClock>(date);
}

} // namespace dsar
