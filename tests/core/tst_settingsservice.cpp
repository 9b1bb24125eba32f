#include "TestSession.h"
#include "storage/AuditLog.h"

#include <QTest>

Q_DECLARE_METATYPE(dsar::Role)

using namespace dsar;

class TestSettingsService : public QObject
{
    Q_OBJECT
private slots:
    void listsEveryDecisionWithItsDefault();
    void administratorChangesASetting();
    void refusals_data();
    void refusals();
};

void TestSettingsService::listsEveryDecisionWithItsDefault()
{
    test::TestSession t;
    const QList<SettingValue> values = t.session->settings().all().value();
    QCOMPARE(values.size(), 6);
    QCOMPARE(values[0].key, QStringLiteral("deadline.calendar_profile"));
    QCOMPARE(values[0].value, QStringLiteral("EU"));
    QVERIFY(values[0].isDefault);
    QVERIFY(!values[0].description.isEmpty());
    // Reminders look three working days ahead unless an administrator says otherwise.
    QCOMPARE(values[4].key, QStringLiteral("reminders.working_days"));
    QCOMPARE(values[4].value, QStringLiteral("3"));
    QCOMPARE(t.session->settings().reminderWorkingDays().value(), 3);
}

void TestSettingsService::administratorChangesASetting()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    QVERIFY(t.session->settings().set(QStringLiteral("deadline.internal_target_days"), QStringLiteral(" 14 ")).ok());
    QCOMPARE(t.session->settings().deadlinePolicy()->internalTargetDays, 14);
    QVERIFY(t.session->settings().set(QStringLiteral("retention.closed_case_years"), QStringLiteral("5")).ok());
    QCOMPARE(t.session->settings().closedCaseRetentionYears().value(), 5);
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore + 2);
    const QList<AuditEvent> events
        = AuditLog(t.session->database(), t.session->keys()).eventsFor(QStringLiteral("settings"), 0).value();
    QCOMPARE(events.first().summary, QStringLiteral("deadline.internal_target_days: 21 -> 14"));
}

void TestSettingsService::refusals_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not an administrator")
        << Role::Dpo << QStringLiteral("retention.closed_case_years") << QStringLiteral("5") << QStringLiteral("admin");
    QTest::newRow("unknown key") << Role::Admin << QStringLiteral("x'; DROP TABLE settings; --") << QStringLiteral("1")
                                 << QStringLiteral("no setting");
    QTest::newRow("unknown profile") << Role::Admin << QStringLiteral("deadline.calendar_profile")
                                     << QStringLiteral("US") << QStringLiteral("not a valid value");
    QTest::newRow("out of range") << Role::Admin << QStringLiteral("retention.closed_case_years") << QStringLiteral("0")
                                  << QStringLiteral("1 to 50");
    QTest::newRow("very long") << Role::Admin << QStringLiteral("deadline.internal_target_days")
                               << QString(100000, QLatin1Char('9')) << QStringLiteral("not a valid value");
}

void TestSettingsService::refusals()
{
    QFETCH(Role, role);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), role);
    const Status refused = t.session->settings().set(key, value);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(messagePart), qPrintable(refused.error()));
    QVERIFY(refused.error().size() < 600);
    QCOMPARE(t.countRows(QStringLiteral("settings")), 0);
}

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
