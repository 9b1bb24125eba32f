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

void CaseFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_cases = qobject_cast<CaseListModel*>(model);
    Q_ASSERT_X(m_cases || !model, "CaseFilterProxyModel", "the source must be a CaseListModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseFilterProxyModel::setUserName(const QString& userName)
{
    m_userName = userName;
    refilter();
}

void CaseFilterProxyModel::setView(CaseView view)
{
    if (m_selection.view == view)
        return;
    m_selection.view = view;
    refilter();
}

void CaseFilterProxyModel::setStatusFilter(std::optional<CaseStatus> status)
{
    m_selection.status = status;
    refilter();
}

void CaseFilterProxyModel::setRightFilter(std::optional<RequestRight> right)
{
    m_selection.right = right;
    refilter();
}

void CaseFilterProxyModel::setOverdueOnly(bool overdueOnly)
{
    m_selection.overdueOnly = overdueOnly;
    refilter();
}

void CaseFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_selection.text)
        return;
    m_selection.text = trimmed;
    // Subjects found for the earlier text do not belong to this one.
    m_selection.subjectIds.clear();
    refilter();
}

void CaseFilterProxyModel::setSearchSubjects(const QSet<qint64>& subjectIds)
{
    m_selection.subjectIds = subjectIds;
    refilter();
}

void CaseFilterProxyModel::refilter()
{
    // One layout change, not a rows-removed signal per gap: a view follows that at once, where the granular
    // path took a table view seconds over 100,000 cases (bench_workspace).
    invalidate();
    emit selectionChanged();
}

QHash<CaseView, int> CaseFilterProxyModel::viewCounts() const
{
    QHash<CaseView, int> counts;
    const QList<CaseView> views = CaseViews::all();
    for (CaseView view : views)
        counts.insert(view, 0);
    if (!m_cases)
        return counts;
    const QDate today = m_cases->today();
    for (int row = 0; row < m_cases->rowCount(); ++row) {
        const CaseRecord& record = m_cases->caseAt(row);
        for (CaseView view : views) {
            if (CaseViews::contains(view, record, today, m_userName))
                ++counts[view];
        }
    }
    return counts;
}

bool CaseFilterProxyModel::lessThan(const QModelIndex& sourceLeft, const QModelIndex& sourceRight) const
{
    // The same order as QSortFilterProxyModel's comparison of the SortRole values (locale-aware), without a
    // QVariant and a collation per comparison; other settings go the general way.
    if (!m_cases || sortRole() != CaseListModel::SortRole || !isSortLocaleAware()
        || sourceLeft.column() != sourceRight.column())
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    return m_cases->sortsBefore(sourceLeft.row(), sourceRight.row(), sourceLeft.column());
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_cases || sourceParent.isValid())
        return false;
    return m_selection.accepts(m_cases->caseAt(sourceRow), m_cases->today(), m_userName);
}

} // namespace dsar
