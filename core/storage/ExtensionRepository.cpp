#include "ExtensionRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "security/KeyRing.h"

namespace dsar {
namespace {

// The column name doubles as the associated data of the sealed value.
const QString noteColumn = QStringLiteral("case_extensions.note");

QString instant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

ExtensionRepository::ExtensionRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

Result<qint64> ExtensionRepository::insert(const ExtensionRecord& record)
{
    Result<QByteArray> note = m_keys.seal(noteColumn, record.note);
    if (!note)
        return Error { note.error() };
    return SqlQuery::insert(m_db,
                            QStringLiteral("INSERT INTO case_extensions (case_id, reason, note_enc, requested_by, "
                                           "requested_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                            { record.caseId, ExtensionReasons::code(record.reason), note.value(), record.requestedBy,
                              instant(record.requestedAt) });
}

Status ExtensionRepository::approve(qint64 caseId, const QString& approvedBy, const QDateTime& approvedAt)
{
    return SqlQuery::run(
        m_db,
        QStringLiteral("UPDATE case_extensions SET approved_by = ?, approved_at = ? WHERE case_id = ? AND approved_at "
                       "IS NULL"),
        { approvedBy, instant(approvedAt), caseId });
}

Result<std::optional<ExtensionRecord>> ExtensionRepository::forCase(qint64 caseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db,
                                             QStringLiteral("SELECT id, case_id, reason, note_enc, requested_by, "
                                                            "requested_at, approved_by, approved_at FROM "
                                                            "case_extensions WHERE case_id = ?"),
                                             { caseId });
    if (!query)
        return Error { query.error() };
    QSqlQuery& row = query.value();
    if (!row.next())
        return std::optional<ExtensionRecord>();
    ExtensionRecord record;
    record.id = row.value(0).toLongLong();
    record.caseId = row.value(1).toLongLong();
    record.reason = ExtensionReasons::fromCode(row.value(2).toString()).value_or(ExtensionReason::VolumeOfData);
    Result<QString> note = m_keys.open(noteColumn, row.value(3).toByteArray());
    if (!note)
        return Error { note.error() };
    record.note = note.value();
    record.requestedBy = row.value(4).toString();
    record.requestedAt = QDateTime::fromString(row.value(5).toString(), Qt::ISODate);
    record.approvedBy = row.value(6).toString();
    if (!row.value(7).isNull())
        record.approvedAt = QDateTime::fromString(row.value(7).toString(), Qt::ISODate);
    return std::optional<ExtensionRecord>(record);
}

} // namespace dsar
