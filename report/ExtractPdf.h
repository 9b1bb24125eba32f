#pragma once

#include "common/Result.h"
#include "extract/ExtractDocument.h"
#include "extract/ExtractRenderer.h"

#include <QCoreApplication>

namespace dsar {

// The register extract as an A4 PDF/A-1b document: the letterhead and address block on the first page, a
// continuation head on the others, and "Sida N av M" with the document id in every footer. Tables repeat their
// header row on each page they run over; a cell's text wraps (a word wider than its column breaks anywhere). A
// row that does not fit what is left of a page moves to the next one whole; one taller than a page breaks
// between two lines and continues there, so nothing is cut. A heading stays with what follows it.
// Laid out with QTextLayout line by line, which keeps a 50-page extract well under a second.
class ExtractPdf
{
    Q_DECLARE_TR_FUNCTIONS(ExtractPdf)
public:
    static Result<RenderedPdf> render(const ExtractDocument& document);
};

} // namespace dsar
