#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QAbstractTableModel>
#include <QDate>

#include <array>

namespace dsar {

class CaseService;

// All cases as a table, over the case service; reloads when the service reports a change.
// Presentation (colours, icons) is added in the UI by delegates, not here.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReferenceColumn,
        RightColumn,
        SubjectColumn,
        ControllerColumn,
        ChannelColumn,
        ReceivedColumn,
        DueColumn,
        DaysLeftColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value to sort by (dates as QDate, days as int)
        CaseIdRole,
        ReferenceRole,
        RightCodeRole,
        StatusCodeRole,
        DaysLeftRole,
        IsOpenRole,
        IsOverdueRole,
    };

    enum class Loading
    {
        Now, // every case, before the constructor returns
        Later, // when told: reload() or loadFirst()
    };
    explicit CaseListModel(CaseService& service, QObject* parent = nullptr, Loading loading = Loading::Now);

    // Issue 7 item 8: only the first cases by due date (what the first screen shows, sorted by due date), so a
    // window over 100,000 cases shows before they are all read; reload() reads them all.
    void loadFirst(int rows);
    // False after loadFirst() until reload(): the rows are only the first ones, so counts over them would mislead.
    bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CaseRecord& caseAt(int row) const { return m_cases.at(row); }
    // Whether leftRow sorts before rightRow by column, as QSortFilterProxyModel orders their SortRole values with
    // locale-aware text: dates and days compared directly, text by its rank in the default locale's collation,
    // made once per load and column (not a QVariant and a collation per comparison, which took half a second to
    // sort 100,000 cases).
    bool sortsBefore(int leftRow, int rightRow, int column) const;
    QDate today() const { return m_today; }
    // Empty when the last load worked; otherwise what went wrong.
    QString lastError() const { return m_lastError; }
    // "5 days left", "Due today", "3 days overdue"; text as well as colour (not colour alone).
    static QString daysLeftText(const CaseRecord& record, QDate today);

public slots:
    void reload();

private:
    void load(Result<QList<CaseRecord>> cases, bool complete);
    QVariant displayData(const CaseRecord& record, int column) const;
    QVariant sortData(const CaseRecord& record, int column) const;
    int sortDays(const CaseRecord& record) const;
    const QList<int>& textRanks(int column) const;

    CaseService& m_service;
    QList<CaseRecord> m_cases;
    QDate m_today;
    QString m_lastError;
    bool m_complete = false;
    // Per text column, each row's place in the collation order (equal text, equal rank), made at the first sort
    // by the column; emptied by reload(), which the app calls when the language and so the locale change.
    mutable std::array<QList<int>, ColumnCount> m_textRanks;
};

} // namespace dsar
