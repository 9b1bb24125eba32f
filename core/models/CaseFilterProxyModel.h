#pragma once

#include "domain/CaseStatus.h"
#include "domain/RequestRight.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace dsar {

// Filters the case list by status, right, overdue and free text (reference, subject, organisation),
// and sorts by the raw values of CaseListModel::SortRole.
class CaseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CaseFilterProxyModel(QObject* parent = nullptr);

    void setStatusFilter(std::optional<CaseStatus> status);
    void setRightFilter(std::optional<RequestRight> right);
    void setOverdueOnly(bool overdueOnly);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<CaseStatus> m_status;
    std::optional<RequestRight> m_right;
    bool m_overdueOnly = false;
    QString m_searchText;
};

} // namespace dsar
