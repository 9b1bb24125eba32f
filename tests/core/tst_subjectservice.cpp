#include "TestSession.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace dsar;

class TestSubjectService : public QObject
{
    Q_OBJECT
private slots:
    void addsNormalised();
    void identifiersAreOptional();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesDuplicatePersonnummer();
    void auditNamesNoPersonalData();
};

void TestSubjectService::addsNormalised()
{
    test::TestSession t;
    Result<SubjectRecord> added
        = t.session->subjects().add({ QStringLiteral("  Tolvan   Tolvansson "), QStringLiteral("121212-1212"),
                                      QStringLiteral(" Tolvan@Example.se "), QString(), QString() });
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->name, QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(added->personalId, QStringLiteral("201212121212")); // the most recent century not in the future
    QCOMPARE(added->personalIdKind, QStringLiteral("personnummer"));
    QCOMPARE(added->email, QStringLiteral("tolvan@example.se"));
    const SubjectRecord stored = t.session->subjects().byId(added->id).value();
    QCOMPARE(stored.personalId, added->personalId);
    QCOMPARE(stored.email, added->email);
}

void TestSubjectService::identifiersAreOptional()
{
    // LEGAL.md section 3: staff may not demand a personnummer the organisation does not already hold.
    test::TestSession t;
    QVERIFY(t.session->subjects().add({ QStringLiteral("Anna Andersson"), {}, {}, {}, {} }).ok());
    QVERIFY(t.session->subjects().add({ QStringLiteral("Anna Andersson"), {}, {}, {}, {} }).ok());
    QCOMPARE(t.countRows(QStringLiteral("subjects")), 2);
}

void TestSubjectService::refusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("personalId");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no name") << QString() << QString() << QString() << QStringLiteral("needs a name");
    QTest::newRow("check digit") << QStringLiteral("A") << QStringLiteral("19121212-1213") << QString()
                                 << QStringLiteral("check digit");
    QTest::newRow("no such date") << QStringLiteral("A") << QStringLiteral("000229+1235") << QString()
                                  << QStringLiteral("date");
    QTest::newRow("organisation number") << QStringLiteral("A") << QStringLiteral("556036-0793") << QString()
                                         << QStringLiteral("organisation number");
    QTest::newRow("unicode digits") << QStringLiteral("A") << QStringLiteral("١٩١٢١٢١٢١٢١٢") << QString()
                                    << QStringLiteral("0-9");
    QTest::newRow("e-mail") << QStringLiteral("A") << QString() << QStringLiteral("tolvan.example.se")
                            << QStringLiteral("not an e-mail address");
    QTest::newRow("long name") << QString(201, QLatin1Char('x')) << QString() << QString() << QStringLiteral("200");
}

void TestSubjectService::refusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, personalId);
    QFETCH(QString, email);
    QFETCH(QString, messagePart);
    test::TestSession t;
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    Result<SubjectRecord> added = t.session->subjects().add({ name, personalId, email, {}, {} });
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(messagePart), qPrintable(added.error()));
    QCOMPARE(t.countRows(QStringLiteral("subjects")), 0);
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore);
}

void TestSubjectService::refusesDuplicatePersonnummer()
{
    test::TestSession t;
    QVERIFY(t.session->subjects().add({ QStringLiteral("A"), QStringLiteral("19121212-1212"), {}, {}, {} }).ok());
    Result<SubjectRecord> again
        = t.session->subjects().add({ QStringLiteral("B"), QStringLiteral("191212121212"), {}, {}, {} });
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already registered")), qPrintable(again.error()));
    QCOMPARE(t.countRows(QStringLiteral("subjects")), 1);
}

void TestSubjectService::auditNamesNoPersonalData()
{
    test::TestSession t;
    const SubjectRecord subject = t.addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                               QStringLiteral("t@example.se"));
    const QList<AuditEvent> events
        = AuditLog(t.session->database(), t.session->keys()).eventsFor(QStringLiteral("subject"), subject.id).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].action, QStringLiteral("subject.added"));
    QCOMPARE(events[0].actor, QStringLiteral("role-handlaggare"));
    for (const QString& secret : { QStringLiteral("Tolvan"), QStringLiteral("1212"), QStringLiteral("example") })
        QVERIFY2(!events[0].summary.contains(secret), qPrintable(events[0].summary));
}

QTEST_GUILESS_MAIN(TestSubjectService)
#include "tst_subjectservice.moc"
