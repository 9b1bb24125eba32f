#include "TestSession.h"
#include "storage/SqlQuery.h"

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
    void updateReplacesEveryFieldWithAudit();
    void updateValidatesAsAdd_data();
    void updateValidatesAsAdd();
    void updateRefusesANameOrNumberInUse();
    void updateWithoutChangeWritesNothing();
    void onlyAnAdministratorUpdates();
};

namespace {

qint64 lastAuditId(test::TestSession& t)
{
    return SqlQuery::scalar(t.session->database(), QStringLiteral("SELECT MAX(seq) FROM audit_events"))
        .value()
        .toLongLong();
}

QString auditColumn(test::TestSession& t, const QString& column, qint64 seq)
{
    // Column names come from the tests themselves.
    return SqlQuery::scalar(t.session->database(),
                            QStringLiteral("SELECT ") + column + QStringLiteral(" FROM audit_events WHERE seq = ?"),
                            { seq })
        .value()
        .toString();
}

NewController allkontor()
{
    NewController input;
    input.name = QStringLiteral("Allkontor Teknisk Service AB");
    input.organisationNumber = QStringLiteral("556268-6823");
    input.postalAddress = QStringLiteral("Södra Skeppsbron 28, 802 84 Gävle");
    input.email = QStringLiteral("info.gavle@allkontor.com");
    input.phone = QStringLiteral("026-10 98 77");
    input.jointControllership = QStringLiteral("Allkontor");
    return input;
}

} // namespace

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

void TestControllerService::updateReplacesEveryFieldWithAudit()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const ControllerRecord added = t.session->controllers().add(allkontor()).value();
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));

    NewController changed;
    changed.name = QStringLiteral(" Kontor & Miljö i Borlänge AB ");
    changed.organisationNumber = QStringLiteral("5564539111");
    changed.postalAddress = QStringLiteral("Forskargatan 4, 781 70 Borlänge");
    changed.email = QStringLiteral("info.borlange@allkontor.se");
    changed.dpoContact = QStringLiteral("Dataskyddsombud, dataskydd@example.se");
    changed.supervisoryAuthority = QStringLiteral("Datatilsynet, Postboks 458 Sentrum, 0105 Oslo");
    changed.jointControllership = QStringLiteral("Allkontor-gruppen");
    Result<ControllerRecord> updated = t.session->controllers().update(added.id, changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated->id, added.id);
    QCOMPARE(updated->name, QStringLiteral("Kontor & Miljö i Borlänge AB"));
    QCOMPARE(updated->organisationNumber, QStringLiteral("556453-9111"));

    const ControllerRecord read = t.session->controllers().byId(added.id).value();
    QCOMPARE(read.name, QStringLiteral("Kontor & Miljö i Borlänge AB"));
    QCOMPARE(read.organisationNumber, QStringLiteral("556453-9111"));
    QCOMPARE(read.postalAddress, QStringLiteral("Forskargatan 4, 781 70 Borlänge"));
    QCOMPARE(read.email, QStringLiteral("info.borlange@allkontor.se"));
    QCOMPARE(read.phone, QString()); // emptied: every field is replaced
    QCOMPARE(read.dpoContact, QStringLiteral("Dataskyddsombud, dataskydd@example.se"));
    QCOMPARE(read.supervisoryAuthority, QStringLiteral("Datatilsynet, Postboks 458 Sentrum, 0105 Oslo"));
    QCOMPARE(read.jointControllership, QStringLiteral("Allkontor-gruppen"));
    QCOMPARE(t.countRows(QStringLiteral("controllers")), 1);

    // One event, naming the changed fields but not their values.
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore + 1);
    const qint64 seq = lastAuditId(t);
    QCOMPARE(auditColumn(t, QStringLiteral("action"), seq), QStringLiteral("controller.updated"));
    QCOMPARE(auditColumn(t, QStringLiteral("entity_id"), seq), QString::number(added.id));
    const QString summary = auditColumn(t, QStringLiteral("summary"), seq);
    QVERIFY2(summary.contains(QLatin1String("email")) && summary.contains(QLatin1String("phone")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("borlange@")), qPrintable(summary));

    // An empty authority means IMY again; an empty joint controllership leaves the arrangement.
    NewController plain;
    plain.name = QStringLiteral("Kontor & Miljö i Borlänge AB");
    const ControllerRecord reset = t.session->controllers().update(added.id, plain).value();
    QCOMPARE(reset.supervisoryAuthority, ControllerService::defaultSupervisoryAuthority());
    QCOMPARE(t.session->controllers().byId(added.id)->jointControllership, QString());
    QCOMPARE(t.session->controllers().byId(added.id)->organisationNumber, QString());
}

void TestControllerService::updateValidatesAsAdd_data()
{
    refusesBadInput_data();
}

void TestControllerService::updateValidatesAsAdd()
{
    QFETCH(QString, name);
    QFETCH(QString, number);
    QFETCH(QString, messagePart);
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const ControllerRecord added = t.session->controllers().add(allkontor()).value();
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    NewController input = allkontor();
    input.name = name;
    input.organisationNumber = number;
    Result<ControllerRecord> updated = t.session->controllers().update(added.id, input);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(messagePart), qPrintable(updated.error()));
    QCOMPARE(t.session->controllers().byId(added.id)->name, QStringLiteral("Allkontor Teknisk Service AB"));
    QCOMPARE(t.session->controllers().byId(added.id)->organisationNumber, QStringLiteral("556268-6823"));
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore);
}

void TestControllerService::updateRefusesANameOrNumberInUse()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const ControllerRecord gavle = t.session->controllers().add(allkontor()).value();
    const ControllerRecord coegi = t.addController(QStringLiteral("Coegi"));
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));

    NewController sameName;
    sameName.name = QStringLiteral("Allkontor Teknisk Service AB");
    Result<ControllerRecord> refused = t.session->controllers().update(coegi.id, sameName);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("already named")), qPrintable(refused.error()));

    NewController sameNumber;
    sameNumber.name = QStringLiteral("Coegi");
    sameNumber.organisationNumber = QStringLiteral("5562686823");
    refused = t.session->controllers().update(coegi.id, sameNumber);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("556268-6823")), qPrintable(refused.error()));

    NewController elsewhere;
    elsewhere.name = QStringLiteral("Nobody AB");
    refused = t.session->controllers().update(coegi.id + gavle.id + 100, elsewhere);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("no organisation with id")), qPrintable(refused.error()));

    QCOMPARE(t.session->controllers().byId(coegi.id)->organisationNumber, QString());
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore);
}

void TestControllerService::updateWithoutChangeWritesNothing()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    const ControllerRecord added = t.session->controllers().add(allkontor()).value();
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    NewController same = allkontor();
    same.organisationNumber = QStringLiteral("5562686823"); // another form of the same number
    Result<ControllerRecord> updated = t.session->controllers().update(added.id, same);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated->organisationNumber, QStringLiteral("556268-6823"));
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore);
}

void TestControllerService::onlyAnAdministratorUpdates()
{
    for (Role role : { Role::Handlaggare, Role::Dpo }) {
        test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), role);
        const ControllerRecord coegi = t.addController(QStringLiteral("Coegi"));
        NewController input;
        input.name = QStringLiteral("Coegi AB");
        Result<ControllerRecord> refused = t.session->controllers().update(coegi.id, input);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("admin")), qPrintable(refused.error()));
        QCOMPARE(t.session->controllers().byId(coegi.id)->name, QStringLiteral("Coegi"));
    }
}

QTEST_GUILESS_MAIN(TestControllerService)
#include "tst_controllerservice.moc"
