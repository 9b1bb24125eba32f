#include "DecisionPanelParts.h"

#include "register/Recipients.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>

namespace dsar::DecisionPanelParts {
namespace {

// Keeps a list exactly as tall as its rows (up to a limit), so a page of lists needs no scroll bars inside
// scroll bars. Row heights depend on the column widths, which the header settles after a resize: so the
// height is measured once the event loop has run.
class ListHeightKeeper : public QObject
{
public:
    ListHeightKeeper(QTableView* view, int maxRows)
        : QObject(view)
        , m_view(view)
        , m_maxRows(maxRows)
    {
        setObjectName(objectNameForKeeper());
        view->installEventFilter(this);
    }

    static QString objectNameForKeeper() { return QStringLiteral("listHeightKeeper"); }

    void fitSoon()
    {
        fit();
        QTimer::singleShot(0, this, &ListHeightKeeper::fit);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::Resize) {
            const auto* resize = static_cast<QResizeEvent*>(event);
            if (resize->size().width() != resize->oldSize().width())
                QTimer::singleShot(0, this, &ListHeightKeeper::fit);
        }
        return false;
    }

private:
    void fit()
    {
        const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
        int height = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
        const int defaultRow = m_view->verticalHeader()->defaultSectionSize();
        for (int row = 0; row < std::clamp(rows, 1, m_maxRows); ++row) {
            const QAbstractItemView* view = m_view; // sizeHintForRow is public there
            height += row < rows ? std::max(view->sizeHintForRow(row), defaultRow) : defaultRow;
        }
        if (height != m_view->height())
            m_view->setFixedHeight(height);
    }

    QTableView* const m_view;
    const int m_maxRows;
};

} // namespace

QPushButton* button(const QString& objectName, QWidget* parent)
{
    auto* created = new QPushButton(parent);
    created->setObjectName(objectName);
    return created;
}

void setUpList(QTableView* view)
{
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void setRow(QTableWidget* table, int row, const QStringList& texts)
{
    for (int column = 0; column < texts.size(); ++column) {
        auto* item = new QTableWidgetItem(texts.at(column));
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        table->setItem(row, column, item);
    }
}

void fitList(QTableView* view, const QList<int>& stretched, int maxRows)
{
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionResizeMode(column,
                                     stretched.contains(column) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    // One keeper per list, found again by its name (it has no meta-object of its own to be found by).
    auto* keeper = static_cast<ListHeightKeeper*>(
        view->findChild<QObject*>(ListHeightKeeper::objectNameForKeeper(), Qt::FindDirectChildrenOnly));
    if (!keeper)
        keeper = new ListHeightKeeper(view, maxRows);
    keeper->fitSoon();
}

void selectRow(QAbstractItemView* view, int row)
{
    if (!view->model() || view->model()->rowCount() == 0)
        return;
    const int chosen = row >= 0 && row < view->model()->rowCount() ? row : 0;
    view->setCurrentIndex(view->model()->index(chosen, 0));
}

QComboBox* methodCombo(const QString& objectName, const QStringList& usual, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(usual);
    return combo;
}

QString recipientRoleLabel(const QString& code)
{
    const std::optional<RecipientRole> role = RecipientRoles::fromCode(code);
    return role ? RecipientRoles::label(*role) : code;
}

} // namespace dsar::DecisionPanelParts
