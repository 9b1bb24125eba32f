#include "PdfLetterRenderer.h"

#include "LetterPdf.h"

namespace dsar {

Result<QByteArray> PdfLetterRenderer::render(const ComposedLetter& letter, const LetterFacts& facts,
                                             const QString& documentId) const
{
    return LetterPdf::render(letter, { documentId, facts.controller, facts.subject, facts.letterDate });
}

} // namespace dsar
