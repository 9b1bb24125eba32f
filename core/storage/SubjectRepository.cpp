#include "SubjectRepository.h"

#include "Database.h"
#include "SqlQuery.h"

namespace dsar {
namespace {

const QString selectSubjects = QStringLiteral(
    "SELECT id, name, personal_id, personal_id_kind, email, phone, postal_address, created_at FROM subjects");

SubjectRecord readSubject(const QSqlQuery& row)
{
    SubjectRecord subject;
    subject.id = row.value(0).toLongLong();
    subject.name = row.value(1).toString();
    subject.personalId = row.value(2).toString();
    subject.personalIdKind = row.value(3).toString();
    subject.email = row.value(4).toString();
    subject.phone = row.value(5).toString();
    subject.postalAddress = row.value(6).toString();
    subject.createdAt = QDateTime::fromString(row.value(7).toString(), Qt::ISODate);
    return subject;
}

} // namespace

SubjectRepository::SubjectRepository(const Database& db)
    : m_db(db)
{ }

Result<qint64> SubjectRepository::insert(const SubjectRecord& subject)
{
    return SqlQuery::insert(m_db,
                            QStringLiteral("INSERT INTO subjects (name, personal_id, personal_id_kind, email, phone, "
                                           "postal_address, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            { subject.name, SqlQuery::nullIfEmpty(subject.personalId),
                              SqlQuery::nullIfEmpty(subject.personalIdKind), SqlQuery::nullIfEmpty(subject.email),
                              SqlQuery::nullIfEmpty(subject.phone), SqlQuery::nullIfEmpty(subject.postalAddress),
                              subject.createdAt.toUTC().toString(Qt::ISODate) });
}

Result<std::optional<SubjectRecord>> SubjectRepository::byId(qint64 id) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectSubjects + QStringLiteral(" WHERE id = ?"), { id });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<SubjectRecord>();
    return std::optional<SubjectRecord>(readSubject(query.value()));
}

Result<std::optional<SubjectRecord>> SubjectRepository::byPersonalId(const QString& normalizedPersonalId) const
{
    Result<QSqlQuery> query
        = SqlQuery::exec(m_db, selectSubjects + QStringLiteral(" WHERE personal_id = ?"), { normalizedPersonalId });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<SubjectRecord>();
    return std::optional<SubjectRecord>(readSubject(query.value()));
}

Result<QList<SubjectRecord>> SubjectRepository::all() const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectSubjects + QStringLiteral(" ORDER BY name, id"));
    if (!query)
        return Error { query.error() };
    QList<SubjectRecord> subjects;
    while (query.value().next())
        subjects.append(readSubject(query.value()));
    return subjects;
}

} // namespace dsar
