#pragma once

#include "models/CaseViews.h"
#include "services/DashboardService.h"

#include <QAbstractButton>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace dsar {

class DashboardExports;
class DeadlineChart;
class Session;

// One figure of the dashboard: a big number over its caption, a button so it can be reached with Tab and
// pressed with Space to show the cases behind it. An alarm tile says what is wrong in words as well as colour.
class FigureTile : public QAbstractButton
{
    Q_OBJECT
public:
    explicit FigureTile(const QString& objectName, QWidget* parent = nullptr);

    void setFigure(const QString& number, const QString& caption, const QString& detail = QString());
    void setAlarm(bool alarm);
    QString number() const { return m_number; }
    QString caption() const { return m_caption; }
    QString detail() const { return m_detail; }
    bool isAlarm() const { return m_alarm; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont numberFont() const;

    QString m_number;
    QString m_caption;
    QString m_detail;
    bool m_alarm = false;
};

// The DPO's deadline dashboard: the figures of DashboardService, recomputed whenever a case changes. Each figure
// leads to the cases behind it, through the case list's filters or, where the filters cannot say it, the
// references themselves.
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWindow(Session& session, QWidget* parent = nullptr);

    // The keys of openCaseList(), as CaseViews::queryForKey() reads them.
    static QString overdueKey() { return CaseViews::code(CaseView::Overdue); }
    static QString dueWithin7DaysKey() { return CaseViews::code(CaseView::DueWithinWeek); }
    static QString openKey() { return CaseViews::code(CaseView::Open); }
    static QString extendedKey() { return CaseViews::code(CaseView::Extended); }
    static QString statusKey(CaseStatus status) { return CaseViews::statusKey(status); }
    static QString rightKey(RequestRight right) { return CaseViews::rightKey(right); }

    // The main window's menu action (Ctrl+D) that opens the dashboard; its text follows the language.
    static QAction* createOpenAction(QWidget* mainWindow);

    const DashboardFigures& figures() const { return m_figures; }
    // The annual report and the deadline calendar (issue 7 item 4).
    DashboardExports* exports() const { return m_exports; }
    // Recomputes the figures now if shown, else when next shown.
    void refresh();

signals:
    // Show the cases the case list's filters can select.
    void openCaseList(const QString& filterKey);
    // Show exactly these cases (for figures the filters cannot express).
    void showCases(const QStringList& references);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void compute();
    void createTiles();
    void retranslateUi();
    void showFigures();
    void showAnswered(FigureTile* tile, const AnsweredFigures& answered, const QString& caption);
    void fillCounts();
    void fillExtensions();
    QStringList extensionReferences(bool approved) const;
    void setReferences(FigureTile* tile, const QStringList& references);

    Session& m_session;
    DashboardFigures m_figures;
    QString m_error;
    bool m_stale = true;
    QAction* m_refreshAction = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QLabel* m_todayLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    DashboardExports* m_exports = nullptr;
    QLabel* m_exportMessage = nullptr;
    FigureTile* m_open = nullptr;
    FigureTile* m_dueSoon = nullptr;
    FigureTile* m_overdue = nullptr;
    FigureTile* m_extended = nullptr;
    FigureTile* m_clockStopped = nullptr;
    FigureTile* m_decisionsAwaiting = nullptr;
    FigureTile* m_extensionsAwaiting = nullptr;
    FigureTile* m_followUps = nullptr;
    FigureTile* m_answeredMonth = nullptr;
    FigureTile* m_answeredYear = nullptr;
    QLabel* m_chartTitle = nullptr;
    DeadlineChart* m_chart = nullptr;
    QLabel* m_statusTitle = nullptr;
    QTreeWidget* m_byStatus = nullptr;
    QLabel* m_rightTitle = nullptr;
    QTreeWidget* m_byRight = nullptr;
    QLabel* m_extensionsTitle = nullptr;
    QTreeWidget* m_extensions = nullptr;
};

} // namespace dsar
