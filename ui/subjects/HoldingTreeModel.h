#pragma once

#include <QStandardItemModel>

namespace dsar {

class HoldingListModel;

// The holdings of a HoldingListModel grouped for a tree view: organisation, then system, then one row per
// holding with the remaining columns. Every text and role comes from the list model (the core decides what
// is shown); this model only arranges it. Rebuilt whenever the list model resets.
class HoldingTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        ActivityColumn,
        CategoryColumn,
        FieldColumn,
        ValueColumn,
        ProvidedColumn,
        LegalBasisColumn,
        RetainUntilColumn,
        ColumnCount
    };

    explicit HoldingTreeModel(HoldingListModel& source, QObject* parent = nullptr);

    // The HoldingListModel column shown in column.
    static int sourceColumn(int column);
    // The holding's row, or an invalid index.
    QModelIndex indexOf(qint64 holdingId) const;
    static bool isGroup(const QModelIndex& index);

signals:
    // After a rebuild: the view spans and expands the group rows again.
    void rebuilt();

private:
    void rebuild();

    HoldingListModel& m_source;
};

} // namespace dsar
