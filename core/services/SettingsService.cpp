#include "SettingsService.h"

#include "common/Clock.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace dsar {

namespace {

struct Definition
{
    const char* key;
    const char* defaultValue;
    const char* description;
    // Accepts the text or says what is wrong with it.
    bool (*accepts)(const QString& value);
};

bool isProfile(const QString& value)
{
    return calendarProfileFromCode(value).has_value();
}

template <int Min, int Max>
bool isWholeNumber(const QString& value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= Min && number <= Max;
}

const QList<Definition>& definitions()
{
    // LEGAL.md marks these [decision]: configurable and visible, never hidden.
    static const QList<Definition> all = {
        { "deadline.calendar_profile", "EU",
          QT_TRANSLATE_NOOP("SettingsService",
                            "Calendar for deadlines: EU (binding) or SE1930 (also the three eves "
                            "non-working; information only). EU or SE1930."),
          &isProfile },
        { "deadline.clock_stop_window_working_days", "3",
          QT_TRANSLATE_NOOP("SettingsService",
                            "Working days after receipt within which an identity or "
                            "clarification request stops the clock. 0 to 20."),
          &isWholeNumber<0, 20> },
        { "deadline.internal_target_days", "21",
          QT_TRANSLATE_NOOP("SettingsService", "Internal target in days from receipt. 1 to 30."),
          &isWholeNumber<1, 30> },
        // LEGAL.md 1.1 item 7 [decision]: a subject who never answers is not a breach; after the wait the case
        // may be closed as identity not confirmed.
        { "identification.wait_days", "30",
          QT_TRANSLATE_NOOP("SettingsService",
                            "Calendar days after a request for identification before an unanswered case may be "
                            "closed as identity not confirmed. 7 to 365."),
          &isWholeNumber<7, 365> },
        { "reminders.working_days", "3",
          QT_TRANSLATE_NOOP("SettingsService",
                            "Working days before a case's due date from which it is shown as a reminder, at start-up "
                            "and while the app runs. 0 to 20."),
          &isWholeNumber<0, 20> },
        { "retention.closed_case_years", "3",
          QT_TRANSLATE_NOOP("SettingsService", "Years a closed case is kept before it is purged. 1 to 50."),
          &isWholeNumber<1, 50> },
    };
    return all;
}

} // namespace

SettingsService::SettingsService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

Result<QList<SettingValue>> SettingsService::all() const
{
    QList<SettingValue> values;
    for (const Definition& definition : definitions()) {
        const QString key = QString::fromLatin1(definition.key);
        Result<QVariant> stored
            = SqlQuery::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
        if (!stored)
            return Error { stored.error() };
        const bool isDefault = !stored.value().isValid();
        values.append({ key, isDefault ? QString::fromLatin1(definition.defaultValue) : stored.value().toString(),
                        isDefault, tr(definition.description) });
    }
    return values;
}

Status SettingsService::set(const QString& key, const QString& value)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return allowed;
    const auto definition = std::find_if(definitions().cbegin(), definitions().cend(),
                                         [&key](const Definition& d) { return key == QLatin1String(d.key); });
    if (definition == definitions().cend()) {
        QStringList keys;
        for (const Definition& d : definitions())
            keys << QString::fromLatin1(d.key);
        return Error {
            tr("There is no setting \"%1\". The settings are: %2.").arg(key.left(60), keys.join(QStringLiteral(", ")))
        };
    }
    const QString trimmed = value.trimmed();
    if (!definition->accepts(trimmed))
        return Error {
            tr("\"%1\" is not a valid value for %2: %3").arg(trimmed.left(60), key, tr(definition->description))
        };
    Result<QString> before = this->value(key, QString::fromLatin1(definition->defaultValue));
    if (!before)
        return Error { before.error() };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Status stored = SqlQuery::run(m_db,
                                  QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                                                 "UPDATE SET value = excluded.value"),
                                  { key, trimmed });
    if (!stored)
        return stored;
    Status logged = AuditLog(m_db, m_keys)
                        .append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("settings.changed"),
                                  QStringLiteral("settings"), 0,
                                  QStringLiteral("%1: %2 -> %3").arg(key, before.value(), trimmed) });
    if (!logged)
        return logged;
    return transaction.commit();
}

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

Result<int> SettingsService::identificationWaitDays() const
{
    Result<QString> days = value(QStringLiteral("identification.wait_days"), QStringLiteral("30"));
    if (!days)
        return Error { days.error() };
    bool ok = false;
    const int parsed = days.value().toInt(&ok);
    if (!ok || parsed < 7 || parsed > 365) {
        return Error { tr("The setting identification.wait_days (\"%1\" days) is damaged. Ask an administrator to "
                          "correct it.")
                           .arg(days.value()) };
    }
    return parsed;
}

Result<int> SettingsService::reminderWorkingDays() const
{
    Result<QString> days = value(QStringLiteral("reminders.working_days"), QStringLiteral("3"));
    if (!days)
        return Error { days.error() };
    bool ok = false;
    const int parsed = days.value().toInt(&ok);
    if (!ok || parsed < 0 || parsed > 20) {
        return Error { tr("The setting reminders.working_days (\"%1\") is damaged. Ask an administrator to correct it.")
                           .arg(days.value()) };
    }
    return parsed;
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
