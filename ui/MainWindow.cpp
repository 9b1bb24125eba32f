#include "MainWindow.h"

#include "CaseFilterBar.h"
#include "DaysLeftDelegate.h"
#include "DisplayFormat.h"
#include "LanguageManager.h"
#include "RegisterRequestDialog.h"
#include "ReminderBanner.h"
#include "cases/CaseWindow.h"
#include "dashboard/DashboardWindow.h"
#include "gallring/GallringWindow.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "register/RegisterWindow.h"
#include "services/Session.h"
#include "subjects/SubjectsWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
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
    m_model = new CaseListModel(m_session.cases(), this);
    m_proxy = new CaseFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

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

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusBar);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);

    retranslateUi(); // also loads the cases
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

    // Every role reads the processing register; the window itself offers editing to those who may.
    m_processingRegisterAction = new QAction(this);
    m_processingRegisterAction->setObjectName(QStringLiteral("actionProcessingRegister"));
    connect(m_processingRegisterAction, &QAction::triggered, this, &MainWindow::showProcessingRegister);
    // What is held about each subject, and what is past its retain-until date: for those who see cases.
    m_subjectsAction = new QAction(this);
    m_subjectsAction->setObjectName(QStringLiteral("actionSubjects"));
    m_subjectsAction->setEnabled(m_canViewCases);
    connect(m_subjectsAction, &QAction::triggered, this, [this] { showWindowOnce(m_subjectsWindow); });
    m_gallringAction = new QAction(this);
    m_gallringAction->setObjectName(QStringLiteral("actionGallring"));
    m_gallringAction->setEnabled(m_canViewCases);
    connect(m_gallringAction, &QAction::triggered, this, [this] { showWindowOnce(m_gallringWindow); });

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
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    // Issue 7 item 2: the DPO's deadline dashboard, one window (kept when closed), raised when asked for again.
    QAction* dashboardAction = DashboardWindow::createOpenAction(this);
    dashboardAction->setEnabled(m_canViewCases);
    connect(dashboardAction, &QAction::triggered, this, [this] {
        auto* dashboard = findChild<DashboardWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (!dashboard) {
            dashboard = new DashboardWindow(m_session, this);
            const auto showHere = [this](const QStringList& references) {
                selectCases(references);
                raise();
                activateWindow();
            };
            connect(dashboard, &DashboardWindow::showCases, this, showHere);
            connect(dashboard, &DashboardWindow::openCaseList, this, [this, showHere](const QString& key) {
                m_filterBar->clearFilters();
                const QString code = key.section(QLatin1Char(':'), 1);
                const auto choose = [this, &code](const QString& name) {
                    auto* combo = m_filterBar->findChild<QComboBox*>(name);
                    combo->setCurrentIndex(std::max(0, combo->findData(code)));
                };
                if (key == DashboardWindow::overdueKey())
                    m_filterBar->findChild<QCheckBox*>(QStringLiteral("overdueOnlyFilter"))->setChecked(true);
                else if (key.startsWith(QStringLiteral("status:")))
                    choose(QStringLiteral("statusFilter"));
                else if (key.startsWith(QStringLiteral("right:")))
                    choose(QStringLiteral("rightFilter"));
                if (key != DashboardWindow::openKey() && key != DashboardWindow::dueWithin7DaysKey()) {
                    raise(); // the filter shows them
                    activateWindow();
                    return;
                }
                // The filter bar cannot say "open" or "due within 7 days": those cases are selected instead,
                // by the model's own open flag and days left (as DaysLeftDelegate marks them due soon).
                QStringList references;
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    const QModelIndex index = m_model->index(row, 0);
                    const int daysLeft = index.data(CaseListModel::DaysLeftRole).toInt();
                    if (index.data(CaseListModel::IsOpenRole).toBool()
                        && (key == DashboardWindow::openKey()
                            || (key == DashboardWindow::dueWithin7DaysKey() && daysLeft >= 0
                                && daysLeft <= DaysLeftDelegate::soonDays)))
                        references << index.data(CaseListModel::ReferenceRole).toString();
                }
                showHere(references);
            });
        }
        dashboard->show();
        dashboard->raise();
        dashboard->activateWindow();
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(dashboardAction);
    m_registerMenu = menuBar()->addMenu(QString());
    m_registerMenu->addAction(m_processingRegisterAction);
    m_registerMenu->addAction(m_subjectsAction);
    m_registerMenu->addAction(m_gallringAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_swedishAction);
    m_languageMenu->addAction(m_englishAction);
    m_helpMenu = menuBar()->addMenu(QString());
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

    m_filterBar = new CaseFilterBar(*m_proxy, central);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(CaseListModel::DaysLeftColumn, new DaysLeftDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table instead of walking its cells; arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::DueColumn, Qt::AscendingOrder);
    // Enter and double-click both emit activated().
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCase(index.data(CaseListModel::ReferenceRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateCaseActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCaseActions);
    connect(m_findAction, &QAction::triggered, m_filterBar, &CaseFilterBar::focusSearch);

    // Issue 7 item 3: the deadlines to remind of, from start-up on, for those who work cases.
    auto* reminders = new ReminderBanner(m_session, central);
    reminders->hide();
    connect(reminders, &ReminderBanner::showCases, this, &MainWindow::selectCases);
    if (m_canViewCases)
        QTimer::singleShot(0, reminders, &ReminderBanner::refresh);

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_clockBanner);
    layout->addWidget(reminders);
    layout->addWidget(m_emptyNotice);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    // Takes the room of the list when the role sees no cases, so the notice stays at the top.
    layout->addStretch(0);
    setCentralWidget(central);
    // A role without case work sees the notice that says so, not an empty list or a refusal.
    m_filterBar->setVisible(m_canViewCases);
    m_table->setVisible(m_canViewCases);
    m_findAction->setEnabled(m_canViewCases);
    setTabOrder(m_filterBar, m_table);
    // The reminder's buttons come after the list: Tab from the search still reaches the filters first.
    auto* showReminded = reminders->findChild<QPushButton*>(QStringLiteral("showRemindedCasesButton"));
    setTabOrder(m_table, showReminded);
    setTabOrder(showReminded, reminders->findChild<QPushButton*>(QStringLiteral("dismissReminderButton")));
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
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_registerMenu->setTitle(tr("Re&gister"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    m_registerAction->setText(tr("&Register request…"));
    m_registerAction->setToolTip(
        m_canRegister
            ? tr("Register a new request from a data subject (Ctrl+N)")
            : tr("Registering a request needs the role %1.").arg(rolesAllowedTo(Permission::RegisterRequest)));
    m_openCaseAction->setText(tr("&Open case"));
    m_openCaseAction->setToolTip(tr("Open the selected case to work on it (Ctrl+O, or Enter in the list)"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find cases"));
    m_processingRegisterAction->setText(tr("&Processing register…"));
    m_processingRegisterAction->setToolTip(tr("The organisations' processing activities (GDPR Art. 30)"));
    m_subjectsAction->setText(tr("&Data subjects and holdings…"));
    m_subjectsAction->setToolTip(m_canViewCases ? tr("What the organisations hold about each data subject")
                                                : tr("Needs the role %1.").arg(rolesAllowedTo(Permission::ViewCases)));
    m_gallringAction->setText(tr("&Gallring list…"));
    m_gallringAction->setToolTip(m_canViewCases ? tr("Holdings past their retain-until date")
                                                : tr("Needs the role %1.").arg(rolesAllowedTo(Permission::ViewCases)));
    m_aboutAction->setText(tr("&About DSAR Desk"));
    m_swedishAction->setChecked(m_languages.language() == LanguageManager::Language::Swedish);
    m_englishAction->setChecked(m_languages.language() == LanguageManager::Language::English);

    m_table->setAccessibleName(tr("Cases"));
    m_table->setAccessibleDescription(tr("Press Enter to open the selected case."));
    m_clockBanner->setAccessibleName(tr("Training date notice"));
    m_emptyNotice->setAccessibleName(tr("Database notice"));
    m_databaseLabel->setAccessibleName(tr("Database file"));
    m_countsLabel->setAccessibleName(tr("Number of cases"));
    const Actor& actor = m_session.actor();
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(actor.userName, Roles::label(actor.role)));
    m_userLabel->setAccessibleName(tr("Signed-in user"));

    // Labels, headers and dates come from the model in the new language and locale.
    if (m_canViewCases)
        m_model->reload();
    updateNotices();
    updateStatusBar();
}

void MainWindow::refresh()
{
    if (m_canViewCases)
        m_model->reload();
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
                       .arg(actor.userName, Roles::label(actor.role), rolesAllowedTo(Permission::ViewCases));
    }
    if (const QString organisations = organisationNotice(controllers); !organisations.isEmpty())
        notices << organisations;
    if (m_canViewCases && !m_model->lastError().isEmpty())
        notices << tr("The cases could not be loaded: %1").arg(m_model->lastError());
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

QString MainWindow::rolesAllowedTo(Permission permission) const
{
    QStringList roles;
    for (Role role : Roles::all()) {
        if (Permissions::allows(role, permission))
            roles << Roles::code(role);
    }
    return roles.join(tr(" or "));
}

void MainWindow::updateStatusBar()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session.database().path())));
    const int total = m_model->rowCount();
    int overdue = 0;
    for (int row = 0; row < total; ++row) {
        if (m_model->index(row, 0).data(CaseListModel::IsOverdueRole).toBool())
            ++overdue;
    }
    const int shown = m_proxy->rowCount();
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
    const auto findRows = [this, &references] {
        QList<int> rows;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (references.contains(m_proxy->index(row, 0).data(CaseListModel::ReferenceRole).toString()))
                rows << row;
        }
        return rows;
    };
    QList<int> rows = findRows();
    if (rows.size() < references.size()) {
        m_filterBar->clearFilters();
        rows = findRows();
    }
    QItemSelectionModel* selection = m_table->selectionModel();
    selection->clearSelection();
    for (int row : std::as_const(rows))
        selection->select(m_proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!rows.isEmpty()) {
        const QModelIndex first = m_proxy->index(rows.first(), 0);
        selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
        m_table->setFocus();
    }
}

void MainWindow::openCurrentCase()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_canViewCases && current.isValid())
        openCase(current.data(CaseListModel::ReferenceRole).toString());
}

void MainWindow::updateCaseActions()
{
    m_openCaseAction->setEnabled(m_canViewCases && m_table->currentIndex().isValid());
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

void MainWindow::showProcessingRegister()
{
    if (!m_registerWindow) {
        m_registerWindow = new RegisterWindow(m_session, this);
        m_registerWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_registerWindow, &RegisterWindow::organisationsChanged, this, &MainWindow::refresh);
    }
    m_registerWindow->show();
    m_registerWindow->raise();
    m_registerWindow->activateWindow();
}

template <typename Window>
void MainWindow::showWindowOnce(QPointer<Window>& window)
{
    if (!window) {
        window = new Window(m_session, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
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
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Each open window first, so one with unsaved text can ask and keep the application open.
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() && child->isVisible() && !child->close()) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace dsar
