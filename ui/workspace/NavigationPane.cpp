#include "NavigationPane.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dsar {
namespace {

constexpr int viewRole = Qt::UserRole + 1;
constexpr int placeRole = Qt::UserRole + 2;

} // namespace

NavigationPane::NavigationPane(QWidget* parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Room between the lines, as a folder list has; in font units, so it scales with the screen.
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget#navigationTree::item { padding: 0.2em 0.3em; }"));

    // The case views under a heading that only groups them.
    m_casesHeading = new QTreeWidgetItem(m_tree);
    m_casesHeading->setFlags(Qt::ItemIsEnabled);
    QFont heading = m_casesHeading->font(0);
    heading.setBold(true);
    m_casesHeading->setFont(0, heading);
    for (CaseView view : CaseViews::all()) {
        auto* item = new QTreeWidgetItem(m_casesHeading);
        item->setData(0, viewRole, CaseViews::code(view));
        m_views.insert(view, item);
    }
    for (Place place : { Place::Subjects, Place::ProcessingRegister, Place::Gallring, Place::Dashboard }) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(0, placeRole, int(place));
        item->setFont(0, heading);
        m_places.insert(place, item);
    }
    m_places.insert(Place::Cases, m_casesHeading);
    m_tree->expandAll();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);

    // Moving with the arrows goes there at once, as in a mail client's folder list.
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) { itemChosen(current); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { itemChosen(item); });
    retranslateUi();
}

void NavigationPane::itemChosen(QTreeWidgetItem* item)
{
    if (!item || item == m_casesHeading)
        return;
    if (const std::optional<CaseView> view = CaseViews::fromCode(item->data(0, viewRole).toString())) {
        emit viewChosen(*view);
        return;
    }
    emit placeChosen(Place(item->data(0, placeRole).toInt()));
}

void NavigationPane::setCounts(const QHash<CaseView, int>& counts)
{
    m_counts = counts;
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        QTreeWidgetItem* item = it.value();
        item->setText(0, viewText(it.key()));
        item->setData(0, Qt::AccessibleTextRole, item->text(0));
        // An overdue case is a breach (GDPR Art. 12(3)): the item stands out, and its text says how many.
        const bool alarm = it.key() == CaseView::Overdue && counts.value(CaseView::Overdue) > 0;
        QFont font = item->font(0);
        font.setBold(alarm);
        item->setFont(0, font);
        item->setForeground(0, alarm ? QBrush(QColor(0xb0, 0x1c, 0x1c)) : QBrush());
    }
}

QString NavigationPane::viewText(CaseView view) const
{
    if (!m_counts.contains(view))
        return CaseViews::label(view);
    //: A saved view of the case list and how many cases it holds, e.g. "Overdue (3)".
    return tr("%1 (%2)").arg(CaseViews::label(view), QLocale().toString(m_counts.value(view)));
}

void NavigationPane::showView(CaseView view)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(m_views.value(view));
}

void NavigationPane::showPlace(Place place)
{
    if (place == Place::Cases)
        return; // the current view stays marked
    const QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(m_places.value(place));
}

void NavigationPane::setPlaceAvailable(Place place, bool available)
{
    if (QTreeWidgetItem* item = m_places.value(place))
        item->setHidden(!available);
}

QSize NavigationPane::sizeHint() const
{
    int widest = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QTreeWidgetItem* item = *it;
        const bool isView = item->parent() != nullptr;
        const QString text = isView
            ? tr("%1 (%2)").arg(
                CaseViews::label(CaseViews::fromCode(item->data(0, viewRole).toString()).value_or(CaseView::All)),
                QLocale().toString(999))
            : item->text(0);
        QFont font = item->font(0);
        font.setBold(!isView || item == m_views.value(CaseView::Overdue));
        widest = std::max(widest, QFontMetrics(font).horizontalAdvance(text) + (isView ? m_tree->indentation() : 0));
    }
    const int margins = 2 * m_tree->frameWidth() + m_tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
        + fontMetrics().averageCharWidth() * 2;
    return { widest + margins, QWidget::sizeHint().height() };
}

void NavigationPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NavigationPane::retranslateUi()
{
    m_tree->setAccessibleName(tr("Navigation"));
    m_tree->setAccessibleDescription(tr("The saved views of the case list and the other parts of DSAR Desk"));
    m_casesHeading->setText(0, tr("Cases"));
    m_places.value(Place::Subjects)->setText(0, tr("Data subjects"));
    m_places.value(Place::ProcessingRegister)->setText(0, tr("Processing register"));
    m_places.value(Place::Gallring)->setText(0, tr("Gallring list"));
    m_places.value(Place::Dashboard)->setText(0, tr("Dashboard"));
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        it.value()->setText(0, viewText(it.key()));
        it.value()->setToolTip(0, CaseViews::description(it.key()));
    }
    for (QTreeWidgetItem* item : std::as_const(m_places))
        item->setData(0, Qt::AccessibleTextRole, item->text(0));
}

} // namespace dsar
