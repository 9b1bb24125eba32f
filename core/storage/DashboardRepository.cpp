#include "DashboardRepository.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QSqlQuery>

namespace dsar {
namespace {

const QString openStatuses = QStringLiteral(
    "('received', 'awaiting-identification', 'in-progress', 'decision-proposed', 'decision-approved')");

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Dates are ISO text, so an open end is the lowest or highest text there is.
QString lowerBound(QDate date)
{
    return date.isValid() ? isoDate(date) : QStringLiteral("0000-01-01");
}

QString upperBound(QDate date)
{
    return date.isValid() ? isoDate(date) : QStringLiteral("9999-12-31");
}

} // namespace

DashboardRepository::DashboardRepository(const Database& db)
    : m_db(db)
{ }

Result<QList<DashboardRepository::OpenGroup>> DashboardRepository::openByStatusAndRight() const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db,
                                             QStringLiteral("SELECT status, right_code, COUNT(*) FROM cases "
                                                            "WHERE status IN %1 GROUP BY status, right_code")
                                                 .arg(openStatuses));
    if (!query)
        return Error { query.error() };
    QList<OpenGroup> groups;
    QSqlQuery& row = query.value();
    while (row.next()) {
        std::optional<CaseStatus> status = CaseStatuses::fromCode(row.value(0).toString());
        std::optional<RequestRight> right = RequestRights::fromCode(row.value(1).toString());
        if (status && right)
            groups.append({ *status, *right, row.value(2).toInt() });
    }
    return groups;
}

Result<int> DashboardRepository::openDueBetween(QDate from, QDate to) const
{
    Result<QVariant> count = SqlQuery::scalar(
        m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM cases WHERE status IN %1 AND current_due_date >= ? AND current_due_date <= ?")
            .arg(openStatuses),
        { lowerBound(from), upperBound(to) });
    if (!count)
        return Error { count.error() };
    return count->toInt();
}

Result<QList<std::pair<QDate, int>>> DashboardRepository::openDuePerDay(QDate from, QDate to) const
{
    Result<QSqlQuery> query
        = SqlQuery::exec(m_db,
                         QStringLiteral("SELECT current_due_date, COUNT(*) FROM cases WHERE status IN %1 "
                                        "AND current_due_date >= ? AND current_due_date <= ? GROUP BY current_due_date")
                             .arg(openStatuses),
                         { lowerBound(from), upperBound(to) });
    if (!query)
        return Error { query.error() };
    QList<std::pair<QDate, int>> days;
    QSqlQuery& row = query.value();
    while (row.next())
        days.append({ QDate::fromString(row.value(0).toString(), Qt::ISODate), row.value(1).toInt() });
    return days;
}

Result<QList<DashboardRepository::ExtensionRow>> DashboardRepository::openExtensions() const
{
    Result<QSqlQuery> query
        = SqlQuery::exec(m_db,
                         QStringLiteral("SELECT c.reference, e.reason, e.approved_at FROM case_extensions e "
                                        "JOIN cases c ON c.id = e.case_id WHERE c.status IN %1 ORDER BY c.reference")
                             .arg(openStatuses));
    if (!query)
        return Error { query.error() };
    QList<ExtensionRow> rows;
    QSqlQuery& row = query.value();
    while (row.next())
        rows.append({ row.value(0).toString(), row.value(1).toString(), !row.value(2).isNull() });
    return rows;
}

Result<QList<DashboardRepository::AnsweredRow>> DashboardRepository::answeredBetween(const QDateTime& from,
                                                                                     const QDateTime& to) const
{
    // Instants are ISO text in UTC ("...Z", with or without milliseconds), so text order is time order.
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT c.reference, r.received_date, c.current_due_date, c.answered_at FROM cases c "
                       "JOIN requests r ON r.id = c.request_id WHERE c.answered_at >= ? AND c.answered_at < ?"),
        { from.toUTC().toString(Qt::ISODate), to.toUTC().toString(Qt::ISODate) });
    if (!query)
        return Error { query.error() };
    QList<AnsweredRow> rows;
    QSqlQuery& row = query.value();
    while (row.next()) {
        rows.append({ row.value(0).toString(), QDate::fromString(row.value(1).toString(), Qt::ISODate),
                      QDate::fromString(row.value(2).toString(), Qt::ISODate),
                      QDateTime::fromString(row.value(3).toString(), Qt::ISODate) });
    }
    return rows;
}

Result<QList<DashboardRepository::CountRow>> DashboardRepository::counts(const QString& sql, QDate from, QDate to) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, sql, { isoDate(from), isoDate(to) });
    if (!query)
        return Error { query.error() };
    QList<CountRow> rows;
    QSqlQuery& row = query.value();
    while (row.next())
        rows.append({ row.value(0).toString(), row.value(1).toString(), row.value(2).toInt() });
    return rows;
}

Result<QList<DashboardRepository::CountRow>> DashboardRepository::requestsPerRight(QDate from, QDate to) const
{
    return counts(
        QStringLiteral("SELECT c.right_code, '', COUNT(*) FROM cases c JOIN requests r ON r.id = c.request_id "
                       "WHERE r.received_date >= ? AND r.received_date <= ? GROUP BY c.right_code "
                       "ORDER BY c.right_code"),
        from, to);
}

Result<QList<DashboardRepository::CountRow>> DashboardRepository::extensionsPerReason(QDate from, QDate to) const
{
    return counts(QStringLiteral("SELECT e.reason, CASE WHEN e.approved_at IS NULL THEN '' ELSE 'approved' END, "
                                 "COUNT(*) FROM case_extensions e JOIN cases c ON c.id = e.case_id "
                                 "JOIN requests r ON r.id = c.request_id "
                                 "WHERE r.received_date >= ? AND r.received_date <= ? "
                                 "GROUP BY e.reason, CASE WHEN e.approved_at IS NULL THEN '' ELSE 'approved' END "
                                 "ORDER BY e.reason"),
                  from, to);
}

Result<QList<DashboardRepository::CountRow>> DashboardRepository::refusals(QDate from, QDate to) const
{
    return counts(QStringLiteral("SELECT d.outcome, d.legal_reference, COUNT(*) FROM case_decisions d "
                                 "JOIN cases c ON c.id = d.case_id JOIN requests r ON r.id = c.request_id "
                                 "WHERE d.approved_at IS NOT NULL AND d.outcome IN ('refused', 'partly-refused') "
                                 "AND r.received_date >= ? AND r.received_date <= ? "
                                 "GROUP BY d.outcome, d.legal_reference ORDER BY d.outcome, d.legal_reference"),
                  from, to);
}

Result<QList<DashboardRepository::CountRow>> DashboardRepository::itemGrounds(QDate from, QDate to,
                                                                              const QString& decision) const
{
    // decision is one of the fixed item decision codes, never user input.
    return counts(QStringLiteral("SELECT a.ground, '', COUNT(*) FROM case_assessments a "
                                 "JOIN case_decisions d ON d.case_id = a.case_id AND d.approved_at IS NOT NULL "
                                 "JOIN cases c ON c.id = a.case_id JOIN requests r ON r.id = c.request_id "
                                 "WHERE a.decision = '%1' AND r.received_date >= ? AND r.received_date <= ? "
                                 "GROUP BY a.ground ORDER BY a.ground")
                      .arg(decision),
                  from, to);
}

} // namespace dsar
