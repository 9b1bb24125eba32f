#pragma once

#include "common/Result.h"
#include "letters/LetterRenderer.h"

#include <QDialog>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;

namespace dsar {

// A letter just written, as its PDF, to check, save and print. DSAR Desk records only the letter's SHA-256 and
// document id, not the PDF, so this is where the organisation keeps its copy.
class LetterPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    LetterPreviewDialog(const WrittenLetter& letter, QWidget* parent = nullptr);

    QPdfDocument* document() const { return m_document; }
    const LetterRecord& record() const { return m_record; }
    // The PDF as written, replacing `path` only once it is complete (QSaveFile).
    Status saveTo(const QString& path) const;
    // Every page onto the printer, at most 300 dpi (a letter needs no more).
    Status printTo(QPrinter& printer) const;

private:
    void saveAs();
    void print();
    void showMessage(const QString& text, bool asError);

    const LetterRecord m_record;
    const QByteArray m_pdf;
    QPdfDocument* m_document = nullptr;
    QBuffer* m_buffer = nullptr;
    QPdfView* m_view = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
