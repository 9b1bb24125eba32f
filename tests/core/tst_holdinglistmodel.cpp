// One subject's holdings as a table: the register's answers per datum and the retain-until line.
#include "TestSession.h"
#include "models/HoldingListModel.h"
#include "services/RegisterService.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

Q_DECLARE_METATYPE(dsar::RetentionOutcome)

using namespace dsar;

namespace {

ProcessingActivity activity(qint64 controllerId, const QString& name, const QString& system, const QString& rule,
                            LegalBasis basis)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = name;
    a.purposes = { QStringLiteral("Administrera kundrelationen") };
    a.legalBases = { { basis, QString() } };
    a.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    a.systems = { system };
    a.retentionRule = rule;
    return a;
}

HoldingInput input(const QString& field, const QString& value)
{
    HoldingInput in;
    in.category = QStringLiteral("Kontaktuppgifter");
    in.field = field;
    in.value = value;
    return in;
}

} // namespace

class TestHoldingListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_t.reset(); }

    void passesTheModelTester();
    void showsHoldingsInTheServicesOrder();
    void retainUntilSaysWhenADateHasPassed();
    void reloadsAfterAChange();
    void noSubjectShowsNothing();
    void aRefusalIsKeptAsLastError();
    void retentionText_data();
    void retentionText();
    void ruleText_data();
    void ruleText();

private:
    HoldingService& holdings() { return m_t->session->holdings(); }
    std::unique_ptr<test::TestSession> m_t;
    qint64 m_subject = 0;
    qint64 m_crm = 0;
    qint64 m_newsletter = 0;
};

void TestHoldingListModel::init()
{
    // Today is 2027-03-10.
    m_t = std::make_unique<test::TestSession>();
    const qint64 controller = m_t->addController().id;
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    Result<ProcessingActivity> crm
        = asAdmin.add(activity(controller, QStringLiteral("CRM-system"), QStringLiteral("CRM"),
                               QStringLiteral("after-relationship-ended;2y"), LegalBasis::Contract));
    QVERIFY2(crm.ok(), qPrintable(crm.error()));
    m_crm = crm->id;
    Result<ProcessingActivity> newsletter
        = asAdmin.add(activity(controller, QStringLiteral("Nyhetsbrev"), QStringLiteral("Nyhetsbrevsverktyg"),
                               QStringLiteral("after-send-out;180d"), LegalBasis::Consent));
    QVERIFY2(newsletter.ok(), qPrintable(newsletter.error()));
    m_newsletter = newsletter->id;
    m_subject = m_t->addSubject().id;

    HoldingInput email = input(QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"));
    email.providedBySubject = true;
    email.events.relationshipEnded = QDate(2025, 1, 15); // kept until 2027-01-15: passed
    QVERIFY(holdings().add(m_subject, m_crm, QStringLiteral("CRM"), email).ok());
    HoldingInput phone = input(QStringLiteral("Telefon"), QStringLiteral("070-000 12 12\nvardagar"));
    QVERIFY(holdings().add(m_subject, m_crm, QStringLiteral("CRM"), phone).ok()); // relationship lasts
    HoldingInput list = input(QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"));
    list.events.sentOut = QDate(2027, 1, 1); // kept until 2027-06-30
    QVERIFY(holdings().add(m_subject, m_newsletter, QStringLiteral("Nyhetsbrevsverktyg"), list).ok());
}

void TestHoldingListModel::passesTheModelTester()
{
    HoldingListModel model(holdings(), m_t->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(HoldingListModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(m_subject);
    proxy.sort(HoldingListModel::RetainUntilColumn);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, HoldingListModel::RetainUntilColumn).data(HoldingListModel::RetainUntilRole).toDate(),
             QDate(2027, 1, 15));
    model.setSubject(0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestHoldingListModel::showsHoldingsInTheServicesOrder()
{
    HoldingListModel model(holdings(), m_t->clock);
    model.setSubject(m_subject);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HoldingListModel::ColumnCount));
    // By organisation, then system: CRM before Nyhetsbrevsverktyg; within CRM by field.
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, HoldingListModel::OrganisationColumn), QStringLiteral("Assessio Sverige AB"));
    QCOMPARE(text(0, HoldingListModel::ActivityColumn), QStringLiteral("CRM-system"));
    QCOMPARE(text(0, HoldingListModel::SystemColumn), QStringLiteral("CRM"));
    QCOMPARE(text(0, HoldingListModel::CategoryColumn), QStringLiteral("Kontaktuppgifter"));
    QCOMPARE(text(0, HoldingListModel::FieldColumn), QStringLiteral("E-post"));
    QCOMPARE(text(0, HoldingListModel::ValueColumn), QStringLiteral("tolvan@example.se"));
    QCOMPARE(text(0, HoldingListModel::ProvidedColumn), QStringLiteral("Yes"));
    QCOMPARE(text(0, HoldingListModel::LegalBasisColumn), LegalBases::label(LegalBasis::Contract));
    QCOMPARE(text(1, HoldingListModel::FieldColumn), QStringLiteral("Telefon"));
    QCOMPARE(text(1, HoldingListModel::ProvidedColumn), QStringLiteral("No"));
    // A value over several lines shows its first line; the tooltip has all of it.
    QCOMPARE(text(1, HoldingListModel::ValueColumn), QStringLiteral("070-000 12 12 …"));
    QCOMPARE(model.index(1, HoldingListModel::ValueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("070-000 12 12\nvardagar"));
    QCOMPARE(text(2, HoldingListModel::SystemColumn), QStringLiteral("Nyhetsbrevsverktyg"));
    QCOMPARE(model.index(2, 0).data(HoldingListModel::HoldingIdRole).toLongLong(), model.holdingAt(2).holding.id);
    QCOMPARE(model.rowOf(model.holdingAt(2).holding.id), 2);
    QCOMPARE(model.rowOf(-1), -1);
}

void TestHoldingListModel::retainUntilSaysWhenADateHasPassed()
{
    HoldingListModel model(holdings(), m_t->clock);
    model.setSubject(m_subject);
    const QModelIndex passed = model.index(0, HoldingListModel::RetainUntilColumn);
    QCOMPARE(passed.data().toString(), QStringLiteral("Kept until 2027-01-15 – due for erasure"));
    QVERIFY(passed.data(HoldingListModel::IsPastRetentionRole).toBool());
    QCOMPARE(passed.data(HoldingListModel::DaysOverdueRole).toInt(), 54);
    QVERIFY(passed.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Rule: 2 year(s) after the contract or relationship ended")));

    const QModelIndex waiting = model.index(1, HoldingListModel::RetainUntilColumn);
    QCOMPARE(waiting.data().toString(),
             QStringLiteral("No date yet: waiting for the end of the contract or relationship"));
    QVERIFY(!waiting.data(HoldingListModel::IsPastRetentionRole).toBool());
    QVERIFY(!waiting.data(HoldingListModel::RetainUntilRole).toDate().isValid());

    const QModelIndex future = model.index(2, HoldingListModel::RetainUntilColumn);
    QCOMPARE(future.data().toString(), QStringLiteral("Kept until 2027-06-30"));
    QCOMPARE(future.data(HoldingListModel::DaysOverdueRole).toInt(), 0);
    QCOMPARE(model.pastRetentionCount(), 1);
}

void TestHoldingListModel::reloadsAfterAChange()
{
    HoldingListModel model(holdings(), m_t->clock);
    model.setSubject(m_subject);
    QVERIFY(holdings().remove(model.holdingAt(0).holding.id).ok());
    QCOMPARE(model.rowCount(), 3); // the service has no signal
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pastRetentionCount(), 0);
}

void TestHoldingListModel::noSubjectShowsNothing()
{
    HoldingListModel model(holdings(), m_t->clock);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.subject(), 0);
    QVERIFY(model.lastError().isEmpty());
}

void TestHoldingListModel::aRefusalIsKeptAsLastError()
{
    HoldingService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin), m_t->session->keys());
    HoldingListModel model(asAdmin, m_t->clock);
    model.setSubject(m_subject);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().startsWith(QStringLiteral("Refused")));
}

void TestHoldingListModel::retentionText_data()
{
    QTest::addColumn<RetentionOutcome>("outcome");
    QTest::addColumn<QString>("expected");
    const QDate today(2027, 3, 10);
    QTest::newRow("yesterday passed") << RetentionOutcome::until(today.addDays(-1))
                                      << QStringLiteral("Kept until 2027-03-09 – due for erasure");
    // The retain-until date is the last day the data may be kept.
    QTest::newRow("today still kept") << RetentionOutcome::until(today) << QStringLiteral("Kept until 2027-03-10");
    QTest::newRow("waiting") << RetentionOutcome::waitingFor(RetentionEvent::ProjectEnded)
                             << QStringLiteral("No date yet: waiting for the end of the project");
    QTest::newRow("consent") << RetentionOutcome::whileConsentLasts() << QStringLiteral("Kept while consent lasts");
    QTest::newRow("reason") << RetentionOutcome::keptWithReason(QStringLiteral("Bokföringslagen"))
                            << QStringLiteral("Kept: Bokföringslagen");
}

void TestHoldingListModel::retentionText()
{
    QFETCH(RetentionOutcome, outcome);
    QFETCH(QString, expected);
    QCOMPARE(HoldingListModel::retentionText(outcome, QDate(2027, 3, 10)), expected);
    QCOMPARE(HoldingListModel::isPastRetention(outcome, QDate(2027, 3, 10)), expected.contains(u"due for erasure"));
}

void TestHoldingListModel::ruleText_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");
    QTest::newRow("period") << QStringLiteral("after-collection;180d") << QStringLiteral("180 day(s) after collection");
    QTest::newRow("law") << QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §")
                         << QStringLiteral(
                                "7 year(s) after the calendar year in which the fiscal year ended (BFL 7 kap. 2 §)");
    QTest::newRow("consent") << QStringLiteral("while-consent-lasts") << QStringLiteral("While consent lasts");
    QTest::newRow("project") << QStringLiteral("until-project-ends;6m")
                             << QStringLiteral("Until the project ends, and 6 month(s) more");
    QTest::newRow("reason") << QStringLiteral("kept-with-reason;;;Certifieringar sparas")
                            << QStringLiteral("Kept for a stated reason: Certifieringar sparas");
    QTest::newRow("damaged") << QStringLiteral("nonsense") << QStringLiteral("nonsense");
}

void TestHoldingListModel::ruleText()
{
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    QCOMPARE(HoldingListModel::ruleText(rule), expected);
}

QTEST_GUILESS_MAIN(TestHoldingListModel)
#include "tst_holdinglistmodel.moc"
