#include "SwedishHolidays.h"

#include <algorithm>

namespace dsar {

namespace {

// The Saturday in [first, first + 6]: midsommardagen and alla helgons dag, lag (1989:253) 1 §.
QDate saturdayFrom(QDate first)
{
    return first.addDays((Qt::Saturday - first.dayOfWeek() + 7) % 7);
}

QDate midsommardagen(int year)
{
    return saturdayFrom(QDate(year, 6, 20)); // lag (1989:253): Saturday 20-26 June
}

} // namespace

QDate SwedishHolidays::easterSunday(int year)
{
    // QDate has no year 0 and the computus below assumes non-negative years.
    if (year < 1)
        return {};
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher), LEGAL.md 2.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> SwedishHolidays::publicHolidays(int year)
{
    // The rules in force since 2005 (nationaldagen in, annandag pingst out) are applied to every year:
    // GDPR applies from 2018, so earlier years never matter for a deadline.
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return {};

    // Lag (1989:253) 1 §. Two holidays can share a date (Kristi himmelsfärdsdag is 1 May when Easter
    // is 23 March, as in 2008); both are listed.
    QList<Holiday> holidays {
        { QDate(year, 1, 1), QStringLiteral("nyårsdagen") },
        { QDate(year, 1, 6), QStringLiteral("trettondedag jul") },
        { easter.addDays(-2), QStringLiteral("långfredagen") },
        { easter, QStringLiteral("påskdagen") },
        { easter.addDays(1), QStringLiteral("annandag påsk") },
        { QDate(year, 5, 1), QStringLiteral("första maj") },
        { easter.addDays(39), QStringLiteral("Kristi himmelsfärdsdag") },
        { QDate(year, 6, 6), QStringLiteral("nationaldagen") },
        { easter.addDays(49), QStringLiteral("pingstdagen") },
        // Annandag pingst (E+50) is not a holiday since 2005, when nationaldagen replaced it.
        { midsommardagen(year), QStringLiteral("midsommardagen") },
        { saturdayFrom(QDate(year, 10, 31)), QStringLiteral("alla helgons dag") }, // Saturday 31 Oct-6 Nov
        { QDate(year, 12, 25), QStringLiteral("juldagen") },
        { QDate(year, 12, 26), QStringLiteral("annandag jul") },
    };
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    return holidays;
}

bool SwedishHolidays::isPublicHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    // Lag (1989:253) 1 §: "alla söndagar".
    if (date.dayOfWeek() == Qt::Sunday)
        return true;
    const QList<Holiday> holidays = publicHolidays(date.year());
    return std::any_of(holidays.cbegin(), holidays.cend(), [date](const Holiday& h) { return h.date == date; });
}

QList<Holiday> SwedishHolidays::eves(int year)
{
    if (year < 1)
        return {};
    // Lag (1930:173) 2 §: a statutory time limit ending on one of these moves to the next weekday.
    // They are not public holidays under lag (1989:253), so only profile SE1930 uses them.
    return {
        { midsommardagen(year).addDays(-1), QStringLiteral("midsommarafton") },
        { QDate(year, 12, 24), QStringLiteral("julafton") },
        { QDate(year, 12, 31), QStringLiteral("nyårsafton") },
    };
}

bool SwedishHolidays::isEve(QDate date)
{
    if (!date.isValid())
        return false;
    const QList<Holiday> list = eves(date.year());
    return std::any_of(list.cbegin(), list.cend(), [date](const Holiday& h) { return h.date == date; });
}

QString SwedishHolidays::nameOf(QDate date)
{
    if (!date.isValid())
        return {};
    QStringList names;
    for (const QList<Holiday>& list : { publicHolidays(date.year()), eves(date.year()) }) {
        for (const Holiday& h : list) {
            if (h.date == date)
                names.append(h.swedishName);
        }
    }
    // Coinciding holidays (e.g. 1 May 2008) get both names.
    return names.join(QStringLiteral(" / "));
}

} // namespace dsar
