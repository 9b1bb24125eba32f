#pragma once

#include "domain/Records.h"

#include <QStyledItemDelegate>

namespace dsar {

// Paints the "days left" cell of the case list. Colour only reinforces the text from the model
// ("3 days overdue", "Due today", "Closed"), so nothing is told by colour alone.
class DaysLeftDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Urgency
    {
        Normal,
        Soon, // due within soonDays
        Overdue,
        Closed,
    };
    // A week's warning: enough to plan the answer or an extension notice (presentation, not law).
    static constexpr int soonDays = 7;

    explicit DaysLeftDelegate(QObject* parent = nullptr);

    // The colours that reinforce an urgency; an invalid colour leaves the palette's own.
    struct Colours
    {
        QColor background;
        QColor text;
    };

    static Urgency urgencyOf(const QModelIndex& index);
    // The same for one case outside a list (the case window's header).
    static Urgency urgencyOf(const CaseRecord& record, QDate today);
    static Colours colours(Urgency urgency, const QPalette& palette);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace dsar
