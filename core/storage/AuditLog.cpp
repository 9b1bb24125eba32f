#include "AuditLog.h"

#include "Database.h"
#include "SqlQuery.h"

namespace dsar {

AuditLog::AuditLog(const Database& db)
    : m_db(db)
{ }

Status AuditLog::append(const AuditEvent& event)
{
    return SqlQuery::run(m_db,
                         QStringLiteral("INSERT INTO audit_events (occurred_at, actor, action, entity_type, entity_id, "
                                        "summary) VALUES (?, ?, ?, ?, ?, ?)"),
                         { event.occurredAt.toUTC().toString(Qt::ISODateWithMs), event.actor, event.action,
                           event.entityType, event.entityId, event.summary });
}

Result<QList<AuditEvent>> AuditLog::eventsFor(const QString& entityType, qint64 entityId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db,
                                             QStringLiteral("SELECT id, occurred_at, actor, action, entity_type, "
                                                            "entity_id, summary FROM audit_events WHERE entity_type = "
                                                            "? AND entity_id = ? ORDER BY id"),
                                             { entityType, entityId });
    if (!query)
        return Error { query.error() };
    QList<AuditEvent> events;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        events.append({ row.value(0).toLongLong(), QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs),
                        row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                        row.value(5).toLongLong(), row.value(6).toString() });
    }
    return events;
}

} // namespace dsar
