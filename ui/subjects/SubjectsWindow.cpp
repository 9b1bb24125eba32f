#include "SubjectsWindow.h"

#include "HoldingDialog.h"
#include "HoldingImportDialog.h"
#include "HoldingTreeModel.h"
#include "PastRetentionDelegate.h"
#include "ProblemLabel.h"
#include "SubjectList.h"
#include "models/HoldingListModel.h"
#include "security/Permission.h"
#include "services/Session.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace dsar {
namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFont scaledBold(QFont font, qreal scale)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace

SubjectsWindow::SubjectsWindow(Session& session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_canWork(Permissions::allows(session.actor().role, Permission::WorkCase))
{
    setObjectName(QStringLiteral("subjectsWindow"));
    m_model = new HoldingListModel(m_session.holdings(), m_session.clock(), this);
    m_treeModel = new HoldingTreeModel(*m_model, this);

    m_listProblem = ProblemLabel::create(QStringLiteral("subjectListProblem"), QString(), this);
    m_subjects = new SubjectList(m_session, this);
    m_subjects->setObjectName(QStringLiteral("subjectListPanel"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_subjects);
    m_splitter->addWidget(createDetailsSide());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 380, 1000 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_listProblem);
    layout->addWidget(m_splitter, 1);

    connect(m_subjects, &SubjectList::currentSubjectChanged, this, &SubjectsWindow::subjectChosen);
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refreshAction, &QAction::triggered, this, &SubjectsWindow::refresh);
    addAction(refreshAction);

    retranslateUi();
    refresh();
    const QRect available = screen()->availableGeometry();
    resize(std::min(1440, available.width() * 9 / 10), std::min(820, available.height() * 9 / 10));
}

QWidget* SubjectsWindow::createDetailsSide()
{
    auto* side = new QWidget(this);
    m_noSubject = makeLabel(QStringLiteral("noSubjectNotice"), side);
    m_noSubject->setAlignment(Qt::AlignCenter);
    m_noSubject->setWordWrap(true);

    m_detailsPanel = new QWidget(side);
    m_name = makeLabel(QStringLiteral("subjectNameTitle"), m_detailsPanel);
    m_name->setFont(scaledBold(m_name->font(), 1.3));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* details = new QGridLayout;
    details->setHorizontalSpacing(12);
    const QStringList names = { QStringLiteral("detailPersonalId"), QStringLiteral("detailEmail"),
                                QStringLiteral("detailPhone"), QStringLiteral("detailPostalAddress") };
    for (int i = 0; i < names.size(); ++i) {
        QLabel* caption = makeLabel(QString(), m_detailsPanel);
        QLabel* value = makeLabel(names.at(i), m_detailsPanel);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        caption->setBuddy(value);
        // Two pairs per row keep the holdings, the point of the window, high up.
        details->addWidget(caption, i / 2, (i % 2) * 2);
        details->addWidget(value, i / 2, (i % 2) * 2 + 1);
        m_captions << caption;
        m_values << value;
    }
    details->setColumnStretch(1, 1);
    details->setColumnStretch(3, 1);

    auto* panelLayout = new QVBoxLayout(m_detailsPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_name);
    panelLayout->addLayout(details);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(createHoldingsPanel(m_detailsPanel), 1);

    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noSubject, 1);
    layout->addWidget(m_detailsPanel, 1);
    return side;
}

QWidget* SubjectsWindow::createHoldingsPanel(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    m_holdingsTitle = makeLabel(QStringLiteral("holdingsTitle"), panel);
    m_holdingsTitle->setFont(scaledBold(m_holdingsTitle->font(), 1.1));
    m_holdingsCount = makeLabel(QStringLiteral("holdingsCount"), panel);
    const auto makeButton = [panel](const QString& objectName) {
        auto* button = new QPushButton(panel);
        button->setObjectName(objectName);
        return button;
    };
    m_addButton = makeButton(QStringLiteral("addHoldingButton"));
    m_importButton = makeButton(QStringLiteral("importHoldingsButton"));
    m_editButton = makeButton(QStringLiteral("editHoldingButton"));
    m_removeButton = makeButton(QStringLiteral("removeHoldingButton"));
    for (QPushButton* button : { m_addButton, m_importButton, m_editButton, m_removeButton })
        button->setVisible(m_canWork);
    connect(m_addButton, &QPushButton::clicked, this, &SubjectsWindow::addHolding);
    connect(m_importButton, &QPushButton::clicked, this, &SubjectsWindow::importHoldings);
    connect(m_editButton, &QPushButton::clicked, this, &SubjectsWindow::editHolding);
    connect(m_removeButton, &QPushButton::clicked, this, &SubjectsWindow::removeHolding);

    m_emptyNote = makeLabel(QStringLiteral("noHoldingsNote"), panel);
    m_emptyNote->setWordWrap(true);
    m_tree = new QTreeView(panel);
    m_tree->setObjectName(QStringLiteral("holdingTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegateForColumn(HoldingTreeModel::RetainUntilColumn, new PastRetentionDelegate(m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionsMovable(false);
    m_tree->header()->setMinimumSectionSize(6 * m_tree->fontMetrics().averageCharWidth());
    // Grouped by organisation and system, in the service's order (then category and field).
    connect(m_treeModel, &HoldingTreeModel::rebuilt, this, &SubjectsWindow::treeRebuilt);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_canWork && !HoldingTreeModel::isGroup(index))
            editHolding();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubjectsWindow::updateButtons);
    auto* removeAction = new QAction(m_tree);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, [this] {
        if (m_canWork)
            removeHolding();
    });
    m_tree->addAction(removeAction);

    m_problem = ProblemLabel::create(QStringLiteral("holdingProblem"), QString(), panel);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = makeLabel(QStringLiteral("holdingNote"), panel);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* header = new QHBoxLayout;
    header->addWidget(m_holdingsTitle);
    header->addSpacing(12);
    header->addWidget(m_holdingsCount);
    header->addStretch();
    header->addWidget(m_addButton);
    header->addWidget(m_importButton);
    header->addWidget(m_editButton);
    header->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_note);
    return panel;
}

void SubjectsWindow::changeEvent(QEvent* event)
{
    // One switch of language brings one LanguageChange per translator; retranslating reloads, so do it once.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, [this] {
            m_retranslatePending = false;
            retranslateUi();
            reloadHoldings(currentHolding() ? currentHolding()->holding.id : 0);
        });
    }
    QWidget::changeEvent(event);
}

void SubjectsWindow::retranslateUi()
{
    setWindowTitle(tr("Data subjects and holdings"));
    setAccessibleName(windowTitle());
    m_subjects->retranslate();
    const QStringList captions = { tr("Personnummer:"), tr("E-mail:"), tr("Phone:"), tr("Postal address:") };
    for (int i = 0; i < captions.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
        m_values.at(i)->setAccessibleName(QString(captions.at(i)).remove(QLatin1Char(':')));
    }
    m_noSubject->setText(tr("Choose a data subject in the list to see what the organisations hold about them."));
    m_holdingsTitle->setText(tr("Holdings"));
    m_tree->setAccessibleName(tr("Holdings of the data subject"));
    m_tree->setAccessibleDescription(tr("Press Enter to edit the selected holding, Delete to remove it."));
    m_addButton->setText(tr("&Add holding…"));
    m_addButton->setToolTip(tr("Record a piece of personal data held about this data subject"));
    m_importButton->setText(tr("&Import from file…"));
    m_importButton->setToolTip(tr("Import holdings exported from a system, as CSV or JSON"));
    m_editButton->setText(tr("&Edit…"));
    m_removeButton->setText(tr("&Remove"));
    m_problem->setAccessibleName(tr("Why the change was not made"));
    showDetails(m_subjects->currentSubject());
}

void SubjectsWindow::refresh()
{
    const qint64 holding = currentHolding() ? currentHolding()->holding.id : 0;
    m_subjects->reload();
    const QString problem = m_subjects->lastError();
    ProblemLabel::show(m_listProblem,
                       problem.isEmpty() ? QString() : tr("The data subjects could not be read: %1").arg(problem),
                       true);
    m_splitter->setVisible(problem.isEmpty());
    // Another workstation may have changed the subject too.
    showDetails(m_subjects->currentSubject());
    reloadHoldings(holding);
}

bool SubjectsWindow::showSubject(qint64 subjectId)
{
    return m_subjects->select(subjectId);
}

void SubjectsWindow::subjectChosen()
{
    showMessage(QString());
    showDetails(m_subjects->currentSubject());
    reloadHoldings();
}

void SubjectsWindow::showDetails(const std::optional<SubjectRecord>& subject)
{
    m_noSubject->setVisible(!subject);
    m_detailsPanel->setVisible(subject.has_value());
    if (!subject)
        return;
    m_name->setText(subject->name);
    const QString none = tr("–", "no value");
    const QString masked = SubjectList::maskedId(*subject, m_session.clock().today());
    const QStringList values = { masked, subject->email, subject->phone, subject->postalAddress };
    for (int i = 0; i < values.size(); ++i)
        m_values.at(i)->setText(values.at(i).isEmpty() ? none : values.at(i));
}

void SubjectsWindow::reloadHoldings(qint64 selectHoldingId)
{
    const std::optional<SubjectRecord> subject = m_subjects->currentSubject();
    m_model->setSubject(subject ? subject->id : 0);
    if (selectHoldingId > 0) {
        if (const QModelIndex index = m_treeModel->indexOf(selectHoldingId); index.isValid()) {
            m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
        }
    }
    if (!m_model->lastError().isEmpty())
        showMessage(tr("The holdings could not be read: %1").arg(m_model->lastError()));
    updateHoldingsHeader();
    updateButtons();
}

void SubjectsWindow::treeRebuilt()
{
    // Group rows are headings across the whole row.
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        const QModelIndex organisation = m_treeModel->index(row, 0);
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        for (int child = 0; child < m_treeModel->rowCount(organisation); ++child)
            m_tree->setFirstColumnSpanned(child, organisation, true);
    }
    m_tree->expandAll();
    // The retain-until column takes the room left (set again: a rebuilt model has new sections).
    m_tree->header()->setSectionResizeMode(HoldingTreeModel::RetainUntilColumn, QHeaderView::Stretch);
    fitColumns();
}

void SubjectsWindow::fitColumns()
{
    for (int column = 0; column < HoldingTreeModel::RetainUntilColumn; ++column)
        m_tree->resizeColumnToContents(column);
    // Long names, values and legal bases are cut rather than the window widened; their tooltips hold all of
    // it. The retain-until column, last, stretches over the rest of the row.
    const int character = m_tree->fontMetrics().averageCharWidth();
    for (int column = 0; column < HoldingTreeModel::RetainUntilColumn; ++column) {
        int cap = 26 * character;
        if (column == HoldingTreeModel::ActivityColumn)
            cap += 3 * m_tree->indentation(); // holdings sit under two group levels
        else if (column == HoldingTreeModel::LegalBasisColumn)
            cap = 30 * character; // "Samtycke (GDPR art. 6.1 a)" whole
        m_tree->setColumnWidth(column, std::min(m_tree->columnWidth(column), cap));
    }
}

void SubjectsWindow::updateHoldingsHeader()
{
    const int total = m_model->rowCount();
    const int past = m_model->pastRetentionCount();
    QString count = tr("Holdings: %1").arg(total);
    if (past > 0)
        count = tr("%1 · past their retain-until date: %2", "holdings count · past count").arg(count).arg(past);
    m_holdingsCount->setText(count);
    const bool empty = total == 0 && m_model->lastError().isEmpty() && m_model->subject() > 0;
    m_emptyNote->setText(m_canWork ? tr("No holdings are recorded for this data subject yet. Add them one by one, "
                                        "or import a file exported from a system.")
                                   : tr("No holdings are recorded for this data subject."));
    m_emptyNote->setVisible(empty);
}

void SubjectsWindow::updateButtons()
{
    const bool hasSubject = m_subjects->currentSubject().has_value();
    const bool hasHolding = currentHolding().has_value();
    m_addButton->setEnabled(hasSubject);
    m_importButton->setEnabled(hasSubject);
    m_editButton->setEnabled(hasHolding);
    m_removeButton->setEnabled(hasHolding);
}

std::optional<HoldingView> SubjectsWindow::currentHolding() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty() || HoldingTreeModel::isGroup(rows.first()))
        return std::nullopt;
    const int row = m_model->rowOf(rows.first().data(HoldingListModel::HoldingIdRole).toLongLong());
    if (row < 0)
        return std::nullopt;
    return m_model->holdingAt(row);
}

void SubjectsWindow::showMessage(const QString& problem, const QString& note)
{
    ProblemLabel::show(m_problem, problem, true);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void SubjectsWindow::addHolding()
{
    const std::optional<SubjectRecord> subject = m_subjects->currentSubject();
    if (!m_canWork || !subject)
        return;
    auto* dialog = new HoldingDialog(m_session, subject->id, subject->name, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadHoldings(dialog->saved().id);
        showMessage(QString(), tr("Added %1 (%2).").arg(dialog->saved().field, dialog->saved().system));
    });
    dialog->open();
}

void SubjectsWindow::editHolding()
{
    const std::optional<SubjectRecord> subject = m_subjects->currentSubject();
    const std::optional<HoldingView> holding = currentHolding();
    if (!m_canWork || !subject || !holding)
        return;
    auto* dialog = new HoldingDialog(m_session, subject->id, subject->name, holding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadHoldings(dialog->saved().id);
        showMessage(QString(), tr("Saved %1 (%2).").arg(dialog->saved().field, dialog->saved().system));
    });
    dialog->open();
}

void SubjectsWindow::removeHolding()
{
    const std::optional<SubjectRecord> subject = m_subjects->currentSubject();
    const std::optional<HoldingView> holding = currentHolding();
    if (!m_canWork || !subject || !holding)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove the holding?"),
                    tr("Remove \"%1\" in %2 (%3) from the holdings of %4?")
                        .arg(holding->holding.field, holding->holding.system, holding->controllerName, subject->name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    box.setInformativeText(tr("Use this for a holding entered by mistake or no longer held. Nothing is deleted in "
                              "%1 itself; the removal is recorded in the audit trail.")
                               .arg(holding->holding.system));
    QPushButton* remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (Status removed = m_session.holdings().remove(holding->holding.id); !removed) {
        showMessage(tr("The holding was not removed: %1").arg(removed.error()));
        return;
    }
    reloadHoldings();
    showMessage(QString(), tr("Removed %1 (%2).").arg(holding->holding.field, holding->holding.system));
}

void SubjectsWindow::importHoldings()
{
    const std::optional<SubjectRecord> subject = m_subjects->currentSubject();
    if (!m_canWork || !subject)
        return;
    auto* dialog = new HoldingImportDialog(m_session, subject->id, subject->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const HoldingImportReport& report = dialog->report();
        reloadHoldings();
        QString note = tr("Holdings added: %1.").arg(report.added);
        if (!report.ignoredColumns.isEmpty())
            note += QLatin1Char(' ') + tr("Columns ignored: %1.").arg(report.ignoredColumns.join(QStringLiteral(", ")));
        showMessage(QString(), note);
    });
    dialog->open();
}

} // namespace dsar
