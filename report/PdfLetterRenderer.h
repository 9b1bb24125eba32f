#pragma once

#include "letters/LetterRenderer.h"

namespace dsar {

// The case service's letters drawn by LetterPdf: A4 PDF/A-1b with the organisation's letterhead.
class PdfLetterRenderer : public LetterRenderer
{
public:
    Result<QByteArray> render(const ComposedLetter& letter, const LetterFacts& facts,
                              const QString& documentId) const override;
};

} // namespace dsar
