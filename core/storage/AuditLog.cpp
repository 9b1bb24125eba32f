#include "AuditLog.h"

#include "Database.h"
#include "SqlQuery.h"
#include "crypto/Crypto.h"
#include "security/KeyRing.h"

namespace dsar {
namespace {

const QByteArray genesis(32, '\0');

const QString selectEvents
    = QStringLiteral("SELECT id, seq, occurred_at, actor, action, entity_type, entity_id, summary FROM audit_events");

void appendField(QByteArray& out, const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    out += QByteArray::number(bytes.size()) + ':' + bytes + ';';
}

// The first eight columns of every audit query: id, seq, occurred_at, actor, action, entity_type, entity_id,
// summary.
AuditEvent readEvent(const QSqlQuery& row)
{
    AuditEvent event;
    event.id = row.value(0).toLongLong();
    event.seq = row.value(1).toLongLong();
    event.occurredAt = QDateTime::fromString(row.value(2).toString(), Qt::ISODateWithMs);
    event.actor = row.value(3).toString();
    event.action = row.value(4).toString();
    event.entityType = row.value(5).toString();
    event.entityId = row.value(6).toLongLong();
    event.summary = row.value(7).toString();
    return event;
}

QString timestamp(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditLog::AuditLog(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

QByteArray AuditLog::canonicalEncoding(const AuditEvent& event)
{
    QByteArray out = QByteArrayLiteral("dsar-audit-v1;");
    appendField(out, QString::number(event.seq));
    appendField(out, timestamp(event.occurredAt));
    appendField(out, event.actor);
    appendField(out, event.action);
    appendField(out, event.entityType);
    appendField(out, QString::number(event.entityId));
    appendField(out, event.summary);
    return out;
}

QByteArray AuditLog::headMac(qint64 seq, const QByteArray& hash) const
{
    return m_keys.auditMac(QByteArrayLiteral("dsar-audit-head-v1;") + QByteArray::number(seq) + ';' + hash);
}

Status AuditLog::append(const AuditEvent& event)
{
    // Runs inside the caller's transaction, which holds the write lock: seq and prev_hash cannot race.
    Result<QSqlQuery> head = SqlQuery::exec(m_db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return Error { head.error() };
    qint64 previousSeq = 0;
    QByteArray previousHash = genesis;
    if (head.value().next()) {
        previousSeq = head.value().value(0).toLongLong();
        previousHash = head.value().value(1).toByteArray();
    }
    AuditEvent chained = event;
    chained.seq = previousSeq + 1;
    const QByteArray hash = crypto::sha256(previousHash + canonicalEncoding(chained));
    const QByteArray mac = m_keys.auditMac(hash);
    Status inserted = SqlQuery::run(
        m_db,
        QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor, action, entity_type, entity_id, summary, "
                       "prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { chained.seq, timestamp(chained.occurredAt), chained.actor, chained.action, chained.entityType,
          chained.entityId, chained.summary, previousHash, hash, mac });
    if (!inserted)
        return inserted;
    return SqlQuery::run(m_db,
                         QStringLiteral("INSERT INTO audit_head (id, seq, hash, mac) VALUES (1, ?, ?, ?) "
                                        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
                                        "mac = excluded.mac"),
                         { chained.seq, hash, headMac(chained.seq, hash) });
}

Result<QList<AuditEvent>> AuditLog::select(const QString& condition, const QVariantList& bindings) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectEvents + condition, bindings);
    if (!query)
        return Error { query.error() };
    QList<AuditEvent> events;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        events.append(readEvent(row));
    }
    return events;
}

Result<QList<AuditEvent>> AuditLog::eventsFor(const QString& entityType, qint64 entityId) const
{
    return select(QStringLiteral(" WHERE entity_type = ? AND entity_id = ? ORDER BY seq"), { entityType, entityId });
}

Result<QList<AuditEvent>> AuditLog::all() const
{
    return select(QStringLiteral(" ORDER BY seq"), {});
}

Result<AuditVerification> AuditLog::verify() const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT id, seq, occurred_at, actor, action, entity_type, entity_id, summary, prev_hash, hash, "
                       "mac FROM audit_events ORDER BY seq, id"));
    if (!query)
        return Error { query.error() };
    AuditVerification result;
    auto broken = [&result](const AuditEvent& event, const QString& problem) {
        result.intact = false;
        result.brokenSeq = event.seq;
        result.brokenId = event.id;
        result.problem = problem;
        return result;
    };
    QByteArray previousHash = genesis;
    qint64 expectedSeq = 1;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        const AuditEvent event = readEvent(row);
        const QByteArray storedPrevious = row.value(8).toByteArray();
        const QByteArray storedHash = row.value(9).toByteArray();
        const QByteArray storedMac = row.value(10).toByteArray();

        if (event.seq != expectedSeq) {
            return broken(event,
                          tr("Event %1 follows event %2: the events in between were deleted or the order was "
                             "changed.")
                              .arg(event.seq)
                              .arg(expectedSeq - 1));
        }
        if (!crypto::constantTimeEquals(storedPrevious, previousHash))
            return broken(event,
                          tr("Event %1 does not follow the event before it: an event was inserted, deleted or "
                             "moved here.")
                              .arg(event.seq));
        const QByteArray hash = crypto::sha256(previousHash + canonicalEncoding(event));
        if (!crypto::constantTimeEquals(hash, storedHash))
            return broken(event, tr("Event %1 was altered after it was written.").arg(event.seq));
        if (!crypto::constantTimeEquals(m_keys.auditMac(storedHash), storedMac))
            return broken(
                event,
                tr("Event %1 does not carry this database's key: the chain was rewritten from here.").arg(event.seq));
        previousHash = storedHash;
        ++expectedSeq;
        ++result.events;
    }

    Result<QSqlQuery> head = SqlQuery::exec(m_db, QStringLiteral("SELECT seq, hash, mac FROM audit_head WHERE id = 1"));
    if (!head)
        return Error { head.error() };
    const bool hasHead = head.value().next();
    const qint64 headSeq = hasHead ? head.value().value(0).toLongLong() : 0;
    const QByteArray headHash = hasHead ? head.value().value(1).toByteArray() : genesis;
    const bool headValid
        = !hasHead || crypto::constantTimeEquals(head.value().value(2).toByteArray(), headMac(headSeq, headHash));
    if (!hasHead && result.events > 0) {
        result.problem = tr("The record of the last event is missing: it was deleted.");
        return result;
    }
    if (!headValid) {
        result.problem = tr("The record of the last event was altered.");
        return result;
    }
    if (headSeq != result.events || !crypto::constantTimeEquals(headHash, previousHash)) {
        result.brokenSeq = result.events + 1;
        result.problem = tr("The trail ends at event %1 but %2 events were written: the last events were deleted.")
                             .arg(result.events)
                             .arg(headSeq);
        return result;
    }
    result.intact = true;
    return result;
}

} // namespace dsar
