#pragma once

#include "common/Result.h"
#include "extract/IssuedDocument.h"

#include <optional>

namespace dsar {

class Database;

// What `extract verify` finds for a file: a register extract, an export or a letter this database issued.
struct DocumentMatch
{
    QString kind; // IssuedDocument::code() or a LetterKinds code
    QString documentId;
    QString sha256;
    QString caseReference;
    QDateTime generatedAt;
    QString generatedBy;
    QDateTime sentAt;
    QString sentMethod;
};

// The register extracts and portability exports made for cases (case_documents).
class DocumentRepository
{
public:
    explicit DocumentRepository(const Database& db);

    Result<qint64> insert(const IssuedDocument& document);
    Status markSent(qint64 documentId, const QString& by, const QDateTime& at, const QString& method);
    Result<QList<IssuedDocument>> forCase(qint64 caseId) const;
    Result<int> count(qint64 caseId, IssuedDocument::Kind kind) const;
    // Extracts, exports and letters alike, the latest first: identical bytes may have been issued more than once
    // (two CSV exports of the same items).
    Result<QList<DocumentMatch>> byHash(const QString& sha256) const;
    Result<QList<DocumentMatch>> byDocumentId(const QString& documentId) const;

private:
    Result<QList<DocumentMatch>> find(const QString& column, const QString& value) const;

    const Database& m_db;
};

} // namespace dsar
