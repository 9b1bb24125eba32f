#include "calendar/ReceiptTime.h"
#include "calendar/StockholmTime.h"

#include <QTest>

using namespace dsar;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime utc(const char* isoWithoutZone, int ms = 0)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(isoWithoutZone), Qt::ISODate);
    t.setTimeSpec(Qt::UTC); // the digits are UTC
    return t.addMSecs(ms);
}

} // namespace

class TestReceiptTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stockholmTransitions2027();
    void parseDate_data();
    void parseDate();
    void parseInstant_data();
    void parseInstant();
    void reject_data();
    void reject();
    void fromInstant();
    void fromDate();
};

void TestReceiptTime::initTestCase()
{
    QVERIFY2(StockholmTime::isAvailable(), "Europe/Stockholm is missing: install tzdata");
}

void TestReceiptTime::stockholmTransitions2027()
{
    // The DST changes the instant rows below rely on: CET -> CEST on 2027-03-28 at 01:00 UTC and
    // CEST -> CET on 2027-10-31 at 01:00 UTC (EU: last Sunday of March and of October).
    const QTimeZone zone = StockholmTime::zone();
    QCOMPARE(zone.offsetFromUtc(utc("2027-03-28T00:59:59")), 3600);
    QCOMPARE(zone.offsetFromUtc(utc("2027-03-28T01:00:00")), 7200);
    QCOMPARE(zone.offsetFromUtc(utc("2027-10-31T00:59:59")), 7200);
    QCOMPARE(zone.offsetFromUtc(utc("2027-10-31T01:00:00")), 3600);
}

void TestReceiptTime::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ordinary") << QStringLiteral("2027-03-05") << date("2027-03-05");
    QTest::newRow("leap day") << QStringLiteral("2028-02-29") << date("2028-02-29");
    QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29") << date("2000-02-29");
    QTest::newRow("31 December") << QStringLiteral("2027-12-31") << date("2027-12-31");
}

void TestReceiptTime::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const Result<ReceiptTime> parsed = ReceiptTimeParser::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->stockholmDate, expected);
    // A bare date (e.g. a postmark) has no instant.
    QVERIFY(!parsed->instant.has_value());
}

void TestReceiptTime::parseInstant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expectedUtc");
    QTest::addColumn<QDate>("expectedDate");

    // LEGAL.md 1.1 item 1: the Stockholm date, not the UTC date.
    QTest::newRow("22:30Z is 1 April in Stockholm")
        << QStringLiteral("2027-03-31T22:30:00Z") << utc("2027-03-31T22:30:00") << date("2027-04-01");
    QTest::newRow("without seconds") << QStringLiteral("2027-03-31T22:30Z") << utc("2027-03-31T22:30:00")
                                     << date("2027-04-01");
    QTest::newRow("milliseconds") << QStringLiteral("2027-03-31T22:30:00.123Z") << utc("2027-03-31T22:30:00", 123)
                                  << date("2027-04-01");
    QTest::newRow("decimal comma") << QStringLiteral("2027-03-31T22:30:00,5Z") << utc("2027-03-31T22:30:00", 500)
                                   << date("2027-04-01");
    QTest::newRow("last second of 31 March (CEST)")
        << QStringLiteral("2027-03-31T21:59:59Z") << utc("2027-03-31T21:59:59") << date("2027-03-31");
    QTest::newRow("Stockholm midnight (CEST)")
        << QStringLiteral("2027-03-31T22:00:00Z") << utc("2027-03-31T22:00:00") << date("2027-04-01");
    QTest::newRow("+02:00 offset") << QStringLiteral("2027-04-01T00:30:00+02:00") << utc("2027-03-31T22:30:00")
                                   << date("2027-04-01");
    QTest::newRow("-01:00 offset") << QStringLiteral("2027-03-31T23:30:00-01:00") << utc("2027-04-01T00:30:00")
                                   << date("2027-04-01");
    QTest::newRow("+05:30 offset") << QStringLiteral("2027-04-01T03:59:00+05:30") << utc("2027-03-31T22:29:00")
                                   << date("2027-04-01");
    QTest::newRow("+14:00 offset") << QStringLiteral("2027-04-01T12:00:00+14:00") << utc("2027-03-31T22:00:00")
                                   << date("2027-04-01");
    QTest::newRow("-00:00 offset") << QStringLiteral("2027-03-31T21:00:00-00:00") << utc("2027-03-31T21:00:00")
                                   << date("2027-03-31");
    // Winter (CET, +01:00).
    QTest::newRow("winter 23:30Z is the next day")
        << QStringLiteral("2027-01-15T23:30:00Z") << utc("2027-01-15T23:30:00") << date("2027-01-16");
    QTest::newRow("winter 22:59:59Z is the same day")
        << QStringLiteral("2027-01-15T22:59:59Z") << utc("2027-01-15T22:59:59") << date("2027-01-15");
    // Spring forward, 2027-03-28 01:00 UTC.
    QTest::newRow("before spring forward")
        << QStringLiteral("2027-03-27T23:30:00Z") << utc("2027-03-27T23:30:00") << date("2027-03-28");
    QTest::newRow("after spring forward, evening")
        << QStringLiteral("2027-03-28T21:59:59Z") << utc("2027-03-28T21:59:59") << date("2027-03-28");
    QTest::newRow("after spring forward, 22:30Z is next day (CET would say 23:30)")
        << QStringLiteral("2027-03-28T22:30:00Z") << utc("2027-03-28T22:30:00") << date("2027-03-29");
    // Fall back, 2027-10-31 01:00 UTC.
    QTest::newRow("2027-10-30T23:30Z is 31 Oct (01:30 CEST)")
        << QStringLiteral("2027-10-30T23:30:00Z") << utc("2027-10-30T23:30:00") << date("2027-10-31");
    QTest::newRow("last second of 30 Oct (CEST)")
        << QStringLiteral("2027-10-30T21:59:59Z") << utc("2027-10-30T21:59:59") << date("2027-10-30");
    QTest::newRow("after fall back, 22:30Z is still 31 Oct (CEST would say 1 Nov)")
        << QStringLiteral("2027-10-31T22:30:00Z") << utc("2027-10-31T22:30:00") << date("2027-10-31");
    QTest::newRow("after fall back, 23:00Z is 1 Nov")
        << QStringLiteral("2027-10-31T23:00:00Z") << utc("2027-10-31T23:00:00") << date("2027-11-01");
    // 02:30 happens twice in Stockholm on 31 Oct; the offset says which.
    QTest::newRow("repeated hour, first")
        << QStringLiteral("2027-10-31T02:30:00+02:00") << utc("2027-10-31T00:30:00") << date("2027-10-31");
    QTest::newRow("repeated hour, second")
        << QStringLiteral("2027-10-31T02:30:00+01:00") << utc("2027-10-31T01:30:00") << date("2027-10-31");
}

void TestReceiptTime::parseInstant()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expectedUtc);
    QFETCH(QDate, expectedDate);
    const Result<ReceiptTime> parsed = ReceiptTimeParser::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->stockholmDate, expectedDate);
    QVERIFY(parsed->instant.has_value());
    QCOMPARE(*parsed->instant, expectedUtc);
    QCOMPARE(parsed->instant->timeSpec(), Qt::UTC);
}

void TestReceiptTime::reject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustSay"); // parts of the message: what is wrong and what to write

    const QStringList useForm { QStringLiteral("YYYY-MM-DD"), QStringLiteral("2027-03-05"),
                                QStringLiteral("2027-03-31T22:30:00Z") };
    const QStringList notRealDate { QStringLiteral("not a real date"), QStringLiteral("2027-03-05") };
    const QStringList notRealDateTime { QStringLiteral("not a real date and time"),
                                        QStringLiteral("2027-03-31T22:30:00Z") };
    const QStringList asciiDigits { QStringLiteral("digits other than 0-9"), QStringLiteral("2027-03-05") };

    QTest::newRow("empty") << QString()
                           << QStringList { QStringLiteral("No receipt date"), QStringLiteral("2027-03-05") };
    QTest::newRow("30 February") << QStringLiteral("2027-02-30") << notRealDate;
    QTest::newRow("29 February, not a leap year") << QStringLiteral("2027-02-29") << notRealDate;
    QTest::newRow("month 13") << QStringLiteral("2027-13-01") << notRealDate;
    QTest::newRow("year 0") << QStringLiteral("0000-01-01") << notRealDate;
    QTest::newRow("no leading zeros") << QStringLiteral("2027-3-5") << useForm;
    QTest::newRow("day/month/year") << QStringLiteral("05/03/2027") << useForm;
    QTest::newRow("Swedish short") << QStringLiteral("27-03-05") << useForm;
    QTest::newRow("no separators") << QStringLiteral("20270305") << useForm;
    QTest::newRow("trailing text") << QStringLiteral("2027-03-05x") << useForm;
    QTest::newRow("T without time") << QStringLiteral("2027-03-05T") << useForm;
    QTest::newRow("space instead of T") << QStringLiteral("2027-03-31 22:30:00Z") << useForm;
    QTest::newRow("lower-case t and z") << QStringLiteral("2027-03-31t22:30:00z") << useForm;
    QTest::newRow("offset without colon") << QStringLiteral("2027-03-31T22:30:00+0100") << useForm;
    QTest::newRow("offset hours only") << QStringLiteral("2027-03-31T22:30:00+01") << useForm;
    QTest::newRow("time zone name") << QStringLiteral("2027-03-31T22:30:00 CET") << useForm;
    QTest::newRow("words") << QStringLiteral("yesterday") << useForm;
    QTest::newRow("no offset") << QStringLiteral("2027-03-31T22:30:00")
                               << QStringList { QStringLiteral("ambiguous"), QStringLiteral("Z"),
                                                QStringLiteral("+01:00"), QStringLiteral("2027-03-31T22:30:00Z") };
    QTest::newRow("no offset, no seconds")
        << QStringLiteral("2027-03-31T22:30") << QStringList { QStringLiteral("ambiguous"), QStringLiteral("+01:00") };
    QTest::newRow("no offset, fraction") << QStringLiteral("2027-03-31T22:30:00.250")
                                         << QStringList { QStringLiteral("ambiguous") };
    QTest::newRow("30 February, no offset") << QStringLiteral("2027-02-30T10:00:00") << notRealDateTime;
    QTest::newRow("24:00") << QStringLiteral("2027-03-31T24:00:00Z") << notRealDateTime;
    QTest::newRow("hour 25") << QStringLiteral("2027-03-31T25:00:00Z") << notRealDateTime;
    QTest::newRow("minute 60") << QStringLiteral("2027-03-31T22:60:00Z") << notRealDateTime;
    QTest::newRow("leap second") << QStringLiteral("2027-03-31T23:59:60Z") << notRealDateTime;
    QTest::newRow("offset +15:00") << QStringLiteral("2027-03-31T22:30:00+15:00") << notRealDateTime;
    QTest::newRow("offset minutes 60") << QStringLiteral("2027-03-31T22:30:00+01:60") << notRealDateTime;
    QTest::newRow("30 February with time") << QStringLiteral("2027-02-30T10:00:00Z") << notRealDateTime;
    QTest::newRow("fullwidth digits") << QStringLiteral("２０２７-03-05") << asciiDigits;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠٢٧-٠٣-٠٥") << asciiDigits;
    QTest::newRow("Extended Arabic-Indic digits") << QStringLiteral("۲۰۲۷-۰۳-۰۵") << asciiDigits;
    QTest::newRow("Devanagari digit in an instant") << QStringLiteral("2027-03-31T22:3०:00Z") << asciiDigits;
    QTest::newRow("leading space") << QStringLiteral(" 2027-03-05") << QStringList { QStringLiteral("spaces") };
    QTest::newRow("trailing newline") << QStringLiteral("2027-03-05\n") << QStringList { QStringLiteral("spaces") };
}

void TestReceiptTime::reject()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustSay);
    const Result<ReceiptTime> parsed = ReceiptTimeParser::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().isEmpty());
    for (const QString& part : mustSay)
        QVERIFY2(parsed.error().contains(part), qPrintable(parsed.error()));
    // The message quotes what was typed, so the user sees what is meant.
    if (!text.trimmed().isEmpty())
        QVERIFY2(parsed.error().contains(text), qPrintable(parsed.error()));
}

void TestReceiptTime::fromInstant()
{
    // An instant with an offset is stored in UTC and dated in Stockholm.
    const QDateTime withOffset = QDateTime::fromString(QStringLiteral("2027-03-31T17:30:00-05:00"), Qt::ISODate);
    QVERIFY(withOffset.isValid());
    const ReceiptTime r = ReceiptTime::fromInstant(withOffset);
    QCOMPARE(r.stockholmDate, date("2027-04-01"));
    QVERIFY(r.instant.has_value());
    QCOMPARE(r.instant->timeSpec(), Qt::UTC);
    QCOMPARE(*r.instant, utc("2027-03-31T22:30:00"));

    const QDateTime inStockholm(date("2027-04-01"), QTime(0, 30), StockholmTime::zone());
    QCOMPARE(ReceiptTime::fromInstant(inStockholm).stockholmDate, date("2027-04-01"));
    QCOMPARE(*ReceiptTime::fromInstant(inStockholm).instant, utc("2027-03-31T22:30:00"));

    // Invalid in, nothing out.
    const ReceiptTime invalid = ReceiptTime::fromInstant(QDateTime());
    QVERIFY(!invalid.stockholmDate.isValid());
    QVERIFY(!invalid.instant.has_value());
}

void TestReceiptTime::fromDate()
{
    const ReceiptTime r = ReceiptTime::fromDate(date("2027-03-05"));
    QCOMPARE(r.stockholmDate, date("2027-03-05"));
    QVERIFY(!r.instant.has_value());
}

QTEST_GUILESS_MAIN(TestReceiptTime)

#include "tst_receipttime.moc"
