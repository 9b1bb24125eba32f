#include "calendar/SwedishHolidays.h"

#include <QSet>
#include <QTest>

using namespace dsar;

namespace {

// A second, independent Gregorian computus (Knuth, TAOCP vol. 1, 1.3.2 exercise 14: golden number and
// epact) to check the Meeus/Jones/Butcher one in the product.
QDate easterByEpact(int year)
{
    const int golden = year % 19 + 1;
    const int century = year / 100 + 1;
    const int skippedLeapYears = 3 * century / 4 - 12;
    const int moonCorrection = (8 * century + 5) / 25 - 5;
    const int sunday = 5 * year / 4 - skippedLeapYears - 10;
    int epact = (11 * golden + 20 + moonCorrection - skippedLeapYears) % 30;
    if ((epact == 25 && golden > 11) || epact == 24)
        ++epact;
    int n = 44 - epact;
    if (n < 21)
        n += 30;
    n = n + 7 - (sunday + n) % 7;
    return n > 31 ? QDate(year, 4, n - 31) : QDate(year, 3, n);
}

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QStringList kNamedHolidays {
    QStringLiteral("nyårsdagen"),
    QStringLiteral("trettondedag jul"),
    QStringLiteral("långfredagen"),
    QStringLiteral("påskdagen"),
    QStringLiteral("annandag påsk"),
    QStringLiteral("första maj"),
    QStringLiteral("Kristi himmelsfärdsdag"),
    QStringLiteral("nationaldagen"),
    QStringLiteral("pingstdagen"),
    QStringLiteral("midsommardagen"),
    QStringLiteral("alla helgons dag"),
    QStringLiteral("juldagen"),
    QStringLiteral("annandag jul"),
};

QDate holidayNamed(const QList<Holiday>& holidays, const QString& name)
{
    for (const Holiday& h : holidays) {
        if (h.swedishName == name)
            return h.date;
    }
    return {};
}

} // namespace

class TestSwedishHolidays : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void easterAgreesWithSecondComputus();
    void holidaysOfYear_data();
    void holidaysOfYear();
    void rulesHoldEveryYear_data();
    void rulesHoldEveryYear();
    void isPublicHoliday_data();
    void isPublicHoliday();
    void eves_data();
    void eves();
    void nameOf_data();
    void nameOf();
    void invalidInput();
};

void TestSwedishHolidays::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    // 2025-2030 from LEGAL.md 2; the rest from published tables.
    const char* const table[] = {
        "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05",
        "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17",
        "2034-04-09", "2035-03-25", "2036-04-13", "2037-04-05", "2038-04-25", "2039-04-10", "2040-04-01",
    };
    for (const char* iso : table) {
        const QDate d = date(iso);
        QTest::newRow(iso) << d.year() << d;
    }
    // Extremes of the Gregorian range: 22 March and 25 April.
    QTest::newRow("2285 earliest") << 2285 << date("2285-03-22");
    QTest::newRow("1943 latest") << 1943 << date("1943-04-25");
    QTest::newRow("2008 (23 March)") << 2008 << date("2008-03-23");
}

void TestSwedishHolidays::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    const QDate easter = SwedishHolidays::easterSunday(year);
    QCOMPARE(easter, expected);
    QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
    QCOMPARE(easterByEpact(year), expected);
}

void TestSwedishHolidays::easterAgreesWithSecondComputus()
{
    // The whole range where both algorithms are defined for the Gregorian calendar.
    for (int year = 1583; year <= 4099; ++year) {
        const QDate easter = SwedishHolidays::easterSunday(year);
        QCOMPARE(easter, easterByEpact(year));
        QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
        QVERIFY(easter >= QDate(year, 3, 22));
        QVERIFY(easter <= QDate(year, 4, 25));
    }
}

void TestSwedishHolidays::holidaysOfYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected"); // "YYYY-MM-DD name", in date order

    QTest::newRow("2025") << 2025
                          << QStringList {
                                 QStringLiteral("2025-01-01 nyårsdagen"),
                                 QStringLiteral("2025-01-06 trettondedag jul"),
                                 QStringLiteral("2025-04-18 långfredagen"),
                                 QStringLiteral("2025-04-20 påskdagen"),
                                 QStringLiteral("2025-04-21 annandag påsk"),
                                 QStringLiteral("2025-05-01 första maj"),
                                 QStringLiteral("2025-05-29 Kristi himmelsfärdsdag"),
                                 QStringLiteral("2025-06-06 nationaldagen"),
                                 QStringLiteral("2025-06-08 pingstdagen"),
                                 QStringLiteral("2025-06-21 midsommardagen"),
                                 QStringLiteral("2025-11-01 alla helgons dag"),
                                 QStringLiteral("2025-12-25 juldagen"),
                                 QStringLiteral("2025-12-26 annandag jul"),
                             };
    // Pingstdagen (24 May) before nationaldagen; midsommardagen and alla helgons dag on the first day
    // of their ranges.
    QTest::newRow("2026") << 2026
                          << QStringList {
                                 QStringLiteral("2026-01-01 nyårsdagen"),
                                 QStringLiteral("2026-01-06 trettondedag jul"),
                                 QStringLiteral("2026-04-03 långfredagen"),
                                 QStringLiteral("2026-04-05 påskdagen"),
                                 QStringLiteral("2026-04-06 annandag påsk"),
                                 QStringLiteral("2026-05-01 första maj"),
                                 QStringLiteral("2026-05-14 Kristi himmelsfärdsdag"),
                                 QStringLiteral("2026-05-24 pingstdagen"),
                                 QStringLiteral("2026-06-06 nationaldagen"),
                                 QStringLiteral("2026-06-20 midsommardagen"),
                                 QStringLiteral("2026-10-31 alla helgons dag"),
                                 QStringLiteral("2026-12-25 juldagen"),
                                 QStringLiteral("2026-12-26 annandag jul"),
                             };
    // Midsommardagen and alla helgons dag on the last day of their ranges.
    QTest::newRow("2027") << 2027
                          << QStringList {
                                 QStringLiteral("2027-01-01 nyårsdagen"),
                                 QStringLiteral("2027-01-06 trettondedag jul"),
                                 QStringLiteral("2027-03-26 långfredagen"),
                                 QStringLiteral("2027-03-28 påskdagen"),
                                 QStringLiteral("2027-03-29 annandag påsk"),
                                 QStringLiteral("2027-05-01 första maj"),
                                 QStringLiteral("2027-05-06 Kristi himmelsfärdsdag"),
                                 QStringLiteral("2027-05-16 pingstdagen"),
                                 QStringLiteral("2027-06-06 nationaldagen"),
                                 QStringLiteral("2027-06-26 midsommardagen"),
                                 QStringLiteral("2027-11-06 alla helgons dag"),
                                 QStringLiteral("2027-12-25 juldagen"),
                                 QStringLiteral("2027-12-26 annandag jul"),
                             };
    QTest::newRow("2028 leap year") << 2028
                                    << QStringList {
                                           QStringLiteral("2028-01-01 nyårsdagen"),
                                           QStringLiteral("2028-01-06 trettondedag jul"),
                                           QStringLiteral("2028-04-14 långfredagen"),
                                           QStringLiteral("2028-04-16 påskdagen"),
                                           QStringLiteral("2028-04-17 annandag påsk"),
                                           QStringLiteral("2028-05-01 första maj"),
                                           QStringLiteral("2028-05-25 Kristi himmelsfärdsdag"),
                                           QStringLiteral("2028-06-04 pingstdagen"),
                                           QStringLiteral("2028-06-06 nationaldagen"),
                                           QStringLiteral("2028-06-24 midsommardagen"),
                                           QStringLiteral("2028-11-04 alla helgons dag"),
                                           QStringLiteral("2028-12-25 juldagen"),
                                           QStringLiteral("2028-12-26 annandag jul"),
                                       };
}

void TestSwedishHolidays::holidaysOfYear()
{
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const Holiday& h : SwedishHolidays::publicHolidays(year))
        actual.append(h.date.toString(Qt::ISODate) + u' ' + h.swedishName);
    QCOMPARE(actual, expected);
}

void TestSwedishHolidays::rulesHoldEveryYear_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2020; year <= 2040; ++year)
        QTest::addRow("%d", year) << year;
}

void TestSwedishHolidays::rulesHoldEveryYear()
{
    QFETCH(int, year);
    const QList<Holiday> holidays = SwedishHolidays::publicHolidays(year);

    // Exactly the 13 named holidays of lag (1989:253), each once, in date order, inside the year.
    QCOMPARE(holidays.size(), 13);
    QStringList names;
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const Holiday& h = holidays.at(i);
        names.append(h.swedishName);
        QCOMPARE(h.date.year(), year);
        if (i > 0)
            QVERIFY(holidays.at(i - 1).date <= h.date);
        QVERIFY(SwedishHolidays::isPublicHoliday(h.date));
        QVERIFY(SwedishHolidays::nameOf(h.date).contains(h.swedishName));
        QVERIFY(!SwedishHolidays::isEve(h.date));
    }
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()),
             QSet<QString>(kNamedHolidays.cbegin(), kNamedHolidays.cend()));

    // Easter: a Sunday, and the same date by the second computus.
    const QDate easter = SwedishHolidays::easterSunday(year);
    QCOMPARE(easter, easterByEpact(year));
    QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));

    const auto at = [&](const char* name) {
        return holidayNamed(holidays, QString::fromUtf8(name));
    };
    // Fixed dates.
    QCOMPARE(at("nyårsdagen"), QDate(year, 1, 1));
    QCOMPARE(at("trettondedag jul"), QDate(year, 1, 6));
    QCOMPARE(at("första maj"), QDate(year, 5, 1));
    QCOMPARE(at("nationaldagen"), QDate(year, 6, 6));
    QCOMPARE(at("juldagen"), QDate(year, 12, 25));
    QCOMPARE(at("annandag jul"), QDate(year, 12, 26));
    // Easter-based, with the weekday each must fall on.
    QCOMPARE(at("långfredagen"), easter.addDays(-2));
    QCOMPARE(at("långfredagen").dayOfWeek(), int(Qt::Friday));
    QCOMPARE(at("påskdagen"), easter);
    QCOMPARE(at("annandag påsk"), easter.addDays(1));
    QCOMPARE(at("annandag påsk").dayOfWeek(), int(Qt::Monday));
    QCOMPARE(at("Kristi himmelsfärdsdag"), easter.addDays(39));
    QCOMPARE(at("Kristi himmelsfärdsdag").dayOfWeek(), int(Qt::Thursday));
    QCOMPARE(at("pingstdagen"), easter.addDays(49));
    QCOMPARE(at("pingstdagen").dayOfWeek(), int(Qt::Sunday));
    // The Saturdays.
    const QDate midsommar = at("midsommardagen");
    QCOMPARE(midsommar.dayOfWeek(), int(Qt::Saturday));
    QVERIFY(midsommar >= QDate(year, 6, 20) && midsommar <= QDate(year, 6, 26));
    const QDate allaHelgon = at("alla helgons dag");
    QCOMPARE(allaHelgon.dayOfWeek(), int(Qt::Saturday));
    QVERIFY(allaHelgon >= QDate(year, 10, 31) && allaHelgon <= QDate(year, 11, 6));

    // Annandag pingst (E+50) has not been a holiday since 2005; it is only non-working when it is
    // also 6 June (2022, 2033).
    const QDate whitMonday = easter.addDays(50);
    QVERIFY(!SwedishHolidays::nameOf(whitMonday).contains(QStringLiteral("pingst")));
    QCOMPARE(SwedishHolidays::isPublicHoliday(whitMonday), whitMonday == QDate(year, 6, 6));

    // Every day of the year: a public holiday exactly when it is a Sunday or a listed holiday.
    QSet<QDate> listed;
    for (const Holiday& h : holidays)
        listed.insert(h.date);
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        QCOMPARE(SwedishHolidays::isPublicHoliday(d), d.dayOfWeek() == Qt::Sunday || listed.contains(d));
}

void TestSwedishHolidays::isPublicHoliday_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ordinary Sunday") << date("2027-03-07") << true;
    QTest::newRow("ordinary Saturday") << date("2027-03-06") << false; // non-working, but not a holiday
    QTest::newRow("ordinary Monday") << date("2027-03-08") << false;
    QTest::newRow("Good Friday") << date("2027-03-26") << true;
    QTest::newRow("Easter Monday") << date("2027-03-29") << true;
    QTest::newRow("Whit Monday 2027") << date("2027-05-17") << false;
    QTest::newRow("Whit Monday 2022 is 6 June") << date("2022-06-06") << true;
    QTest::newRow("midsommarafton") << date("2027-06-25") << false;
    QTest::newRow("midsommardagen") << date("2027-06-26") << true;
    QTest::newRow("julafton Friday") << date("2027-12-24") << false;
    QTest::newRow("julafton Sunday") << date("2023-12-24") << true; // a Sunday
    QTest::newRow("nyårsafton") << date("2027-12-31") << false;
    QTest::newRow("Friday 31 Oct 2025 (alla helgons dag is 1 Nov)") << date("2025-10-31") << false;
}

void TestSwedishHolidays::isPublicHoliday()
{
    QFETCH(QDate, day);
    QFETCH(bool, expected);
    QCOMPARE(SwedishHolidays::isPublicHoliday(day), expected);
}

void TestSwedishHolidays::eves_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("midsommarafton");
    QTest::newRow("2025") << 2025 << date("2025-06-20");
    QTest::newRow("2026") << 2026 << date("2026-06-19");
    QTest::newRow("2027") << 2027 << date("2027-06-25");
    QTest::newRow("2028") << 2028 << date("2028-06-23");
    for (int year = 2020; year <= 2040; ++year)
        QTest::addRow("%d rules", year) << year << QDate();
}

void TestSwedishHolidays::eves()
{
    QFETCH(int, year);
    QFETCH(QDate, midsommarafton);
    const QList<Holiday> list = SwedishHolidays::eves(year);
    QCOMPARE(list.size(), 3);
    const QDate eve = holidayNamed(list, QStringLiteral("midsommarafton"));
    if (midsommarafton.isValid())
        QCOMPARE(eve, midsommarafton);
    // The Friday before midsommardagen, i.e. a Friday 19-25 June.
    QCOMPARE(eve.dayOfWeek(), int(Qt::Friday));
    QCOMPARE(eve.addDays(1), holidayNamed(SwedishHolidays::publicHolidays(year), QStringLiteral("midsommardagen")));
    QVERIFY(eve >= QDate(year, 6, 19) && eve <= QDate(year, 6, 25));
    QCOMPARE(holidayNamed(list, QStringLiteral("julafton")), QDate(year, 12, 24));
    QCOMPARE(holidayNamed(list, QStringLiteral("nyårsafton")), QDate(year, 12, 31));
    for (const Holiday& h : list) {
        QVERIFY(SwedishHolidays::isEve(h.date));
        QCOMPARE(SwedishHolidays::nameOf(h.date), h.swedishName);
        // Not public holidays under lag (1989:253) (julafton can still be a Sunday).
        QVERIFY(!holidayNamed(SwedishHolidays::publicHolidays(year), h.swedishName).isValid());
        QCOMPARE(SwedishHolidays::isPublicHoliday(h.date), h.date.dayOfWeek() == Qt::Sunday);
    }
    QVERIFY(!SwedishHolidays::isEve(eve.addDays(-7)));
    QVERIFY(!SwedishHolidays::isEve(QDate(year, 12, 23)));
}

void TestSwedishHolidays::nameOf_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ordinary day") << date("2027-03-08") << QString();
    QTest::newRow("ordinary Sunday") << date("2027-03-07") << QString();
    QTest::newRow("långfredagen") << date("2027-03-26") << QStringLiteral("långfredagen");
    QTest::newRow("alla helgons dag") << date("2027-11-06") << QStringLiteral("alla helgons dag");
    QTest::newRow("julafton") << date("2027-12-24") << QStringLiteral("julafton");
    // Coinciding holidays: Easter 23 March 2008 puts Ascension on 1 May; Easter 18 April 2049 puts
    // Whitsun on 6 June.
    QTest::newRow("2008-05-01") << date("2008-05-01") << QStringLiteral("första maj / Kristi himmelsfärdsdag");
    QTest::newRow("2049-06-06") << date("2049-06-06") << QStringLiteral("nationaldagen / pingstdagen");
}

void TestSwedishHolidays::nameOf()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);
    QCOMPARE(SwedishHolidays::nameOf(day), expected);
}

void TestSwedishHolidays::invalidInput()
{
    QVERIFY(!SwedishHolidays::easterSunday(0).isValid());
    QVERIFY(!SwedishHolidays::easterSunday(-5).isValid());
    QVERIFY(SwedishHolidays::publicHolidays(0).isEmpty());
    QVERIFY(SwedishHolidays::eves(0).isEmpty());
    QVERIFY(!SwedishHolidays::isPublicHoliday(QDate()));
    QVERIFY(!SwedishHolidays::isEve(QDate()));
    QCOMPARE(SwedishHolidays::nameOf(QDate()), QString());
    // Two coinciding holidays are both listed: still 13 entries.
    QCOMPARE(SwedishHolidays::publicHolidays(2008).size(), 13);
}

QTEST_APPLESS_MAIN(TestSwedishHolidays)

#include "tst_swedishholidays.moc"
