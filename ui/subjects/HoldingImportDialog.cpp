#include "HoldingImportDialog.h"

#include "ActivityPicker.h"
#include "ProblemLabel.h"
#include "holdings/CsvReader.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

// A holdings export is a few thousand rows at most; anything far larger is the wrong file.
constexpr qint64 maxFileSize = 20 * 1024 * 1024;
constexpr int maxPreviewRows = 500;

enum PreviewColumn
{
    RecordColumn,
    CategoryColumn,
    FieldColumn,
    ValueColumn,
    ProvidedColumn,
    DatesColumn,
    PreviewColumnCount
};

QString columnDescription(const QString& key)
{
    if (key == QLatin1String("category"))
        return HoldingImportDialog::tr("Data category");
    if (key == QLatin1String("field"))
        return HoldingImportDialog::tr("Field");
    if (key == QLatin1String("value"))
        return HoldingImportDialog::tr("Value");
    if (key == QLatin1String("provided_by_subject"))
        return HoldingImportDialog::tr("Provided by the data subject");
    if (const std::optional<RetentionEvent> event = RetentionEvents::fromCode(key))
        return HoldingImportDialog::tr("Date of %1").arg(RetentionEvents::label(*event));
    return key;
}

QString eventDates(const RetentionEvents& events)
{
    QStringList dates;
    for (RetentionEvent event : RetentionEvents::all()) {
        if (const std::optional<QDate> date = events.date(event))
            dates << QStringLiteral("%1 %2").arg(RetentionEvents::code(event), date->toString(Qt::ISODate));
    }
    return dates.join(QStringLiteral(", "));
}

} // namespace

HoldingImportDialog::HoldingImportDialog(Session& session, qint64 subjectId, const QString& subjectName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_subjectId(subjectId)
{
    setObjectName(QStringLiteral("holdingImportDialog"));
    setWindowTitle(tr("Import holdings of %1").arg(subjectName));
    setAccessibleName(windowTitle());

    m_problem = ProblemLabel::create(QStringLiteral("importProblem"), tr("Why nothing was imported"), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HoldingImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFileGroup());
    layout->addWidget(createMappingGroup());
    layout->addWidget(createPreviewGroup(), 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_picker, &ActivityPicker::activityChanged, this, &HoldingImportDialog::updateImportButton);
    if (!m_picker->loadProblem().isEmpty())
        ProblemLabel::show(m_problem, m_picker->loadProblem(), false);
    updatePreview();
    resize(900, 720);
}

QWidget* HoldingImportDialog::createFileGroup()
{
    auto* group = new QGroupBox(tr("File and where its data are kept"), this);
    m_path = new QLineEdit(group);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("A .csv file with a header row, or a .json file"));
    m_chooseButton = new QPushButton(tr("&Choose…"), group);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    connect(m_chooseButton, &QPushButton::clicked, this, &HoldingImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_chooseButton);

    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* fileLabel = new QLabel(tr("&File:"), group);
    fileLabel->setBuddy(m_chooseButton);
    form->addRow(fileLabel, fileRow);
    m_picker = new ActivityPicker(m_session, group);
    m_picker->addRowsTo(form);
    return group;
}

QWidget* HoldingImportDialog::createMappingGroup()
{
    auto* box = new QWidget(this);
    m_mappingCheck = new QCheckBox(tr("&Map the file's columns (when they have other names)"), box);
    m_mappingCheck->setObjectName(QStringLiteral("mappingCheck"));
    m_mapping = new QTableWidget(static_cast<int>(HoldingFile::columns().size()), 2, box);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setHorizontalHeaderLabels({ tr("Our column"), tr("The file's column") });
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setTabKeyNavigation(false);
    const QStringList keys = HoldingFile::columns();
    for (int row = 0; row < keys.size(); ++row) {
        auto* ours = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(columnDescription(keys.at(row)), keys.at(row)));
        ours->setFlags(Qt::ItemIsEnabled);
        ours->setData(Qt::UserRole, keys.at(row));
        m_mapping->setItem(row, 0, ours);
        auto* theirs = new QComboBox(m_mapping);
        theirs->setObjectName(QStringLiteral("map_") + keys.at(row));
        theirs->setAccessibleName(tr("The file's column for %1").arg(keys.at(row)));
        m_mapping->setCellWidget(row, 1, theirs);
        connect(theirs, &QComboBox::currentIndexChanged, this, &HoldingImportDialog::updatePreview);
    }
    m_mapping->resizeRowsToContents();
    m_mapping->setMinimumHeight(m_mapping->horizontalHeader()->sizeHint().height()
                                + 5 * m_mapping->verticalHeader()->defaultSectionSize());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mappingCheck);
    layout->addWidget(m_mapping);
    // Unchecked, the mapping is not used and takes no room.
    m_mapping->setVisible(false);
    connect(m_mappingCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_mapping->setVisible(on);
        updatePreview();
    });
    fillMapping();
    return box;
}

QWidget* HoldingImportDialog::createPreviewGroup()
{
    auto* group = new QGroupBox(tr("Preview"), this);
    m_previewSummary = new QLabel(group);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setTextFormat(Qt::PlainText);
    m_preview = new QTableWidget(0, PreviewColumnCount, group);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("Preview of the holdings in the file"));
    m_preview->setHorizontalHeaderLabels(
        { tr("Line"), tr("Category"), tr("Field"), tr("Value"), tr("Provided"), tr("Event dates") });
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_problemsTitle = new QLabel(group);
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problemsTitle->setWordWrap(true);
    m_problemsTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_problemsTitle->font();
    bold.setBold(true);
    m_problemsTitle->setFont(bold);
    m_problems = new QTreeWidget(group);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setRootIsDecorated(false);
    m_problems->setColumnCount(3);
    m_problems->setWordWrap(true);
    m_problems->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems, 1);
    return group;
}

void HoldingImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import holdings"), QString(),
                                                      tr("Holdings (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool HoldingImportDialog::setFile(const QString& path)
{
    Result<HoldingFileFormat> format = HoldingFile::formatFor(path);
    QString why;
    QByteArray bytes;
    if (!format) {
        why = format.error();
    } else if (QFileInfo(path).size() > maxFileSize) {
        why = tr("%1 is larger than %2 MB; choose the holdings export, or split it.")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(maxFileSize / (1024 * 1024));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            why = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        else
            bytes = file.readAll();
    }
    if (!why.isEmpty()) {
        ProblemLabel::show(m_problem, why, true);
        return false;
    }
    ProblemLabel::show(m_problem, QString(), false);
    m_path->setText(QDir::toNativeSeparators(path));
    m_data = bytes;
    m_format = format.value();
    m_fileColumns = fileColumns(m_data, *m_format);
    fillMapping();
    // A file that lacks one of our required columns under its name most likely calls it something else:
    // open the mapping, where its columns are offered.
    const QStringList required = HoldingFile::requiredColumns();
    const bool lacksRequired = std::any_of(required.begin(), required.end(),
                                           [this](const QString& key) { return !m_fileColumns.contains(key); });
    if (lacksRequired && !m_fileColumns.isEmpty() && !m_mappingCheck->isChecked())
        m_mappingCheck->setChecked(true); // updates the preview
    else
        updatePreview();
    return true;
}

QStringList HoldingImportDialog::fileColumns(const QByteArray& data, HoldingFileFormat format)
{
    QStringList columns;
    if (format == HoldingFileFormat::Csv) {
        Result<QList<CsvRecord>> records = CsvReader::read(data);
        if (records && !records->isEmpty()) {
            for (const QString& name : records->first().fields)
                columns << name.trimmed();
        }
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(data);
        const QJsonArray items
            = document.isArray() ? document.array() : document.object().value(QStringLiteral("holdings")).toArray();
        for (const QJsonValue& item : items) {
            const QStringList keys = item.toObject().keys();
            for (const QString& key : keys) {
                if (!columns.contains(key))
                    columns << key;
            }
        }
    }
    columns.removeAll(QString());
    columns.removeDuplicates();
    return columns;
}

void HoldingImportDialog::fillMapping()
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        const QString key = m_mapping->item(row, 0)->data(Qt::UserRole).toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(m_fileColumns.contains(key) ? tr("%1 (same name)").arg(key)
                                                   : tr("– none: no column %1 –").arg(key),
                       QString());
        for (const QString& column : std::as_const(m_fileColumns)) {
            if (column != key)
                combo->addItem(column, column);
        }
    }
}

QHash<QString, QString> HoldingImportDialog::mapping() const
{
    QHash<QString, QString> pairs;
    if (!m_mappingCheck->isChecked())
        return pairs;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        const QString theirs = combo->currentData().toString();
        if (!theirs.isEmpty())
            pairs.insert(m_mapping->item(row, 0)->data(Qt::UserRole).toString(), theirs);
    }
    return pairs;
}

void HoldingImportDialog::updatePreview()
{
    m_preview->setRowCount(0);
    if (!m_format) {
        m_previewSummary->setText(tr("Choose a file to see what it holds."));
        showProblems({}, HoldingFileFormat::Csv);
        updateImportButton();
        return;
    }
    const HoldingFileContent content = HoldingFile::parse(m_data, *m_format, mapping());
    const bool csv = *m_format == HoldingFileFormat::Csv;
    m_preview->horizontalHeaderItem(RecordColumn)->setText(csv ? tr("Line") : tr("Item"));
    const int shown = std::min(static_cast<int>(content.rows.size()), maxPreviewRows);
    m_preview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const HoldingFileRow& record = content.rows.at(row);
        const QStringList cells = { QString::number(record.record),
                                    record.input.category,
                                    record.input.field,
                                    record.input.value,
                                    record.input.providedBySubject ? tr("Yes") : tr("No"),
                                    eventDates(record.input.events) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < PreviewColumnCount - 1; ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 260));

    QStringList summary;
    summary << tr("Rows read: %1.").arg(content.rows.size());
    if (shown < content.rows.size())
        summary << tr("The first %1 are shown.").arg(shown);
    if (!content.ignoredColumns.isEmpty())
        summary << tr("Columns that will be ignored: %1.").arg(content.ignoredColumns.join(QStringLiteral(", ")));
    m_previewSummary->setText(summary.join(QLatin1Char(' ')));
    showProblems(content.problems, content.format);
    updateImportButton();
}

void HoldingImportDialog::showProblems(const QList<HoldingFileProblem>& problems, HoldingFileFormat format)
{
    const bool csv = format == HoldingFileFormat::Csv;
    m_problems->clear();
    m_problems->setHeaderLabels({ csv ? tr("Line") : tr("Item"), csv ? tr("Column") : tr("Key"), tr("Problem") });
    for (const HoldingFileProblem& problem : problems) {
        auto* item = new QTreeWidgetItem(m_problems);
        item->setText(0, problem.record > 0 ? QString::number(problem.record) : tr("file"));
        item->setText(1, problem.column);
        item->setText(2, problem.why);
        item->setToolTip(2, problem.describe(format));
        item->setData(2, Qt::AccessibleTextRole, problem.describe(format));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problemsTitle->setText(
        tr("Problems found: %1. Nothing is imported until the file (or the mapping) is fixed.").arg(problems.size()));
    m_problemsTitle->setVisible(!problems.isEmpty());
    m_problems->setVisible(!problems.isEmpty());
}

void HoldingImportDialog::updateImportButton()
{
    m_importButton->setEnabled(m_format.has_value() && m_picker->activity().has_value());
}

void HoldingImportDialog::import()
{
    const std::optional<ProcessingActivity> activity = m_picker->activity();
    if (!m_format || !activity)
        return;
    const HoldingFileContent content = HoldingFile::parse(m_data, *m_format, mapping());
    Result<HoldingImportReport> report
        = m_session.holdings().import(m_subjectId, activity->id, m_picker->system(), content);
    if (!report) {
        ProblemLabel::show(m_problem, tr("Nothing was imported: %1").arg(report.error()), true);
        return;
    }
    if (!report->ok()) {
        showProblems(report->problems, report->format);
        ProblemLabel::show(m_problem,
                           tr("Nothing was imported: the file has problems, listed above with their line and column. "
                              "Fix them and import again."),
                           true);
        return;
    }
    m_report = report.value();
    accept();
}

} // namespace dsar
