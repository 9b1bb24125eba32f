#pragma once

#include "models/CaseViews.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace dsar {

class CaseFilterBar;
class CaseFilterProxyModel;
class CaseListModel;
class ReminderBanner;
class Session;

// The case list of the workspace: the chosen saved view with what it means, the reminder of deadlines, the filter
// bar with the one search field (reference, name, e-mail or personnummer), and the table.
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(Session& session, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    CaseFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    CaseFilterBar* filterBar() const { return m_filterBar; }
    ReminderBanner* reminders() const { return m_reminders; }
    CaseView view() const;

    void showView(CaseView view);
    // A dashboard figure's list: its view, with the status or right it names in the filter bar.
    void showQuery(const CaseListQuery& query);
    // Selects the cases with these references, showing all cases if the view or filters would hide one.
    void selectCases(const QStringList& references);
    void focusSearch();
    QString currentReference() const;
    // The first widget and the last of the page's own tab chain (the main window links them to the navigation).
    QWidget* firstInTabOrder() const;
    QWidget* lastInTabOrder() const;

signals:
    void viewChanged(CaseView view);
    void openCaseRequested(const QString& reference);
    void showSubjectRequested(qint64 subjectId);
    void currentCaseChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadTheRest();
    void retranslateUi();
    void updateHeading();
    void lookUpSubjects();
    void updateSearchNotice();

    Session& m_session;
    CaseListModel* m_model = nullptr;
    CaseFilterProxyModel* m_proxy = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_description = nullptr;
    ReminderBanner* m_reminders = nullptr;
    CaseFilterBar* m_filterBar = nullptr;
    QWidget* m_searchNotice = nullptr;
    QLabel* m_searchNoticeText = nullptr;
    QPushButton* m_showSubject = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_searchTimer = nullptr;
    QList<SubjectRecord> m_foundSubjects;
    QString m_searchError;
    QString m_lookedUpText; // the search text the found subjects and the error belong to
    bool m_noticeShowsSubject = false; // the notice's button shows the subject found, else all cases
};

} // namespace dsar
