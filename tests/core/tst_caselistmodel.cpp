#include "TestSession.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dsar;

class TestCaseListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void showsCasesWithDaysLeft();
    void reloadsWhenCasesChange();
    void daysLeftText_data();
    void daysLeftText();
    void proxyFiltersAndSorts();

private:
    void open(const QString& received, RequestRight right);
    std::unique_ptr<test::TestSession> m_t;
    qint64 m_subjectId = 0;
};

void TestCaseListModel::init()
{
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 4, 20), QTime(9, 0), Qt::UTC));
    m_t->addController();
    m_subjectId = m_t->addSubject(QStringLiteral("Tolvan Tolvansson")).id;
    open(QStringLiteral("2027-03-05"), RequestRight::Access); // due 04-05: 15 days overdue
    open(QStringLiteral("2027-03-22"), RequestRight::Erasure); // due 04-22: 2 days left
    open(QStringLiteral("2027-04-15"), RequestRight::Objection); // due 05-17: 27 days left
}

void TestCaseListModel::cleanup()
{
    m_t.reset();
}

void TestCaseListModel::open(const QString& received, RequestRight right)
{
    OpenRequest request;
    request.subjectId = m_subjectId;
    request.rights = { right };
    request.received = ReceiptTimeParser::parse(received).value();
    QVERIFY(m_t->session->cases().openRequest(request).ok());
}

void TestCaseListModel::passesTheModelTester()
{
    CaseListModel model(m_t->session->cases());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CaseListModel::DueColumn);
    proxy.setOverdueOnly(true);
    proxy.setOverdueOnly(false);
    open(QStringLiteral("2027-04-19"), RequestRight::Portability);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestCaseListModel::showsCasesWithDaysLeft()
{
    CaseListModel model(m_t->session->cases());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    QVERIFY(model.lastError().isEmpty());
    const QModelIndex first = model.index(0, CaseListModel::DaysLeftColumn);
    QCOMPARE(first.data(CaseListModel::DaysLeftRole).toInt(), -15);
    QVERIFY(first.data(CaseListModel::IsOverdueRole).toBool());
    QCOMPARE(first.data().toString(), QStringLiteral("15 day(s) overdue"));
    QCOMPARE(model.index(1, CaseListModel::DaysLeftColumn).data().toString(), QStringLiteral("2 day(s) left"));
    QCOMPARE(model.index(0, CaseListModel::ReferenceColumn).data().toString(), QStringLiteral("DSAR-2027-00001"));
    QCOMPARE(model.index(0, CaseListModel::SubjectColumn).data().toString(), QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(model.index(0, CaseListModel::DueColumn).data(CaseListModel::SortRole).toDate(), QDate(2027, 4, 5));
    QCOMPARE(model.headerData(CaseListModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));
}

void TestCaseListModel::reloadsWhenCasesChange()
{
    CaseListModel model(m_t->session->cases());
    QCOMPARE(model.rowCount(), 3);
    open(QStringLiteral("2027-04-19"), RequestRight::Portability);
    QCOMPARE(model.rowCount(), 4);
}

// Without a translator Qt shows the source text's "(s)"; the English and Swedish plural forms come from
// translations/ and are checked by tst_translations.
void TestCaseListModel::daysLeftText_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<QString>("text");
    const QDate today(2027, 4, 20);
    QTest::newRow("today") << today << CaseStatus::Received << QStringLiteral("Due today");
    QTest::newRow("one left") << today.addDays(1) << CaseStatus::Received << QStringLiteral("1 day(s) left");
    QTest::newRow("one overdue") << today.addDays(-1) << CaseStatus::InProgress << QStringLiteral("1 day(s) overdue");
    QTest::newRow("answered") << today.addDays(-9) << CaseStatus::Answered << QStringLiteral("Closed");
}

void TestCaseListModel::daysLeftText()
{
    QFETCH(QDate, due);
    QFETCH(CaseStatus, status);
    QFETCH(QString, text);
    CaseRecord record;
    record.currentDue = due;
    record.status = status;
    QCOMPARE(CaseListModel::daysLeftText(record, QDate(2027, 4, 20)), text);
}

void TestCaseListModel::proxyFiltersAndSorts()
{
    CaseListModel model(m_t->session->cases());
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CaseListModel::DaysLeftColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CaseListModel::RightColumn).data(CaseListModel::RightCodeRole).toString(),
             QStringLiteral("objection"));
    proxy.setOverdueOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setOverdueOnly(false);
    proxy.setRightFilter(RequestRight::Erasure);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setRightFilter(std::nullopt);
    proxy.setStatusFilter(CaseStatus::Answered);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStatusFilter(std::nullopt);
    proxy.setSearchText(QStringLiteral("2027-00002"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("tolvan"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("nobody"));
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
