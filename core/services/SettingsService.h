#pragma once

#include "calendar/Deadlines.h"
#include "common/Result.h"
#include "services/Actor.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;

struct SettingValue
{
    QString key;
    QString value; // the stored value, or the default
    bool isDefault = true;
    QString description;
};

// Organisation-wide choices that LEGAL.md marks [decision], stored in the database so every
// workstation applies the same ones.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    SettingsService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);
    Result<DeadlinePolicy> deadlinePolicy() const;
    // How long a closed case is kept before it is purged (the tool's own retention), in years.
    Result<int> closedCaseRetentionYears() const;
    // LEGAL.md 1.1 item 7: calendar days after a request for identification before an unanswered case may be
    // closed as identity not confirmed (identification.wait_days, default 30).
    Result<int> identificationWaitDays() const;
    // How many working days ahead reminders look (reminders.working_days).
    Result<int> reminderWorkingDays() const;

    // Every setting with its effective value and what it means.
    Result<QList<SettingValue>> all() const;
    // Validates, stores and audits one setting (administrators only).
    Status set(const QString& key, const QString& value);

private:
    Result<QString> value(const QString& key, const QString& fallback) const;
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
