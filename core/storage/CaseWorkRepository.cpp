#include "CaseWorkRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "crypto/Crypto.h"
#include "security/KeyRing.h"

namespace dsar {
namespace {

// Column names double as the associated data of each sealed value.
const QString noteBodyColumn = QStringLiteral("case_notes.body");
const QString fileNameColumn = QStringLiteral("case_attachments.file_name");
const QString contentColumn = QStringLiteral("case_attachments.content");

const QString selectAttachments = QStringLiteral(
    "SELECT id, case_id, file_name_enc, media_type, size_bytes, sha256, added_by, added_at FROM case_attachments");

QString instant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime instantFrom(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

CaseWorkRepository::CaseWorkRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

Status CaseWorkRepository::setAssignee(qint64 caseId, const QString& assignee, const QDateTime& now)
{
    return SqlQuery::run(m_db, QStringLiteral("UPDATE cases SET assignee = ?, updated_at = ? WHERE id = ?"),
                         { SqlQuery::nullIfEmpty(assignee), instant(now), caseId });
}

Result<qint64> CaseWorkRepository::insertNote(const CaseNote& note)
{
    Result<QByteArray> body = m_keys.seal(noteBodyColumn, note.body);
    if (!body)
        return Error { body.error() };
    return SqlQuery::insert(m_db,
                            QStringLiteral("INSERT INTO case_notes (case_id, kind, body_enc, author, created_at) "
                                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                            { note.caseId, CaseNoteKinds::code(note.kind), body.value(), SqlQuery::text(note.author),
                              instant(note.createdAt) });
}

Result<QList<CaseNote>> CaseWorkRepository::notes(qint64 caseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT id, case_id, kind, body_enc, author, created_at FROM case_notes WHERE case_id = ? "
                       "ORDER BY created_at, id"),
        { caseId });
    if (!query)
        return Error { query.error() };
    QList<CaseNote> notes;
    while (query.value().next()) {
        const QSqlQuery& row = query.value();
        CaseNote note;
        note.id = row.value(0).toLongLong();
        note.caseId = row.value(1).toLongLong();
        const std::optional<CaseNote::Kind> kind = CaseNoteKinds::fromCode(row.value(2).toString());
        if (!kind) {
            return Error { tr("Note %1 has the unknown kind \"%2\"; the database was changed outside DSAR Desk.")
                               .arg(note.id)
                               .arg(row.value(2).toString()) };
        }
        note.kind = *kind;
        Result<QString> body = m_keys.open(noteBodyColumn, row.value(3).toByteArray());
        if (!body)
            return Error { body.error() };
        note.body = body.value();
        note.author = row.value(4).toString();
        note.createdAt = instantFrom(row.value(5));
        notes << note;
    }
    return notes;
}

Result<qint64> CaseWorkRepository::insertAttachment(const CaseAttachment& attachment, const QByteArray& content)
{
    Result<QByteArray> name = m_keys.seal(fileNameColumn, attachment.fileName);
    if (!name)
        return Error { name.error() };
    Result<QByteArray> sealed = m_keys.sealBytes(contentColumn, content);
    if (!sealed)
        return Error { sealed.error() };
    return SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO case_attachments (case_id, file_name_enc, media_type, size_bytes, sha256, "
                       "content_enc, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { attachment.caseId, name.value(), SqlQuery::text(attachment.mediaType), attachment.size, attachment.sha256,
          sealed.value(), SqlQuery::text(attachment.addedBy), instant(attachment.addedAt) });
}

Result<CaseAttachment> CaseWorkRepository::readAttachment(const QSqlQuery& row) const
{
    CaseAttachment attachment;
    attachment.id = row.value(0).toLongLong();
    attachment.caseId = row.value(1).toLongLong();
    Result<QString> name = m_keys.open(fileNameColumn, row.value(2).toByteArray());
    if (!name)
        return Error { name.error() };
    attachment.fileName = name.value();
    attachment.mediaType = row.value(3).toString();
    attachment.size = row.value(4).toLongLong();
    attachment.sha256 = row.value(5).toString();
    attachment.addedBy = row.value(6).toString();
    attachment.addedAt = instantFrom(row.value(7));
    return attachment;
}

Result<QList<CaseAttachment>> CaseWorkRepository::attachments(qint64 caseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, selectAttachments + QStringLiteral(" WHERE case_id = ? ORDER BY added_at, id"), { caseId });
    if (!query)
        return Error { query.error() };
    QList<CaseAttachment> attachments;
    while (query.value().next()) {
        Result<CaseAttachment> attachment = readAttachment(query.value());
        if (!attachment)
            return Error { attachment.error() };
        attachments << attachment.value();
    }
    return attachments;
}

Result<std::optional<CaseAttachment>> CaseWorkRepository::attachment(qint64 id) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectAttachments + QStringLiteral(" WHERE id = ?"), { id });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<CaseAttachment>();
    Result<CaseAttachment> read = readAttachment(query.value());
    if (!read)
        return Error { read.error() };
    return std::optional<CaseAttachment>(read.value());
}

Result<QByteArray> CaseWorkRepository::attachmentContent(qint64 id) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, QStringLiteral("SELECT content_enc, size_bytes, sha256 FROM case_attachments WHERE id = ?"), { id });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return Error { tr("There is no attachment %1.").arg(id) };
    const QString recordedHash = query.value().value(2).toString();
    const qint64 recordedSize = query.value().value(1).toLongLong();
    // AES-GCM refuses a changed ciphertext; the SHA-256 recorded when the file was added also catches a
    // ciphertext moved here from another attachment, or a changed record of the hash.
    Result<QByteArray> content = m_keys.openBytes(contentColumn, query.value().value(0).toByteArray());
    if (!content) {
        return Error { tr("The file of attachment %1 was altered in the database and cannot be opened. Do not rely "
                          "on it: restore the database from a backup, or ask for the original again.")
                           .arg(id) };
    }
    const QByteArray actualHash = crypto::sha256(content.value()).toHex();
    if (content->size() != recordedSize || QString::fromLatin1(actualHash) != recordedHash) {
        return Error { tr("The file of attachment %1 was altered: its SHA-256 is %2, not the %3 recorded when it was "
                          "added. Do not rely on it: restore the database from a backup, or ask for the original "
                          "again.")
                           .arg(QString::number(id), QString::fromLatin1(actualHash), recordedHash) };
    }
    return content;
}

} // namespace dsar
