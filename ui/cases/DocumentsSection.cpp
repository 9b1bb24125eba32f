#include "DocumentsSection.h"

#include "CaseFormParts.h"
#include "DecisionPanelParts.h"
#include "DisplayFormat.h"
#include "PdfExtractRenderer.h"
#include "PdfPreviewDialog.h"
#include "ProblemLabel.h"
#include "services/Session.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsar {
namespace {

enum Column
{
    DocumentColumn,
    KindColumn,
    HashColumn,
    MadeColumn,
    SentColumn,
    MethodColumn,
    ColumnCount
};

constexpr int shortHashLength = 12;

QString kindLabel(const IssuedDocument& document)
{
    switch (document.kind) {
    case IssuedDocument::Kind::RegisterExtract:
        return DocumentsSection::tr("Register extract (%1)").arg(document.language);
    case IssuedDocument::Kind::ExportJson:
        return DocumentsSection::tr("Data export, JSON");
    case IssuedDocument::Kind::ExportCsv:
        return DocumentsSection::tr("Data export, CSV");
    }
    return {};
}

bool isExport(IssuedDocument::Kind kind)
{
    return kind != IssuedDocument::Kind::RegisterExtract;
}

} // namespace

DocumentsSection::DocumentsSection(Session& session, const QString& reference, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("documentsSection"));
    m_empty = CaseFormParts::valueLabel(QStringLiteral("documentsEmpty"), this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    DecisionPanelParts::setUpList(m_table);
    m_extractButton = DecisionPanelParts::button(QStringLiteral("makeExtractButton"), this);
    // The extract speaks the subject's language, chosen each time.
    auto* languages = new QMenu(m_extractButton);
    languages->setObjectName(QStringLiteral("extractLanguageMenu"));
    languages->addAction(QStringLiteral("Svenska"), this, [this] { askExtract(QStringLiteral("sv")); });
    languages->addAction(QStringLiteral("English"), this, [this] { askExtract(QStringLiteral("en")); });
    m_extractButton->setMenu(languages);
    m_exportButton = DecisionPanelParts::button(QStringLiteral("exportDataButton"), this);
    connect(m_exportButton, &QPushButton::clicked, this, &DocumentsSection::askExport);
    m_sentButton = DecisionPanelParts::button(QStringLiteral("markDocumentSentButton"), this);
    connect(m_sentButton, &QPushButton::clicked, this, &DocumentsSection::askSent);
    m_message = ProblemLabel::create(QStringLiteral("documentsMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_extractButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_sentButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    retranslateUi();
}

void DocumentsSection::retranslateUi()
{
    setTitle(tr("Register extract and data export"));
    m_table->setHorizontalHeaderLabels(
        { tr("Document id"), tr("Document"), tr("SHA-256"), tr("Made"), tr("Sent"), tr("Method") });
    m_table->setAccessibleName(tr("Register extracts and exports made for the case"));
    m_extractButton->setText(tr("Make register e&xtract"));
    m_extractButton->setAccessibleName(tr("Make the register extract as PDF"));
    m_extractButton->setToolTip(tr("GDPR Art. 15: the subject's data and how they are processed, as PDF, in the "
                                   "language you choose"));
    m_exportButton->setText(tr("Export data…"));
    m_exportButton->setAccessibleName(tr("Export the data as JSON or CSV"));
    m_exportButton->setToolTip(tr("GDPR Art. 20: the data in scope of portability, machine-readable"));
    m_sentButton->setText(tr("Mark as delivered…"));
    m_sentButton->setAccessibleName(tr("Mark the latest extract or export as sent"));
    m_sentButton->setToolTip(tr("Record that the latest extract or export was sent to the data subject, and how"));
    m_message->setAccessibleName(tr("Result of the last extract or export step"));
    fill();
}

void DocumentsSection::setCase(const CaseRecord& record)
{
    m_record = record;
    // GDPR Art. 15 and 20 only; a portability case may also get the Art. 15 copy of what is out of scope.
    setVisible(record.right == RequestRight::Access || record.right == RequestRight::Portability);
    Result<QList<IssuedDocument>> documents = m_session.cases().documents(m_reference);
    m_documents = documents ? documents.value() : QList<IssuedDocument>();
    m_loadError = documents ? QString() : documents.error();
    fill();
}

void DocumentsSection::fill()
{
    m_table->setRowCount(static_cast<int>(m_documents.size()));
    for (int row = 0; row < m_documents.size(); ++row) {
        const IssuedDocument& document = m_documents.at(row);
        const QStringList texts {
            document.documentId,
            kindLabel(document),
            document.sha256.left(shortHashLength),
            tr("%1 by %2").arg(DisplayFormat::stockholmTimestamp(document.generatedAt), document.generatedBy),
            document.isSent() ? tr("%1 by %2").arg(DisplayFormat::stockholmTimestamp(document.sentAt), document.sentBy)
                              : tr("Not sent yet"),
            document.sentMethod,
        };
        DecisionPanelParts::setRow(m_table, row, texts);
        m_table->item(row, HashColumn)->setToolTip(tr("SHA-256: %1").arg(document.sha256));
    }
    m_empty->setText(m_loadError.isEmpty() ? tr("No register extract or export has been made for this case yet.")
                                           : tr("The extracts could not be read: %1").arg(m_loadError));
    m_empty->setVisible(m_documents.isEmpty());
    m_table->setVisible(!m_documents.isEmpty());
    DecisionPanelParts::fitList(m_table, { KindColumn, MadeColumn, SentColumn }, 5);
    const bool open = m_record.has_value();
    m_extractButton->setEnabled(open);
    m_exportButton->setEnabled(open && m_record->right == RequestRight::Portability);
    const bool anyUnsent = std::any_of(m_documents.cbegin(), m_documents.cend(),
                                       [](const IssuedDocument& document) { return !document.isSent(); });
    m_sentButton->setEnabled(anyUnsent);
}

std::optional<WrittenDocument> DocumentsSection::makeExtract(const QString& language)
{
    Result<WrittenDocument> written = m_session.cases().writeExtract(m_reference, language, PdfExtractRenderer());
    if (!written) {
        showMessage(written.error(), true);
        return std::nullopt;
    }
    showMessage(tr("Register extract %1 is made and recorded. Save or print it, send it, then mark it as delivered.")
                    .arg(written->record.documentId),
                false);
    return written.value();
}

void DocumentsSection::askExtract(const QString& language)
{
    const std::optional<WrittenDocument> written = makeExtract(language);
    if (!written)
        return;
    const IssuedDocument& record = written->record;
    PdfPreviewDialog::Content content { QStringLiteral("extract"),
                                        tr("Register extract %1").arg(record.documentId),
                                        tr("Made %1, %n page(s). DSAR Desk keeps only its SHA-256 (%2), not the "
                                           "extract itself: save or print it now, send it, then mark it as "
                                           "delivered.",
                                           nullptr, record.pages)
                                            .arg(DisplayFormat::stockholmDateTime(record.generatedAt),
                                                 record.sha256.left(16)),
                                        record.documentId,
                                        record.sha256,
                                        written->bytes };
    auto* preview = new PdfPreviewDialog(content, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

bool DocumentsSection::exportTo(const QString& path, IssuedDocument::Kind format)
{
    Result<WrittenDocument> written = m_session.cases().writePortabilityExport(m_reference, format, path);
    if (!written) {
        showMessage(written.error(), true);
        return false;
    }
    showMessage(
        tr("Exported %n item(s) to %1 (%2). Send it, then mark it as delivered.", nullptr, written->record.items)
            .arg(QDir::toNativeSeparators(path), written->record.documentId),
        false);
    return true;
}

void DocumentsSection::askExport()
{
    const QString json = tr("JSON (*.json)");
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the data"), m_reference + QStringLiteral(".json"), json + QStringLiteral(";;") + csv, &chosen);
    if (path.isEmpty())
        return;
    const bool asCsv = chosen == csv || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    exportTo(path, asCsv ? IssuedDocument::Kind::ExportCsv : IssuedDocument::Kind::ExportJson);
}

bool DocumentsSection::markSent(IssuedDocument::Kind kind, const QString& method)
{
    Result<IssuedDocument> sent = m_session.cases().markDocumentSent(m_reference, kind, method);
    if (!sent) {
        showMessage(sent.error(), true);
        return false;
    }
    showMessage(tr("%1 is recorded as delivered (%2).").arg(sent->documentId, sent->sentMethod), false);
    return true;
}

void DocumentsSection::askSent()
{
    // The latest unsent document decides what is marked: the extract or the export.
    std::optional<IssuedDocument> latest;
    for (const IssuedDocument& document : std::as_const(m_documents)) {
        if (!document.isSent())
            latest = document;
    }
    if (!latest)
        return;
    bool ok = false;
    const QString method = QInputDialog::getItem(
        this, tr("Mark as delivered"), tr("How was %1 sent or handed over?").arg(latest->documentId),
        { tr("e-mail"), tr("letter"), tr("secure e-mail"), tr("handed over in person") }, 0, true, &ok);
    if (!ok || method.trimmed().isEmpty())
        return;
    markSent(isExport(latest->kind) ? IssuedDocument::Kind::ExportJson : IssuedDocument::Kind::RegisterExtract, method);
}

void DocumentsSection::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
