// The audit chain finds an edited, deleted, inserted or reordered event, a chain recomputed without the
// key, and a cut-off tail; the CSV export is well-formed.
#include "TestSession.h"
#include "services/AuditService.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wholeChainVerifies();
    void tampering_data();
    void tampering();
    void recomputedChainWithoutTheKeyIsFound();
    void csvExport();

private:
    void run(const QString& sql);
    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLog::init()
{
    m_t = std::make_unique<test::TestSession>();
    m_t->addController();
    for (int i = 0; i < 4; ++i)
        m_t->addSubject(QStringLiteral("Person %1").arg(i));
    m_log = std::make_unique<AuditLog>(m_t->session->database(), m_t->session->keys());
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_t.reset();
}

void TestAuditLog::run(const QString& sql)
{
    // ";;" separates statements that must run one after the other.
    for (const QString& statement : sql.split(QStringLiteral(";;"))) {
        const Status done = SqlQuery::run(m_t->session->database(), statement);
        QVERIFY2(done.ok(), qPrintable(done.error()));
    }
}

void TestAuditLog::wholeChainVerifies()
{
    const AuditVerification result = m_log->verify().value();
    QVERIFY2(result.intact, qPrintable(result.problem));
    QCOMPARE(result.events, m_t->countRows(QStringLiteral("audit_events")));
    QVERIFY(result.events >= 7);
}

void TestAuditLog::tampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("edited summary") << QStringLiteral("UPDATE audit_events SET summary = 'tampered' WHERE seq = 4")
                                    << qint64(4) << QStringLiteral("altered");
    QTest::newRow("edited actor") << QStringLiteral("UPDATE audit_events SET actor = 'someone' WHERE seq = 2")
                                  << qint64(2) << QStringLiteral("altered");
    QTest::newRow("deleted in the middle")
        << QStringLiteral("DELETE FROM audit_events WHERE seq = 3") << qint64(4) << QStringLiteral("deleted");
    QTest::newRow("inserted") << QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor, action, "
                                                "entity_type, entity_id, summary, prev_hash, hash, mac) SELECT 1000, "
                                                "occurred_at, actor, action, entity_type, entity_id, summary, "
                                                "prev_hash, hash, mac FROM audit_events WHERE seq = 2")
                              << qint64(1000) << QStringLiteral("deleted");
    QTest::newRow("reordered") << QStringLiteral("UPDATE audit_events SET seq = -2 WHERE seq = 2;;"
                                                 "UPDATE audit_events SET seq = 2 WHERE seq = 3;;"
                                                 "UPDATE audit_events SET seq = 3 WHERE seq = -2")
                               << qint64(2) << QStringLiteral("does not follow");
    QTest::newRow("tail cut off") << QStringLiteral("DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM "
                                                    "audit_events)")
                                  << qint64(-1) << QStringLiteral("last events were deleted");
    QTest::newRow("head deleted") << QStringLiteral("DELETE FROM audit_head") << qint64(-1)
                                  << QStringLiteral("missing");
}

void TestAuditLog::tampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, problemPart);
    run(sql);
    const AuditVerification result = m_log->verify().value();
    QVERIFY(!result.intact);
    QVERIFY2(result.problem.contains(problemPart), qPrintable(result.problem));
    if (brokenSeq > 0)
        QCOMPARE(result.brokenSeq, brokenSeq);
}

void TestAuditLog::recomputedChainWithoutTheKeyIsFound()
{
    // An attacker edits event 3 and recomputes every SHA-256 hash after it: without the key the MACs fail.
    run(QStringLiteral("UPDATE audit_events SET summary = 'identifiers=' WHERE seq = 3"));
    Result<QSqlQuery> rows = SqlQuery::exec(
        m_t->session->database(),
        QStringLiteral("SELECT id, seq, occurred_at, actor, action, entity_type, entity_id, summary FROM audit_events "
                       "ORDER BY seq"));
    QVERIFY(rows.ok());
    QByteArray previous(32, '\0');
    QList<std::pair<qint64, std::pair<QByteArray, QByteArray>>> rewritten;
    while (rows.value().next()) {
        const QSqlQuery& row = rows.value();
        AuditEvent event { row.value(0).toLongLong(), QDateTime::fromString(row.value(2).toString(), Qt::ISODateWithMs),
                           row.value(3).toString(),   row.value(4).toString(),
                           row.value(5).toString(),   row.value(6).toLongLong(),
                           row.value(7).toString(),   row.value(1).toLongLong() };
        const QByteArray hash = QCryptographicHash::hash(QByteArray(previous + AuditLog::canonicalEncoding(event)),
                                                         QCryptographicHash::Sha256);
        rewritten.append({ event.id, { previous, hash } });
        previous = hash;
    }
    for (const auto& [id, hashes] : rewritten) {
        QVERIFY(SqlQuery::run(m_t->session->database(),
                              QStringLiteral("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?"),
                              { hashes.first, hashes.second, id })
                    .ok());
    }
    const AuditVerification result = m_log->verify().value();
    QVERIFY(!result.intact);
    QCOMPARE(result.brokenSeq, qint64(3));
    QVERIFY2(result.problem.contains(QLatin1String("key")), qPrintable(result.problem));
}

void TestAuditLog::csvExport()
{
    AuditEvent tricky;
    tricky.seq = 7;
    tricky.occurredAt = QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC);
    tricky.actor = QStringLiteral("=HYPERLINK(\"x\")");
    tricky.action = QStringLiteral("case.opened");
    tricky.entityType = QStringLiteral("case");
    tricky.entityId = 12;
    tricky.summary = QStringLiteral("a, \"quoted\"\nline");
    const QByteArray csv = AuditService::toCsv({ tricky });
    QVERIFY(csv.startsWith("seq,occurred_at_utc,actor,action,entity_type,entity_id,summary\r\n"));
    QVERIFY2(csv.contains("7,2027-03-10T09:00:00.000Z,\"'=HYPERLINK(\"\"x\"\")\",case.opened,case,12,"
                          "\"a, \"\"quoted\"\"\nline\"\r\n"),
             csv.constData());

    test::TestSession dpo(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Dpo);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    Result<qint64> written = dpo.session->audit().exportCsv(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), written.value() + 1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
