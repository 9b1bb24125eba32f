#pragma once

#include "common/Result.h"
#include "extract/ExtractDocument.h"
#include "extract/IssuedDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace dsar {

struct RenderedPdf
{
    QByteArray pdf;
    int pages = 0;
};

// Lays the composed register extract out as a PDF. Core decides what it says; the report library (Qt Gui)
// draws it, so core stays free of Gui and the case service records exactly what was made.
class ExtractRenderer
{
public:
    virtual ~ExtractRenderer() = default;
    virtual Result<RenderedPdf> render(const ExtractDocument& document) const = 0;
};

// A register extract or an export made for a case: the file and its record (document id, SHA-256).
struct WrittenDocument
{
    IssuedDocument record;
    QByteArray bytes;
};

// What `extract verify` says about a file.
struct DocumentCheck
{
    enum class Verdict
    {
        Issued, // this database issued exactly these bytes
        Altered, // the file names a document this database issued, but its bytes differ
        Unknown, // not a document of this database
    };
    Verdict verdict = Verdict::Unknown;
    QString sha256; // of the file checked
    QString kind; // IssuedDocument or letter kind code, when known
    QString documentId;
    QString caseReference;
    QString issuedSha256; // Altered: what was issued
    QDateTime generatedAt;
    QString generatedBy;
    QDateTime sentAt;
    QString sentMethod;
    QStringList alsoIssuedAs; // the same bytes issued again: "document id (case)", the latest first
};

} // namespace dsar
