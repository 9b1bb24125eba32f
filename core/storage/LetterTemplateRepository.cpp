#include "LetterTemplateRepository.h"

#include "Database.h"
#include "SqlQuery.h"

namespace dsar {
namespace {

const QString columns = QStringLiteral("controller_id, kind, language, body, updated_by, updated_at");

LetterTemplateRecord fromRow(const QSqlQuery& row)
{
    LetterTemplateRecord record;
    record.controllerId = row.value(0).toLongLong();
    // The kind column only ever holds codes written by store().
    record.kind = LetterKinds::fromCode(row.value(1).toString()).value_or(LetterKind::Acknowledgement);
    record.language = row.value(2).toString();
    record.body = row.value(3).toString();
    record.updatedBy = row.value(4).toString();
    record.updatedAt = QDateTime::fromString(row.value(5).toString(), Qt::ISODate);
    return record;
}

} // namespace

LetterTemplateRepository::LetterTemplateRepository(const Database& db)
    : m_db(db)
{ }

Result<std::optional<LetterTemplateRecord>> LetterTemplateRepository::find(qint64 controllerId, LetterKind kind,
                                                                           const QString& language) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db,
                                             QStringLiteral("SELECT ") + columns
                                                 + QStringLiteral(" FROM letter_templates WHERE controller_id = ? AND "
                                                                  "kind = ? AND language = ?"),
                                             { controllerId, LetterKinds::code(kind), language });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<LetterTemplateRecord>();
    return std::optional<LetterTemplateRecord>(fromRow(query.value()));
}

Result<QList<LetterTemplateRecord>> LetterTemplateRepository::forController(qint64 controllerId) const
{
    Result<QSqlQuery> query
        = SqlQuery::exec(m_db,
                         QStringLiteral("SELECT ") + columns
                             + QStringLiteral(" FROM letter_templates WHERE controller_id = ? ORDER BY kind, language"),
                         { controllerId });
    if (!query)
        return Error { query.error() };
    QList<LetterTemplateRecord> records;
    while (query.value().next())
        records << fromRow(query.value());
    return records;
}

Status LetterTemplateRepository::store(const LetterTemplateRecord& record)
{
    // ON CONFLICT ... DO UPDATE: SQLite 3.24+ and PostgreSQL 9.5+ alike.
    return SqlQuery::run(m_db,
                         QStringLiteral("INSERT INTO letter_templates (") + columns
                             + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (controller_id, kind, language) "
                                              "DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, "
                                              "updated_at = excluded.updated_at"),
                         { record.controllerId, LetterKinds::code(record.kind), record.language,
                           SqlQuery::text(record.body), record.updatedBy,
                           record.updatedAt.toUTC().toString(Qt::ISODate) });
}

Result<bool> LetterTemplateRepository::remove(qint64 controllerId, LetterKind kind, const QString& language)
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("DELETE FROM letter_templates WHERE controller_id = ? AND kind = ? AND language = ? RETURNING "
                       "controller_id"),
        { controllerId, LetterKinds::code(kind), language });
    if (!query)
        return Error { query.error() };
    return query.value().next();
}

} // namespace dsar
