#pragma once

#include "services/DashboardService.h"

#include <QWidget>

namespace dsar {

// The deadline timeline: one bar per week with the number of open cases due in it, drawn with the palette's
// colours and the widget's font so it follows the theme and the screen's scaling. The same figures are in the
// accessible description and the tooltip for those who cannot see the bars.
class DeadlineChart : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlineChart(QWidget* parent = nullptr);

    void setWeeks(const QList<DeadlineWeek>& weeks);
    const QList<DeadlineWeek>& weeks() const { return m_weeks; }
    // "Week of Monday 8 March 2027: 2 cases due; ..." in the user's language and locale.
    QString textAlternative() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateDescription();

    QList<DeadlineWeek> m_weeks;
};

} // namespace dsar
