#include "calendar/CalendarProfile.h"
#include "calendar/LegalCalendar.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace dsar;

Q_DECLARE_METATYPE(dsar::CalendarProfile)

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestLegalCalendar : public QObject
{
    Q_OBJECT

private slots:
    void profileCodes_data();
    void profileCodes();
    void addMonthsClamped_data();
    void addMonthsClamped();
    void addMonthsClampedSweep();
    void isWorkingDay_data();
    void isWorkingDay();
    void rollForward_data();
    void rollForward();
    void rollForwardSweep();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void workingDaysConsistency();
    void invalidDates();
};

void TestLegalCalendar::profileCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<CalendarProfile>("expected");
    QTest::newRow("EU") << QStringLiteral("EU") << true << CalendarProfile::EU;
    QTest::newRow("eu") << QStringLiteral("eu") << true << CalendarProfile::EU;
    QTest::newRow("SE1930") << QStringLiteral("SE1930") << true << CalendarProfile::SE1930;
    QTest::newRow("se1930") << QStringLiteral("se1930") << true << CalendarProfile::SE1930;
    QTest::newRow("blanks around") << QStringLiteral(" Se1930 ") << true << CalendarProfile::SE1930;
    QTest::newRow("empty") << QString() << false << CalendarProfile::EU;
    QTest::newRow("SE") << QStringLiteral("SE") << false << CalendarProfile::EU;
    QTest::newRow("EU1") << QStringLiteral("EU1") << false << CalendarProfile::EU;
    QTest::newRow("SE1989") << QStringLiteral("SE1989") << false << CalendarProfile::EU;
}

void TestLegalCalendar::profileCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(CalendarProfile, expected);
    const std::optional<CalendarProfile> parsed = calendarProfileFromCode(code);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, expected);
        // Round trip through the canonical code.
        QCOMPARE(calendarProfileFromCode(calendarProfileCode(expected)), parsed);
    }
    QCOMPARE(calendarProfileCode(CalendarProfile::EU), QStringLiteral("EU"));
    QCOMPARE(calendarProfileCode(CalendarProfile::SE1930), QStringLiteral("SE1930"));
}

void TestLegalCalendar::addMonthsClamped_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("same date") << date("2027-03-05") << 1 << date("2027-04-05");
    QTest::newRow("31 Aug -> 30 Sep") << date("2027-08-31") << 1 << date("2027-09-30");
    QTest::newRow("31 Jan -> 28 Feb, not 3 March") << date("2027-01-31") << 1 << date("2027-02-28");
    QTest::newRow("30 Jan -> 28 Feb") << date("2027-01-30") << 1 << date("2027-02-28");
    QTest::newRow("29 Jan -> 28 Feb") << date("2027-01-29") << 1 << date("2027-02-28");
    QTest::newRow("28 Jan -> 28 Feb") << date("2027-01-28") << 1 << date("2027-02-28");
    QTest::newRow("leap 31 Jan -> 29 Feb") << date("2028-01-31") << 1 << date("2028-02-29");
    QTest::newRow("2000 leap (400)") << date("2000-01-31") << 1 << date("2000-02-29");
    QTest::newRow("2100 not leap (100)") << date("2100-01-31") << 1 << date("2100-02-28");
    QTest::newRow("31 Oct -> 30 Nov") << date("2027-10-31") << 1 << date("2027-11-30");
    QTest::newRow("31 Dec -> 31 Jan") << date("2027-12-31") << 1 << date("2028-01-31");
    QTest::newRow("over the year end") << date("2027-12-15") << 1 << date("2028-01-15");
    QTest::newRow("+3 from 31 Jan") << date("2027-01-31") << 3 << date("2027-04-30");
    QTest::newRow("+2 from 28 Feb") << date("2027-02-28") << 2 << date("2027-04-28");
    QTest::newRow("+3 from 30 Nov") << date("2027-11-30") << 3 << date("2028-02-29");
    QTest::newRow("0 months") << date("2027-01-31") << 0 << date("2027-01-31");
    QTest::newRow("+12 from 29 Feb") << date("2028-02-29") << 12 << date("2029-02-28");
    QTest::newRow("+60 from 29 Feb (PTL example)") << date("2028-02-29") << 60 << date("2033-02-28");
    QTest::newRow("+48 from 29 Feb") << date("2028-02-29") << 48 << date("2032-02-29");
    QTest::newRow("-1 from 31 Mar") << date("2027-03-31") << -1 << date("2027-02-28");
    QTest::newRow("-1 from 30 Mar leap") << date("2028-03-30") << -1 << date("2028-02-29");
    QTest::newRow("-1 over the year start") << date("2027-01-15") << -1 << date("2026-12-15");
    QTest::newRow("-13") << date("2027-01-31") << -13 << date("2025-12-31");
    QTest::newRow("-14 clamps") << date("2027-01-31") << -14 << date("2025-11-30");
    QTest::newRow("into 1 BC (no year 0)") << QDate(1, 1, 31) << -1 << QDate(-1, 12, 31);
    QTest::newRow("out of 1 BC") << QDate(-1, 12, 31) << 2 << QDate(1, 2, 28);
}

void TestLegalCalendar::addMonthsClamped()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(LegalCalendar::addMonthsClamped(from, months), expected);
}

void TestLegalCalendar::addMonthsClampedSweep()
{
    // 1182/71 Art. 3(2)(c) by definition, for every day 2020-2040 and 1 to 3 months (the GDPR periods):
    // the target month is exactly `months` later and the day is the same or the last day of that month.
    for (QDate d(2020, 1, 1); d <= QDate(2040, 12, 31); d = d.addDays(1)) {
        for (int months = 1; months <= 3; ++months) {
            const int index = d.month() - 1 + months;
            const QDate first(d.year() + index / 12, index % 12 + 1, 1);
            const QDate expected(first.year(), first.month(), std::min(d.day(), first.daysInMonth()));
            const QDate actual = LegalCalendar::addMonthsClamped(d, months);
            if (actual != expected)
                QFAIL(qPrintable(d.toString(Qt::ISODate) + QStringLiteral(" + %1").arg(months)));
        }
    }
}

void TestLegalCalendar::isWorkingDay_data()
{
    QTest::addColumn<CalendarProfile>("profile");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("expected");
    const struct
    {
        const char* name;
        const char* iso;
        bool eu;
        bool se1930;
    } rows[] = {
        { "ordinary Monday", "2027-03-08", true, true },
        { "Saturday", "2027-03-06", false, false },
        { "Sunday", "2027-03-07", false, false },
        { "nyårsdagen", "2027-01-01", false, false },
        { "trettondedag jul", "2027-01-06", false, false },
        { "långfredagen", "2027-03-26", false, false },
        { "annandag påsk", "2027-03-29", false, false },
        { "Kristi himmelsfärdsdag", "2027-05-06", false, false },
        { "Whit Monday is a working day", "2027-05-17", true, true },
        { "day after nationaldagen (Sunday)", "2027-06-07", true, true },
        { "nationaldagen on a weekday", "2028-06-06", false, false },
        { "midsommarafton", "2027-06-25", true, false },
        { "julafton", "2027-12-24", true, false },
        { "nyårsafton", "2027-12-31", true, false },
        { "23 December", "2027-12-23", true, true },
    };
    for (const auto& row : rows) {
        QTest::addRow("EU %s", row.name) << CalendarProfile::EU << date(row.iso) << row.eu;
        QTest::addRow("SE1930 %s", row.name) << CalendarProfile::SE1930 << date(row.iso) << row.se1930;
    }
}

void TestLegalCalendar::isWorkingDay()
{
    QFETCH(CalendarProfile, profile);
    QFETCH(QDate, day);
    QFETCH(bool, expected);
    QCOMPARE(LegalCalendar(profile).isWorkingDay(day), expected);
}

void TestLegalCalendar::rollForward_data()
{
    QTest::addColumn<CalendarProfile>("profile");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("expected");
    const auto eu = CalendarProfile::EU;
    const auto se = CalendarProfile::SE1930;
    QTest::newRow("working day stays") << eu << date("2027-04-05") << date("2027-04-05");
    QTest::newRow("Good Friday -> Easter Monday -> Tuesday") << eu << date("2027-03-26") << date("2027-03-30");
    QTest::newRow("Easter Saturday") << eu << date("2027-03-27") << date("2027-03-30");
    QTest::newRow("Saturday 1 May -> Monday") << eu << date("2027-05-01") << date("2027-05-03");
    QTest::newRow("Saturday 30 Apr 2028 -> Sunday -> 1 May -> Tuesday")
        << eu << date("2028-04-29") << date("2028-05-02");
    QTest::newRow("Ascension -> Friday") << eu << date("2027-05-06") << date("2027-05-07");
    QTest::newRow("Saturday 5 Jun -> Sunday 6 Jun -> Monday") << eu << date("2027-06-05") << date("2027-06-07");
    QTest::newRow("alla helgons dag") << eu << date("2027-11-06") << date("2027-11-08");
    QTest::newRow("juldagen Fri, annandag Sat, Sunday") << eu << date("2026-12-25") << date("2026-12-28");
    QTest::newRow("EU midsommarafton stays") << eu << date("2027-06-25") << date("2027-06-25");
    QTest::newRow("SE1930 midsommarafton") << se << date("2027-06-25") << date("2027-06-28");
    QTest::newRow("EU julafton stays") << eu << date("2026-12-24") << date("2026-12-24");
    QTest::newRow("SE1930 julafton Thu -> Mon") << se << date("2026-12-24") << date("2026-12-28");
    QTest::newRow("EU nyårsafton stays") << eu << date("2027-12-31") << date("2027-12-31");
    QTest::newRow("SE1930 nyårsafton -> over the year end") << se << date("2027-12-31") << date("2028-01-03");
    QTest::newRow("SE1930 julafton Wed -> Mon") << se << date("2025-12-24") << date("2025-12-29");
    QTest::newRow("SE1930 Good Friday") << se << date("2027-03-26") << date("2027-03-30");
}

void TestLegalCalendar::rollForward()
{
    QFETCH(CalendarProfile, profile);
    QFETCH(QDate, day);
    QFETCH(QDate, expected);
    QCOMPARE(LegalCalendar(profile).rollForward(day), expected);
}

void TestLegalCalendar::rollForwardSweep()
{
    const LegalCalendar eu(CalendarProfile::EU);
    const LegalCalendar se(CalendarProfile::SE1930);
    for (QDate d(2020, 1, 1); d <= QDate(2040, 12, 31); d = d.addDays(1)) {
        const QDate rolledEu = eu.rollForward(d);
        const QDate rolledSe = se.rollForward(d);
        // The first working day on or after d: nothing in between is a working day.
        QVERIFY(eu.isWorkingDay(rolledEu));
        QVERIFY(rolledEu >= d);
        for (QDate between = d; between < rolledEu; between = between.addDays(1))
            QVERIFY(!eu.isWorkingDay(between));
        QVERIFY(se.isWorkingDay(rolledSe));
        // SE1930 has more non-working days, so it never rolls to an earlier date.
        QVERIFY(rolledSe >= rolledEu);
        // Chains are short: at most four non-working days in a row in EU (Good Friday to Easter Monday,
        // juldagen on a Thursday), five in SE1930 (julafton on a Wednesday).
        QVERIFY(d.daysTo(rolledEu) <= 4);
        QVERIFY(d.daysTo(rolledSe) <= 5);
    }
}

void TestLegalCalendar::addWorkingDays_data()
{
    QTest::addColumn<CalendarProfile>("profile");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("expected");
    const auto eu = CalendarProfile::EU;
    const auto se = CalendarProfile::SE1930;
    QTest::newRow("Friday + 3") << eu << date("2027-03-05") << 3 << date("2027-03-10");
    QTest::newRow("Saturday + 1") << eu << date("2027-03-06") << 1 << date("2027-03-08");
    QTest::newRow("over Easter") << eu << date("2027-03-24") << 3 << date("2027-03-31");
    QTest::newRow("zero stays, even on a Sunday") << eu << date("2027-03-07") << 0 << date("2027-03-07");
    QTest::newRow("EU julafton counts") << eu << date("2027-12-23") << 1 << date("2027-12-24");
    QTest::newRow("SE1930 julafton does not") << se << date("2027-12-23") << 1 << date("2027-12-27");
    QTest::newRow("backwards over Easter") << eu << date("2027-03-30") << -1 << date("2027-03-25");
    QTest::newRow("20 working days") << eu << date("2027-03-05") << 20 << date("2027-04-06");
}

void TestLegalCalendar::addWorkingDays()
{
    QFETCH(CalendarProfile, profile);
    QFETCH(QDate, from);
    QFETCH(int, count);
    QFETCH(QDate, expected);
    QCOMPARE(LegalCalendar(profile).addWorkingDays(from, count), expected);
}

void TestLegalCalendar::workingDaysBetween_data()
{
    QTest::addColumn<CalendarProfile>("profile");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    const auto eu = CalendarProfile::EU;
    const auto se = CalendarProfile::SE1930;
    QTest::newRow("Fri to Wed") << eu << date("2027-03-05") << date("2027-03-10") << 3;
    QTest::newRow("same day") << eu << date("2027-03-05") << date("2027-03-05") << 0;
    QTest::newRow("backwards") << eu << date("2027-03-10") << date("2027-03-05") << 0;
    QTest::newRow("over Easter") << eu << date("2027-03-25") << date("2027-03-30") << 1;
    // 2027: 365 days, 104 weekend days, 5 holidays on weekdays (1 Jan, 6 Jan, 26 Mar, 29 Mar, 6 May).
    QTest::newRow("EU year 2027") << eu << date("2026-12-31") << date("2027-12-31") << 256;
    // SE1930 also midsommarafton 25 Jun, julafton 24 Dec and nyårsafton 31 Dec (all Fridays).
    QTest::newRow("SE1930 year 2027") << se << date("2026-12-31") << date("2027-12-31") << 253;
}

void TestLegalCalendar::workingDaysBetween()
{
    QFETCH(CalendarProfile, profile);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(LegalCalendar(profile).workingDaysBetween(from, to), expected);
}

void TestLegalCalendar::workingDaysConsistency()
{
    for (const CalendarProfile profile : { CalendarProfile::EU, CalendarProfile::SE1930 }) {
        const LegalCalendar calendar(profile);
        for (QDate d(2026, 1, 1); d <= QDate(2028, 12, 31); d = d.addDays(1)) {
            for (int n = 1; n <= 5; ++n) {
                const QDate later = calendar.addWorkingDays(d, n);
                QVERIFY(calendar.isWorkingDay(later));
                QCOMPARE(calendar.workingDaysBetween(d, later), n);
                QCOMPARE(calendar.workingDaysBetween(d, later.addDays(-1)), n - 1);
            }
        }
    }
}

void TestLegalCalendar::invalidDates()
{
    const LegalCalendar calendar;
    QCOMPARE(calendar.profile(), CalendarProfile::EU);
    QVERIFY(!calendar.isWorkingDay(QDate()));
    QVERIFY(!calendar.rollForward(QDate()).isValid());
    QVERIFY(!calendar.addWorkingDays(QDate(), 3).isValid());
    QCOMPARE(calendar.workingDaysBetween(QDate(), date("2027-03-05")), 0);
    QCOMPARE(calendar.workingDaysBetween(date("2027-03-05"), QDate()), 0);
    QVERIFY(!LegalCalendar::addMonthsClamped(QDate(), 1).isValid());
}

QTEST_APPLESS_MAIN(TestLegalCalendar)

#include "tst_legalcalendar.moc"
