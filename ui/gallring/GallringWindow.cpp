#include "GallringWindow.h"

#include "ProblemLabel.h"
#include "models/HoldingListModel.h"
#include "security/Permission.h"
#include "services/Session.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace dsar {
namespace {

enum Column
{
    SubjectColumn, // group rows span every column with the organisation, system or activity
    CategoryColumn,
    FieldColumn,
    RetainUntilColumn,
    DaysOverdueColumn,
    ColumnCount
};

// Group rows: what they group by (controller id, system, activity id) and the name shown.
constexpr int KeyRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 2;
// Leaves hold their index into the list plus one; group rows hold 0.
constexpr int ItemRole = Qt::UserRole + 1;

void collectLeaves(const QTreeWidgetItem* item, std::set<int>& into)
{
    if (const int index = item->data(SubjectColumn, ItemRole).toInt(); index > 0)
        into.insert(index - 1);
    for (int i = 0; i < item->childCount(); ++i)
        collectLeaves(item->child(i), into);
}

int leafCount(const QTreeWidgetItem* item)
{
    std::set<int> leaves;
    collectLeaves(item, leaves);
    return static_cast<int>(leaves.size());
}

} // namespace

GallringWindow::GallringWindow(Session& session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_canConfirm(Permissions::allows(session.actor().role, Permission::ExecuteErasure))
{
    setObjectName(QStringLiteral("gallringWindow"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("gallringTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("gallringIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("gallringTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionsMovable(false);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &GallringWindow::updateButtons);

    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("gallringEmptyNote"));
    m_emptyNote->setWordWrap(true);
    m_roleNote = new QLabel(this);
    m_roleNote->setObjectName(QStringLiteral("gallringRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setVisible(!m_canConfirm);
    m_problem = ProblemLabel::create(QStringLiteral("gallringProblem"), QString(), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("gallringNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        showMessage(QString());
        reload();
    });
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the gallring list"),
                                                          QStringLiteral("gallring.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    m_confirmButton = new QPushButton(this);
    m_confirmButton->setObjectName(QStringLiteral("confirmErasedButton"));
    // Offered only to the role that may confirm; the service refuses everyone else anyway.
    m_confirmButton->setVisible(m_canConfirm);
    connect(m_confirmButton, &QPushButton::clicked, this, &GallringWindow::confirmErased);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_roleNote, 1);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_confirmButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    retranslateUi();
    reload();
    const QRect available = screen()->availableGeometry();
    resize(std::min(1100, available.width() * 9 / 10), std::min(720, available.height() * 9 / 10));
}

void GallringWindow::changeEvent(QEvent* event)
{
    // One switch of language brings one LanguageChange per translator; retranslating reloads, so do it once.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, [this] {
            m_retranslatePending = false;
            retranslateUi();
            fillTree();
        });
    }
    QWidget::changeEvent(event);
}

void GallringWindow::retranslateUi()
{
    m_intro->setText(tr("Each holding below is past the last day its processing activity's retention rule allows "
                        "it to be kept. Have it deleted in the system named, then confirm the erasure here."));
    m_tree->setHeaderLabels(
        { tr("Data subject"), tr("Category"), tr("Field"), tr("Retain until"), tr("Days overdue") });
    m_tree->setAccessibleName(tr("Holdings past their retain-until date"));
    m_tree->headerItem()->setTextAlignment(DaysOverdueColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_roleNote->setText(
        tr("Confirming that data have been erased needs the role %1. You can see the list and pass "
           "it to the systems' owners.")
            .arg(Permissions::rolesAllowedTo(Permission::ExecuteErasure, Permissions::RoleNames::Labels)));
    m_refreshButton->setText(tr("Re&fresh"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Save the list as CSV for the system owners who delete the data (names the data "
                                  "subjects; the export is logged)"));
    m_confirmButton->setText(tr("&Confirm erased…"));
    m_confirmButton->setToolTip(tr("Record that the selected holdings have been deleted in their systems"));
    m_problem->setAccessibleName(tr("Why nothing was recorded"));
}

void GallringWindow::reload()
{
    Result<QList<GallringItem>> items = m_session.holdings().gallring();
    m_loadError.clear();
    m_items.clear();
    if (items)
        m_items = std::move(items).value();
    else
        m_loadError = items.error();
    fillTree();
}

void GallringWindow::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QDate today = m_session.clock().today();
    QTreeWidgetItem* organisation = nullptr;
    QTreeWidgetItem* system = nullptr;
    QTreeWidgetItem* activity = nullptr;
    QList<QTreeWidgetItem*> groups;
    const auto group = [&groups](QTreeWidgetItem* item, int level) {
        QFont font = item->font(SubjectColumn);
        font.setBold(level == 0);
        item->setFont(SubjectColumn, font);
        groups << item;
        return item;
    };
    // The service's order is organisation, system, activity, date: a new group starts where a key changes.
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const HoldingView& view = m_items.at(i).view;
        if (!organisation || organisation->data(SubjectColumn, KeyRole).toLongLong() != view.controllerId) {
            organisation = group(new QTreeWidgetItem(m_tree), 0);
            organisation->setData(SubjectColumn, KeyRole, view.controllerId);
            organisation->setData(SubjectColumn, NameRole, view.controllerName);
            system = nullptr;
        }
        if (!system || system->data(SubjectColumn, KeyRole).toString() != view.holding.system) {
            system = group(new QTreeWidgetItem(organisation), 1);
            system->setData(SubjectColumn, KeyRole, view.holding.system);
            activity = nullptr;
        }
        if (!activity || activity->data(SubjectColumn, KeyRole).toLongLong() != view.holding.activityId) {
            activity = group(new QTreeWidgetItem(system), 2);
            activity->setData(SubjectColumn, KeyRole, view.holding.activityId);
            activity->setData(SubjectColumn, NameRole, view.activityName);
            activity->setToolTip(SubjectColumn,
                                 tr("Retention rule: %1").arg(HoldingListModel::ruleText(view.retentionRule)));
        }
        auto* leaf = new QTreeWidgetItem(activity);
        leaf->setData(SubjectColumn, ItemRole, static_cast<int>(i + 1));
        leaf->setText(SubjectColumn, m_items.at(i).subjectName);
        leaf->setText(CategoryColumn, view.holding.category);
        leaf->setText(FieldColumn, view.holding.field);
        leaf->setText(RetainUntilColumn, view.retention.retainUntil.toString(Qt::ISODate));
        leaf->setText(DaysOverdueColumn, QString::number(HoldingListModel::daysOverdue(view.retention, today)));
        leaf->setTextAlignment(DaysOverdueColumn, Qt::AlignRight | Qt::AlignVCenter);
        leaf->setToolTip(RetainUntilColumn, HoldingListModel::retentionText(view.retention, today));
    }
    for (QTreeWidgetItem* item : std::as_const(groups)) {
        const int count = leafCount(item);
        const QVariant name = item->data(SubjectColumn, NameRole);
        QString text;
        if (!item->parent())
            text = tr("%1 (%2)", "organisation (holdings)").arg(name.toString()).arg(count);
        else if (!item->parent()->parent())
            text = tr("System: %1 (%2)").arg(item->data(SubjectColumn, KeyRole).toString()).arg(count);
        else
            text = tr("Processing activity: %1 (%2)").arg(name.toString()).arg(count);
        item->setText(SubjectColumn, text);
        item->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
    for (int column = 0; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    // Group rows span the row, so the subject column needs only the names' width at the leaves' depth
    // (three levels and the root's decoration), plus the cell's margins.
    int subjectWidth = m_tree->header()->fontMetrics().horizontalAdvance(m_tree->headerItem()->text(SubjectColumn));
    for (const GallringItem& item : std::as_const(m_items))
        subjectWidth = std::max(subjectWidth,
                                4 * m_tree->indentation() + m_tree->fontMetrics().horizontalAdvance(item.subjectName));
    m_tree->setColumnWidth(SubjectColumn, subjectWidth + 2 * m_tree->fontMetrics().averageCharWidth());
    m_tree->header()->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);

    setWindowTitle(tr("Gallring list (%1)").arg(m_items.size()));
    setAccessibleName(windowTitle());
    m_title->setText(tr("Holdings past their retain-until date: %1").arg(m_items.size()));
    m_emptyNote->setText(m_loadError.isEmpty() ? tr("No holding is past its retain-until date.")
                                               : tr("The gallring list could not be read: %1").arg(m_loadError));
    m_emptyNote->setVisible(m_items.isEmpty());
    m_tree->setVisible(!m_items.isEmpty());
    updateButtons();
}

QList<const GallringItem*> GallringWindow::selectedItems() const
{
    // A selected group stands for every holding under it.
    std::set<int> indexes;
    for (const QTreeWidgetItem* item : m_tree->selectedItems())
        collectLeaves(item, indexes);
    QList<const GallringItem*> items;
    for (int index : indexes)
        items << &m_items.at(index);
    return items;
}

void GallringWindow::updateButtons()
{
    m_confirmButton->setEnabled(m_canConfirm && !selectedItems().isEmpty());
    m_exportButton->setEnabled(!m_items.isEmpty());
}

void GallringWindow::exportTo(const QString& path)
{
    Result<int> written = m_session.holdings().exportGallring(path);
    if (!written) {
        showMessage(written.error());
        return;
    }
    showMessage(QString(),
                tr("Exported %n holding(s) to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
}

void GallringWindow::showMessage(const QString& problem, const QString& note)
{
    ProblemLabel::show(m_problem, problem, true);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void GallringWindow::confirmErased()
{
    const QList<const GallringItem*> items = selectedItems();
    if (!m_canConfirm || items.isEmpty())
        return;
    QList<qint64> ids;
    QStringList systems;
    for (const GallringItem* item : items) {
        ids << item->view.holding.id;
        const QString system
            = tr("%1 (%2)", "system (organisation)").arg(item->view.holding.system, item->view.controllerName);
        if (!systems.contains(system))
            systems << system;
    }
    QMessageBox box(QMessageBox::Question, tr("Confirm erasure"),
                    tr("Record that the selected holdings (%1) have been deleted?").arg(ids.size()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("erasureConfirmation"));
    box.setInformativeText(tr("This records that the data have been deleted in these systems:\n%1\n\nConfirm only "
                              "after they have been deleted there. The holdings leave the list, and the confirmation "
                              "is recorded in the audit trail.")
                               .arg(QStringLiteral("• ") + systems.join(QStringLiteral("\n• "))));
    QPushButton* confirm = box.addButton(tr("&Confirm erased"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    if (Status confirmed = m_session.holdings().confirmErased(ids); !confirmed) {
        showMessage(tr("Nothing was recorded: %1").arg(confirmed.error()));
        return;
    }
    reload();
    showMessage(QString(), tr("Holdings recorded as erased: %1.").arg(ids.size()));
}

} // namespace dsar
