#include "CaseRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "SubjectRepository.h"

#include <algorithm>
#include <numeric>

namespace dsar {
namespace {

const QString selectCases = QStringLiteral(
    "SELECT c.id, c.reference, c.request_id, r.subject_id, s.name_enc, r.controller_id, k.name, c.right_code, "
    "c.status, "
    "r.channel, r.received_date, r.received_at, r.registered_at, c.calendar_profile, c.due_date, "
    "c.extension_max_date, c.extension_target_date, c.internal_target_date, c.current_due_date, c.extended, "
    "c.assignee, c.closed_at, c.answered_at, "
    "EXISTS (SELECT 1 FROM case_extensions e WHERE e.case_id = c.id AND e.approved_at IS NULL) "
    "FROM cases c JOIN requests r ON r.id = c.request_id JOIN subjects s ON s.id = r.subject_id "
    "JOIN controllers k ON k.id = r.controller_id");

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFrom(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime instantFrom(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

CaseRecord readCaseRow(const QSqlQuery& row)
{
    CaseRecord record;
    record.id = row.value(0).toLongLong();
    record.reference = row.value(1).toString();
    record.requestId = row.value(2).toLongLong();
    record.subjectId = row.value(3).toLongLong();
    record.controllerId = row.value(5).toLongLong();
    record.controllerName = row.value(6).toString();
    record.right = RequestRights::fromCode(row.value(7).toString()).value_or(RequestRight::Access);
    record.status = CaseStatuses::fromCode(row.value(8).toString()).value_or(CaseStatus::Received);
    record.channel = Channels::fromCode(row.value(9).toString()).value_or(Channel::Email);
    record.received.stockholmDate = dateFrom(row.value(10));
    if (!row.value(11).isNull())
        record.received.instant = instantFrom(row.value(11));
    record.registeredAt = instantFrom(row.value(12));
    record.calendarProfile = calendarProfileFromCode(row.value(13).toString()).value_or(CalendarProfile::EU);
    record.due = dateFrom(row.value(14));
    record.extendedDue = dateFrom(row.value(15));
    record.extensionTarget = dateFrom(row.value(16));
    record.internalTarget = dateFrom(row.value(17));
    record.currentDue = dateFrom(row.value(18));
    record.extended = row.value(19).toInt() != 0;
    record.assignee = row.value(20).toString();
    if (!row.value(21).isNull())
        record.closedAt = instantFrom(row.value(21));
    if (!row.value(22).isNull())
        record.answeredAt = instantFrom(row.value(22));
    record.extensionAwaitingApproval = row.value(23).toInt() != 0;
    return record;
}

// The order of ORDER BY current_due_date, reference: ISO dates in text order are in date order, and references are
// unique ASCII, so no two cases tie. Sorted here rather than by SQLite, which would sort every column of every row
// (a third of reading 100,000 cases); the records are sorted by index, then moved once.
QList<CaseRecord> sortedByDue(QList<CaseRecord> cases)
{
    QList<qsizetype> order(cases.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&cases](qsizetype a, qsizetype b) {
        const CaseRecord& left = cases.at(a);
        const CaseRecord& right = cases.at(b);
        if (left.currentDue != right.currentDue)
            return left.currentDue < right.currentDue;
        return left.reference < right.reference;
    });
    QList<CaseRecord> sorted;
    sorted.reserve(cases.size());
    for (qsizetype index : std::as_const(order))
        sorted.append(std::move(cases[index]));
    return sorted;
}

const QString openStatuses = QStringLiteral(
    "('received', 'awaiting-identification', 'in-progress', 'decision-proposed', 'decision-approved')");

} // namespace

CaseRepository::CaseRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

Result<CaseRecord> CaseRepository::readCase(const QSqlQuery& row, QHash<qint64, QString>* names) const
{
    CaseRecord record = readCaseRow(row);
    // One query reads one version of each subject's row, so a name opened once serves all its cases.
    if (names) {
        if (const auto known = names->constFind(record.subjectId); known != names->cend()) {
            record.subjectName = *known;
            return record;
        }
    }
    Result<QString> name = SubjectRepository(m_db, m_keys).nameOf(row.value(4));
    if (!name)
        return Error { name.error() };
    record.subjectName = name.value();
    if (names)
        names->insert(record.subjectId, record.subjectName);
    return record;
}

Result<QString> CaseRepository::nextReference(int year)
{
    Status seeded = SqlQuery::run(
        m_db,
        QStringLiteral(
            "INSERT INTO case_reference_counters (year, last_number) VALUES (?, 0) ON CONFLICT (year) DO NOTHING"),
        { year });
    if (!seeded)
        return Error { seeded.error() };
    Result<QVariant> number = SqlQuery::scalar(
        m_db,
        QStringLiteral("UPDATE case_reference_counters SET last_number = last_number + 1 WHERE year = ? "
                       "RETURNING last_number"),
        { year });
    if (!number)
        return Error { number.error() };
    return QStringLiteral("DSAR-%1-%2").arg(year).arg(number.value().toLongLong(), 5, 10, QLatin1Char('0'));
}

Result<qint64> CaseRepository::insertRequest(const NewRequestRow& request)
{
    return SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO requests (controller_id, subject_id, channel, received_date, received_at, "
                       "registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { request.controllerId, request.subjectId, Channels::code(request.channel),
          isoDate(request.received.stockholmDate),
          request.received.instant ? QVariant(request.received.instant->toUTC().toString(Qt::ISODate))
                                   : QVariant(QMetaType::fromType<QString>()),
          request.registeredAt.toUTC().toString(Qt::ISODate), request.registeredBy });
}

Result<qint64> CaseRepository::insertCase(const CaseRecord& record)
{
    const QString now = record.registeredAt.toUTC().toString(Qt::ISODate);
    return SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO cases (reference, request_id, right_code, status, calendar_profile, due_date, "
                       "extension_max_date, extension_target_date, internal_target_date, current_due_date, extended, "
                       "assignee, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        { record.reference, record.requestId, RequestRights::code(record.right), CaseStatuses::code(record.status),
          calendarProfileCode(record.calendarProfile), isoDate(record.due), isoDate(record.extendedDue),
          isoDate(record.extensionTarget), isoDate(record.internalTarget), isoDate(record.currentDue),
          record.extended ? 1 : 0, SqlQuery::nullIfEmpty(record.assignee), now, now });
}

Status CaseRepository::updateStatus(qint64 caseId, CaseStatus status, const QDateTime& closedAt, const QDateTime& now)
{
    const QString at = now.toUTC().toString(Qt::ISODate);
    if (closedAt.isValid()) {
        return SqlQuery::run(m_db,
                             QStringLiteral("UPDATE cases SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?"),
                             { CaseStatuses::code(status), closedAt.toUTC().toString(Qt::ISODate), at, caseId });
    }
    return SqlQuery::run(m_db, QStringLiteral("UPDATE cases SET status = ?, updated_at = ? WHERE id = ?"),
                         { CaseStatuses::code(status), at, caseId });
}

Status CaseRepository::setAnsweredAt(qint64 caseId, const QDateTime& at)
{
    // The first answer counts; a case answered and later refused in part keeps its first date.
    return SqlQuery::run(m_db, QStringLiteral("UPDATE cases SET answered_at = ? WHERE id = ? AND answered_at IS NULL"),
                         { at.toUTC().toString(Qt::ISODate), caseId });
}

Status CaseRepository::updateDeadlines(const CaseRecord& record, const QDateTime& now)
{
    return SqlQuery::run(
        m_db,
        QStringLiteral("UPDATE cases SET due_date = ?, extension_max_date = ?, extension_target_date = ?, "
                       "internal_target_date = ?, current_due_date = ?, extended = ?, updated_at = ? "
                       "WHERE id = ?"),
        { isoDate(record.due), isoDate(record.extendedDue), isoDate(record.extensionTarget),
          isoDate(record.internalTarget), isoDate(record.currentDue), record.extended ? 1 : 0,
          now.toUTC().toString(Qt::ISODate), record.id });
}

Result<QList<CaseRecord>> CaseRepository::list(const CaseFilter& filter) const
{
    QStringList conditions;
    QVariantList bindings;
    if (filter.status) {
        conditions << QStringLiteral("c.status = ?");
        bindings << CaseStatuses::code(*filter.status);
    }
    if (filter.right) {
        conditions << QStringLiteral("c.right_code = ?");
        bindings << RequestRights::code(*filter.right);
    }
    if (filter.subjectId) {
        conditions << QStringLiteral("r.subject_id = ?");
        bindings << *filter.subjectId;
    }
    if (filter.openOnly || filter.overdueOn || filter.dueBetween)
        conditions << QStringLiteral("c.status IN ") + openStatuses;
    if (filter.overdueOn) {
        conditions << QStringLiteral("c.current_due_date < ?");
        bindings << isoDate(*filter.overdueOn);
    }
    if (filter.dueBetween) {
        conditions << QStringLiteral("c.current_due_date BETWEEN ? AND ?");
        bindings << isoDate(filter.dueBetween->first) << isoDate(filter.dueBetween->second);
    }
    QString sql = selectCases;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (filter.firstByDue) {
        // Read in the index's order (migration 10), so only these rows are joined and opened.
        sql += QStringLiteral(" ORDER BY c.current_due_date, c.reference LIMIT ?");
        bindings << *filter.firstByDue;
    }

    Result<QSqlQuery> query = SqlQuery::exec(m_db, sql, bindings);
    if (!query)
        return Error { query.error() };
    QList<CaseRecord> read;
    QHash<qint64, QString> names;
    while (query.value().next()) {
        Result<CaseRecord> record = readCase(query.value(), &names);
        if (!record)
            return Error { record.error() };
        read.append(std::move(record).value());
    }
    return sortedByDue(std::move(read));
}

Result<std::optional<CaseRecord>> CaseRepository::byReference(const QString& reference) const
{
    return single(QStringLiteral("c.reference = ?"), reference.trimmed().toUpper());
}

Result<std::optional<CaseRecord>> CaseRepository::byId(qint64 id) const
{
    return single(QStringLiteral("c.id = ?"), id);
}

Result<std::optional<CaseRecord>> CaseRepository::single(const QString& condition, const QVariant& key) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectCases + QStringLiteral(" WHERE ") + condition, { key });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<CaseRecord>();
    Result<CaseRecord> read = readCase(query.value());
    if (!read)
        return Error { read.error() };
    CaseRecord record = read.value();
    Result<QStringList> linked = referencesOfRequest(record.requestId, record.id);
    if (!linked)
        return Error { linked.error() };
    record.linkedReferences = linked.value();
    return std::optional<CaseRecord>(record);
}

Result<QStringList> CaseRepository::referencesOfRequest(qint64 requestId, qint64 exceptCaseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, QStringLiteral("SELECT reference FROM cases WHERE request_id = ? AND id <> ? ORDER BY reference"),
        { requestId, exceptCaseId });
    if (!query)
        return Error { query.error() };
    QStringList references;
    while (query.value().next())
        references << query.value().value(0).toString();
    return references;
}

} // namespace dsar
