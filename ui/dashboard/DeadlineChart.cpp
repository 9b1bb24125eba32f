#include "DeadlineChart.h"

#include "DisplayFormat.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace dsar {

DeadlineChart::DeadlineChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deadlineChart"));
    // Focusable so a screen reader user can reach the chart and hear its description.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateDescription();
}

void DeadlineChart::setWeeks(const QList<DeadlineWeek>& weeks)
{
    m_weeks = weeks;
    updateDescription();
    update();
}

QString DeadlineChart::textAlternative() const
{
    QStringList parts;
    for (const DeadlineWeek& week : m_weeks) {
        parts << tr("week of %1: %n case(s) due", nullptr, week.due).arg(DisplayFormat::longDate(week.monday));
    }
    if (parts.isEmpty())
        return tr("No deadlines to show.");
    return tr("Open cases due per week. %1.").arg(parts.join(QStringLiteral("; ")));
}

void DeadlineChart::updateDescription()
{
    setAccessibleName(tr("Deadlines in the coming %n week(s)", nullptr, DashboardService::timelineWeeks));
    const QString text = textAlternative();
    setAccessibleDescription(text);
    setToolTip(text);
}

QSize DeadlineChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return { metrics.averageCharWidth() * 10 * DashboardService::timelineWeeks, metrics.height() * 10 };
}

QSize DeadlineChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return { metrics.averageCharWidth() * 7 * DashboardService::timelineWeeks, metrics.height() * 6 };
}

void DeadlineChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateDescription();
    QWidget::changeEvent(event);
}

void DeadlineChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QRect area = rect().adjusted(line / 2, line / 2, -line / 2, -line / 2);
    if (m_weeks.isEmpty() || area.width() <= 0) {
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(area, Qt::AlignCenter, tr("No deadlines to show."));
        return;
    }

    // A scale of at least a few cases, so one case due does not look like a full week.
    int most = 4;
    for (const DeadlineWeek& week : m_weeks)
        most = std::max(most, week.due);
    // Room for the count above each bar and the Monday below it.
    const int labelTop = area.bottom() - line;
    const int barBottom = labelTop - line / 4;
    const int barTop = area.top() + line;
    const int barRoom = std::max(1, barBottom - barTop);
    const qreal slot = qreal(area.width()) / m_weeks.size();
    const QLocale locale;

    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(area.left(), barBottom, area.right(), barBottom);
    for (int i = 0; i < m_weeks.size(); ++i) {
        const DeadlineWeek& week = m_weeks.at(i);
        const qreal left = area.left() + slot * i;
        const qreal barWidth = slot * 0.6;
        const qreal barLeft = left + (slot - barWidth) / 2;
        const qreal height = week.due == 0 ? 0 : std::max(2.0, qreal(barRoom) * week.due / most);
        const QRectF bar(barLeft, barBottom - height, barWidth, height);
        painter.fillRect(bar, pal.color(QPalette::Highlight));

        painter.setPen(pal.color(QPalette::WindowText));
        const QRectF countRect(left, bar.top() - line, slot, line);
        painter.drawText(countRect, Qt::AlignHCenter | Qt::AlignBottom, locale.toString(week.due));
        // Day and month name in the user's language; the full date is in the description.
        const QString monday
            = metrics.elidedText(locale.toString(week.monday, QStringLiteral("d MMM")), Qt::ElideRight, int(slot));
        painter.drawText(QRectF(left, labelTop, slot, line), Qt::AlignHCenter | Qt::AlignTop, monday);
    }
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace dsar
