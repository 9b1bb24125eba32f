// The DPO's deadline dashboard as the DPO sees it: the tiles show DashboardService's figures, the overdue one
// says in words that it is a breach, each figure leads to its cases, and the window follows case changes by itself.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSession.h"
#include "dashboard/DashboardWindow.h"
#include "dashboard/DeadlineChart.h"
#include "models/CaseListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dsar;

class TestDashboardWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tilesShowTheServiceFigures();
    void overdueIsABreachInWords();
    void figuresLeadToTheirCases();
    void followsCaseChangesByItself();
    void chartDescribesItsCounts();
    void theMainWindowOpensOneDashboardAndShowsItsCases();

private:
    QString open(QDate received);
    void show();
    FigureTile* tile(const QString& name) const
    {
        auto* found = m_window->findChild<FigureTile*>(name);
        if (!found)
            qFatal("no tile %s", qPrintable(name));
        return found;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<DashboardWindow> m_window;
    SubjectRecord m_subject;
    QString m_overdue;
};

void TestDashboardWindow::initTestCase()
{
    // Never read or write the tester's own settings.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestDashboardWindow::init()
{
    // Today is 10 March 2027.
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC));
    m_t->addController();
    m_subject = m_t->addSubject();
    m_overdue = open(QDate(2027, 1, 20)); // due in February
    open(QDate(2027, 2, 12)); // due in the coming week
    open(QDate(2027, 3, 5)); // due in April
}

void TestDashboardWindow::cleanup()
{
    m_window.reset();
    m_t.reset();
}

QString TestDashboardWindow::open(QDate received)
{
    OpenRequest request;
    request.subjectId = m_subject.id;
    request.rights = { RequestRight::Access };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = m_t->session->cases().openRequest(request);
    if (!opened)
        qFatal("cannot open: %s", qPrintable(opened.error()));
    return opened->first().reference;
}

void TestDashboardWindow::show()
{
    m_window = std::make_unique<DashboardWindow>(*m_t->session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardWindow::tilesShowTheServiceFigures()
{
    show();
    const DashboardFigures figures = m_t->session->dashboard().figures().value();
    QCOMPARE(figures.open, 3);
    QCOMPARE(figures.overdue, 1);
    QVERIFY(figures.dueWithin7Days >= 1);
    const QLocale locale;
    QCOMPARE(tile(QStringLiteral("openTile"))->number(), locale.toString(figures.open));
    QCOMPARE(tile(QStringLiteral("dueSoonTile"))->number(), locale.toString(figures.dueWithin7Days));
    QCOMPARE(tile(QStringLiteral("overdueTile"))->number(), locale.toString(figures.overdue));
    QCOMPARE(tile(QStringLiteral("extendedTile"))->number(), locale.toString(figures.extended));
    QCOMPARE(tile(QStringLiteral("clockStoppedTile"))->number(), locale.toString(int(figures.clockStopped.size())));
    QCOMPARE(tile(QStringLiteral("decisionsAwaitingTile"))->number(), locale.toString(figures.decisionsAwaitingDpo));
    QCOMPARE(tile(QStringLiteral("extensionsAwaitingTile"))->number(), locale.toString(figures.extensionsAwaitingDpo));
    // Every tile is a focusable button with a name that carries its number.
    for (FigureTile* each : m_window->findChildren<FigureTile*>()) {
        QCOMPARE(each->focusPolicy(), Qt::StrongFocus);
        QVERIFY2(each->accessibleName().contains(each->number()), qPrintable(each->objectName()));
    }
    // The counts by status and by right add up to the open cases.
    auto* byRight = m_window->findChild<QTreeWidget*>(QStringLiteral("openByRight"));
    QCOMPARE(byRight->topLevelItemCount(), 1);
    QCOMPARE(byRight->topLevelItem(0)->text(0), RequestRights::label(RequestRight::Access));
    QCOMPARE(byRight->topLevelItem(0)->text(1), locale.toString(3));
}

void TestDashboardWindow::overdueIsABreachInWords()
{
    show();
    FigureTile* overdue = tile(QStringLiteral("overdueTile"));
    QVERIFY(overdue->isAlarm());
    QVERIFY2(overdue->detail().contains(QStringLiteral("Art. 12(3)")), qPrintable(overdue->detail()));
    QVERIFY(overdue->accessibleName().contains(QStringLiteral("Breach")));
}

void TestDashboardWindow::figuresLeadToTheirCases()
{
    show();
    QSignalSpy lists(m_window.get(), &DashboardWindow::openCaseList);
    QTest::mouseClick(tile(QStringLiteral("overdueTile")), Qt::LeftButton);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.at(0).at(0).toString(), DashboardWindow::overdueKey());
    // From the keyboard too.
    FigureTile* dueSoon = tile(QStringLiteral("dueSoonTile"));
    dueSoon->setFocus();
    QTest::keyClick(dueSoon, Qt::Key_Space);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(1).at(0).toString(), DashboardWindow::dueWithin7DaysKey());
    auto* byStatus = m_window->findChild<QTreeWidget*>(QStringLiteral("openByStatus"));
    QVERIFY(byStatus->topLevelItemCount() >= 1);
    emit byStatus->itemActivated(byStatus->topLevelItem(0), 0);
    QCOMPARE(lists.size(), 3);
    QVERIFY(lists.at(2).at(0).toString().startsWith(QStringLiteral("status:")));
}

void TestDashboardWindow::followsCaseChangesByItself()
{
    show();
    FigureTile* openTile = tile(QStringLiteral("openTile"));
    QCOMPARE(openTile->number(), QLocale().toString(3));
    open(QDate(2027, 3, 9));
    QTRY_COMPARE(openTile->number(), QLocale().toString(4));
    QCOMPARE(m_window->figures().open, 4);
}

void TestDashboardWindow::chartDescribesItsCounts()
{
    show();
    auto* chart = m_window->findChild<DeadlineChart*>(QStringLiteral("deadlineChart"));
    QVERIFY(chart);
    const DashboardFigures figures = m_t->session->dashboard().figures().value();
    QCOMPARE(chart->weeks().size(), DashboardService::timelineWeeks);
    QVERIFY(!chart->accessibleName().isEmpty());
    const QString description = chart->accessibleDescription();
    int due = 0;
    for (const DeadlineWeek& week : figures.timeline) {
        due += week.due;
        QVERIFY2(description.contains(tr("%n case(s) due", nullptr, week.due)), qPrintable(description));
    }
    QVERIFY(due >= 2); // the case due this week and the one due in April
    QCOMPARE(chart->toolTip(), description);

    m_window->resize(1200, 800);
    const QString path = qEnvironmentVariable("DASHBOARD_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(m_window->grab().save(path));
}

void TestDashboardWindow::theMainWindowOpensOneDashboardAndShowsItsCases()
{
    LanguageManager languages;
    languages.setLanguage(LanguageManager::Language::English);
    MainWindow main(*m_t->session, languages);
    main.show();
    QTRY_VERIFY(main.findChild<CaseListModel*>()->isComplete());
    auto* action = main.findChild<QAction*>(QStringLiteral("actionDashboard"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    action->trigger(); // raised, not opened twice
    const QList<DashboardWindow*> dashboards = main.findChildren<DashboardWindow*>();
    QCOMPARE(dashboards.size(), 1);
    DashboardWindow* dashboard = dashboards.first();
    QVERIFY(QTest::qWaitForWindowExposed(dashboard));

    // A page of the main window, not a window of its own.
    QVERIFY(!dashboard->isWindow());
    auto* table = main.findChild<QTableView*>(QStringLiteral("caseTable"));
    dashboard->findChild<FigureTile*>(QStringLiteral("overdueTile"))->click();
    QCOMPARE(main.currentPlace(), MainWindow::Place::Cases);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), m_overdue);
    // Each figure's own view: "due within 7 days" shows exactly the cases the figure counts.
    action->trigger();
    dashboard->findChild<FigureTile*>(QStringLiteral("dueSoonTile"))->click();
    QCOMPARE(table->model()->rowCount(), m_t->session->dashboard().figures()->dueWithin7Days);
    QVERIFY(!main.findChild<QCheckBox*>(QStringLiteral("overdueOnlyFilter"))->isChecked());
}

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboardwindow.moc"
