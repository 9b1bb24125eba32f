#include "CaseFilterProxyModel.h"

#include "CaseListModel.h"

namespace dsar {

CaseFilterProxyModel::CaseFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CaseFilterProxyModel::setStatusFilter(std::optional<CaseStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setRightFilter(std::optional<RequestRight> right)
{
    m_right = right;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setSearchText(const QString& text)
{
    m_searchText = text.trimmed();
    invalidateRowsFilter();
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(CaseListModel::StatusCodeRole).toString() != CaseStatuses::code(*m_status))
        return false;
    if (m_right && index.data(CaseListModel::RightCodeRole).toString() != RequestRights::code(*m_right))
        return false;
    if (m_overdueOnly && !index.data(CaseListModel::IsOverdueRole).toBool())
        return false;
    if (!m_searchText.isEmpty()) {
        for (int column :
             { CaseListModel::ReferenceColumn, CaseListModel::SubjectColumn, CaseListModel::ControllerColumn }) {
            if (model->index(sourceRow, column, sourceParent)
                    .data()
                    .toString()
                    .contains(m_searchText, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace dsar
