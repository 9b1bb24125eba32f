#pragma once

#include "common/Result.h"
#include "domain/CaseWork.h"

#include <QCoreApplication>

#include <optional>

class QSqlQuery;

namespace dsar {

class Database;
class KeyRing;

// The work on a case (migration 5): its handler, its notes and its attachments. The only place note texts,
// file names and file contents are sealed and opened.
class CaseWorkRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkRepository)
public:
    CaseWorkRepository(const Database& db, const KeyRing& keys);

    // The case's handler (an account name); empty unassigns.
    Status setAssignee(qint64 caseId, const QString& assignee, const QDateTime& now);

    // Reads caseId, kind, body, author and createdAt.
    Result<qint64> insertNote(const CaseNote& note);
    // Oldest first.
    Result<QList<CaseNote>> notes(qint64 caseId) const;

    // Reads caseId, fileName, mediaType, size, sha256, addedBy and addedAt; the content is sealed as given.
    Result<qint64> insertAttachment(const CaseAttachment& attachment, const QByteArray& content);
    // Oldest first; without the contents.
    Result<QList<CaseAttachment>> attachments(qint64 caseId) const;
    Result<std::optional<CaseAttachment>> attachment(qint64 id) const;
    // The plain bytes, after checking them against the size and SHA-256 recorded when the file was added:
    // a file that does not match is an error, never returned.
    Result<QByteArray> attachmentContent(qint64 id) const;

private:
    Result<CaseAttachment> readAttachment(const QSqlQuery& row) const;

    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
