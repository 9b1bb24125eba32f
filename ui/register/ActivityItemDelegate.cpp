#include "ActivityItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace dsar {
namespace {

constexpr int padding = 4;

QFont nameFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

void ActivityItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QRect text = opt.rect.adjusted(padding * 2, padding, -padding * 2, -padding);
    const QFont bold = nameFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);

    painter->save();
    painter->setFont(bold);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(text.left(), text.top(), text.width(), boldMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideRight, text.width()));
    painter->setFont(opt.font);
    QColor secondary = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(secondary);
    const QRect summaryRect(text.left(), nameRect.bottom() + 1, text.width(), metrics.height());
    painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(SummaryRole).toString(), Qt::ElideRight, text.width()));
    painter->restore();
}

QSize ActivityItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int height = QFontMetrics(nameFont(option.font)).height() + QFontMetrics(option.font).height() + padding * 3;
    return { base.width(), std::max(base.height(), height) };
}

} // namespace dsar
