#include "AttachmentsTab.h"

#include "CaseFormParts.h"
#include "DisplayFormat.h"
#include "ProblemLabel.h"
#include "services/CaseService.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsar {
namespace {

enum Column
{
    NameColumn,
    TypeColumn,
    SizeColumn,
    HashColumn,
    AddedByColumn,
    AddedAtColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole;

QString mebibytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

AttachmentsTab::AttachmentsTab(CaseService& cases, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases)
{
    setObjectName(QStringLiteral("attachmentsTab"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    CaseFormParts::setUpList(m_table);
    m_table->setWordWrap(false);
    m_tableCaption = CaseFormParts::caption(m_table, this);
    // Enter or a double-click on a file saves a copy of it.
    connect(m_table, &QTableWidget::activated, this, &AttachmentsTab::chooseWhereToSave);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AttachmentsTab::updateButtons);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addAttachmentButton"));
    connect(m_addButton, &QPushButton::clicked, this, &AttachmentsTab::chooseFileToAttach);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &AttachmentsTab::chooseWhereToSave);
    m_message = ProblemLabel::create(QStringLiteral("attachmentsMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch(); // keeps the buttons at their size while no message is shown
    buttons->addWidget(m_addButton, 0, Qt::AlignTop);
    buttons->addWidget(m_saveButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tableCaption);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_saveButton);
    retranslateUi();
}

void AttachmentsTab::retranslateUi()
{
    m_tableCaption->setText(tr("Files kept with the case:"));
    m_table->setAccessibleName(tr("Files kept with the case"));
    m_table->setAccessibleDescription(tr("Press Enter to save a copy of the selected file."));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Type"), tr("Size"), tr("SHA-256"), tr("Added by"), tr("Added") });
    m_addButton->setText(tr("Add &file…"));
    m_addButton->setAccessibleName(tr("Add a file to the case"));
    m_addButton->setToolTip(tr("At most %1 MiB").arg(CaseService::MaxAttachmentSize / (1024 * 1024)));
    m_saveButton->setText(tr("Save a co&py…"));
    m_saveButton->setAccessibleName(tr("Save a copy of the selected file"));
    m_message->setAccessibleName(tr("Result of the last file action"));
    fillTable();
}

void AttachmentsTab::setCase(const QString& reference, const Result<QList<CaseAttachment>>& attachments)
{
    m_reference = reference;
    m_loadError = attachments ? QString() : attachments.error();
    m_attachments = attachments ? attachments.value() : QList<CaseAttachment>();
    fillTable();
}

void AttachmentsTab::fillTable()
{
    const qint64 selected = selectedAttachmentId();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_attachments.size()));
    for (int row = 0; row < m_attachments.size(); ++row) {
        const CaseAttachment& attachment = m_attachments.at(row);
        const QStringList cells {
            attachment.fileName, attachment.mediaType, QLocale().formattedDataSize(attachment.size),
            attachment.sha256,   attachment.addedBy,   DisplayFormat::stockholmTimestamp(attachment.addedAt)
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, attachment.id);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, SizeColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(row, SizeColumn)->setToolTip(tr("%n byte(s)", nullptr, static_cast<int>(attachment.size)));
        m_table->item(row, HashColumn)->setFont(fixed);
        m_table->item(row, AddedAtColumn)
            ->setToolTip(tr("%1 (Stockholm time)").arg(DisplayFormat::stockholmDateTime(attachment.addedAt)));
        if (attachment.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (!m_loadError.isEmpty())
        showMessage(tr("The files could not be read: %1").arg(m_loadError), true);
    updateButtons();
}

qint64 AttachmentsTab::selectedAttachmentId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(IdRole).toLongLong();
}

void AttachmentsTab::updateButtons()
{
    m_addButton->setEnabled(!m_reference.isEmpty() && m_loadError.isEmpty());
    m_saveButton->setEnabled(selectedAttachmentId() != 0);
}

void AttachmentsTab::chooseFileToAttach()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a file to %1").arg(m_reference));
    if (!path.isEmpty())
        attachFile(path);
}

void AttachmentsTab::attachFile(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    // Checked before reading, so a huge file is never loaded into memory only to be refused.
    if (info.size() > CaseService::MaxAttachmentSize) {
        showMessage(tr("%1 is %2 MiB; a file kept with a case can be at most %3 MiB. Attach a smaller file, e.g. a "
                       "scan at a lower resolution.")
                        .arg(shown, mebibytes(info.size()))
                        .arg(CaseService::MaxAttachmentSize / (1024 * 1024)),
                    true);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 could not be read: %2").arg(shown, file.errorString()), true);
        return;
    }
    // One byte more than allowed, so a file that grew since is refused by the service rather than cut short.
    const QByteArray content = file.read(CaseService::MaxAttachmentSize + 1);
    if (file.error() != QFileDevice::NoError) {
        showMessage(tr("%1 could not be read: %2").arg(shown, file.errorString()), true);
        return;
    }
    Result<CaseAttachment> added = m_cases.attach(m_reference, info.fileName(), content);
    if (!added) {
        showMessage(added.error(), true);
        return;
    }
    showMessage(tr("%1 is kept with the case (SHA-256 %2).").arg(added->fileName, added->sha256), false);
}

void AttachmentsTab::chooseWhereToSave()
{
    const qint64 id = selectedAttachmentId();
    if (id == 0)
        return;
    QString name;
    for (const CaseAttachment& attachment : std::as_const(m_attachments)) {
        if (attachment.id == id)
            name = attachment.fileName;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a copy of %1").arg(name), QDir(folder).filePath(name));
    if (!path.isEmpty())
        saveCopy(id, path);
}

void AttachmentsTab::saveCopy(qint64 attachmentId, const QString& path)
{
    // CaseService checks the bytes against their SHA-256 before handing them out.
    Result<QByteArray> content = m_cases.attachmentContent(attachmentId);
    if (!content) {
        showMessage(content.error(), true);
        return;
    }
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.value()) != content->size() || !file.commit()) {
        showMessage(tr("The copy could not be saved as %1: %2").arg(shown, file.errorString()), true);
        return;
    }
    showMessage(tr("A copy is saved as %1. Its content matches the SHA-256 recorded when it was added.").arg(shown),
                false);
}

void AttachmentsTab::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
