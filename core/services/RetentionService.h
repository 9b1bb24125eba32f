#pragma once

#include "common/Result.h"
#include "services/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace dsar {

class Clock;
class Database;
class KeyRing;
class SettingsService;

struct PurgeCandidate
{
    qint64 caseId = 0;
    QString reference;
    QString rightCode;
    QDate received;
    QDateTime closedAt;
};

// The tool's own retention (gallring): a closed case is kept for a configurable time after closing
// (default three years), then purged with the personal data it holds. What remains is a deletion record
// without personal data, and the purge itself is audited.
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    RetentionService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys,
                     const SettingsService& settings);

    // Closed cases whose retention has run out, oldest first.
    Result<QList<PurgeCandidate>> due() const;
    // Purges every case due(), in one transaction; returns what was purged.
    Result<QList<PurgeCandidate>> purge(const QString& reason);

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
    const SettingsService& m_settings;
};

} // namespace dsar
