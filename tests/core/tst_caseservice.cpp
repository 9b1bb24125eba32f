#include "TestSession.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace dsar;

class TestCaseService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oneCasePerRightWithOneReceipt();
    void deadlinesAreComputedAndStored_data();
    void deadlinesAreComputedAndStored();
    void lateRegistrationKeepsTheRealReceipt();
    void refusesAndWritesNothing_data();
    void refusesAndWritesNothing();
    void referencesRunPerYear();
    void settingsChooseTheCalendarProfile();
    void listFilters();
    void auditSummaryHasNoPersonalData();
    void newSubjectAndRequestAreOneUnit();

private:
    OpenRequest request(const QString& received, QList<RequestRight> rights = { RequestRight::Access }) const;
    std::unique_ptr<test::TestSession> m_t;
    SubjectRecord m_subject;
};

void TestCaseService::init()
{
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 4, 20), QTime(9, 0), Qt::UTC));
    m_t->addController();
    m_subject = m_t->addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                QStringLiteral("tolvan@example.se"));
}

void TestCaseService::cleanup()
{
    m_t.reset();
}

OpenRequest TestCaseService::request(const QString& received, QList<RequestRight> rights) const
{
    OpenRequest request;
    request.subjectId = m_subject.id;
    request.rights = rights;
    request.channel = Channel::Letter;
    request.received = ReceiptTimeParser::parse(received).value();
    return request;
}

void TestCaseService::oneCasePerRightWithOneReceipt()
{
    QSignalSpy changed(&m_t->session->cases(), &CaseService::casesChanged);
    Result<QList<CaseRecord>> opened = m_t->session->cases().openRequest(
        request(QStringLiteral("2027-03-05"), { RequestRight::Access, RequestRight::Erasure, RequestRight::Access }));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened->size(), 2); // the repeated right is one case
    QCOMPARE(opened->at(0).reference, QStringLiteral("DSAR-2027-00001"));
    QCOMPARE(opened->at(1).reference, QStringLiteral("DSAR-2027-00002"));
    QCOMPARE(opened->at(0).linkedReferences, QStringList { QStringLiteral("DSAR-2027-00002") });
    QCOMPARE(m_t->countRows(QStringLiteral("requests")), 1);
    QCOMPARE(m_t->countRows(QStringLiteral("cases")), 2);
    QCOMPARE(changed.count(), 1);

    const CaseRecord stored = m_t->session->cases().byReference(QStringLiteral("dsar-2027-00002")).value();
    QCOMPARE(stored.right, RequestRight::Erasure);
    QCOMPARE(stored.status, CaseStatus::Received);
    QCOMPARE(stored.channel, Channel::Letter);
    QCOMPARE(stored.linkedReferences, QStringList { QStringLiteral("DSAR-2027-00001") });
    QCOMPARE(stored.subjectName, QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(stored.controllerName, QStringLiteral("Assessio Sverige AB"));
}

void TestCaseService::deadlinesAreComputedAndStored_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QDate>("receiptDate");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("extendedDue");
    QTest::addColumn<QDate>("extensionTarget");
    // LEGAL.md 1.1 examples, through the service and the database.
    QTest::newRow("same date") << QStringLiteral("2027-03-05") << QDate(2027, 3, 5) << QDate(2027, 4, 5)
                               << QDate(2027, 6, 7) << QDate(2027, 6, 7);
    QTest::newRow("clamp, target earlier") << QStringLiteral("2027-01-31") << QDate(2027, 1, 31) << QDate(2027, 3, 1)
                                           << QDate(2027, 4, 30) << QDate(2027, 4, 28);
    QTest::newRow("Stockholm date of a UTC instant") << QStringLiteral("2027-03-31T22:30:00Z") << QDate(2027, 4, 1)
                                                     << QDate(2027, 5, 3) << QDate(2027, 7, 1) << QDate(2027, 7, 1);
}

void TestCaseService::deadlinesAreComputedAndStored()
{
    QFETCH(QString, received);
    QFETCH(QDate, receiptDate);
    QFETCH(QDate, due);
    QFETCH(QDate, extendedDue);
    QFETCH(QDate, extensionTarget);
    Result<QList<CaseRecord>> opened = m_t->session->cases().openRequest(request(received));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const CaseRecord stored = m_t->session->cases().byReference(opened->first().reference).value();
    QCOMPARE(stored.received.stockholmDate, receiptDate);
    QCOMPARE(stored.due, due);
    QCOMPARE(stored.currentDue, due);
    QCOMPARE(stored.extendedDue, extendedDue);
    QCOMPARE(stored.extensionTarget, extensionTarget);
    QVERIFY(stored.internalTarget <= due);
    QVERIFY(!stored.extended);
}

void TestCaseService::lateRegistrationKeepsTheRealReceipt()
{
    // Registered on 20 April; the e-mail arrived on 1 April at 08:15 Stockholm time.
    Result<QList<CaseRecord>> opened
        = m_t->session->cases().openRequest(request(QStringLiteral("2027-04-01T08:15:00+02:00")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const CaseRecord stored = m_t->session->cases().byReference(opened->first().reference).value();
    QCOMPARE(stored.received.stockholmDate, QDate(2027, 4, 1));
    QCOMPARE(stored.received.instant->toUTC(), QDateTime(QDate(2027, 4, 1), QTime(6, 15), Qt::UTC));
    QCOMPARE(stored.registeredAt, m_t->clock.now());
    QCOMPARE(stored.due, QDate(2027, 5, 3)); // 1 May is a holiday, 2 May a Sunday
}

void TestCaseService::refusesAndWritesNothing_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<bool>("noRights");
    QTest::addColumn<qint64>("subjectId");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("future date") << QStringLiteral("2027-04-21") << false << qint64(0) << QStringLiteral("future");
    QTest::newRow("future instant") << QStringLiteral("2027-04-20T09:30:00Z") << false << qint64(0)
                                    << QStringLiteral("future");
    QTest::newRow("before the GDPR") << QStringLiteral("2018-05-24") << false << qint64(0) << QStringLiteral("2018");
    QTest::newRow("no right") << QStringLiteral("2027-04-01") << true << qint64(0) << QStringLiteral("which right");
    QTest::newRow("unknown subject") << QStringLiteral("2027-04-01") << false << qint64(999)
                                     << QStringLiteral("no data subject");
}

void TestCaseService::refusesAndWritesNothing()
{
    QFETCH(QString, received);
    QFETCH(bool, noRights);
    QFETCH(qint64, subjectId);
    QFETCH(QString, messagePart);
    const qint64 auditBefore = m_t->countRows(QStringLiteral("audit_events"));
    OpenRequest open = request(received);
    if (noRights)
        open.rights.clear();
    if (subjectId)
        open.subjectId = subjectId;
    QSignalSpy changed(&m_t->session->cases(), &CaseService::casesChanged);
    Result<QList<CaseRecord>> opened = m_t->session->cases().openRequest(open);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(messagePart, Qt::CaseInsensitive), qPrintable(opened.error()));
    QCOMPARE(m_t->countRows(QStringLiteral("requests")), 0);
    QCOMPARE(m_t->countRows(QStringLiteral("cases")), 0);
    QCOMPARE(m_t->countRows(QStringLiteral("case_reference_counters")), 0);
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), auditBefore);
    QCOMPARE(changed.count(), 0);
}

void TestCaseService::referencesRunPerYear()
{
    CaseService& cases = m_t->session->cases();
    QCOMPARE(cases.openRequest(request(QStringLiteral("2026-12-30")))->first().reference,
             QStringLiteral("DSAR-2026-00001"));
    QCOMPARE(cases.openRequest(request(QStringLiteral("2027-01-02")))->first().reference,
             QStringLiteral("DSAR-2027-00001"));
    QCOMPARE(cases.openRequest(request(QStringLiteral("2026-12-31")))->first().reference,
             QStringLiteral("DSAR-2026-00002"));
}

void TestCaseService::settingsChooseTheCalendarProfile()
{
    test::TestSession t(QDateTime(QDate(2027, 7, 1), QTime(9, 0), Qt::UTC));
    t.addController();
    const SubjectRecord subject = t.addSubject();
    Database& db = t.session->database();
    QVERIFY(SqlQuery::run(db,
                          QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                         "('deadline.calendar_profile', 'SE1930')"))
                .ok());
    OpenRequest open;
    open.subjectId = subject.id;
    open.rights = { RequestRight::Access };
    open.received = ReceiptTime::fromDate(QDate(2027, 5, 25));
    const CaseRecord opened = t.session->cases().openRequest(open)->first();
    // LEGAL.md 1.1 item 6: midsommarafton 2027-06-25 is non-working under SE1930.
    QCOMPARE(opened.calendarProfile, CalendarProfile::SE1930);
    QCOMPARE(opened.due, QDate(2027, 6, 28));

    QVERIFY(SqlQuery::run(db,
                          QStringLiteral("UPDATE settings SET value = 'nonsense' WHERE key = "
                                         "'deadline.calendar_profile'"))
                .ok());
    Result<Deadlines> damaged = t.session->cases().previewDeadlines(ReceiptTime::fromDate(QDate(2027, 3, 1)));
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.error().contains(QLatin1String("nonsense")), qPrintable(damaged.error()));
}

void TestCaseService::listFilters()
{
    CaseService& cases = m_t->session->cases();
    QVERIFY(cases.openRequest(request(QStringLiteral("2027-03-05"), { RequestRight::Access })).ok()); // due 04-05
    QVERIFY(cases.openRequest(request(QStringLiteral("2027-03-22"), { RequestRight::Erasure })).ok()); // due 04-22
    QVERIFY(cases.openRequest(request(QStringLiteral("2027-04-15"), { RequestRight::Objection })).ok()); // due 05-17
    const QDate today = cases.today();
    QCOMPARE(today, QDate(2027, 4, 20));

    CaseFilter overdue;
    overdue.overdueOn = today;
    QCOMPARE(cases.list(overdue)->size(), 1);
    QCOMPARE(cases.list(overdue)->first().right, RequestRight::Access);

    CaseFilter thisWeek;
    thisWeek.dueBetween = std::make_pair(today, today.addDays(7));
    QCOMPARE(cases.list(thisWeek)->size(), 1);
    QCOMPARE(cases.list(thisWeek)->first().right, RequestRight::Erasure);

    CaseFilter byRight;
    byRight.right = RequestRight::Objection;
    QCOMPARE(cases.list(byRight)->size(), 1);

    CaseFilter byStatus;
    byStatus.status = CaseStatus::Answered;
    QCOMPARE(cases.list(byStatus)->size(), 0);
    QCOMPARE(cases.list()->size(), 3);
    // Sorted by due date.
    QCOMPARE(cases.list()->at(0).right, RequestRight::Access);
    QCOMPARE(cases.list()->at(2).right, RequestRight::Objection);
}

void TestCaseService::auditSummaryHasNoPersonalData()
{
    const CaseRecord opened = m_t->session->cases().openRequest(request(QStringLiteral("2027-03-05")))->first();
    const QList<AuditEvent> events
        = AuditLog(m_t->session->database(), m_t->session->keys()).eventsFor(QStringLiteral("case"), opened.id).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].action, QStringLiteral("case.opened"));
    QVERIFY(events[0].summary.contains(opened.reference));
    QVERIFY(events[0].summary.contains(QLatin1String("due=2027-04-05")));
    for (const QString& secret : { QStringLiteral("Tolvan"), QStringLiteral("121212"), QStringLiteral("tolvan@"),
                                   QStringLiteral("example.se") })
        QVERIFY2(!events[0].summary.contains(secret), qPrintable(events[0].summary));
}

void TestCaseService::newSubjectAndRequestAreOneUnit()
{
    OpenRequest open = request(QStringLiteral("2027-03-05"));
    open.subjectId = 0;
    open.newSubject = NewSubject { QStringLiteral("Sven Prov"), QStringLiteral("19900602-2397"), {}, {}, {} };
    open.controller = QStringLiteral("Nobody AB"); // fails after the subject was added
    const qint64 subjectsBefore = m_t->countRows(QStringLiteral("subjects"));
    const qint64 auditBefore = m_t->countRows(QStringLiteral("audit_events"));
    QVERIFY(!m_t->session->cases().openRequest(open).ok());
    QCOMPARE(m_t->countRows(QStringLiteral("subjects")), subjectsBefore);
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), auditBefore);

    open.controller.clear();
    Result<QList<CaseRecord>> opened = m_t->session->cases().openRequest(open);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(m_t->countRows(QStringLiteral("subjects")), subjectsBefore + 1);
    QCOMPARE(opened->first().subjectName, QStringLiteral("Sven Prov"));
}

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
