#pragma once

#include <QStyledItemDelegate>

namespace dsar {

// Paints a retain-until cell whose date has passed (HoldingListModel::IsPastRetentionRole) in the case
// list's overdue colours. The model's text already says "passed", so colour is never the only sign.
class PastRetentionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PastRetentionDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace dsar
