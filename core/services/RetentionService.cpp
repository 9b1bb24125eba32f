#include "RetentionService.h"

#include "common/Clock.h"
#include "security/Permission.h"
#include "services/SettingsService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace dsar {

RetentionService::RetentionService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys,
                                   const SettingsService& settings)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
    , m_settings(settings)
{ }

Result<QList<PurgeCandidate>> RetentionService::due() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::PurgeClosedCases); !allowed)
        return Error { allowed.error() };
    Result<int> years = m_settings.closedCaseRetentionYears();
    if (!years)
        return Error { years.error() };
    // Kept through the same instant `years` later; ISO text in UTC compares in time order.
    const QString cutoff = m_clock.now().toUTC().addYears(-years.value()).toString(Qt::ISODate);
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT c.id, c.reference, c.right_code, r.received_date, c.closed_at FROM cases c "
                       "JOIN requests r ON r.id = c.request_id WHERE c.closed_at IS NOT NULL AND c.closed_at < ? "
                       "ORDER BY c.closed_at, c.reference"),
        { cutoff });
    if (!query)
        return Error { query.error() };
    QList<PurgeCandidate> candidates;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        candidates.append({ row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                            QDate::fromString(row.value(3).toString(), Qt::ISODate),
                            QDateTime::fromString(row.value(4).toString(), Qt::ISODate) });
    }
    return candidates;
}

Result<QList<PurgeCandidate>> RetentionService::purge(const QString& reason)
{
    const QString why
        = reason.trimmed().isEmpty() ? tr("retention period after closing has run out") : reason.trimmed();
    Result<QList<PurgeCandidate>> candidates = due();
    if (!candidates)
        return candidates;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    AuditLog audit(m_db, m_keys);
    for (const PurgeCandidate& candidate : candidates.value()) {
        Result<QVariant> request
            = SqlQuery::scalar(m_db, QStringLiteral("SELECT request_id FROM cases WHERE id = ?"), { candidate.caseId });
        Result<QVariant> subject = SqlQuery::scalar(
            m_db,
            QStringLiteral("SELECT r.subject_id FROM cases c JOIN requests r ON r.id = c.request_id WHERE c.id = ?"),
            { candidate.caseId });
        if (!request || !subject)
            return Error { request ? subject.error() : request.error() };
        const QList<std::pair<QString, QVariantList>> steps = {
            { QStringLiteral("INSERT INTO purge_records (reference, right_code, received_date, closed_at, purged_at, "
                             "purged_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              { candidate.reference, candidate.rightCode, candidate.received.toString(Qt::ISODate),
                candidate.closedAt.toUTC().toString(Qt::ISODate), now, m_actor.userName, why } },
            { QStringLiteral("DELETE FROM cases WHERE id = ?"), { candidate.caseId } },
            // The request and the subject go with their last case.
            { QStringLiteral("DELETE FROM requests WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cases WHERE "
                             "request_id = requests.id)"),
              { request.value() } },
            { QStringLiteral("DELETE FROM subjects WHERE id = ? AND NOT EXISTS (SELECT 1 FROM requests WHERE "
                             "subject_id = subjects.id)"),
              { subject.value() } },
        };
        for (const auto& [sql, bindings] : steps) {
            if (Status done = SqlQuery::run(m_db, sql, bindings); !done)
                return Error { done.error() };
        }
        Status logged
            = audit.append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("case.purged"),
                             QStringLiteral("case"), candidate.caseId,
                             QStringLiteral("reference=%1 closed=%2 reason=%3")
                                 .arg(candidate.reference, candidate.closedAt.toUTC().toString(Qt::ISODate), why) });
        if (!logged)
            return Error { logged.error() };
    }
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return candidates;
}

} // namespace dsar
