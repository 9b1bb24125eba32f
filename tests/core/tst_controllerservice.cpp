#include "TestSession.h"

#include <QTest>

using namespace dsar;

class TestControllerService : public QObject
{
    Q_OBJECT
private slots:
    void addsWithNormalisedNumberAndAudit();
    void refusesBadInput_data();
    void refusesBadInput();
    void jointControllershipIsShared();
    void resolve();
    void onlyAnAdministratorManagesOrganisations();
};

void TestControllerService::addsWithNormalisedNumberAndAudit()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    NewController input;
    input.name = QStringLiteral("  Allkontor Teknisk Service AB ");
    input.organisationNumber = QStringLiteral("5562686823");
    Result<ControllerRecord> added = t.session->controllers().add(input);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->name, QStringLiteral("Allkontor Teknisk Service AB"));
    QCOMPARE(added->organisationNumber, QStringLiteral("556268-6823"));
    // GDPR Art. 77: the authority subjects may complain to; IMY unless stated.
    QCOMPARE(added->supervisoryAuthority, ControllerService::defaultSupervisoryAuthority());
    QCOMPARE(t.session->controllers().byId(added->id)->supervisoryAuthority,
             ControllerService::defaultSupervisoryAuthority());
    NewController abroad;
    abroad.name = QStringLiteral("Assessio Norge AS");
    abroad.supervisoryAuthority = QStringLiteral("Datatilsynet, Postboks 458 Sentrum, 0105 Oslo");
    QCOMPARE(t.session->controllers().add(abroad)->supervisoryAuthority,
             QStringLiteral("Datatilsynet, Postboks 458 Sentrum, 0105 Oslo"));
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore + 2);
}

void TestControllerService::refusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no name") << QStringLiteral("  ") << QString() << QStringLiteral("name");
    QTest::newRow("wrong check digit") << QStringLiteral("X AB") << QStringLiteral("556268-6824")
                                       << QStringLiteral("check digit");
    QTest::newRow("a personnummer") << QStringLiteral("Y AB") << QStringLiteral("19121212-1212")
                                    << QStringLiteral("not an organisation number");
}

void TestControllerService::refusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, number);
    QFETCH(QString, messagePart);
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    NewController input;
    input.name = name;
    input.organisationNumber = number;
    Result<ControllerRecord> added = t.session->controllers().add(input);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(messagePart), qPrintable(added.error()));
    QCOMPARE(t.countRows(QStringLiteral("controllers")), 0);
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore);
}

void TestControllerService::jointControllershipIsShared()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    NewController a;
    a.name = QStringLiteral("Mora Kontorsteam AB");
    a.jointControllership = QStringLiteral("Allkontor");
    NewController b = a;
    b.name = QStringLiteral("Kontor & Miljö i Borlänge AB");
    QVERIFY(t.session->controllers().add(a).ok());
    QVERIFY(t.session->controllers().add(b).ok());
    QCOMPARE(t.countRows(QStringLiteral("joint_controllerships")), 1);
    const QList<ControllerRecord> all = t.session->controllers().all().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].jointControllership, QStringLiteral("Allkontor"));
    QCOMPARE(all[1].jointControllership, QStringLiteral("Allkontor"));
}

void TestControllerService::resolve()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    QVERIFY(!t.session->controllers().resolve(QString()).ok());
    const ControllerRecord only = t.addController(QStringLiteral("Coegi"));
    QCOMPARE(t.session->controllers().resolve(QString())->id, only.id);

    NewController second;
    second.name = QStringLiteral("Allkontor Teknisk Service AB");
    second.organisationNumber = QStringLiteral("556268-6823");
    const ControllerRecord other = t.session->controllers().add(second).value();
    Result<ControllerRecord> ambiguous = t.session->controllers().resolve(QString());
    QVERIFY(!ambiguous.ok());
    QVERIFY2(ambiguous.error().contains(QLatin1String("Coegi")), qPrintable(ambiguous.error()));
    QCOMPARE(t.session->controllers().resolve(QStringLiteral("coegi"))->id, only.id);
    QCOMPARE(t.session->controllers().resolve(QStringLiteral("556268-6823"))->id, other.id);
    QCOMPARE(t.session->controllers().resolve(QString::number(other.id))->id, other.id);
    QVERIFY(!t.session->controllers().resolve(QStringLiteral("Nobody AB")).ok());
}

void TestControllerService::onlyAnAdministratorManagesOrganisations()
{
    test::TestSession t; // signed in as a handläggare
    NewController input;
    input.name = QStringLiteral("Coegi");
    Result<ControllerRecord> refused = t.session->controllers().add(input);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("admin")), qPrintable(refused.error()));
    QCOMPARE(t.countRows(QStringLiteral("controllers")), 0);
}

QTEST_GUILESS_MAIN(TestControllerService)
#include "tst_controllerservice.moc"
