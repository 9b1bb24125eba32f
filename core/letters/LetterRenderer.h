#pragma once

#include "common/Result.h"
#include "letters/LetterComposer.h"
#include "letters/LetterRecord.h"

#include <QByteArray>

namespace dsar {

// Lays a composed letter out as a PDF. Core decides what a letter says; the report library (Qt Gui) draws it,
// so core stays free of Gui and the case service can still record exactly what was generated.
class LetterRenderer
{
public:
    virtual ~LetterRenderer() = default;
    virtual Result<QByteArray> render(const ComposedLetter& letter, const LetterFacts& facts,
                                      const QString& documentId) const = 0;
};

// A letter written for a case: the PDF and its record (document id, SHA-256).
struct WrittenLetter
{
    LetterRecord record;
    QByteArray pdf;
};

} // namespace dsar
