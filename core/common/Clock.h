#pragma once

#include <QDate>
#include <QDateTime>

#include <memory>

namespace dsar {

// The injectable clock (as KeePassXC's core/Clock.h): no rule reads the wall clock directly,
// so deadlines are tested against a fixed "today".
class Clock
{
public:
    virtual ~Clock() = default;
    // The current instant, in UTC.
    virtual QDateTime now() const = 0;
    // Today's date in Europe/Stockholm, the time zone in which receipt dates are taken.
    QDate today() const;
    // True when "today" is not the real date (DSAR_TODAY, training, what-if).
    virtual bool isOverridden() const { return false; }
    // The real instant even when "today" is overridden: audit times and login lockouts must not follow
    // a what-if date.
    virtual QDateTime wallClockNow() const { return now(); }
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

// A clock whose date is fixed but whose time of day runs (DSAR_TODAY=YYYY-MM-DD).
class OverriddenDateClock : public Clock
{
public:
    explicit OverriddenDateClock(QDate stockholmDate);
    QDateTime now() const override;
    bool isOverridden() const override { return true; }
    QDateTime wallClockNow() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QDate m_date;
};

// A clock that only moves when told to; for tests.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime utcNow);
    QDateTime now() const override { return m_now; }
    void setNow(QDateTime utcNow);
    void advanceDays(int days);
    void advanceMonths(int months);

private:
    QDateTime m_now;
};

// The process clock: SystemClock, or OverriddenDateClock when DSAR_TODAY is set.
// Returns nullptr and sets *error when DSAR_TODAY is not a valid date.
std::unique_ptr<Clock> makeClockFromEnvironment(QString* error);

} // namespace dsar
