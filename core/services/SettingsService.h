#pragma once

#include "calendar/Deadlines.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace dsar {

class Database;

// Organisation-wide choices that LEGAL.md marks [decision], stored in the database so every
// workstation applies the same ones.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    explicit SettingsService(Database& db);
    Result<DeadlinePolicy> deadlinePolicy() const;
    // How long a closed case is kept before it is purged (the tool's own retention), in years.
    Result<int> closedCaseRetentionYears() const;

private:
    Result<QString> value(const QString& key, const QString& fallback) const;
    Database& m_db;
};

} // namespace dsar
