#pragma once

#include "common/Result.h"
#include "domain/Extension.h"

#include <optional>

class QSqlQuery;

namespace dsar {

class Database;
class KeyRing;

// A case's one extension (case_extensions; the table allows one row per case). The note is sealed.
class ExtensionRepository
{
public:
    ExtensionRepository(const Database& db, const KeyRing& keys);

    // Reads caseId, reason, note, requestedBy and requestedAt.
    Result<qint64> insert(const ExtensionRecord& record);
    Status approve(qint64 caseId, const QString& approvedBy, const QDateTime& approvedAt);
    Result<std::optional<ExtensionRecord>> forCase(qint64 caseId) const;

private:
    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
