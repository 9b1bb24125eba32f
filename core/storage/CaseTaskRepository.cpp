#include "CaseTaskRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "security/KeyRing.h"

#include <QSqlQuery>

namespace dsar {
namespace {

// The column names double as the associated data of the sealed values.
const QString reasonColumn = QStringLiteral("recipient_notifications.reason");
const QString identifiersColumn = QStringLiteral("processing_stops.identifiers");

QString instant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime readInstant(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

CaseTaskRepository::CaseTaskRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

Status CaseTaskRepository::insertErasureTask(qint64 caseId, const QString& system)
{
    return SqlQuery::run(m_db,
                         QStringLiteral("INSERT INTO erasure_tasks (case_id, system) VALUES (?, ?) "
                                        "ON CONFLICT (case_id, system) DO NOTHING"),
                         { caseId, SqlQuery::text(system) });
}

Status CaseTaskRepository::completeErasureTask(qint64 taskId, const QString& by, const QDateTime& at)
{
    return SqlQuery::run(m_db, QStringLiteral("UPDATE erasure_tasks SET done_by = ?, done_at = ? WHERE id = ?"),
                         { by, instant(at), taskId });
}

Result<QList<ErasureTask>> CaseTaskRepository::erasureTasks(qint64 caseId) const
{
    // The items per system are those decided "erase" on the case.
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT t.id, t.case_id, t.system, t.done_by, t.done_at, (SELECT COUNT(*) FROM "
                       "case_assessments a WHERE a.case_id = t.case_id AND a.system = t.system AND a.decision = "
                       "'erase') FROM erasure_tasks t WHERE t.case_id = ? ORDER BY t.system"),
        { caseId });
    if (!query)
        return Error { query.error() };
    QList<ErasureTask> tasks;
    QSqlQuery& row = query.value();
    while (row.next()) {
        ErasureTask task;
        task.id = row.value(0).toLongLong();
        task.caseId = row.value(1).toLongLong();
        task.system = row.value(2).toString();
        task.doneBy = row.value(3).toString();
        task.doneAt = readInstant(row.value(4));
        task.items = row.value(5).toInt();
        tasks << task;
    }
    return tasks;
}

Status CaseTaskRepository::insertNotification(qint64 caseId, const QString& recipient, const QString& role)
{
    return SqlQuery::run(m_db,
                         QStringLiteral("INSERT INTO recipient_notifications (case_id, recipient, role, status) "
                                        "VALUES (?, ?, ?, 'pending') ON CONFLICT (case_id, recipient) DO NOTHING"),
                         { caseId, recipient, role });
}

Status CaseTaskRepository::recordNotification(const RecipientNotification& notification)
{
    Result<QVariant> reason
        = m_keys.sealOptional(reasonColumn, notification.reason.isEmpty() ? QString() : notification.reason);
    if (!reason)
        return Error { reason.error() };
    return SqlQuery::run(
        m_db,
        QStringLiteral("UPDATE recipient_notifications SET status = ?, method = ?, notified_on = ?, reason_enc = ?, "
                       "recorded_by = ?, recorded_at = ? WHERE id = ?"),
        { NotificationStatuses::code(notification.status), SqlQuery::text(notification.method),
          notification.notifiedOn.isValid() ? QVariant(notification.notifiedOn.toString(Qt::ISODate)) : nullText(),
          reason.value(), notification.recordedBy, instant(notification.recordedAt), notification.id });
}

Result<QList<RecipientNotification>> CaseTaskRepository::notifications(qint64 caseId) const
{
    Result<QSqlQuery> query
        = SqlQuery::exec(m_db,
                         QStringLiteral("SELECT id, case_id, recipient, role, status, method, notified_on, reason_enc, "
                                        "recorded_by, recorded_at FROM recipient_notifications WHERE case_id = ? "
                                        "ORDER BY recipient"),
                         { caseId });
    if (!query)
        return Error { query.error() };
    QList<RecipientNotification> list;
    QSqlQuery& row = query.value();
    while (row.next()) {
        RecipientNotification notification;
        notification.id = row.value(0).toLongLong();
        notification.caseId = row.value(1).toLongLong();
        notification.recipient = row.value(2).toString();
        notification.role = row.value(3).toString();
        notification.status
            = NotificationStatuses::fromCode(row.value(4).toString()).value_or(NotificationStatus::Pending);
        notification.method = row.value(5).toString();
        notification.notifiedOn = QDate::fromString(row.value(6).toString(), Qt::ISODate);
        if (!row.value(7).isNull()) {
            Result<QString> reason = m_keys.open(reasonColumn, row.value(7).toByteArray());
            if (!reason)
                return Error { reason.error() };
            notification.reason = reason.value();
        }
        notification.recordedBy = row.value(8).toString();
        notification.recordedAt = readInstant(row.value(9));
        list << notification;
    }
    return list;
}

Status CaseTaskRepository::insertStop(const ProcessingStop& stop)
{
    Result<QByteArray> identifiers = m_keys.seal(identifiersColumn, stop.identifiers);
    if (!identifiers)
        return Error { identifiers.error() };
    return SqlQuery::run(
        m_db,
        QStringLiteral("INSERT INTO processing_stops (subject_id, identifiers_enc, controller_id, activity_id, scope, "
                       "case_id, stopped_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { stop.subjectId > 0 ? QVariant(stop.subjectId) : QVariant(QMetaType::fromType<qint64>()), identifiers.value(),
          stop.controllerId, stop.activityId > 0 ? QVariant(stop.activityId) : QVariant(QMetaType::fromType<qint64>()),
          StopScopes::code(stop.scope),
          stop.caseId > 0 ? QVariant(stop.caseId) : QVariant(QMetaType::fromType<qint64>()),
          stop.stoppedOn.toString(Qt::ISODate), stop.recordedBy, instant(stop.recordedAt) });
}

Result<QList<ProcessingStop>> CaseTaskRepository::stops(qint64 subjectId) const
{
    if (subjectId <= 0)
        return readStops(QStringLiteral("1 = 1"), {});
    return readStops(QStringLiteral("s.subject_id = ?"), { subjectId });
}

Result<QList<ProcessingStop>> CaseTaskRepository::stopsForCase(qint64 caseId) const
{
    return readStops(QStringLiteral("s.case_id = ?"), { caseId });
}

Result<QList<ProcessingStop>> CaseTaskRepository::readStops(const QString& where, const QVariantList& bindings) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT s.id, s.subject_id, s.identifiers_enc, s.controller_id, s.activity_id, s.scope, "
                       "s.case_id, s.stopped_on, s.recorded_by, s.recorded_at, a.name FROM processing_stops s LEFT "
                       "JOIN processing_activities a ON a.id = s.activity_id WHERE %1 ORDER BY s.stopped_on, s.id")
            .arg(where),
        bindings);
    if (!query)
        return Error { query.error() };
    QList<ProcessingStop> list;
    QSqlQuery& row = query.value();
    while (row.next()) {
        ProcessingStop stop;
        stop.id = row.value(0).toLongLong();
        stop.subjectId = row.value(1).toLongLong();
        Result<QString> identifiers = m_keys.open(identifiersColumn, row.value(2).toByteArray());
        if (!identifiers)
            return Error { identifiers.error() };
        stop.identifiers = identifiers.value();
        stop.controllerId = row.value(3).toLongLong();
        stop.activityId = row.value(4).toLongLong();
        stop.scope = StopScopes::fromCode(row.value(5).toString()).value_or(StopScope::DirectMarketing);
        stop.caseId = row.value(6).toLongLong();
        stop.stoppedOn = QDate::fromString(row.value(7).toString(), Qt::ISODate);
        stop.recordedBy = row.value(8).toString();
        stop.recordedAt = readInstant(row.value(9));
        stop.activityName = row.value(10).toString();
        list << stop;
    }
    return list;
}

Result<qint64> CaseTaskRepository::insertLetter(const LetterRecord& letter)
{
    return SqlQuery::insert(m_db,
                            QStringLiteral("INSERT INTO case_letters (case_id, kind, language, document_id, sha256, "
                                           "generated_by, generated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            { letter.caseId, LetterKinds::code(letter.kind), letter.language, letter.documentId,
                              letter.sha256, letter.generatedBy, instant(letter.generatedAt) });
}

Status CaseTaskRepository::markLetterSent(qint64 letterId, const QString& by, const QDateTime& at,
                                          const QString& method)
{
    return SqlQuery::run(
        m_db, QStringLiteral("UPDATE case_letters SET sent_by = ?, sent_at = ?, sent_method = ? WHERE id = ?"),
        { by, instant(at), SqlQuery::text(method), letterId });
}

Result<QList<LetterRecord>> CaseTaskRepository::letters(qint64 caseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT id, case_id, kind, language, document_id, sha256, generated_by, generated_at, sent_by, "
                       "sent_at, sent_method FROM case_letters WHERE case_id = ? ORDER BY generated_at, id"),
        { caseId });
    if (!query)
        return Error { query.error() };
    QList<LetterRecord> list;
    QSqlQuery& row = query.value();
    while (row.next()) {
        LetterRecord letter;
        letter.id = row.value(0).toLongLong();
        letter.caseId = row.value(1).toLongLong();
        letter.kind = LetterKinds::fromCode(row.value(2).toString()).value_or(LetterKind::Acknowledgement);
        letter.language = row.value(3).toString();
        letter.documentId = row.value(4).toString();
        letter.sha256 = row.value(5).toString();
        letter.generatedBy = row.value(6).toString();
        letter.generatedAt = readInstant(row.value(7));
        letter.sentBy = row.value(8).toString();
        letter.sentAt = readInstant(row.value(9));
        letter.sentMethod = row.value(10).toString();
        list << letter;
    }
    return list;
}

Result<int> CaseTaskRepository::letterCount(qint64 caseId, LetterKind kind) const
{
    Result<QVariant> count
        = SqlQuery::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM case_letters WHERE case_id = ? AND kind = ?"),
                           { caseId, LetterKinds::code(kind) });
    if (!count)
        return Error { count.error() };
    return count->toInt();
}

} // namespace dsar
