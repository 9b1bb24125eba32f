#include "SettingsService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace dsar {

SettingsService::SettingsService(Database& db)
    : m_db(db)
{ }

Result<QString> SettingsService::value(const QString& key, const QString& fallback) const
{
    Result<QVariant> stored
        = SqlQuery::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (!stored)
        return Error { stored.error() };
    return stored.value().isValid() ? stored.value().toString() : fallback;
}

Result<DeadlinePolicy> SettingsService::deadlinePolicy() const
{
    DeadlinePolicy policy;
    Result<QString> profile = value(QStringLiteral("deadline.calendar_profile"), calendarProfileCode(policy.profile));
    Result<QString> window = value(QStringLiteral("deadline.clock_stop_window_working_days"),
                                   QString::number(policy.clockStopRequestWindowWorkingDays));
    Result<QString> target
        = value(QStringLiteral("deadline.internal_target_days"), QString::number(policy.internalTargetDays));
    if (!profile)
        return Error { profile.error() };
    if (!window)
        return Error { window.error() };
    if (!target)
        return Error { target.error() };

    const std::optional<CalendarProfile> parsedProfile = calendarProfileFromCode(profile.value());
    bool windowOk = false;
    bool targetOk = false;
    const int windowDays = window.value().toInt(&windowOk);
    const int targetDays = target.value().toInt(&targetOk);
    if (!parsedProfile || !windowOk || windowDays < 0 || !targetOk || targetDays < 1) {
        return Error { tr("The deadline settings in the database are damaged (calendar profile \"%1\", clock-stop "
                          "window \"%2\", internal target \"%3\"). Ask an administrator to correct them.")
                           .arg(profile.value(), window.value(), target.value()) };
    }
    policy.profile = *parsedProfile;
    policy.clockStopRequestWindowWorkingDays = windowDays;
    policy.internalTargetDays = targetDays;
    return policy;
}

Result<int> SettingsService::closedCaseRetentionYears() const
{
    Result<QString> years = value(QStringLiteral("retention.closed_case_years"), QStringLiteral("3"));
    if (!years)
        return Error { years.error() };
    bool ok = false;
    const int parsed = years.value().toInt(&ok);
    if (!ok || parsed < 1 || parsed > 50) {
        return Error { tr("The retention setting for closed cases (\"%1\" years) is damaged. Ask an administrator "
                          "to correct it.")
                           .arg(years.value()) };
    }
    return parsed;
}

} // namespace dsar
