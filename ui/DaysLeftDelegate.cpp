#include "DaysLeftDelegate.h"

#include "models/CaseListModel.h"

#include <QApplication>
#include <QPainter>

namespace dsar {

// Fixed pairs chosen for contrast of at least 4.5:1 (WCAG AA) against each other, so they read the same
// in light and dark palettes.
DaysLeftDelegate::Colours DaysLeftDelegate::colours(Urgency urgency, const QPalette& palette)
{
    switch (urgency) {
    case Urgency::Overdue:
        return { QColor(0xB0, 0x1C, 0x1C), QColor(Qt::white) };
    case Urgency::Soon:
        return { QColor(0xFF, 0xC8, 0x3D), QColor(0x1F, 0x1F, 0x1F) };
    case Urgency::Closed: {
        // Between text and base: visibly muted, still well readable (unlike the disabled colour).
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        const auto mix = [](int a, int b) {
            return (a * 62 + b * 38) / 100;
        };
        return { QColor(),
                 QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue())) };
    }
    case Urgency::Normal:
        break;
    }
    return {};
}

DaysLeftDelegate::DaysLeftDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

DaysLeftDelegate::Urgency DaysLeftDelegate::urgencyOf(const QModelIndex& index)
{
    if (!index.data(CaseListModel::IsOpenRole).toBool())
        return Urgency::Closed;
    if (index.data(CaseListModel::IsOverdueRole).toBool())
        return Urgency::Overdue;
    if (index.data(CaseListModel::DaysLeftRole).toInt() <= soonDays)
        return Urgency::Soon;
    return Urgency::Normal;
}

DaysLeftDelegate::Urgency DaysLeftDelegate::urgencyOf(const CaseRecord& record, QDate today)
{
    if (!record.isOpen())
        return Urgency::Closed;
    if (record.isOverdue(today))
        return Urgency::Overdue;
    if (record.daysLeft(today) <= soonDays)
        return Urgency::Soon;
    return Urgency::Normal;
}

void DaysLeftDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Urgency urgency = urgencyOf(index);
    const Colours cell = colours(urgency, opt.palette);
    if (urgency == Urgency::Overdue)
        opt.font.setBold(true);
    if (cell.background.isValid()) {
        // Keep the warning colour on a selected row too; the other cells show the selection.
        opt.state &= ~QStyle::State_Selected;
        opt.backgroundBrush = cell.background;
    }
    if (cell.text.isValid()) {
        opt.palette.setColor(QPalette::Text, cell.text);
        opt.palette.setColor(QPalette::HighlightedText, cell.text);
    }
    // Drawn directly: QStyledItemDelegate::paint() would initialise the option again and drop the colours.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QSize DaysLeftDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Measured in bold so an overdue cell never truncates.
    QStyleOptionViewItem opt = option;
    opt.font.setBold(true);
    return QStyledItemDelegate::sizeHint(opt, index);
}

} // namespace dsar
