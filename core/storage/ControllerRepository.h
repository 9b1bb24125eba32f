#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <optional>

namespace dsar {

class Database;

class ControllerRepository
{
public:
    explicit ControllerRepository(const Database& db);
    Result<qint64> insertJointControllership(const QString& name, const QString& description);
    Result<std::optional<qint64>> jointControllershipId(const QString& name) const;
    Result<qint64> insert(const ControllerRecord& controller, std::optional<qint64> jointControllershipId,
                          const QDateTime& now);
    // Overwrites controller.id's row (not its id or creation time); false when there is no such row.
    Result<bool> update(const ControllerRecord& controller, std::optional<qint64> jointControllershipId);
    Result<QList<ControllerRecord>> all() const;
    Result<std::optional<ControllerRecord>> byId(qint64 id) const;

private:
    const Database& m_db;
};

} // namespace dsar
