#include "CaseHistoryView.h"
#include "DaysLeftDelegate.h"
#include "DisplayFormat.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PdfLetterRenderer.h"
#include "RegisterRequestDialog.h"
#include "TestSession.h"
#include "cases/CaseWindow.h"
#include "common/Clock.h"
#include "models/CaseListModel.h"
#include "services/DemoData.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dsar;

// The case list as a user sees it, over the demonstration data and a fixed date, signed in as a
// demonstration account; the role tests use a TestSession of that role instead.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2027, 3, 10), QTime(11, 0), Qt::UTC); }

    // The demonstration data, signed in as its account `user` (password "<user>-demo").
    void openDemoSession(const Clock& clock, const QString& user = QStringLiteral("handlaggare"));
    // An empty database (no organisations) signed in with `role`.
    void openTestSession(Role role);
    Session& session() const { return m_testSession ? *m_testSession->session : *m_session; }
    std::unique_ptr<MainWindow> showWindow();
    QLabel* notice() const { return child<QLabel>(m_window.get(), QStringLiteral("emptyDatabaseNotice")); }
    QAction* registerAction() const { return child<QAction>(m_window.get(), QStringLiteral("actionRegisterRequest")); }
    template <typename T>
    static T* child(QWidget* parent, const QString& name);
    QTableView* table() const { return child<QTableView>(m_window.get(), QStringLiteral("caseTable")); }
    // Presses Enter on the first case in `status` and returns its window.
    CaseWindow* openFirstCaseIn(CaseStatus status);
    QAbstractItemModel* rows() const { return table()->model(); }
    int overdueCount() const;
    QStringList column(int column, int role = Qt::DisplayRole) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<test::TestSession> m_testSession;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelsPassTheModelTester();
    void rowsAppear();
    void statusBarShowsPathAndCounts();
    void statusBarShowsSignedInUser();
    void registerActionFollowsRole_data();
    void registerActionFollowsRole();
    void adminSeesANoticeInsteadOfCases();
    void filterByRight();
    void filterByStatus();
    void overdueOnly();
    void searchNarrowsRows_data();
    void searchNarrowsRows();
    void ctrlFFocusesSearch();
    void tabOrderReachesTheTable();
    void sortedByDueAndHeaderClickReverses();
    void daysLeftUrgency();
    void noBannerWithRealDate();
    void bannerWhenDateOverridden();
    void emptyDatabaseExplainsWhatToDo_data();
    void emptyDatabaseExplainsWhatToDo();
    void enterOpensTheCaseWindow();
    void openCaseActionFollowsTheCurrentCase();
    void caseWindowShowsHistory();
    void caseWindowShowsAStoppedClock();
    void closingAsksAboutTextInACaseWindow();
    void historyLabelsActions_data();
    void historyLabelsActions();
    void registeringSelectsNewCases();
    void languageSwitchRetranslates();
    void geometryIsRemembered();
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Never read or write the tester's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(LanguageManager::Language::English);
    m_clock = std::make_unique<FixedClock>(now());
    openDemoSession(*m_clock);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_testSession.reset();
    m_clock.reset();
    m_languages.reset();
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::openDemoSession(const Clock& clock, const QString& user)
{
    m_window.reset();
    m_session.reset();
    m_testSession.reset();
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.error()));
    Status populated = DemoData::populate(*db.value(), clock, PdfLetterRenderer());
    QVERIFY2(populated, qPrintable(populated.error()));
    Result<std::unique_ptr<Session>> signedIn
        = Session::login(std::move(db).value(), clock, user, user + QStringLiteral("-demo"));
    QVERIFY2(signedIn, qPrintable(signedIn.error()));
    m_session = std::move(signedIn).value();
}

void TestMainWindow::openTestSession(Role role)
{
    m_window.reset();
    m_session.reset();
    m_testSession = std::make_unique<test::TestSession>(now(), role);
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow()
{
    auto window = std::make_unique<MainWindow>(session(), *m_languages);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active; keyboard tests may fail");
    // The list reads the first screen's cases at once and the rest after its first paint (issue 7 item 8).
    if (auto* cases = window->findChild<CaseListModel*>();
        cases && !QTest::qWaitFor([cases] { return cases->isComplete(); }))
        qWarning("the case list did not read every case");
    return window;
}

template <typename T>
T* TestMainWindow::child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

int TestMainWindow::overdueCount() const
{
    CaseFilter filter;
    filter.overdueOn = session().cases().today();
    Result<QList<CaseRecord>> overdue = session().cases().list(filter);
    return overdue ? static_cast<int>(overdue->size()) : -1;
}

QStringList TestMainWindow::column(int column, int role) const
{
    QStringList values;
    for (int row = 0; row < rows()->rowCount(); ++row)
        values << rows()->index(row, column).data(role).toString();
    return values;
}

void TestMainWindow::modelsPassTheModelTester()
{
    m_window = showWindow();
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(rows());
    QVERIFY(proxy);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Exercise them through the UI: filter, search, sort, reload.
    child<QCheckBox>(m_window.get(), QStringLiteral("overdueOnlyFilter"))->setChecked(true);
    child<QCheckBox>(m_window.get(), QStringLiteral("overdueOnlyFilter"))->setChecked(false);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), QStringLiteral("searchFilter")), QStringLiteral("Almi"));
    table()->sortByColumn(CaseListModel::ReferenceColumn, Qt::DescendingOrder);
    child<QAction>(m_window.get(), QStringLiteral("actionRefresh"))->trigger();
}

void TestMainWindow::rowsAppear()
{
    m_window = showWindow();
    Result<QList<CaseRecord>> cases = session().cases().list();
    QVERIFY(cases);
    QVERIFY(!cases->isEmpty());
    QCOMPARE(rows()->rowCount(), cases->size());
    QCOMPARE(rows()->columnCount(), int(CaseListModel::ColumnCount));
    QStringList references;
    for (const CaseRecord& record : cases.value())
        references << record.reference;
    QStringList shown = column(CaseListModel::ReferenceColumn);
    shown.sort();
    references.sort();
    QCOMPARE(shown, references);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("DSAR Desk"));
}

void TestMainWindow::statusBarShowsPathAndCounts()
{
    m_window = showWindow();
    QVERIFY(
        child<QLabel>(m_window.get(), QStringLiteral("databaseLabel"))->text().contains(QStringLiteral(":memory:")));
    const QString counts = child<QLabel>(m_window.get(), QStringLiteral("countsLabel"))->text();
    QVERIFY2(counts.startsWith(QString::number(rows()->rowCount()) + QLatin1Char(' ')), qPrintable(counts));
    QVERIFY2(counts.contains(QString::number(overdueCount()) + QStringLiteral(" overdue")), qPrintable(counts));
}

void TestMainWindow::filterByRight()
{
    m_window = showWindow();
    const int all = rows()->rowCount();
    auto* combo = child<QComboBox>(m_window.get(), QStringLiteral("rightFilter"));
    QCOMPARE(combo->count(), RequestRights::all().size() + 1);
    combo->setCurrentIndex(combo->findData(RequestRights::code(RequestRight::Erasure)));

    CaseFilter filter;
    filter.right = RequestRight::Erasure;
    QCOMPARE(rows()->rowCount(), session().cases().list(filter)->size());
    QVERIFY(rows()->rowCount() > 0 && rows()->rowCount() < all);
    for (const QString& right : column(0, CaseListModel::RightCodeRole))
        QCOMPARE(right, QStringLiteral("erasure"));
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("countsLabel"))->text().contains(QString::number(all)));

    combo->setCurrentIndex(0);
    QCOMPARE(rows()->rowCount(), all);
}

void TestMainWindow::filterByStatus()
{
    m_window = showWindow();
    const int all = rows()->rowCount();
    auto* combo = child<QComboBox>(m_window.get(), QStringLiteral("statusFilter"));
    QCOMPARE(combo->count(), CaseStatuses::all().size() + 1);
    // The demonstration cases stand in every status of the workflow.
    QMap<QString, int> perStatus;
    for (const QString& code : column(0, CaseListModel::StatusCodeRole))
        ++perStatus[code];
    QCOMPARE(perStatus.size(), CaseStatuses::all().size());
    for (CaseStatus status : { CaseStatus::Received, CaseStatus::Closed, CaseStatus::DecisionApproved }) {
        combo->setCurrentIndex(combo->findData(CaseStatuses::code(status)));
        QCOMPARE(rows()->rowCount(), perStatus.value(CaseStatuses::code(status)));
        for (const QString& code : column(0, CaseListModel::StatusCodeRole))
            QCOMPARE(code, CaseStatuses::code(status));
    }
    combo->setCurrentIndex(0);
    QCOMPARE(rows()->rowCount(), all);
}

void TestMainWindow::overdueOnly()
{
    m_window = showWindow();
    const int all = rows()->rowCount();
    auto* overdue = child<QCheckBox>(m_window.get(), QStringLiteral("overdueOnlyFilter"));
    QTest::mouseClick(overdue, Qt::LeftButton, {}, overdue->rect().center());
    QVERIFY(overdue->isChecked());
    QVERIFY(overdueCount() > 0);
    QCOMPARE(rows()->rowCount(), overdueCount());
    for (const QString& flag : column(0, CaseListModel::IsOverdueRole))
        QCOMPARE(flag, QStringLiteral("true"));
    QTest::mouseClick(overdue, Qt::LeftButton, {}, overdue->rect().center());
    QCOMPARE(rows()->rowCount(), all);
}

void TestMainWindow::searchNarrowsRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("searchedColumn");
    QTest::newRow("subject") << "tolvan" << int(CaseListModel::SubjectColumn);
    QTest::newRow("organisation") << "Assessio" << int(CaseListModel::ControllerColumn);
    QTest::newRow("reference") << "-00003" << int(CaseListModel::ReferenceColumn);
}

void TestMainWindow::searchNarrowsRows()
{
    QFETCH(QString, typed);
    QFETCH(int, searchedColumn);
    m_window = showWindow();
    const int all = rows()->rowCount();
    auto* search = child<QLineEdit>(m_window.get(), QStringLiteral("searchFilter"));
    QTest::keyClicks(search, typed);
    QVERIFY(rows()->rowCount() > 0);
    QVERIFY(rows()->rowCount() < all);
    for (const QString& value : column(searchedColumn))
        QVERIFY2(value.contains(typed, Qt::CaseInsensitive), qPrintable(value));
    search->clear();
    QCOMPARE(rows()->rowCount(), all);
}

void TestMainWindow::ctrlFFocusesSearch()
{
    m_window = showWindow();
    table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(m_window.get(), QStringLiteral("searchFilter")));
}

void TestMainWindow::tabOrderReachesTheTable()
{
    m_window = showWindow();
    child<QComboBox>(m_window.get(), QStringLiteral("statusFilter"))->setFocus();
    QStringList visited;
    for (int i = 0; i < 5; ++i) {
        visited << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected { QStringLiteral("statusFilter"), QStringLiteral("rightFilter"),
                                 QStringLiteral("overdueOnlyFilter"), QStringLiteral("searchFilter"),
                                 QStringLiteral("caseTable") };
    QCOMPARE(visited, expected);
    // Tab leaves the table instead of walking its cells: to the reminder's buttons when one is shown (issue 7 item
    // 3; the test data have overdue cases), and from them to the navigation and back to the filters.
    if (child<QWidget>(m_window.get(), QStringLiteral("reminderBanner"))->isVisible()) {
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("showRemindedCasesButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("dismissReminderButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("navigationTree"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("statusFilter"));
}

void TestMainWindow::sortedByDueAndHeaderClickReverses()
{
    m_window = showWindow();
    const auto dueDates = [this] {
        QList<QDate> dates;
        for (int row = 0; row < rows()->rowCount(); ++row)
            dates << rows()->index(row, CaseListModel::DueColumn).data(CaseListModel::SortRole).toDate();
        return dates;
    };
    QList<QDate> dates = dueDates();
    QVERIFY(std::is_sorted(dates.begin(), dates.end()));
    QVERIFY(dates.first() < dates.last());
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(CaseListModel::DueColumn));

    QHeaderView* header = table()->horizontalHeader();
    const QPoint dueHeader(header->sectionViewportPosition(CaseListModel::DueColumn)
                               + header->sectionSize(CaseListModel::DueColumn) / 2,
                           header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, dueHeader);
    dates = dueDates();
    QVERIFY(std::is_sorted(dates.rbegin(), dates.rend()));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::daysLeftUrgency()
{
    m_window = showWindow();
    QVERIFY(qobject_cast<DaysLeftDelegate*>(table()->itemDelegateForColumn(CaseListModel::DaysLeftColumn)));
    bool sawOverdue = false;
    for (int row = 0; row < rows()->rowCount(); ++row) {
        const QModelIndex index = rows()->index(row, CaseListModel::DaysLeftColumn);
        const int days = index.data(CaseListModel::DaysLeftRole).toInt();
        const bool open = index.data(CaseListModel::IsOpenRole).toBool();
        const DaysLeftDelegate::Urgency expected = !open ? DaysLeftDelegate::Urgency::Closed
            : days < 0                                   ? DaysLeftDelegate::Urgency::Overdue
            : days <= DaysLeftDelegate::soonDays         ? DaysLeftDelegate::Urgency::Soon
                                                         : DaysLeftDelegate::Urgency::Normal;
        QCOMPARE(DaysLeftDelegate::urgencyOf(index), expected);
        // Colour never stands alone: the cell has text.
        QVERIFY(!index.data().toString().isEmpty());
        sawOverdue = sawOverdue || expected == DaysLeftDelegate::Urgency::Overdue;
    }
    QVERIFY(sawOverdue);
    // Painting must not crash and uses the delegate.
    QVERIFY(!m_window->grab().isNull());
}

void TestMainWindow::noBannerWithRealDate()
{
    m_window = showWindow();
    QVERIFY(!child<QLabel>(m_window.get(), QStringLiteral("clockBanner"))->isVisible());
}

void TestMainWindow::bannerWhenDateOverridden()
{
    OverriddenDateClock training(QDate(2027, 3, 10));
    openDemoSession(training);
    m_window = showWindow();
    auto* banner = child<QLabel>(m_window.get(), QStringLiteral("clockBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("DSAR_TODAY")));
    QVERIFY2(banner->text().contains(QLocale().toString(QDate(2027, 3, 10), QLocale::LongFormat)),
             qPrintable(banner->text()));
    m_window.reset();
    m_session.reset(); // before `training` goes out of scope
}

void TestMainWindow::emptyDatabaseExplainsWhatToDo_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("advice");
    // The administrator adds organisations; everyone else is told to ask for them.
    QTest::newRow("admin") << Role::Admin << "--user admin controller add --name";
    QTest::newRow("handlaggare") << Role::Handlaggare << "Ask an administrator";
}

void TestMainWindow::emptyDatabaseExplainsWhatToDo()
{
    QFETCH(Role, role);
    QFETCH(QString, advice);
    openTestSession(role);
    m_window = showWindow();
    QVERIFY(notice()->isVisible());
    QVERIFY2(notice()->text().contains(QStringLiteral("no organisations yet")), qPrintable(notice()->text()));
    QVERIFY2(notice()->text().contains(advice), qPrintable(notice()->text()));
    QVERIFY2(!notice()->text().contains(QStringLiteral("init --demo")), qPrintable(notice()->text()));
    QVERIFY(!registerAction()->isEnabled());
    QCOMPARE(rows()->rowCount(), 0);
}

void TestMainWindow::statusBarShowsSignedInUser()
{
    openDemoSession(*m_clock, QStringLiteral("dpo"));
    m_window = showWindow();
    auto* user = child<QLabel>(m_window.get(), QStringLiteral("userLabel"));
    QCOMPARE(user->text(), QStringLiteral("Signed in as dpo (Data protection officer)"));
    // A status message does not hide who is signed in.
    m_window->statusBar()->showMessage(QStringLiteral("Something happened"));
    QVERIFY(user->isVisible());
}

void TestMainWindow::registerActionFollowsRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("admin") << Role::Admin << false;
    QTest::newRow("handlaggare") << Role::Handlaggare << true;
    QTest::newRow("dpo") << Role::Dpo << true;
}

void TestMainWindow::registerActionFollowsRole()
{
    QFETCH(Role, role);
    QFETCH(bool, enabled);
    openTestSession(role);
    m_testSession->addController();
    m_window = showWindow();
    QCOMPARE(registerAction()->isEnabled(), enabled);
    if (!enabled) {
        QVERIFY2(registerAction()->toolTip().contains(QStringLiteral("handlaggare or dpo")),
                 qPrintable(registerAction()->toolTip()));
        // The shortcut does nothing either.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!m_window->findChild<RegisterRequestDialog*>());
    }
}

void TestMainWindow::adminSeesANoticeInsteadOfCases()
{
    openTestSession(Role::Admin);
    m_testSession->addController();
    m_window = showWindow();
    const QString text = notice()->text();
    QVERIFY(notice()->isVisible());
    QVERIFY2(text.contains(QStringLiteral("handlaggare or dpo")), qPrintable(text));
    // Calm: no refusal or load error, and no empty list to puzzle over.
    QVERIFY2(!text.contains(QStringLiteral("Refused")) && !text.contains(QStringLiteral("could not")),
             qPrintable(text));
    QVERIFY(!table()->isVisible());
    QVERIFY(!child<QWidget>(m_window.get(), QStringLiteral("filterBar"))->isVisible());
    QVERIFY(!child<QAction>(m_window.get(), QStringLiteral("actionFind"))->isEnabled());
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("userLabel"))->text(),
             QStringLiteral("Signed in as admin (%1)").arg(Roles::label(Role::Admin)));
    child<QAction>(m_window.get(), QStringLiteral("actionRefresh"))->trigger();
    QCOMPARE(notice()->text(), text);
}

CaseWindow* TestMainWindow::openFirstCaseIn(CaseStatus status)
{
    for (int row = 0; row < rows()->rowCount(); ++row) {
        const QModelIndex index = rows()->index(row, 0);
        if (index.data(CaseListModel::StatusCodeRole) == CaseStatuses::code(status)) {
            table()->setFocus();
            table()->setCurrentIndex(index);
            QTest::keyClick(table(), Qt::Key_Return);
            return m_window->findChild<CaseWindow*>();
        }
    }
    return nullptr;
}

void TestMainWindow::enterOpensTheCaseWindow()
{
    m_window = showWindow();
    // Find a case of a request with two rights: its window lists the other case.
    const QStringList references = column(CaseListModel::ReferenceColumn);
    int row = -1;
    CaseRecord expected;
    for (int i = 0; i < references.size() && row < 0; ++i) {
        Result<CaseRecord> record = session().cases().byReference(references.at(i));
        QVERIFY(record);
        if (!record->linkedReferences.isEmpty()) {
            row = i;
            expected = record.value();
        }
    }
    QVERIFY(row >= 0);
    table()->setFocus();
    table()->setCurrentIndex(rows()->index(row, 0));
    QTest::keyClick(table(), Qt::Key_Return);

    auto* window = m_window->findChild<CaseWindow*>();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->reference(), expected.reference);
    QCOMPARE(child<QLabel>(window, QStringLiteral("caseReference"))->text(), expected.reference);
    QCOMPARE(child<QLabel>(window, QStringLiteral("caseLinked"))->text(), expected.linkedReferences.first());
    QVERIFY(child<QLabel>(window, QStringLiteral("caseDue"))->text().contains(QString::number(expected.due.year())));

    // One window per case: asked for again, the same one is raised.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(m_window->findChildren<CaseWindow*>().size(), 1);
    // Another case gets its own.
    table()->setCurrentIndex(rows()->index(row == 0 ? 1 : 0, 0));
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(m_window->findChildren<CaseWindow*>().size(), 2);

    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(m_window->findChildren<CaseWindow*>().size(), 1);
}

void TestMainWindow::openCaseActionFollowsTheCurrentCase()
{
    m_window = showWindow();
    auto* open = child<QAction>(m_window.get(), QStringLiteral("actionOpenCase"));
    table()->setCurrentIndex(QModelIndex());
    QVERIFY(!open->isEnabled());
    table()->setFocus();
    table()->setCurrentIndex(rows()->index(0, 0));
    QVERIFY(open->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    auto* window = m_window->findChild<CaseWindow*>();
    QVERIFY(window);
    QCOMPARE(window->reference(), rows()->index(0, 0).data(CaseListModel::ReferenceRole).toString());
}

void TestMainWindow::caseWindowShowsHistory()
{
    m_window = showWindow();
    // A case just received: its history has the one event of its opening.
    CaseWindow* window = openFirstCaseIn(CaseStatus::Received);
    QVERIFY(window);
    Result<CaseRecord> record = session().cases().byReference(window->reference());
    QVERIFY(record);
    auto* history = child<CaseHistoryView>(window, QStringLiteral("caseHistory"));
    QCOMPARE(history->rowCount(), 1);
    const auto cell = [history](int column) {
        return history->item(0, column)->text();
    };
    QCOMPARE(cell(CaseHistoryView::ActionColumn), QStringLiteral("Case opened"));
    // The demonstration requests were registered by the case handler.
    QCOMPARE(cell(CaseHistoryView::ActorColumn), QStringLiteral("handlaggare"));
    QVERIFY2(cell(CaseHistoryView::SummaryColumn).contains(record->reference),
             qPrintable(cell(CaseHistoryView::SummaryColumn)));
    QCOMPARE(cell(CaseHistoryView::TimeColumn), DisplayFormat::stockholmTimestamp(record->registeredAt));
    QVERIFY(!child<QLabel>(window, QStringLiteral("historyProblem"))->isVisible());
}

void TestMainWindow::caseWindowShowsAStoppedClock()
{
    m_window = showWindow();
    // The demo case waiting for the subject's identity: its clock is stopped (LEGAL.md 1.1 item 7).
    CaseWindow* window = openFirstCaseIn(CaseStatus::AwaitingIdentification);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto* clock = child<QLabel>(window, QStringLiteral("caseClockStopped"));
    QVERIFY(clock->isVisible());
    QCOMPARE(clock->text(), QStringLiteral("Stopped until the subject answers"));
}

void TestMainWindow::closingAsksAboutTextInACaseWindow()
{
    m_window = showWindow();
    CaseWindow* window = openFirstCaseIn(CaseStatus::InProgress);
    QVERIFY(window);
    QTest::keyClicks(child<QPlainTextEdit>(window, QStringLiteral("noteTextEdit")), QStringLiteral("Utkast"));
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("unsavedTextConfirmation"))
            return;
        asked = true;
        box->findChild<QPushButton*>(QStringLiteral("keepWritingButton"))->click();
    });
    // Keeping the text keeps the application open.
    QVERIFY(!m_window->close());
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());
    QVERIFY(window->isVisible());
    child<QPlainTextEdit>(window, QStringLiteral("noteTextEdit"))->clear();
    QVERIFY(m_window->close());
}

void TestMainWindow::historyLabelsActions_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::newRow("opened") << "case.opened"
                            << "Case opened";
    QTest::newRow("status changed") << "case.status_changed"
                                    << "Status changed";
    QTest::newRow("note added") << "case.note_added"
                                << "Note added";
    QTest::newRow("extension approved") << "case.extension_approved"
                                        << "Extension approved";
    QTest::newRow("unknown shown as is") << "case.something_new"
                                         << "case.something_new";
}

void TestMainWindow::historyLabelsActions()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QCOMPARE(CaseHistoryView::actionLabel(code), label);
}

void TestMainWindow::registeringSelectsNewCases()
{
    m_window = showWindow();
    // A filter that would hide the new cases is cleared to show them.
    QTest::keyClicks(child<QLineEdit>(m_window.get(), QStringLiteral("searchFilter")), QStringLiteral("Tolvan"));

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<RegisterRequestDialog*>());
    auto* dialog = m_window->findChild<RegisterRequestDialog*>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* organisation = child<QComboBox>(dialog, QStringLiteral("organisationCombo"));
    organisation->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("subjectName")), QStringLiteral("Nina Ny"));
    child<QCheckBox>(dialog, QStringLiteral("right_access"))->setChecked(true);
    child<QCheckBox>(dialog, QStringLiteral("right_erasure"))->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);

    QTRY_VERIFY(!m_window->findChild<RegisterRequestDialog*>());
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 2);
    QStringList references;
    for (const QModelIndex& index : selected) {
        QCOMPARE(index.siblingAtColumn(CaseListModel::SubjectColumn).data().toString(), QStringLiteral("Nina Ny"));
        references << index.data(CaseListModel::ReferenceRole).toString();
    }
    const QString message = m_window->statusBar()->currentMessage();
    for (const QString& reference : std::as_const(references))
        QVERIFY2(message.contains(reference), qPrintable(message));
    QVERIFY(child<QLineEdit>(m_window.get(), QStringLiteral("searchFilter"))->text().isEmpty());
}

void TestMainWindow::languageSwitchRetranslates()
{
    OverriddenDateClock training(QDate(2027, 3, 10));
    openDemoSession(training);
    m_window = showWindow();
    auto* swedish = child<QAction>(m_window.get(), QStringLiteral("actionSwedish"));
    auto* english = child<QAction>(m_window.get(), QStringLiteral("actionEnglish"));
    QVERIFY(english->isChecked());
    const QString englishHeader = rows()->headerData(CaseListModel::ReferenceColumn, Qt::Horizontal).toString();
    const QString englishAction = child<QAction>(m_window.get(), QStringLiteral("actionRegisterRequest"))->text();
    auto* banner = child<QLabel>(m_window.get(), QStringLiteral("clockBanner"));
    QVERIFY(banner->text().contains(QStringLiteral("March")));

    swedish->trigger();
    QVERIFY(swedish->isChecked());
    QCOMPARE(m_languages->language(), LanguageManager::Language::Swedish);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("sv"));
    // Even without a translation the window retranslates: the banner's date is now written in Swedish,
    // and the list shows ISO dates, the Swedish short format.
    QTRY_VERIFY2(banner->text().contains(QStringLiteral("onsdag 10 mars 2027")), qPrintable(banner->text()));
    const QModelIndex received = rows()->index(0, CaseListModel::ReceivedColumn);
    QCOMPARE(received.data().toString(), received.data(CaseListModel::SortRole).toDate().toString(Qt::ISODate));

    const bool translated = m_languages->hasAppTranslation();
    if (translated) {
        QVERIFY(child<QAction>(m_window.get(), QStringLiteral("actionRegisterRequest"))->text() != englishAction);
        QVERIFY(rows()->headerData(CaseListModel::ReferenceColumn, Qt::Horizontal).toString() != englishHeader);
    }
    english->trigger();
    QTRY_VERIFY(banner->text().contains(QStringLiteral("March")));
    QCOMPARE(child<QAction>(m_window.get(), QStringLiteral("actionRegisterRequest"))->text(), englishAction);
    QCOMPARE(rows()->headerData(CaseListModel::ReferenceColumn, Qt::Horizontal).toString(), englishHeader);
    m_window.reset();
    m_session.reset(); // before `training` goes out of scope
    if (!translated)
        QSKIP("translations/dsardesk_sv.ts has no translated messages yet; the texts themselves cannot change");
}
void TestMainWindow::geometryIsRemembered()
{
    m_window = showWindow();
    m_window->resize(900, 600);
    m_window->close();
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    m_window = showWindow();
    QCOMPARE(m_window->size(), QSize(900, 600));
}

QTEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
