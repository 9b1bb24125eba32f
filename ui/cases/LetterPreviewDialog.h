#pragma once

#include "PdfPreviewDialog.h"
#include "letters/LetterRenderer.h"

namespace dsar {

// A letter just written, as its PDF, to check, save and print.
class LetterPreviewDialog : public PdfPreviewDialog
{
    Q_OBJECT
public:
    LetterPreviewDialog(const WrittenLetter& letter, QWidget* parent = nullptr);

    const LetterRecord& record() const { return m_record; }

private:
    const LetterRecord m_record;
};

} // namespace dsar
