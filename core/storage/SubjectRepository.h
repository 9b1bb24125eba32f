#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <optional>

class QSqlQuery;

namespace dsar {

class Database;
class KeyRing;

// The only place that reads and writes subjects' personal data: sealed on the way in, opened on the way
// out; exact-match lookups go through the blind indexes.
class SubjectRepository
{
public:
    SubjectRepository(const Database& db, const KeyRing& keys);
    Result<qint64> insert(const SubjectRecord& subject);
    Result<std::optional<SubjectRecord>> byId(qint64 id) const;
    Result<std::optional<SubjectRecord>> byPersonalId(const QString& normalizedPersonalId) const;
    Result<QList<SubjectRecord>> byEmail(const QString& normalizedEmail) const;
    // Sorted by name (in memory: the database only sees ciphertext).
    Result<QList<SubjectRecord>> all() const;
    // The subject's name only, for lists.
    Result<QString> nameOf(const QVariant& sealedName) const;

private:
    Result<QList<SubjectRecord>> select(const QString& condition, const QVariantList& bindings) const;
    Result<SubjectRecord> read(const QSqlQuery& row) const;
    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
