#include "TestSession.h"
#include "services/RetentionService.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace dsar;

class TestRetentionService : public QObject
{
    Q_OBJECT
private slots:
    void purgesClosedCasesPastRetention();
    void retentionYearsAreASetting();

private:
    static void close(test::TestSession& t, const QString& reference, const QString& closedAt);
};

void TestRetentionService::close(test::TestSession& t, const QString& reference, const QString& closedAt)
{
    // The workflow that closes cases comes later; the state is set directly here.
    QVERIFY(SqlQuery::run(t.session->database(),
                          QStringLiteral("UPDATE cases SET status = 'closed', closed_at = ? WHERE reference = ?"),
                          { closedAt, reference })
                .ok());
}

void TestRetentionService::purgesClosedCasesPastRetention()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Dpo);
    t.addController();
    const SubjectRecord gone = t.addSubject(QStringLiteral("Sven Prov"), QStringLiteral("19900602-2397"));
    const SubjectRecord kept = t.addSubject(QStringLiteral("Tolvan Tolvansson"));
    auto open = [&t](qint64 subjectId, QList<RequestRight> rights, QDate received) {
        OpenRequest request;
        request.subjectId = subjectId;
        request.rights = rights;
        request.received = ReceiptTime::fromDate(received);
        return t.session->cases().openRequest(request).value();
    };
    const QList<CaseRecord> old = open(gone.id, { RequestRight::Access }, QDate(2023, 1, 10));
    const QList<CaseRecord> pair = open(kept.id, { RequestRight::Access, RequestRight::Erasure }, QDate(2023, 2, 1));
    const QList<CaseRecord> recent = open(kept.id, { RequestRight::Objection }, QDate(2025, 1, 1));
    close(t, old[0].reference, QStringLiteral("2024-02-01T10:00:00Z")); // 3 years passed on 2027-02-01
    close(t, pair[0].reference, QStringLiteral("2024-03-01T10:00:00Z"));
    close(t, recent[0].reference, QStringLiteral("2025-02-01T10:00:00Z")); // kept until 2028

    RetentionService& retention = t.session->retention();
    const QList<PurgeCandidate> due = retention.due().value();
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].reference, old[0].reference);
    QCOMPARE(due[1].reference, pair[0].reference);

    const QList<PurgeCandidate> purged = retention.purge(QString()).value();
    QCOMPARE(purged.size(), 2);
    // The subject with no other case went with it; the other keeps its remaining cases.
    QVERIFY(!SubjectService(t.session->database(), t.clock, t.actorWithRole(Role::Dpo), t.session->keys())
                 .byId(gone.id)
                 .ok());
    QCOMPARE(t.countRows(QStringLiteral("subjects")), 1);
    QCOMPARE(t.countRows(QStringLiteral("cases")), 2);
    QVERIFY(!t.session->cases().byReference(old[0].reference).ok());
    QVERIFY(t.session->cases().byReference(pair[1].reference).ok());
    QCOMPARE(t.countRows(QStringLiteral("requests")), 2);

    // What remains is a record without personal data, and the purge is audited in a whole chain.
    Result<QSqlQuery> records
        = SqlQuery::exec(t.session->database(),
                         QStringLiteral("SELECT reference, received_date, purged_by, reason FROM purge_records "
                                        "ORDER BY reference"));
    QVERIFY(records.value().next());
    QCOMPARE(records.value().value(0).toString(), old[0].reference);
    QCOMPARE(records.value().value(1).toString(), QStringLiteral("2023-01-10"));
    QCOMPARE(records.value().value(2).toString(), QStringLiteral("user"));
    QVERIFY(!records.value().value(3).toString().isEmpty());
    const QList<AuditEvent> events
        = AuditLog(t.session->database(), t.session->keys()).eventsFor(QStringLiteral("case"), old[0].id).value();
    QCOMPARE(events.last().action, QStringLiteral("case.purged"));
    QVERIFY(t.session->audit().verify()->intact);
    QCOMPARE(retention.due()->size(), 0);
}

void TestRetentionService::retentionYearsAreASetting()
{
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Dpo);
    QCOMPARE(t.session->settings().closedCaseRetentionYears().value(), 3);
    QVERIFY(
        SqlQuery::run(t.session->database(),
                      QStringLiteral("INSERT INTO settings (key, value) VALUES ('retention.closed_case_years', '0')"))
            .ok());
    QVERIFY(!t.session->retention().due().ok());
}

QTEST_GUILESS_MAIN(TestRetentionService)
#include "tst_retentionservice.moc"
