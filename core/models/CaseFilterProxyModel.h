#pragma once

#include "CaseViews.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace dsar {

class CaseListModel;

// The case list as the user narrows it: a saved view (CaseViews), the filter bar's status, right and overdue,
// and the search text; sorted by the raw values of CaseListModel::SortRole. The source is a CaseListModel.
class CaseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CaseFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // The signed-in user, for "my cases".
    void setUserName(const QString& userName);

    void setView(CaseView view);
    void setStatusFilter(std::optional<CaseStatus> status);
    void setRightFilter(std::optional<RequestRight> right);
    void setOverdueOnly(bool overdueOnly);
    void setSearchText(const QString& text);
    // Subjects an exact personnummer or e-mail found: their cases match the search text as well.
    void setSearchSubjects(const QSet<qint64>& subjectIds);

    const CaseSelection& selection() const { return m_selection; }
    // How many of the source's cases each saved view holds, whatever the filters.
    QHash<CaseView, int> viewCounts() const;

signals:
    void selectionChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& sourceLeft, const QModelIndex& sourceRight) const override;

private:
    void refilter();

    CaseListModel* m_cases = nullptr;
    CaseSelection m_selection;
    QString m_userName;
};

} // namespace dsar
