#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dsar {

// A document DSAR Desk made for a case and the subject receives: the register extract (GDPR Art. 15) or the
// portability export (GDPR Art. 20). The file is the organisation's to keep; its SHA-256 and document id prove
// which one was made and sent (GDPR Art. 5(2)).
struct IssuedDocument
{
    enum class Kind
    {
        RegisterExtract, // PDF/A
        ExportJson,
        ExportCsv,
    };

    qint64 id = 0;
    qint64 caseId = 0;
    QString caseReference; // read with the case, not stored
    Kind kind = Kind::RegisterExtract;
    QString language;
    QString documentId; // printed on every page, e.g. "DSAR-2026-00042-extract-1"
    QString sha256;
    int pages = 0; // the PDF's pages; 0 for an export
    int items = 0; // the data items it holds
    bool afterApproval = false; // made once the case's decision was approved: only such a document is sent
    QString generatedBy;
    QDateTime generatedAt;
    QString sentBy;
    QDateTime sentAt;
    QString sentMethod;

    bool isSent() const { return sentAt.isValid(); }
    // "register-extract", "export-json", "export-csv".
    static QString code(Kind kind);
    static std::optional<Kind> fromCode(const QString& code);
    // The part of the document id after the reference: "extract", "export".
    static QString idPart(Kind kind);
};

} // namespace dsar
