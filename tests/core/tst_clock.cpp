#include "common/Clock.h"

#include <QTest>
#include <QTimeZone>

using namespace dsar;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void fixedClockMoves();
    void todayIsTakenInStockholm();
    void environmentOverride_data();
    void environmentOverride();
};

void TestClock::fixedClockMoves()
{
    FixedClock clock(QDateTime(QDate(2027, 1, 31), QTime(12, 0), Qt::UTC));
    QCOMPARE(clock.today(), QDate(2027, 1, 31));
    clock.advanceDays(1);
    QCOMPARE(clock.today(), QDate(2027, 2, 1));
    clock.advanceMonths(1);
    QCOMPARE(clock.today(), QDate(2027, 3, 1));
    QVERIFY(!clock.isOverridden());
}

void TestClock::todayIsTakenInStockholm()
{
    // 22:30 UTC on 31 March 2027 is 00:30 on 1 April in Stockholm (CEST).
    const FixedClock clock(QDateTime(QDate(2027, 3, 31), QTime(22, 30), Qt::UTC));
    QCOMPARE(clock.today(), QDate(2027, 4, 1));
}

void TestClock::environmentOverride_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QDate>("today");
    QTest::newRow("a date") << QByteArray("2027-03-05") << true << QDate(2027, 3, 5);
    QTest::newRow("leap day") << QByteArray("2028-02-29") << true << QDate(2028, 2, 29);
    QTest::newRow("no such day") << QByteArray("2027-02-29") << false << QDate();
    QTest::newRow("month 13") << QByteArray("2027-13-01") << false << QDate();
    QTest::newRow("not a date") << QByteArray("tomorrow") << false << QDate();
    QTest::newRow("short form") << QByteArray("2027-3-5") << false << QDate();
}

void TestClock::environmentOverride()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    QFETCH(QDate, today);
    qputenv("DSAR_TODAY", value);
    QString error;
    std::unique_ptr<Clock> clock = makeClockFromEnvironment(&error);
    qunsetenv("DSAR_TODAY");
    QCOMPARE(clock != nullptr, accepted);
    if (accepted) {
        QVERIFY(clock->isOverridden());
        QCOMPARE(clock->today(), today);
        QCOMPARE(clock->now().toTimeZone(QTimeZone("Europe/Stockholm")).date(), today);
    } else {
        QVERIFY2(error.contains(QString::fromLatin1(value)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("YYYY-MM-DD")), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
