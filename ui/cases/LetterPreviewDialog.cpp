#include "LetterPreviewDialog.h"

#include "CaseFormParts.h"
#include "DisplayFormat.h"
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

constexpr int maxPrintDpi = 300;

} // namespace

LetterPreviewDialog::LetterPreviewDialog(const WrittenLetter& letter, QWidget* parent)
    : QDialog(parent)
    , m_record(letter.record)
    , m_pdf(letter.pdf)
{
    setObjectName(QStringLiteral("letterPreviewDialog"));
    setWindowTitle(tr("Letter %1").arg(m_record.documentId));
    setAccessibleName(windowTitle());

    auto* info = CaseFormParts::valueLabel(QStringLiteral("letterPreviewInfo"), this);
    info->setAccessibleName(tr("About the letter"));
    info->setText(tr("%1, written %2. DSAR Desk keeps only the letter's SHA-256 (%3), not the letter itself: save "
                     "or print it now, send it, then mark it as sent.")
                      .arg(LetterKinds::label(m_record.kind), DisplayFormat::stockholmDateTime(m_record.generatedAt),
                           m_record.sha256.left(16)));
    info->setToolTip(tr("SHA-256: %1").arg(m_record.sha256));

    // Created before the buffer it reads from, so it is deleted (and stops reading) first.
    m_document = new QPdfDocument(this);
    m_buffer = new QBuffer(this);
    m_buffer->setData(m_pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("letterPdfView"));
    m_view->setAccessibleName(tr("The letter as PDF"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);

    m_message = ProblemLabel::create(QStringLiteral("letterPreviewMessage"), tr("Result of saving or printing"), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveLetterButton"));
    save->setAccessibleName(tr("Save the letter as PDF"));
    connect(save, &QPushButton::clicked, this, &LetterPreviewDialog::saveAs);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printLetterButton"));
    printButton->setAccessibleName(tr("Print the letter"));
    connect(printButton, &QPushButton::clicked, this, &LetterPreviewDialog::print);
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

Status LetterPreviewDialog::saveTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        return Error {
            tr("The letter could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    }
    return {};
}

Status LetterPreviewDialog::printTo(QPrinter& printer) const
{
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() == 0)
        return Error { tr("The letter could not be read for printing. Save it and print the PDF file instead.") };
    printer.setDocName(m_record.documentId);
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error { tr("The printer could not be started. Check that it is connected, or save the letter.") };
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
        return Error { tr("The letter could not be printed.") };
    return {};
}

void LetterPreviewDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the letter"),
                                                      m_record.documentId + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveTo(path); !saved) {
        showMessage(saved.error(), true);
        return;
    }
    showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
}

void LetterPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the letter"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status printed = printTo(printer); !printed) {
        showMessage(printed.error(), true);
        return;
    }
    showMessage(tr("Sent to the printer."), false);
}

void LetterPreviewDialog::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
