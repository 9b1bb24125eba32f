#include "DocumentRepository.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QSqlQuery>

namespace dsar {
namespace {

QString instant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime readInstant(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

DocumentRepository::DocumentRepository(const Database& db)
    : m_db(db)
{ }

Result<qint64> DocumentRepository::insert(const IssuedDocument& document)
{
    return SqlQuery::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO case_documents (case_id, kind, language, document_id, sha256, pages, items, "
            "after_approval, generated_by, generated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { document.caseId, IssuedDocument::code(document.kind), document.language, document.documentId, document.sha256,
          document.pages, document.items, document.afterApproval ? 1 : 0, document.generatedBy,
          instant(document.generatedAt) });
}

Status DocumentRepository::markSent(qint64 documentId, const QString& by, const QDateTime& at, const QString& method)
{
    return SqlQuery::run(
        m_db, QStringLiteral("UPDATE case_documents SET sent_by = ?, sent_at = ?, sent_method = ? WHERE id = ?"),
        { by, instant(at), SqlQuery::text(method), documentId });
}

Result<QList<IssuedDocument>> DocumentRepository::forCase(qint64 caseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT d.id, d.case_id, c.reference, d.kind, d.language, d.document_id, d.sha256, d.pages, "
                       "d.items, d.generated_by, d.generated_at, d.sent_by, d.sent_at, d.sent_method, d.after_approval "
                       "FROM case_documents d JOIN cases c ON c.id = d.case_id WHERE d.case_id = ? "
                       "ORDER BY d.generated_at, d.id"),
        { caseId });
    if (!query)
        return Error { query.error() };
    QList<IssuedDocument> list;
    QSqlQuery& row = query.value();
    while (row.next()) {
        IssuedDocument document;
        document.id = row.value(0).toLongLong();
        document.caseId = row.value(1).toLongLong();
        document.caseReference = row.value(2).toString();
        document.kind
            = IssuedDocument::fromCode(row.value(3).toString()).value_or(IssuedDocument::Kind::RegisterExtract);
        document.language = row.value(4).toString();
        document.documentId = row.value(5).toString();
        document.sha256 = row.value(6).toString();
        document.pages = row.value(7).toInt();
        document.items = row.value(8).toInt();
        document.generatedBy = row.value(9).toString();
        document.generatedAt = readInstant(row.value(10));
        document.sentBy = row.value(11).toString();
        document.sentAt = readInstant(row.value(12));
        document.sentMethod = row.value(13).toString();
        document.afterApproval = row.value(14).toInt() != 0;
        list << document;
    }
    return list;
}

Result<int> DocumentRepository::count(qint64 caseId, IssuedDocument::Kind kind) const
{
    // Exports share one counter ("-export-N") whatever their format.
    const QString sql = kind == IssuedDocument::Kind::RegisterExtract
        ? QStringLiteral("SELECT COUNT(*) FROM case_documents WHERE case_id = ? AND kind = 'register-extract'")
        : QStringLiteral("SELECT COUNT(*) FROM case_documents WHERE case_id = ? AND kind <> 'register-extract'");
    Result<QVariant> found = SqlQuery::scalar(m_db, sql, { caseId });
    if (!found)
        return Error { found.error() };
    return found->toInt();
}

Result<QList<DocumentMatch>> DocumentRepository::byHash(const QString& sha256) const
{
    return find(QStringLiteral("sha256"), sha256);
}

Result<QList<DocumentMatch>> DocumentRepository::byDocumentId(const QString& documentId) const
{
    return find(QStringLiteral("document_id"), documentId);
}

Result<QList<DocumentMatch>> DocumentRepository::find(const QString& column, const QString& value) const
{
    // column is one of two fixed names, never user input.
    const QString sql
        = QStringLiteral("SELECT d.kind, d.document_id, d.sha256, c.reference, d.generated_at, d.generated_by, "
                         "d.sent_at, d.sent_method FROM case_documents d JOIN cases c ON c.id = d.case_id "
                         "WHERE d.%1 = ? UNION ALL "
                         "SELECT l.kind, l.document_id, l.sha256, c.reference, l.generated_at, l.generated_by, "
                         "l.sent_at, l.sent_method FROM case_letters l JOIN cases c ON c.id = l.case_id "
                         "WHERE l.%1 = ? ORDER BY 5 DESC, 2 DESC")
              .arg(column);
    Result<QSqlQuery> query = SqlQuery::exec(m_db, sql, { value, value });
    if (!query)
        return Error { query.error() };
    QList<DocumentMatch> matches;
    QSqlQuery& row = query.value();
    while (row.next()) {
        DocumentMatch match;
        match.kind = row.value(0).toString();
        match.documentId = row.value(1).toString();
        match.sha256 = row.value(2).toString();
        match.caseReference = row.value(3).toString();
        match.generatedAt = readInstant(row.value(4));
        match.generatedBy = row.value(5).toString();
        match.sentAt = readInstant(row.value(6));
        match.sentMethod = row.value(7).toString();
        matches << match;
    }
    return matches;
}

} // namespace dsar
