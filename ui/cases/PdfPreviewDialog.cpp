#include "PdfPreviewDialog.h"

#include "CaseFormParts.h"
#include "ProblemLabel.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

constexpr int maxPrintDpi = 300; // a letter or an extract needs no more

} // namespace

PdfPreviewDialog::PdfPreviewDialog(const Content& content, QWidget* parent)
    : QDialog(parent)
    , m_content(content)
{
    const QString prefix = content.objectPrefix;
    const QString capitalised = prefix.left(1).toUpper() + prefix.mid(1);
    setObjectName(prefix + QStringLiteral("PreviewDialog"));
    setWindowTitle(content.title);
    setAccessibleName(windowTitle());

    auto* info = CaseFormParts::valueLabel(prefix + QStringLiteral("PreviewInfo"), this);
    info->setAccessibleName(tr("About the document"));
    info->setText(content.about);
    info->setToolTip(tr("SHA-256: %1").arg(content.sha256));

    // Created before the buffer it reads from, so it is deleted (and stops reading) first.
    m_document = new QPdfDocument(this);
    m_buffer = new QBuffer(this);
    m_buffer->setData(m_content.pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_view = new QPdfView(this);
    m_view->setObjectName(prefix + QStringLiteral("PdfView"));
    m_view->setAccessibleName(tr("%1 as PDF").arg(content.documentId));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);

    m_message
        = ProblemLabel::create(prefix + QStringLiteral("PreviewMessage"), tr("Result of saving or printing"), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("save") + capitalised + QStringLiteral("Button"));
    save->setAccessibleName(tr("Save %1 as PDF").arg(content.documentId));
    connect(save, &QPushButton::clicked, this, &PdfPreviewDialog::saveAs);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("print") + capitalised + QStringLiteral("Button"));
    printButton->setAccessibleName(tr("Print %1").arg(content.documentId));
    connect(printButton, &QPushButton::clicked, this, &PdfPreviewDialog::print);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close the preview"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    save->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    const QRect available = screen()->availableGeometry();
    resize(std::min(860, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
}

Status PdfPreviewDialog::saveTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_content.pdf) != m_content.pdf.size() || !file.commit()) {
        return Error { tr("%1 could not be saved as %2: %3")
                           .arg(m_content.documentId)
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    return {};
}

Status PdfPreviewDialog::printTo(QPrinter& printer) const
{
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() == 0)
        return Error {
            tr("%1 could not be read for printing. Save it and print the PDF file instead.").arg(m_content.documentId)
        };
    printer.setDocName(m_content.documentId);
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error { tr("The printer could not be started. Check that it is connected, or save the document.") };
    const int dpi = std::min(printer.resolution(), maxPrintDpi);
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0 && !printer.newPage()) {
            painter.end();
            return Error { tr("The printer stopped after page %1.").arg(page) };
        }
        const QSizeF points = m_document->pagePointSize(page);
        const QImage image = m_document->render(page, (points * dpi / 72.0).toSize());
        // The page keeps its proportions on whatever paper the printer has.
        const QSize target = points.scaled(painter.viewport().size(), Qt::KeepAspectRatio).toSize();
        painter.drawImage(QRect(painter.viewport().topLeft(), target), image);
    }
    if (!painter.end())
        return Error { tr("%1 could not be printed.").arg(m_content.documentId) };
    return {};
}

void PdfPreviewDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(m_content.documentId),
                                                      m_content.documentId + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveTo(path); !saved) {
        showMessage(saved.error(), true);
        return;
    }
    showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
}

void PdfPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_content.documentId));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status printed = printTo(printer); !printed) {
        showMessage(printed.error(), true);
        return;
    }
    showMessage(tr("Sent to the printer."), false);
}

void PdfPreviewDialog::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
