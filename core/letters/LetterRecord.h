#pragma once

#include "letters/LetterFacts.h"

#include <QDateTime>
#include <QString>

namespace dsar {

// A letter generated for a case: what it was (the SHA-256 of the PDF and its document id) and when and how it
// was sent. The PDF itself is the organisation's to keep; the hash proves which one was sent.
struct LetterRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    LetterKind kind = LetterKind::Acknowledgement;
    QString language;
    QString documentId; // printed on every page, e.g. "DSAR-2026-00042-outcome-1"
    QString sha256;
    QString generatedBy;
    QDateTime generatedAt;
    QString sentBy;
    QDateTime sentAt;
    QString sentMethod; // "e-post", "brev", ...

    bool isSent() const { return sentAt.isValid(); }
};

} // namespace dsar
