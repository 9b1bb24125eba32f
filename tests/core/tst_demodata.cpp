#include "TestSession.h"
#include "services/DemoData.h"

#include <QTest>

using namespace dsar;

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void populatesTheSeedOrganisations();
    void refusesAPopulatedDatabase();
};

void TestDemoData::populatesTheSeedOrganisations()
{
    test::TestSession t;
    const Status populated = DemoData::populate(*t.session);
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
    const QList<ControllerRecord> controllers = t.session->controllers().all().value();
    QCOMPARE(controllers.size(), 7);
    QStringList names;
    for (const ControllerRecord& controller : controllers)
        names << controller.name;
    for (const char* expected :
         { "Almi Företagspartner AB", "Almi AB", "Allkontor Teknisk Service AB", "Kontor & Miljö i Borlänge AB",
           "Mora Kontorsteam AB", "Coegi", "Assessio Sverige AB" })
        QVERIFY2(names.contains(QString::fromUtf8(expected)), expected);
    QCOMPARE(t.countRows(QStringLiteral("joint_controllerships")), 2);
    QCOMPARE(t.session->subjects().all()->size(), 6);

    const QList<CaseRecord> cases = t.session->cases().list().value();
    QVERIFY(cases.size() >= 8);
    const QDate today = t.clock.today();
    bool anyOverdue = false;
    bool anyLinked = false;
    for (const CaseRecord& record : cases) {
        QVERIFY(record.received.stockholmDate <= today);
        anyOverdue = anyOverdue || record.isOverdue(today);
    }
    for (const CaseRecord& record : cases)
        anyLinked = anyLinked || !t.session->cases().byReference(record.reference)->linkedReferences.isEmpty();
    QVERIFY(anyOverdue);
    QVERIFY(anyLinked);
    // Every change came through the services, so every change has its audit event.
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), 7 + 6 + cases.size());
}

void TestDemoData::refusesAPopulatedDatabase()
{
    test::TestSession t;
    t.addController();
    const Status populated = DemoData::populate(*t.session);
    QVERIFY(!populated.ok());
    QVERIFY2(populated.error().contains(QLatin1String("new database")), qPrintable(populated.error()));
    QCOMPARE(t.countRows(QStringLiteral("controllers")), 1);
    QCOMPARE(t.countRows(QStringLiteral("subjects")), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
