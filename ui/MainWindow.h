#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "security/Permission.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTableView;
class QToolBar;

namespace dsar {

class CaseFilterBar;
class CaseWindow;
class CaseFilterProxyModel;
class CaseListModel;
class LanguageManager;
class GallringWindow;
class RegisterWindow;
class SubjectsWindow;
class Session;

// The case list: every request's cases with their deadlines, filters, and the way to register a new one.
// What it offers follows the signed-in user's role; the services enforce the same permissions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session& session, LanguageManager& languages, QWidget* parent = nullptr);

    // Selects the cases with these references, clearing the filters if they would hide one.
    void selectCases(const QStringList& references);
    // The case's window, opened or raised (one per case); nullptr when the case cannot be read (said in a box).
    CaseWindow* openCase(const QString& reference);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createCentralWidget();
    void retranslateUi();
    void refresh();
    void updateStatusBar();
    void updateNotices();
    QString organisationNotice(const Result<QList<ControllerRecord>>& controllers) const;
    QString rolesAllowedTo(Permission permission) const;
    void registerRequest();
    void openCurrentCase();
    void updateCaseActions();
    void showProcessingRegister();
    // One window of each kind, raised when asked for again.
    template <typename Window>
    void showWindowOnce(QPointer<Window>& window);
    void showAbout();
    void restoreWindowGeometry();

    Session& m_session;
    LanguageManager& m_languages;
    CaseListModel* m_model = nullptr;
    CaseFilterProxyModel* m_proxy = nullptr;
    CaseFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
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
    QPointer<RegisterWindow> m_registerWindow;
    QPointer<SubjectsWindow> m_subjectsWindow;
    QPointer<GallringWindow> m_gallringWindow;
    QHash<QString, QPointer<CaseWindow>> m_caseWindows; // by reference
    QAction* m_registerAction = nullptr;
    QAction* m_openCaseAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_processingRegisterAction = nullptr;
    QAction* m_subjectsAction = nullptr;
    QAction* m_gallringAction = nullptr;
    QAction* m_swedishAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
    const bool m_canViewCases;
    const bool m_canRegister;
    bool m_hasOrganisations = false;
    bool m_retranslatePending = false;
};

} // namespace dsar
