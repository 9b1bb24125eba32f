#include "TestSession.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace dsar;

class TestTransaction : public QObject
{
    Q_OBJECT
private slots:
    void uncommittedIsRolledBack();
    void committedStays();
    void innerRollbackKeepsOuterWork();
    void outerRollbackUndoesCommittedInner();

private:
    static Status insertSetting(Database& db, const QString& key);
};

Status TestTransaction::insertSetting(Database& db, const QString& key)
{
    return SqlQuery::run(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"), { key });
}

void TestTransaction::uncommittedIsRolledBack()
{
    test::TestSession t;
    {
        Transaction transaction(t.session->database());
        QVERIFY(transaction.isActive());
        QVERIFY(insertSetting(t.session->database(), QStringLiteral("a")).ok());
    }
    QCOMPARE(t.countRows(QStringLiteral("settings")), 0);
}

void TestTransaction::committedStays()
{
    test::TestSession t;
    Transaction transaction(t.session->database());
    QVERIFY(insertSetting(t.session->database(), QStringLiteral("a")).ok());
    QVERIFY(transaction.commit().ok());
    QCOMPARE(t.countRows(QStringLiteral("settings")), 1);
}

void TestTransaction::innerRollbackKeepsOuterWork()
{
    test::TestSession t;
    Database& db = t.session->database();
    Transaction outer(db);
    QVERIFY(insertSetting(db, QStringLiteral("outer")).ok());
    {
        Transaction inner(db);
        QVERIFY(inner.isActive());
        QVERIFY(insertSetting(db, QStringLiteral("inner")).ok());
    }
    QVERIFY(outer.commit().ok());
    QCOMPARE(t.countRows(QStringLiteral("settings")), 1);
}

void TestTransaction::outerRollbackUndoesCommittedInner()
{
    test::TestSession t;
    Database& db = t.session->database();
    {
        Transaction outer(db);
        Transaction inner(db);
        QVERIFY(insertSetting(db, QStringLiteral("inner")).ok());
        QVERIFY(inner.commit().ok());
    }
    QCOMPARE(t.countRows(QStringLiteral("settings")), 0);
    // The connection is usable again afterwards.
    Transaction next(db);
    QVERIFY(next.isActive());
    QVERIFY(insertSetting(db, QStringLiteral("next")).ok());
    QVERIFY(next.commit().ok());
    QCOMPARE(t.countRows(QStringLiteral("settings")), 1);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
