#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QDialog>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;

namespace dsar {

// A document DSAR Desk just made (a letter, a register extract), as its PDF: to check, save and print.
// DSAR Desk records only the document's SHA-256 and id, not the PDF, so this is where the organisation keeps
// its copy.
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    struct Content
    {
        QString objectPrefix; // "letter", "extract": the widgets' object names
        QString title; // the window title
        QString about; // one line above the pages
        QString documentId;
        QString sha256;
        QByteArray pdf;
    };

    PdfPreviewDialog(const Content& content, QWidget* parent = nullptr);

    QPdfDocument* document() const { return m_document; }
    const QString& documentId() const { return m_content.documentId; }
    // The PDF as made, replacing `path` only once it is complete (QSaveFile).
    Status saveTo(const QString& path) const;
    // Every page onto the printer, at most 300 dpi.
    Status printTo(QPrinter& printer) const;

private:
    void saveAs();
    void print();
    void showMessage(const QString& text, bool asError);

    const Content m_content;
    QPdfDocument* m_document = nullptr;
    QBuffer* m_buffer = nullptr;
    QPdfView* m_view = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
