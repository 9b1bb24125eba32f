#include "HoldingTreeModel.h"

#include "models/HoldingListModel.h"

namespace dsar {
namespace {

constexpr int IsGroupRole = Qt::UserRole + 100;

// The list model's roles a view, a delegate or a test reads from a holding's cells.
const QList<int> copiedRoles = { Qt::DisplayRole,
                                 Qt::ToolTipRole,
                                 Qt::AccessibleTextRole,
                                 HoldingListModel::SortRole,
                                 HoldingListModel::HoldingIdRole,
                                 HoldingListModel::RetainUntilRole,
                                 HoldingListModel::IsPastRetentionRole,
                                 HoldingListModel::DaysOverdueRole };

QStandardItem* groupItem(const QString& key)
{
    auto* item = new QStandardItem;
    item->setData(key, Qt::UserRole);
    item->setData(true, IsGroupRole);
    // Groups are headings: a holding is what gets edited or removed.
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

HoldingTreeModel::HoldingTreeModel(HoldingListModel& source, QObject* parent)
    : QStandardItemModel(parent)
    , m_source(source)
{
    connect(&m_source, &QAbstractItemModel::modelReset, this, &HoldingTreeModel::rebuild);
    rebuild();
}

int HoldingTreeModel::sourceColumn(int column)
{
    static const int columns[]
        = { HoldingListModel::ActivityColumn,   HoldingListModel::CategoryColumn, HoldingListModel::FieldColumn,
            HoldingListModel::ValueColumn,      HoldingListModel::ProvidedColumn, HoldingListModel::LegalBasisColumn,
            HoldingListModel::RetainUntilColumn };
    return column >= 0 && column < ColumnCount ? columns[column] : -1;
}

bool HoldingTreeModel::isGroup(const QModelIndex& index)
{
    return index.siblingAtColumn(0).data(IsGroupRole).toBool();
}

QModelIndex HoldingTreeModel::indexOf(qint64 holdingId) const
{
    const QModelIndexList found
        = match(index(0, 0), HoldingListModel::HoldingIdRole, holdingId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

void HoldingTreeModel::rebuild()
{
    clear();
    setColumnCount(ColumnCount);
    for (int column = 0; column < ColumnCount; ++column) {
        auto* header = new QStandardItem(m_source.headerData(sourceColumn(column), Qt::Horizontal).toString());
        header->setToolTip(m_source.headerData(sourceColumn(column), Qt::Horizontal, Qt::ToolTipRole).toString());
        setHorizontalHeaderItem(column, header);
    }
    // The list model's order is organisation, then system: a new group starts where either changes.
    QStandardItem* organisation = nullptr;
    QStandardItem* system = nullptr;
    for (int row = 0; row < m_source.rowCount(); ++row) {
        const QString organisationName = m_source.index(row, HoldingListModel::OrganisationColumn).data().toString();
        const QString systemName = m_source.index(row, HoldingListModel::SystemColumn).data().toString();
        if (!organisation || organisation->data(Qt::UserRole).toString() != organisationName) {
            organisation = groupItem(organisationName);
            QFont bold = organisation->font();
            bold.setBold(true);
            organisation->setFont(bold);
            appendRow(organisation);
            system = nullptr;
        }
        if (!system || system->data(Qt::UserRole).toString() != systemName) {
            system = groupItem(systemName);
            organisation->appendRow(system);
        }
        QList<QStandardItem*> cells;
        for (int column = 0; column < ColumnCount; ++column) {
            const QModelIndex source = m_source.index(row, sourceColumn(column));
            auto* cell = new QStandardItem;
            for (int role : copiedRoles)
                cell->setData(source.data(role), role);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            cells << cell;
        }
        system->appendRow(cells);
    }
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem* group = item(row);
        group->setText(tr("%1 (%2)", "organisation (holdings)").arg(group->data(Qt::UserRole).toString()).arg([group] {
            int count = 0;
            for (int child = 0; child < group->rowCount(); ++child)
                count += group->child(child)->rowCount();
            return count;
        }()));
        for (int child = 0; child < group->rowCount(); ++child) {
            QStandardItem* systemGroup = group->child(child);
            systemGroup->setText(
                tr("System: %1 (%2)").arg(systemGroup->data(Qt::UserRole).toString()).arg(systemGroup->rowCount()));
        }
    }
    emit rebuilt();
}

} // namespace dsar
