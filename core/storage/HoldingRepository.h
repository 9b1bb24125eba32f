#pragma once

#include "common/Result.h"
#include "holdings/Holding.h"

#include <QCoreApplication>

#include <optional>

class QSqlQuery;

namespace dsar {

class Database;
class KeyRing;

// The holdings table (migration 4): the only place holding values are sealed and opened.
class HoldingRepository
{
    Q_DECLARE_TR_FUNCTIONS(HoldingRepository)
public:
    HoldingRepository(const Database& db, const KeyRing& keys);

    Result<qint64> insert(const Holding& holding, const QDateTime& now);
    Status update(const Holding& holding, const QDateTime& now);
    Result<bool> remove(qint64 id);
    Result<std::optional<Holding>> byId(qint64 id) const;
    // Ordered by system, category and field.
    Result<QList<Holding>> forSubject(qint64 subjectId) const;
    Result<QList<Holding>> all() const;
    Result<qint64> countForActivity(qint64 activityId) const;

private:
    Result<QList<Holding>> select(const QString& condition, const QVariantList& bindings) const;
    Result<Holding> read(const QSqlQuery& row) const;
    QVariantList bindings(const Holding& holding, const QByteArray& sealedValue) const;

    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
