#include "IdentificationRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "security/KeyRing.h"

namespace dsar {
namespace {

// The column name doubles as the associated data of the sealed value.
const QString reasonColumn = QStringLiteral("case_identifications.reason");

const QString selectEpisodes
    = QStringLiteral("SELECT id, case_id, kind, reason_enc, requested_on, answered_on, method, outcome, recorded_by, "
                     "created_at, updated_at FROM case_identifications");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

IdentificationRepository::IdentificationRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

Result<qint64> IdentificationRepository::insert(const IdentificationRecord& record, const QDateTime& now)
{
    Result<QByteArray> reason = m_keys.seal(reasonColumn, record.reason);
    if (!reason)
        return Error { reason.error() };
    const QString at = now.toUTC().toString(Qt::ISODate);
    return SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO case_identifications (case_id, kind, reason_enc, requested_on, recorded_by, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { record.caseId, ClockStopKinds::code(record.kind), reason.value(), record.requestedOn.toString(Qt::ISODate),
          record.recordedBy, at, at });
}

Status IdentificationRepository::close(qint64 id, const std::optional<QDate>& answeredOn,
                                       const std::optional<IdentificationMethod>& method, IdentificationOutcome outcome,
                                       const QString& recordedBy, const QDateTime& now)
{
    return SqlQuery::run(
        m_db,
        QStringLiteral("UPDATE case_identifications SET answered_on = ?, method = ?, outcome = ?, recorded_by = ?, "
                       "updated_at = ? WHERE id = ?"),
        { answeredOn ? QVariant(answeredOn->toString(Qt::ISODate)) : nullText(),
          method ? QVariant(IdentificationMethods::code(*method)) : nullText(), IdentificationOutcomes::code(outcome),
          recordedBy, now.toUTC().toString(Qt::ISODate), id });
}

Result<QList<IdentificationRecord>> IdentificationRepository::forCase(qint64 caseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, selectEpisodes + QStringLiteral(" WHERE case_id = ? ORDER BY requested_on, id"), { caseId });
    if (!query)
        return Error { query.error() };
    QList<IdentificationRecord> records;
    while (query.value().next()) {
        Result<IdentificationRecord> record = read(query.value());
        if (!record)
            return Error { record.error() };
        records << record.value();
    }
    return records;
}

Result<QHash<qint64, QList<IdentificationRecord>>> IdentificationRepository::ofCasesAwaitingIdentification() const
{
    // One query for the dashboard's clock stops, not two per waiting case.
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        selectEpisodes
            + QStringLiteral(" WHERE case_id IN (SELECT id FROM cases WHERE status = 'awaiting-identification') "
                             "ORDER BY case_id, requested_on, id"));
    if (!query)
        return Error { query.error() };
    QHash<qint64, QList<IdentificationRecord>> byCase;
    while (query.value().next()) {
        Result<IdentificationRecord> record = read(query.value());
        if (!record)
            return Error { record.error() };
        byCase[record->caseId] << record.value();
    }
    return byCase;
}

Result<IdentificationRecord> IdentificationRepository::read(const QSqlQuery& row) const
{
    IdentificationRecord record;
    record.id = row.value(0).toLongLong();
    record.caseId = row.value(1).toLongLong();
    record.kind = ClockStopKinds::fromCode(row.value(2).toString()).value_or(ClockStopEpisode::Kind::Identity);
    Result<QString> reason = m_keys.open(reasonColumn, row.value(3).toByteArray());
    if (!reason)
        return Error { reason.error() };
    record.reason = reason.value();
    record.requestedOn = dateFrom(row.value(4));
    if (!row.value(5).isNull())
        record.answeredOn = dateFrom(row.value(5));
    if (!row.value(6).isNull())
        record.method = IdentificationMethods::fromCode(row.value(6).toString());
    if (!row.value(7).isNull())
        record.outcome = IdentificationOutcomes::fromCode(row.value(7).toString());
    record.recordedBy = row.value(8).toString();
    record.createdAt = QDateTime::fromString(row.value(9).toString(), Qt::ISODate);
    record.updatedAt = QDateTime::fromString(row.value(10).toString(), Qt::ISODate);
    return record;
}

} // namespace dsar
