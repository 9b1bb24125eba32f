#include "PdfExtractRenderer.h"

#include "ExtractPdf.h"

namespace dsar {

Result<RenderedPdf> PdfExtractRenderer::render(const ExtractDocument& document) const
{
    return ExtractPdf::render(document);
}

} // namespace dsar
