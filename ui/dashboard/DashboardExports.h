#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace dsar {

class AnnualReportDialog;
class Session;

// The dashboard's documents for use outside DSAR Desk (issue 7 item 4): the annual report as PDF and the open
// cases' due dates as a calendar file (.ics) for the DPO's calendar program. What happened is said in the
// window's message line.
class DashboardExports : public QWidget
{
    Q_OBJECT
public:
    DashboardExports(Session& session, QLabel* message, QWidget* parent);

    QWidget* firstControl() const;
    QWidget* lastControl() const;

    // Opens the dialog that chooses the year and the language and makes the report.
    AnnualReportDialog* openAnnualReport();
    // Writes the deadline calendar in "sv" or "en" to `path`, replacing it only once complete (QSaveFile).
    bool exportCalendar(const QString& language, const QString& path);
    static QString defaultCalendarName(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void askCalendar(const QString& language);
    void retranslateUi();

    Session& m_session;
    QLabel* m_message;
    QAction* m_annualAction = nullptr;
    QToolButton* m_annualButton = nullptr;
    QAction* m_calendarAction = nullptr;
    QMenu* m_calendarLanguages = nullptr;
    QToolButton* m_calendarButton = nullptr;
    QString m_lastFolder;
};

} // namespace dsar
