// The workspace driven as a user drives it (issue 7 item 6): a request registered with Ctrl+N that arrived long
// ago shows in the overdue view, is found again by the subject's personnummer in the one search field, is worked
// through to an answered access request in its case window, and leaves the overdue list. Also the navigation's
// places, the saved views with their counts, and a dashboard figure opening the cases behind it.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RegisterRequestDialog.h"
#include "TestSession.h"
#include "cases/CaseWindow.h"
#include "cases/LetterDialog.h"
#include "cases/LetterPreviewDialog.h"
#include "cases/MarkSentDialog.h"
#include "cases/ProposalDialog.h"
#include "dashboard/DashboardWindow.h"
#include "models/CaseListModel.h"
#include "register/RegisterWindow.h"
#include "services/RegisterService.h"
#include "workspace/NavigationPane.h"
#include "workspace/ShortcutsDialog.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace dsar;

namespace {

const QDate today(2027, 3, 10);

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registerFindAnswerAndLeaveTheOverdueList();
    void navigationReachesEveryPlace();
    void viewsNameTheirCounts();
    void aDashboardFigureOpensItsView();
    void aSubjectWithoutCasesIsNamed();
    void theNavigationModelPassesTheTester();
    void everyControlOnEveryPageHasAName();
    void unsavedRegisterChangesAreNeverLostSilently();
    void f1ListsTheKeyboardShortcuts();

private:
    template <typename T>
    T* child(QWidget* parent, const QString& name) const
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    template <typename T>
    T* openDialog(QWidget* parent) const
    {
        for (T* dialog : parent->findChildren<T*>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    QTableView* table() const { return child<QTableView>(m_window.get(), QStringLiteral("caseTable")); }
    QStringList shownReferences() const;
    QTreeWidgetItem* findNavigationItem(const QString& textStart) const;
    QTreeWidgetItem* navigationItem(const QString& textStart) const;
    void choose(const QString& textStart);
    QString registerOverdueRequest();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspace::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(LanguageManager::Language::English);
}

void TestWorkspace::init()
{
    QSettings().clear();
    // The data protection officer works cases and approves: one person can take a case all the way.
    m_t = std::make_unique<test::TestSession>(QDateTime(today, QTime(9, 0), Qt::UTC), Role::Dpo);
    m_t->addController();
    m_window = std::make_unique<MainWindow>(*m_t->session, *m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The list reads the first screen's cases at once and the rest after its first paint (issue 7 item 8).
    QTRY_VERIFY(m_window->findChild<CaseListModel*>()->isComplete());
}

void TestWorkspace::cleanup()
{
    m_window.reset();
    m_t.reset();
}

QStringList TestWorkspace::shownReferences() const
{
    QStringList references;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        references << table()->model()->index(row, 0).data(CaseListModel::ReferenceRole).toString();
    return references;
}

QTreeWidgetItem* TestWorkspace::findNavigationItem(const QString& textStart) const
{
    auto* tree = child<QTreeWidget>(m_window.get(), QStringLiteral("navigationTree"));
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(textStart))
            return *it;
    }
    return nullptr;
}

QTreeWidgetItem* TestWorkspace::navigationItem(const QString& textStart) const
{
    QTreeWidgetItem* item = findNavigationItem(textStart);
    if (!item)
        qFatal("no navigation item %s", qPrintable(textStart));
    return item;
}

void TestWorkspace::choose(const QString& textStart)
{
    auto* tree = child<QTreeWidget>(m_window.get(), QStringLiteral("navigationTree"));
    tree->setFocus();
    tree->setCurrentItem(navigationItem(textStart));
}

QString TestWorkspace::registerOverdueRequest()
{
    // One keystroke opens the form.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto* dialog = openDialog<RegisterRequestDialog>(m_window.get());
    if (!dialog)
        qFatal("Ctrl+N opened no form");
    if (!QTest::qWaitForWindowActive(dialog))
        qWarning("the form did not become active; typing may go astray");
    auto* received = child<QDateTimeEdit>(dialog, QStringLiteral("receivedEdit"));
    received->setFocus();
    QTest::keyClick(received, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(received, QStringLiteral("2027-01-20 10:00")); // due 2027-02-22: overdue today
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("subjectName")), QStringLiteral("Per Persson"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("subjectPersonalId")), QStringLiteral("19121212-1212"));
    auto* access = child<QCheckBox>(dialog, QStringLiteral("right_access"));
    access->setFocus();
    QTest::keyClick(access, Qt::Key_Space);
    if (!child<QPushButton>(dialog, QStringLiteral("saveButton"))->isEnabled())
        qFatal("the form cannot be saved: %s", qPrintable(received->text()));
    QTest::keyClick(access, Qt::Key_Return); // the form's default button saves
    if (!QTest::qWaitFor([dialog] { return !dialog->isVisible(); })) {
        QStringList shown;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (label->isVisible())
                shown << label->text();
        if (QWidget* modal = QApplication::activeModalWidget())
            shown << modal->objectName();
        qFatal("the form did not save: %s", qPrintable(shown.join(QStringLiteral(" | "))));
    }
    return m_t->session->cases().list().value().first().reference;
}

void TestWorkspace::registerFindAnswerAndLeaveTheOverdueList()
{
    const QString reference = registerOverdueRequest();
    QTRY_VERIFY(navigationItem(QStringLiteral("Overdue"))->text(0) == QStringLiteral("Overdue (1)"));
    choose(QStringLiteral("Overdue"));
    QCOMPARE(shownReferences(), QStringList { reference });
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("caseViewHeading"))->text(), QStringLiteral("Overdue"));
    // Days left in words as well as colour.
    QCOMPARE(table()->model()->index(0, CaseListModel::DaysLeftColumn).data().toString(),
             QStringLiteral("16 days overdue"));

    // Found again among all cases by the personnummer, which the list never shows (it is sealed and masked).
    choose(QStringLiteral("All cases"));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(m_window.get(), QStringLiteral("searchFilter"));
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("191212121212"));
    QTRY_COMPARE(shownReferences(), QStringList { reference });

    // Opened with Enter and worked through in its case window.
    table()->setFocus();
    table()->setCurrentIndex(table()->model()->index(0, 0));
    QTest::keyClick(table(), Qt::Key_Return);
    CaseWindow* window = openDialog<CaseWindow>(m_window.get());
    QVERIFY(window);
    auto* next = child<QComboBox>(window, QStringLiteral("nextStatusCombo"));
    next->setCurrentIndex(next->findData(QStringLiteral("in-progress")));
    child<QPushButton>(window, QStringLiteral("changeStatusButton"))->click();
    QCOMPARE(m_t->session->cases().byReference(reference)->status, CaseStatus::InProgress);

    child<QTabWidget>(window, QStringLiteral("caseTabs"))
        ->setCurrentWidget(child<QWidget>(window, QStringLiteral("decisionTab")));
    child<QPushButton>(window, QStringLiteral("assessButton"))->click();
    child<QPushButton>(window, QStringLiteral("proposeDecisionButton"))->click();
    auto* proposal = openDialog<ProposalDialog>(window);
    QVERIFY(proposal);
    DecisionProposal proposed;
    proposed.summary = QStringLiteral("Du får ett registerutdrag över de uppgifter vi behandlar om dig.");
    proposal->setProposal(proposed);
    QVERIFY(proposal->propose());
    child<QPushButton>(window, QStringLiteral("approveDecisionButton"))->click();
    QCOMPARE(m_t->session->cases().byReference(reference)->status, CaseStatus::DecisionApproved);

    child<QPushButton>(window, QStringLiteral("writeLetterButton"))->click();
    auto* letter = openDialog<LetterDialog>(window);
    QVERIFY(letter);
    letter->setValues(LetterKind::Outcome, QStringLiteral("sv"));
    QVERIFY2(letter->write(), qPrintable(child<QLabel>(letter, QStringLiteral("letterProblem"))->text()));
    auto* preview = openDialog<LetterPreviewDialog>(window);
    QVERIFY(preview);
    preview->findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
    child<QPushButton>(window, QStringLiteral("markLetterSentButton"))->click();
    auto* sent = openDialog<MarkSentDialog>(window);
    QVERIFY(sent);
    sent->setValues(LetterKind::Outcome, QStringLiteral("e-post"));
    QVERIFY(sent->markSent());
    QCOMPARE(m_t->session->cases().byReference(reference)->status, CaseStatus::Answered);
    window->close();

    // Answered (late, which the dashboard still counts), it is no longer overdue.
    QTRY_COMPARE(navigationItem(QStringLiteral("Overdue"))->text(0), QStringLiteral("Overdue (0)"));
    search->clear();
    choose(QStringLiteral("Overdue"));
    QVERIFY(shownReferences().isEmpty());
    choose(QStringLiteral("All cases"));
    QCOMPARE(shownReferences(), QStringList { reference });
    QCOMPARE(table()->model()->index(0, CaseListModel::StatusColumn).data().toString(), QStringLiteral("Answered"));
}

void TestWorkspace::navigationReachesEveryPlace()
{
    auto* pages = child<QStackedWidget>(m_window.get(), QStringLiteral("workspacePages"));
    const QList<std::pair<int, MainWindow::Place>> keys {
        { Qt::Key_2, MainWindow::Place::Subjects }, { Qt::Key_3, MainWindow::Place::ProcessingRegister },
        { Qt::Key_4, MainWindow::Place::Gallring }, { Qt::Key_D, MainWindow::Place::Dashboard },
        { Qt::Key_1, MainWindow::Place::Cases },
    };
    for (const auto& [key, place] : keys) {
        QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(m_window->currentPlace(), place);
        QVERIFY(pages->currentWidget()->isVisible());
        // A page, not a window of its own.
        QVERIFY(!pages->currentWidget()->isWindow());
    }
    QCOMPARE(m_window->findChildren<DashboardWindow*>().size(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Processing register – DSAR Desk"));
}

void TestWorkspace::viewsNameTheirCounts()
{
    for (CaseView view : CaseViews::all()) {
        QTreeWidgetItem* item = navigationItem(CaseViews::label(view));
        QCOMPARE(item->text(0), CaseViews::label(view) + QStringLiteral(" (0)"));
        QCOMPARE(item->toolTip(0), CaseViews::description(view));
    }
    registerOverdueRequest();
    QTRY_COMPARE(navigationItem(QStringLiteral("Open cases"))->text(0), QStringLiteral("Open cases (1)"));
    QCOMPARE(navigationItem(QStringLiteral("My cases"))->text(0), QStringLiteral("My cases (0)"));
    // Not colour alone: the overdue item is bold and says how many.
    QVERIFY(navigationItem(QStringLiteral("Overdue"))->font(0).bold());
}

void TestWorkspace::aDashboardFigureOpensItsView()
{
    const QString reference = registerOverdueRequest();
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    auto* dashboard = m_window->findChild<DashboardWindow*>();
    QVERIFY(dashboard);
    QTRY_COMPARE(dashboard->figures().overdue, 1);
    dashboard->findChild<QAbstractButton*>(QStringLiteral("overdueTile"))->click();
    QCOMPARE(m_window->currentPlace(), MainWindow::Place::Cases);
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("caseViewHeading"))->text(), QStringLiteral("Overdue"));
    QCOMPARE(shownReferences(), QStringList { reference });
    QCOMPARE(navigationItem(QStringLiteral("Overdue"))->isSelected(), true);
}

void TestWorkspace::aSubjectWithoutCasesIsNamed()
{
    const SubjectRecord subject = m_t->addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                                  QStringLiteral("tolvan@example.se"));
    choose(QStringLiteral("All cases"));
    auto* search = child<QLineEdit>(m_window.get(), QStringLiteral("searchFilter"));
    QTest::keyClicks(search, QStringLiteral("tolvan@example.se"));
    auto* notice = child<QLabel>(m_window.get(), QStringLiteral("searchNoticeText"));
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Tolvan Tolvansson has no case")), qPrintable(notice->text()));
    auto* show = child<QPushButton>(m_window.get(), QStringLiteral("searchNoticeButton"));
    QVERIFY(show->isVisible());
    show->click();
    QCOMPARE(m_window->currentPlace(), MainWindow::Place::Subjects);
    Q_UNUSED(subject);

    // A personnummer with a wrong check digit is said, not silently unmatched.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("19121212-1213"));
    QTRY_VERIFY(notice->isVisible() && notice->text().contains(QStringLiteral("19121212-1213")));
}

void TestWorkspace::theNavigationModelPassesTheTester()
{
    auto* tree = child<QTreeWidget>(m_window.get(), QStringLiteral("navigationTree"));
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* proxy = table()->model();
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registerOverdueRequest();
    for (CaseView view : CaseViews::all())
        choose(CaseViews::label(view));
    m_languages->setLanguage(LanguageManager::Language::Swedish);
    QTRY_VERIFY(findNavigationItem(QStringLiteral("Försenade (1)")));
    QVERIFY(findNavigationItem(QStringLiteral("Väntar på dataskyddsombudet (0)")));
    m_languages->setLanguage(LanguageManager::Language::English);
    QTRY_VERIFY(findNavigationItem(QStringLiteral("Overdue (1)")));
}

void TestWorkspace::everyControlOnEveryPageHasAName()
{
    registerOverdueRequest();
    QStringList unnamed;
    for (MainWindow::Place place :
         { MainWindow::Place::Cases, MainWindow::Place::Subjects, MainWindow::Place::ProcessingRegister,
           MainWindow::Place::Gallring, MainWindow::Place::Dashboard }) {
        QVERIFY(m_window->showPlace(place));
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible() || widget->isWindow())
                continue;
            // A combo's line edit and a scroll area's viewport are named by their owner.
            if (qobject_cast<QComboBox*>(widget->parentWidget())
                || widget->objectName() == QLatin1String("qt_scrollarea_viewport"))
                continue;
            // What a screen reader says: the accessible name, or a button's own text.
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                         QLatin1String(widget->metaObject()->className()));
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestWorkspace::unsavedRegisterChangesAreNeverLostSilently()
{
    // The administrator edits the register; the workspace offers only the register to that role.
    m_window.reset();
    m_t = std::make_unique<test::TestSession>(QDateTime(today, QTime(9, 0), Qt::UTC), Role::Admin);
    ProcessingActivity activity;
    const qint64 organisation = m_t->addController().id;
    activity.controllerId = organisation;
    activity.name = QStringLiteral("Recruitment");
    activity.purposes = { QStringLiteral("Staffing") };
    activity.legalBases = { { LegalBasis::LegitimateInterests, QString() } };
    activity.dataCategories = { { QStringLiteral("CV"), false } };
    activity.retentionRule = QStringLiteral("after-collection;2y");
    QVERIFY(m_t->session->processingRegister().add(activity));
    m_window = std::make_unique<MainWindow>(*m_t->session, *m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(findNavigationItem(QStringLiteral("Processing register")));
    QVERIFY(findNavigationItem(QStringLiteral("Cases"))->isHidden());
    QVERIFY(!m_window->showPlace(MainWindow::Place::Dashboard)); // not for this role
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPlace(), MainWindow::Place::ProcessingRegister);
    auto* name = child<QLineEdit>(m_window.get(), QStringLiteral("activityName"));
    QCOMPARE(name->text(), QStringLiteral("Recruitment"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" of consultants"));

    // Closing asks; Cancel keeps the window and the text.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("leaveConfirmation"))
                box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Recruitment of consultants"));
    // Save stores it, and then the window closes.
    answer(QMessageBox::Save);
    QVERIFY(m_window->close());
    const QList<ProcessingActivity> stored = m_t->session->processingRegister().activities(organisation).value();
    QCOMPARE(stored.first().name, QStringLiteral("Recruitment of consultants"));
}

void TestWorkspace::f1ListsTheKeyboardShortcuts()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto* dialog = openDialog<ShortcutsDialog>(m_window.get());
    QVERIFY(dialog);
    QStringList rows;
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        rows << dialog->table()->item(row, 0)->text() + QStringLiteral(" = ") + dialog->table()->item(row, 1)->text();
    // Read from the actions themselves: what the menus say is what the list says.
    for (const QString& expected : { QStringLiteral("Register request = Ctrl+N"), QStringLiteral("Find cases = Ctrl+F"),
                                     QStringLiteral("Cases = Ctrl+1"), QStringLiteral("Dashboard = Ctrl+D"),
                                     QStringLiteral("Open the selected case = Enter") })
        QVERIFY2(rows.contains(expected), qPrintable(rows.join(QStringLiteral("; "))));
    dialog->reject();
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
