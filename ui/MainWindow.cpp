#include "MainWindow.h"

#include "CaseFilterBar.h"
#include "DisplayFormat.h"
#include "LanguageManager.h"
#include "RegisterRequestDialog.h"
#include "SettingsDialog.h"
#include "cases/CaseWindow.h"
#include "dashboard/DashboardWindow.h"
#include "gallring/GallringWindow.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "register/RegisterWindow.h"
#include "services/Session.h"
#include "subjects/SubjectsWindow.h"
#include "workspace/CasesPage.h"
#include "workspace/ShortcutsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace dsar {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/navigation");
const QString viewKey = QStringLiteral("mainWindow/caseView");

// A notice across the top of the window. Fixed colour pairs with dark text keep it readable in any
// palette; the text itself carries the message.
QLabel* makeNotice(const QString& objectName, const QString& background, const QString& border, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel#%1 { background: %2; color: #1a1a1a; border: 1px solid %3; "
                                        "border-radius: 0.2em; padding: 0.5em 0.8em; }")
                             .arg(objectName, background, border));
    label->hide();
    return label;
}

} // namespace

MainWindow::MainWindow(Session& session, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_languages(languages)
    , m_canViewCases(Permissions::allows(session.actor().role, Permission::ViewCases))
    , m_canRegister(Permissions::allows(session.actor().role, Permission::RegisterRequest))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenusAndToolBar();
    createCentralWidget();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);
    // Permanent, so a status message never hides who is signed in.
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    m_countsLabel->setVisible(m_canViewCases);

    CaseFilterProxyModel* proxy = m_casesPage->proxy();
    connect(m_casesPage->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusBar);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatusBar);
    connect(proxy, &CaseFilterProxyModel::selectionChanged, this, &MainWindow::updateStatusBar);

    retranslateUi();
    updateCounts(); // of the cases the model loaded when it was made
    restoreWindowGeometry();
}

void MainWindow::createActions()
{
    m_registerAction = new QAction(this);
    m_registerAction->setObjectName(QStringLiteral("actionRegisterRequest"));
    m_registerAction->setShortcut(QKeySequence::New);
    m_registerAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    connect(m_registerAction, &QAction::triggered, this, &MainWindow::registerRequest);

    m_openCaseAction = new QAction(this);
    m_openCaseAction->setObjectName(QStringLiteral("actionOpenCase"));
    m_openCaseAction->setShortcut(QKeySequence::Open);
    m_openCaseAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_openCaseAction->setEnabled(false);
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::openCurrentCase);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);

    // The places of the workspace, each one keystroke away. Every role reads the processing register (the page
    // offers editing to those who may); the case list, the subjects' holdings, what is past its retain-until date
    // and the dashboard are for those who see cases.
    const auto placeAction = [this](const char* objectName, Place place, QKeySequence shortcut, bool enabled) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(objectName));
        action->setShortcut(shortcut);
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, this, [this, place] { showPlace(place); });
        return action;
    };
    m_casesAction = placeAction("actionCases", Place::Cases, QKeySequence(Qt::CTRL | Qt::Key_1), m_canViewCases);
    m_subjectsAction
        = placeAction("actionSubjects", Place::Subjects, QKeySequence(Qt::CTRL | Qt::Key_2), m_canViewCases);
    m_processingRegisterAction
        = placeAction("actionProcessingRegister", Place::ProcessingRegister, QKeySequence(Qt::CTRL | Qt::Key_3), true);
    m_gallringAction
        = placeAction("actionGallring", Place::Gallring, QKeySequence(Qt::CTRL | Qt::Key_4), m_canViewCases);
    m_dashboardAction = DashboardWindow::createOpenAction(this);
    m_dashboardAction->setEnabled(m_canViewCases);
    connect(m_dashboardAction, &QAction::triggered, this, [this] { showPlace(Place::Dashboard); });

    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    m_swedishAction = new QAction(QStringLiteral("Svenska"), this);
    m_swedishAction->setObjectName(QStringLiteral("actionSwedish"));
    m_englishAction = new QAction(QStringLiteral("English"), this);
    m_englishAction->setObjectName(QStringLiteral("actionEnglish"));
    auto* languageGroup = new QActionGroup(this);
    languageGroup->setExclusive(true);
    for (QAction* action : { m_swedishAction, m_englishAction }) {
        action->setCheckable(true);
        languageGroup->addAction(action);
    }
    (m_languages.language() == LanguageManager::Language::Swedish ? m_swedishAction : m_englishAction)
        ->setChecked(true);
    connect(m_swedishAction, &QAction::triggered, this,
            [this] { m_languages.setLanguage(LanguageManager::Language::Swedish); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { m_languages.setLanguage(LanguageManager::Language::English); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_registerAction);
    m_fileMenu->addAction(m_openCaseAction);
    m_fileMenu->addSeparator();
    // Every role sees the settings; only an administrator changes them (the dialog says so).
    m_fileMenu->addAction(SettingsDialog::createOpenAction(m_session, this));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_casesAction);
    m_viewMenu->addAction(m_dashboardAction);
    m_registerMenu = menuBar()->addMenu(QString());
    m_registerMenu->addAction(m_processingRegisterAction);
    m_registerMenu->addAction(m_subjectsAction);
    m_registerMenu->addAction(m_gallringAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_swedishAction);
    m_languageMenu->addAction(m_englishAction);
    m_helpMenu = menuBar()->addMenu(QString());
    auto* shortcuts = new QAction(this);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        // Every action of the menus, in their order.
        QList<QAction*> actions;
        for (QMenu* menu : { m_fileMenu, m_viewMenu, m_registerMenu, m_helpMenu })
            actions << menu->actions();
        auto* dialog = new ShortcutsDialog(actions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_shortcutsAction = shortcuts;
    m_helpMenu->addAction(shortcuts);
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_registerAction);
    m_toolBar->addAction(m_openCaseAction);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    m_clockBanner
        = makeNotice(QStringLiteral("clockBanner"), QStringLiteral("#ffd966"), QStringLiteral("#b8860b"), central);
    QFont bannerFont = m_clockBanner->font();
    bannerFont.setBold(true);
    m_clockBanner->setFont(bannerFont);
    m_emptyNotice = makeNotice(QStringLiteral("emptyDatabaseNotice"), QStringLiteral("#dcebfa"),
                               QStringLiteral("#6a9fd4"), central);

    m_navigation = new NavigationPane(central);
    m_navigation->setObjectName(QStringLiteral("navigationPane"));
    for (Place place : { Place::Cases, Place::Subjects, Place::Gallring, Place::Dashboard })
        m_navigation->setPlaceAvailable(place, m_canViewCases);
    connect(m_navigation, &NavigationPane::viewChosen, this, &MainWindow::showCaseView);
    connect(m_navigation, &NavigationPane::placeChosen, this, &MainWindow::showPlace);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("workspacePages"));
    m_casesPage = new CasesPage(m_session, m_pages);
    m_pages->addWidget(m_casesPage);
    connect(m_casesPage, &CasesPage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_casesPage, &CasesPage::currentCaseChanged, this, &MainWindow::updateCaseActions);
    connect(m_casesPage, &CasesPage::viewChanged, m_navigation, &NavigationPane::showView);
    connect(m_casesPage, &CasesPage::showSubjectRequested, this, [this](qint64 subjectId) {
        if (showPlace(Place::Subjects))
            m_subjectsPage->showSubject(subjectId);
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (showPlace(Place::Cases))
            m_casesPage->focusSearch();
    });
    // A role without case work sees the notice that says so, not an empty list or a refusal.
    m_noCaseWorkPage = new QWidget(m_pages);
    m_pages->addWidget(m_noCaseWorkPage);
    m_pages->setCurrentWidget(m_canViewCases ? static_cast<QWidget*>(m_casesPage) : m_noCaseWorkPage);
    m_findAction->setEnabled(m_canViewCases);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ m_navigation->sizeHint().width(), fontMetrics().averageCharWidth() * 150 });

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_clockBanner);
    layout->addWidget(m_emptyNotice);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    // Tab goes round: the navigation, the case list's filters, the list, its buttons, back to the navigation.
    setTabOrder(m_navigation, m_casesPage->firstInTabOrder());
    setTabOrder(m_casesPage->lastInTabOrder(), m_navigation);

    const QSettings settings;
    showCaseView(CaseViews::fromCode(settings.value(viewKey).toString()).value_or(CaseView::All));
}

bool MainWindow::confirmLeavingPage()
{
    // The register's form may hold unsaved changes; the other pages save as they go.
    return m_pages->currentWidget() != m_registerPage || m_registerPage->confirmLeave();
}

QWidget* MainWindow::page(Place place)
{
    // Pages are made when first visited: the start shows the case list at once.
    switch (place) {
    case Place::Cases:
        return m_canViewCases ? static_cast<QWidget*>(m_casesPage) : m_noCaseWorkPage;
    case Place::Subjects:
        if (!m_subjectsPage)
            m_subjectsPage = new SubjectsWindow(m_session, m_pages);
        return m_subjectsPage;
    case Place::ProcessingRegister:
        if (!m_registerPage) {
            m_registerPage = new RegisterWindow(m_session, m_pages);
            connect(m_registerPage, &RegisterWindow::organisationsChanged, this, &MainWindow::refresh);
        }
        return m_registerPage;
    case Place::Gallring:
        if (!m_gallringPage)
            m_gallringPage = new GallringWindow(m_session, m_pages);
        return m_gallringPage;
    case Place::Dashboard:
        return m_dashboardPage ? m_dashboardPage.data() : createDashboardPage();
    }
    return m_casesPage;
}

DashboardWindow* MainWindow::createDashboardPage()
{
    m_dashboardPage = new DashboardWindow(m_session, m_pages);
    // Each figure opens the list of cases behind it.
    connect(m_dashboardPage, &DashboardWindow::showCases, this, &MainWindow::selectCases);
    connect(m_dashboardPage, &DashboardWindow::openCaseList, this, [this](const QString& key) {
        const std::optional<CaseListQuery> query = CaseViews::queryForKey(key);
        if (query && showPlace(Place::Cases))
            m_casesPage->showQuery(*query);
    });
    return m_dashboardPage;
}

bool MainWindow::showPlace(Place place)
{
    if (place != Place::Cases && place != Place::ProcessingRegister && !m_canViewCases)
        return false;
    QWidget* target = page(place);
    if (target != m_pages->currentWidget()) {
        if (!confirmLeavingPage()) {
            m_navigation->showPlace(m_place); // the user stays: the navigation says so too
            if (m_place == Place::Cases)
                m_navigation->showView(m_casesPage->view());
            return false;
        }
        // The windows of earlier versions become pages; they keep their own layouts and titles.
        if (m_pages->indexOf(target) < 0) {
            target->setWindowFlags(Qt::Widget);
            m_pages->addWidget(target);
        }
        m_pages->setCurrentWidget(target);
    }
    m_place = place;
    // A page with its own F5 refreshes itself; two keys alike would be ambiguous and do nothing.
    m_refreshAction->setShortcut(place == Place::Cases ? QKeySequence(Qt::Key_F5) : QKeySequence());
    m_navigation->showPlace(place);
    if (place == Place::Cases)
        m_navigation->showView(m_casesPage->view());
    setWindowTitle(place == Place::Cases ? tr("DSAR Desk") : tr("%1 – DSAR Desk").arg(target->windowTitle()));
    updateCaseActions();
    return true;
}

void MainWindow::showCaseView(CaseView view)
{
    if (!showPlace(Place::Cases))
        return;
    m_casesPage->showView(view);
    QSettings().setValue(viewKey, CaseViews::code(view));
}

void MainWindow::changeEvent(QEvent* event)
{
    // One switch of language brings several LanguageChange events (one per translator); retranslating
    // reloads the cases, so do it once.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, [this] {
            m_retranslatePending = false;
            retranslateUi();
        });
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("DSAR Desk"));
    if (m_place != Place::Cases)
        setWindowTitle(tr("%1 – DSAR Desk").arg(m_pages->currentWidget()->windowTitle()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_registerMenu->setTitle(tr("Re&gister"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    m_registerAction->setText(tr("&Register request…"));
    m_registerAction->setToolTip(m_canRegister ? tr("Register a new request from a data subject (Ctrl+N)")
                                               : tr("Registering a request needs the role %1.")
                                                     .arg(Permissions::rolesAllowedTo(Permission::RegisterRequest)));
    m_openCaseAction->setText(tr("&Open case"));
    m_openCaseAction->setToolTip(tr("Open the selected case to work on it (Ctrl+O, or Enter in the list)"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find cases"));
    m_casesAction->setText(tr("&Cases"));
    m_casesAction->setToolTip(tr("The case list and its saved views"));
    m_processingRegisterAction->setText(tr("&Processing register"));
    m_processingRegisterAction->setToolTip(tr("The organisations' processing activities (GDPR Art. 30)"));
    m_subjectsAction->setText(tr("&Data subjects and holdings"));
    m_subjectsAction->setToolTip(
        m_canViewCases ? tr("What the organisations hold about each data subject")
                       : tr("Needs the role %1.").arg(Permissions::rolesAllowedTo(Permission::ViewCases)));
    m_gallringAction->setText(tr("&Gallring list"));
    m_gallringAction->setToolTip(
        m_canViewCases ? tr("Holdings past their retain-until date")
                       : tr("Needs the role %1.").arg(Permissions::rolesAllowedTo(Permission::ViewCases)));
    m_aboutAction->setText(tr("&About DSAR Desk"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_swedishAction->setChecked(m_languages.language() == LanguageManager::Language::Swedish);
    m_englishAction->setChecked(m_languages.language() == LanguageManager::Language::English);

    m_clockBanner->setAccessibleName(tr("Training date notice"));
    m_emptyNotice->setAccessibleName(tr("Database notice"));
    m_databaseLabel->setAccessibleName(tr("Database file"));
    m_countsLabel->setAccessibleName(tr("Number of cases"));
    const Actor& actor = m_session.actor();
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(actor.userName, Roles::label(actor.role)));
    m_userLabel->setAccessibleName(tr("Signed-in user"));

    // Labels, headers and dates come from the model in the new language and locale. The first call is the
    // constructor's, and the model has just loaded itself: a second load of 100,000 cases doubled the start.
    if (m_canViewCases && m_retranslatedOnce)
        m_casesPage->model()->reload();
    m_retranslatedOnce = true;
    updateNotices();
    updateStatusBar();
}

void MainWindow::refresh()
{
    if (m_canViewCases)
        m_casesPage->model()->reload();
    updateNotices();
    updateStatusBar();
}

void MainWindow::updateNotices()
{
    const Clock& clock = m_session.clock();
    m_clockBanner->setVisible(clock.isOverridden());
    if (clock.isOverridden()) {
        m_clockBanner->setText(tr("Training/what-if date: today is treated as %1 (DSAR_TODAY)")
                                   .arg(DisplayFormat::longDate(clock.today())));
    }

    Result<QList<ControllerRecord>> controllers = m_session.controllers().all();
    m_hasOrganisations = controllers && !controllers->isEmpty();
    m_registerAction->setEnabled(m_canRegister && m_hasOrganisations);
    QStringList notices;
    if (!m_canViewCases) {
        const Actor& actor = m_session.actor();
        notices << tr("You are signed in as %1 with the role %2, which does not include case work: viewing and "
                      "registering cases needs the role %3. Administrators manage staff accounts and organisations "
                      "with dsarctl (dsarctl user, dsarctl controller).")
                       .arg(actor.userName, Roles::label(actor.role),
                            Permissions::rolesAllowedTo(Permission::ViewCases));
    }
    if (const QString organisations = organisationNotice(controllers); !organisations.isEmpty())
        notices << organisations;
    if (m_canViewCases && !m_casesPage->model()->lastError().isEmpty())
        notices << tr("The cases could not be loaded: %1").arg(m_casesPage->model()->lastError());
    const QString notice = notices.join(QStringLiteral("\n\n"));
    m_emptyNotice->setText(notice);
    m_emptyNotice->setVisible(!notice.isEmpty());
}

QString MainWindow::organisationNotice(const Result<QList<ControllerRecord>>& controllers) const
{
    if (!controllers)
        return tr("The organisations could not be read: %1").arg(controllers.error());
    if (!controllers->isEmpty())
        return {};
    // A new database has its accounts but no organisations; requests are registered for an organisation.
    if (Permissions::allows(m_session.actor().role, Permission::ManageRegister)) {
        return tr("This database has no organisations yet, so no request can be registered. Add each organisation "
                  "whose requests you handle with:\n"
                  "dsarctl --db \"%1\" --user %2 controller add --name \"NAME\"\n"
                  "then press F5 to refresh.")
            .arg(QDir::toNativeSeparators(m_session.database().path()), m_session.actor().userName);
    }
    return tr("This database has no organisations yet, so no request can be registered. Ask an administrator to add "
              "them (dsarctl controller add), then press F5 to refresh.");
}

void MainWindow::updateCounts()
{
    // Counts over the first screen's cases alone would mislead: none until every case is read.
    m_viewCounts = m_canViewCases && m_casesPage->model()->isComplete() ? m_casesPage->proxy()->viewCounts()
                                                                        : QHash<CaseView, int>();
    m_navigation->setCounts(m_viewCounts);
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session.database().path())));
    if (m_canViewCases && !m_casesPage->model()->isComplete()) {
        m_countsLabel->setText(tr("Reading the cases…"));
        return;
    }
    const int total = m_casesPage->model()->rowCount();
    const int overdue = m_viewCounts.value(CaseView::Overdue);
    const int shown = m_casesPage->proxy()->rowCount();
    const QString cases
        = shown == total ? tr("%n case(s)", nullptr, total) : tr("%1 of %n case(s) shown", nullptr, total).arg(shown);
    m_countsLabel->setText(tr("%1, %2", "cases, overdue").arg(cases, tr("%n overdue", nullptr, overdue)));
}

void MainWindow::registerRequest()
{
    if (!m_canRegister || !m_hasOrganisations)
        return;
    auto* dialog = new RegisterRequestDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList references;
        for (const CaseRecord& record : dialog->openedCases())
            references << record.reference;
        selectCases(references);
        statusBar()->showMessage(tr("Registered %n case(s): %1", nullptr, static_cast<int>(references.size()))
                                     .arg(QLocale().createSeparatedList(references)));
    });
    dialog->open();
}

void MainWindow::selectCases(const QStringList& references)
{
    if (!showPlace(Place::Cases))
        return;
    m_casesPage->selectCases(references);
    raise();
    activateWindow();
}

void MainWindow::openCurrentCase()
{
    const QString reference = m_casesPage->currentReference();
    if (m_canViewCases && m_place == Place::Cases && !reference.isEmpty())
        openCase(reference);
}

void MainWindow::updateCaseActions()
{
    m_openCaseAction->setEnabled(m_canViewCases && m_place == Place::Cases
                                 && !m_casesPage->currentReference().isEmpty());
}

CaseWindow* MainWindow::openCase(const QString& reference)
{
    QPointer<CaseWindow>& window = m_caseWindows[reference];
    if (!window) {
        // The window reads the case afresh: another workstation may have changed it since the list was loaded.
        auto* opened = new CaseWindow(m_session, reference, this);
        if (!opened->loadError().isEmpty()) {
            QMessageBox::warning(this, tr("Case %1").arg(reference), opened->loadError());
            delete opened;
            m_caseWindows.remove(reference);
            return nullptr;
        }
        opened->setAttribute(Qt::WA_DeleteOnClose);
        window = opened;
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DSAR Desk"),
                       tr("<p><b>DSAR Desk %1</b></p>"
                          "<p>Registers data subject requests under the GDPR and keeps track of their deadlines.</p>"
                          "<p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QDir::toNativeSeparators(m_session.database().path()).toHtmlEscaped()));
}

void MainWindow::restoreWindowGeometry()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // First start: most of the screen, whatever its resolution and scaling; the table has nine columns.
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 9 / 10, available.height() * 4 / 5);
    }
    restoreState(settings.value(stateKey).toByteArray());
    findChild<QSplitter*>(QStringLiteral("workspaceSplitter"))->restoreState(settings.value(splitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The page and each open window first, so one with unsaved text can ask and keep the application open.
    if (!confirmLeavingPage()) {
        event->ignore();
        return;
    }
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() && child->isVisible() && !child->close()) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, findChild<QSplitter*>(QStringLiteral("workspaceSplitter"))->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace dsar
