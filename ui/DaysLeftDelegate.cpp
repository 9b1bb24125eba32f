#include "DaysLeftDelegate.h"

#include "models/CaseListModel.h"

#include <QApplication>
#include <QPainter>

namespace dsar {
namespace {

struct CellColours
{
    QColor background; // invalid = leave the view's own background
    QColor text;
};

// Fixed pairs chosen for contrast of at least 4.5:1 (WCAG AA) against each other, so they read the same
// in light and dark palettes.
CellColours coloursFor(DaysLeftDelegate::Urgency urgency, const QPalette& palette)
{
    switch (urgency) {
    case DaysLeftDelegate::Urgency::Overdue:
        return { QColor(0xB0, 0x1C, 0x1C), QColor(Qt::white) };
    case DaysLeftDelegate::Urgency::Soon:
        return { QColor(0xFF, 0xC8, 0x3D), QColor(0x1F, 0x1F, 0x1F) };
    case DaysLeftDelegate::Urgency::Closed: {
        // Between text and base: visibly muted, still well readable (unlike the disabled colour).
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        const auto mix = [](int a, int b) {
            return (a * 62 + b * 38) / 100;
        };
        return { QColor(),
                 QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue())) };
    }
    case DaysLeftDelegate::Urgency::Normal:
        break;
    }
    return {};
}

} // namespace

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

void DaysLeftDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Urgency urgency = urgencyOf(index);
    const CellColours colours = coloursFor(urgency, opt.palette);
    if (urgency == Urgency::Overdue)
        opt.font.setBold(true);
    if (colours.background.isValid()) {
        // Keep the warning colour on a selected row too; the other cells show the selection.
        opt.state &= ~QStyle::State_Selected;
        opt.backgroundBrush = colours.background;
    }
    if (colours.text.isValid()) {
        opt.palette.setColor(QPalette::Text, colours.text);
        opt.palette.setColor(QPalette::HighlightedText, colours.text);
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
