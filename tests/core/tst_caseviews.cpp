// The saved views of the case list: each one's rule over a single case, and, over a real database, the same
// counts the DPO's dashboard gives (the dashboard counts in SQL, the views over the loaded cases).
#include "TestSession.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CaseViews.h"
#include "services/CaseService.h"
#include "services/DashboardService.h"

#include <QTest>

using namespace dsar;

namespace {

const QDate today(2027, 3, 10); // a Wednesday

CaseRecord openCase(QDate due, CaseStatus status = CaseStatus::InProgress)
{
    CaseRecord record;
    record.reference = QStringLiteral("DSAR-2027-00001");
    record.status = status;
    record.currentDue = due;
    return record;
}

} // namespace

class TestCaseViews : public QObject
{
    Q_OBJECT
private slots:
    void dueWithinAWeekIsTodayThroughTheSeventhDay();
    void overdueIsOpenAndPastTheDueDate();
    void myCasesAreTheOpenOnesAssignedToMe();
    void theDpoWaitsOnProposalsAndRequestedExtensions();
    void dashboardKeysOpenTheirViews();
    void aSubjectFoundByIdentifierMatchesTheSearch();
    void viewsCountWhatTheDashboardCounts();
};

void TestCaseViews::dueWithinAWeekIsTodayThroughTheSeventhDay()
{
    const QString me;
    QVERIFY(CaseViews::contains(CaseView::DueWithinWeek, openCase(today), today, me));
    QVERIFY(CaseViews::contains(CaseView::DueWithinWeek, openCase(today.addDays(7)), today, me));
    QVERIFY(!CaseViews::contains(CaseView::DueWithinWeek, openCase(today.addDays(8)), today, me));
    QVERIFY(!CaseViews::contains(CaseView::DueWithinWeek, openCase(today.addDays(-1)), today, me));
    QVERIFY(!CaseViews::contains(CaseView::DueWithinWeek, openCase(today, CaseStatus::Answered), today, me));
}

void TestCaseViews::overdueIsOpenAndPastTheDueDate()
{
    QVERIFY(CaseViews::contains(CaseView::Overdue, openCase(today.addDays(-1)), today, {}));
    QVERIFY(!CaseViews::contains(CaseView::Overdue, openCase(today), today, {})); // due today is in time
    QVERIFY(!CaseViews::contains(CaseView::Overdue, openCase(today.addDays(-9), CaseStatus::Closed), today, {}));
}

void TestCaseViews::myCasesAreTheOpenOnesAssignedToMe()
{
    CaseRecord mine = openCase(today);
    mine.assignee = QStringLiteral("anna");
    QVERIFY(CaseViews::contains(CaseView::Mine, mine, today, QStringLiteral("anna")));
    QVERIFY(!CaseViews::contains(CaseView::Mine, mine, today, QStringLiteral("bertil")));
    QVERIFY(!CaseViews::contains(CaseView::Mine, openCase(today), today, QString())); // unassigned is nobody's
    mine.status = CaseStatus::Closed;
    QVERIFY(!CaseViews::contains(CaseView::Mine, mine, today, QStringLiteral("anna")));
}

void TestCaseViews::theDpoWaitsOnProposalsAndRequestedExtensions()
{
    QVERIFY(
        CaseViews::contains(CaseView::AwaitingDpoApproval, openCase(today, CaseStatus::DecisionProposed), today, {}));
    CaseRecord extension = openCase(today);
    QVERIFY(!CaseViews::contains(CaseView::AwaitingDpoApproval, extension, today, {}));
    extension.extensionAwaitingApproval = true;
    QVERIFY(CaseViews::contains(CaseView::AwaitingDpoApproval, extension, today, {}));
    QVERIFY(!CaseViews::contains(CaseView::Extended, extension, today, {}));
    extension.extensionAwaitingApproval = false;
    extension.extended = true;
    QVERIFY(CaseViews::contains(CaseView::Extended, extension, today, {}));
    QVERIFY(!CaseViews::contains(CaseView::AwaitingDpoApproval, extension, today, {}));
}

void TestCaseViews::dashboardKeysOpenTheirViews()
{
    for (CaseView view : CaseViews::all()) {
        QCOMPARE(CaseViews::fromCode(CaseViews::code(view)), std::optional<CaseView>(view));
        QVERIFY(!CaseViews::label(view).isEmpty());
        QVERIFY(!CaseViews::description(view).isEmpty());
    }
    const std::optional<CaseListQuery> proposed
        = CaseViews::queryForKey(CaseViews::statusKey(CaseStatus::DecisionProposed));
    QVERIFY(proposed);
    QCOMPARE(proposed->view, CaseView::Open);
    QCOMPARE(proposed->status, std::optional<CaseStatus>(CaseStatus::DecisionProposed));
    const std::optional<CaseListQuery> erasure = CaseViews::queryForKey(CaseViews::rightKey(RequestRight::Erasure));
    QVERIFY(erasure);
    QCOMPARE(erasure->right, std::optional<RequestRight>(RequestRight::Erasure));
    QCOMPARE(CaseViews::queryForKey(QStringLiteral("overdue"))->view, CaseView::Overdue);
    QVERIFY(!CaseViews::queryForKey(QStringLiteral("status:nonsense")));
    QVERIFY(!CaseViews::queryForKey(QStringLiteral("everything")));
}

void TestCaseViews::aSubjectFoundByIdentifierMatchesTheSearch()
{
    CaseRecord record = openCase(today);
    record.subjectId = 7;
    record.subjectName = QStringLiteral("Tolvan Tolvansson");
    CaseSelection selection;
    selection.text = QStringLiteral("19121212-1212");
    QVERIFY(!selection.accepts(record, today, {}));
    selection.subjectIds = { 7 };
    QVERIFY(selection.accepts(record, today, {}));
    selection.text = QStringLiteral("tolvan");
    selection.subjectIds.clear();
    QVERIFY(selection.accepts(record, today, {}));
    selection.status = CaseStatus::Received;
    QVERIFY(!selection.accepts(record, today, {}));
}

void TestCaseViews::viewsCountWhatTheDashboardCounts()
{
    test::TestSession t(QDateTime(today, QTime(9, 0), Qt::UTC));
    t.addController();
    const SubjectRecord subject = t.addSubject();
    CaseService& cases = t.session->cases();
    const auto open = [&](QDate received) {
        t.clock.setNow(QDateTime(received, QTime(9, 0), Qt::UTC));
        OpenRequest request;
        request.subjectId = subject.id;
        request.rights = { RequestRight::Access };
        request.received = ReceiptTime::fromDate(received);
        const QString reference = cases.openRequest(request).value().first().reference;
        cases.changeStatus(reference, CaseStatus::InProgress).value();
        return reference;
    };
    open(QDate(2027, 1, 20)); // overdue
    open(QDate(2027, 2, 10)); // due today
    open(QDate(2027, 2, 17)); // due on the 7th day
    const QString extended = open(QDate(2027, 2, 24));
    open(QDate(2027, 3, 1));
    t.clock.setNow(QDateTime(today, QTime(9, 0), Qt::UTC));
    QVERIFY(cases.requestExtension(extended, ExtensionReason::ManySystems, QStringLiteral("Fem system.")).ok());

    CaseListModel model(cases);
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const QHash<CaseView, int> counts = proxy.viewCounts();
    const DashboardFigures figures = t.session->dashboard().figures().value();
    QCOMPARE(counts.value(CaseView::Open), figures.open);
    QCOMPARE(counts.value(CaseView::Overdue), figures.overdue);
    QCOMPARE(counts.value(CaseView::DueWithinWeek), figures.dueWithin7Days);
    QCOMPARE(counts.value(CaseView::Extended), figures.extended);
    QCOMPARE(counts.value(CaseView::AwaitingDpoApproval), figures.decisionsAwaitingDpo + figures.extensionsAwaitingDpo);
    QCOMPARE(counts.value(CaseView::AwaitingDpoApproval), 1);
    QCOMPARE(counts.value(CaseView::Overdue), 1);
    QCOMPARE(counts.value(CaseView::DueWithinWeek), 2);

    proxy.setView(CaseView::AwaitingDpoApproval);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(CaseListModel::ReferenceRole).toString(), extended);
}

QTEST_GUILESS_MAIN(TestCaseViews)
#include "tst_caseviews.moc"
