#pragma once

#include "common/Result.h"
#include "domain/Identification.h"

#include <QHash>

class QSqlQuery;

namespace dsar {

class Database;
class KeyRing;

// The requests for identity or clarification of a case (case_identifications). The reason is sealed; no copy
// of an identity document is ever stored, only the method.
class IdentificationRepository
{
public:
    IdentificationRepository(const Database& db, const KeyRing& keys);

    // Reads caseId, kind, reason, requestedOn and recordedBy.
    Result<qint64> insert(const IdentificationRecord& record, const QDateTime& now);
    // The answer (or, with answeredOn empty, the end of the wait) of one episode.
    Status close(qint64 id, const std::optional<QDate>& answeredOn, const std::optional<IdentificationMethod>& method,
                 IdentificationOutcome outcome, const QString& recordedBy, const QDateTime& now);
    // In the order the requests went out.
    Result<QList<IdentificationRecord>> forCase(qint64 caseId) const;
    // forCase() of every case awaiting identification, by case id, in one query.
    Result<QHash<qint64, QList<IdentificationRecord>>> ofCasesAwaitingIdentification() const;

private:
    Result<IdentificationRecord> read(const QSqlQuery& row) const;
    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
