#pragma once

#include "extract/ExtractRenderer.h"

namespace dsar {

// The case service's register extracts drawn by ExtractPdf: A4 PDF/A-1b with the organisation's letterhead.
class PdfExtractRenderer : public ExtractRenderer
{
public:
    Result<RenderedPdf> render(const ExtractDocument& document) const override;
};

} // namespace dsar
