#include "PastRetentionDelegate.h"

#include "models/HoldingListModel.h"

#include <QApplication>

namespace dsar {

PastRetentionDelegate::PastRetentionDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void PastRetentionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(HoldingListModel::IsPastRetentionRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The overdue pair of DaysLeftDelegate: white on dark red, at least 4.5:1 in any palette.
    opt.font.setBold(true);
    opt.state &= ~QStyle::State_Selected;
    opt.backgroundBrush = QColor(0xB0, 0x1C, 0x1C);
    opt.palette.setColor(QPalette::Text, Qt::white);
    opt.palette.setColor(QPalette::HighlightedText, Qt::white);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QSize PastRetentionDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Measured in bold so a passed date never truncates.
    QStyleOptionViewItem opt = option;
    opt.font.setBold(true);
    return QStyledItemDelegate::sizeHint(opt, index);
}

} // namespace dsar
