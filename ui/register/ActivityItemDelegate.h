#pragma once

#include <QStyledItemDelegate>

namespace dsar {

// Draws an activity in the list as two lines: its name, and below it in the secondary colour its legal bases.
class ActivityItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SummaryRole, // the second line
        FilterRole, // what the filter matches: name and summary
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace dsar
