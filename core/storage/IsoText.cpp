#include "IsoText.h"

namespace dsar {
namespace {

// The number in text[from, from + count) when every character there is an ASCII digit, else -1.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// YYYY-MM-DD at the start of text; invalid when it is not that form or no such day.
QDate datePart(QStringView text)
{
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

} // namespace

QDate IsoText::date(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() == 10) {
        if (const QDate date = datePart(text); date.isValid())
            return date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime IsoText::instant(const QVariant& value)
{
    const QString text = value.toString();
    // "2027-03-10T09:00:00Z": QDateTime::toString(Qt::ISODate) of a UTC instant.
    if (text.size() == 20 && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate date = datePart(text);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        // 24:00:00 and leap seconds are left to Qt, which rolls them over.
        if (date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60)
            return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace dsar
