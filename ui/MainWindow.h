#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "security/Permission.h"
#include "workspace/NavigationPane.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace dsar {

class CaseWindow;
class CasesPage;
class DashboardWindow;
class GallringWindow;
class LanguageManager;
class RegisterWindow;
class Session;
class SubjectsWindow;

// The workspace, laid out as a mail client: the navigation on the left (the case list's saved views, the data
// subjects, the processing register, the gallring list, the dashboard), the chosen place on the right, a case
// opened in a window of its own. What it offers follows the signed-in user's role; the services enforce the
// same permissions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Place = NavigationPane::Place;

    MainWindow(Session& session, LanguageManager& languages, QWidget* parent = nullptr);

    // Selects the cases with these references in the case list, showing all cases if a view would hide one.
    void selectCases(const QStringList& references);
    // The case's window, opened or raised (one per case); nullptr when the case cannot be read (said in a box).
    CaseWindow* openCase(const QString& reference);
    // Goes to a place of the workspace; false when the user chose to stay (unsaved changes where they are).
    bool showPlace(Place place);
    void showCaseView(CaseView view);
    Place currentPlace() const { return m_place; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createCentralWidget();
    QWidget* page(Place place);
    DashboardWindow* createDashboardPage();
    bool confirmLeavingPage();
    void retranslateUi();
    void refresh();
    void updateCounts();
    void updateStatusBar();
    void updateNotices();
    QString organisationNotice(const Result<QList<ControllerRecord>>& controllers) const;
    void registerRequest();
    void openCurrentCase();
    void updateCaseActions();
    void showAbout();
    void restoreWindowGeometry();

    Session& m_session;
    LanguageManager& m_languages;
    NavigationPane* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    CasesPage* m_casesPage = nullptr;
    QWidget* m_noCaseWorkPage = nullptr;
    QPointer<SubjectsWindow> m_subjectsPage;
    QPointer<RegisterWindow> m_registerPage;
    QPointer<GallringWindow> m_gallringPage;
    QPointer<DashboardWindow> m_dashboardPage;
    Place m_place = Place::Cases;
    QHash<CaseView, int> m_viewCounts;
    QLabel* m_clockBanner = nullptr;
    QLabel* m_emptyNotice = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_countsLabel = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_registerMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QHash<QString, QPointer<CaseWindow>> m_caseWindows; // by reference
    QAction* m_registerAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_casesAction = nullptr;
    QAction* m_processingRegisterAction = nullptr;
    QAction* m_subjectsAction = nullptr;
    QAction* m_gallringAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_swedishAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    const bool m_canViewCases;
    const bool m_canRegister;
    bool m_hasOrganisations = false;
    bool m_retranslatePending = false;
    bool m_retranslatedOnce = false;
};

} // namespace dsar
