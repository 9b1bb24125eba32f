#pragma once

#include "common/Result.h"
#include "register/ProcessingActivity.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace dsar {

class Database;

// The processing register's tables (migration 2). Writes are several statements: the caller wraps them in
// one Transaction. Input is validated by RegisterService; this class only stores and reads.
class RegisterRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRepository)
public:
    explicit RegisterRepository(const Database& db);

    // The activity and all its lists; returns the new id.
    Result<qint64> insert(const ProcessingActivity& activity, const QDateTime& now);
    // Overwrites activity.id's row and replaces all its lists.
    Status replace(const ProcessingActivity& activity, const QDateTime& now);
    // False when there was no such activity; the lists go with it (ON DELETE CASCADE).
    Result<bool> remove(qint64 id);

    Result<std::optional<ProcessingActivity>> byId(qint64 id) const;
    // Ordered by name, with their lists.
    Result<QList<ProcessingActivity>> forController(qint64 controllerId) const;
    // The id of controllerId's activity with this exact name, if any.
    Result<std::optional<qint64>> idByName(qint64 controllerId, const QString& name) const;

private:
    Status insertChildren(const ProcessingActivity& activity);
    Status deleteChildren(qint64 id);
    Status readChildren(ProcessingActivity& activity) const;

    const Database& m_db;
};

} // namespace dsar
