#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <optional>

namespace dsar {

class Database;

// The only place that reads and writes subjects' personal data.
class SubjectRepository
{
public:
    explicit SubjectRepository(const Database& db);
    Result<qint64> insert(const SubjectRecord& subject);
    Result<std::optional<SubjectRecord>> byId(qint64 id) const;
    Result<std::optional<SubjectRecord>> byPersonalId(const QString& normalizedPersonalId) const;
    Result<QList<SubjectRecord>> all() const;

private:
    const Database& m_db;
};

} // namespace dsar
