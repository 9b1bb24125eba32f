#include "ReceiptTime.h"

#include "StockholmTime.h"

#include <QRegularExpression>

#include <algorithm>

namespace dsar {

ReceiptTime ReceiptTime::fromInstant(const QDateTime& instant)
{
    // An invalid instant gives an invalid date and no instant.
    if (!instant.isValid())
        return {};
    // LEGAL.md 1.1 item 1: the receipt date is the Stockholm calendar date, never the UTC date.
    return { StockholmTime::dateOf(instant), instant.toUTC() };
}

ReceiptTime ReceiptTime::fromDate(QDate stockholmDate)
{
    return { stockholmDate, std::nullopt };
}

namespace {

bool hasNonAsciiDigit(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && (c < u'0' || c > u'9'); });
}

} // namespace

Result<ReceiptTime> ReceiptTimeParser::parse(const QString& text)
{
    // [0-9], not \d: \d would also match other scripts' digits, which QDate would then read.
    // Anchored patterns: "$" alone would also accept a trailing newline.
    static const QRegularExpression dateShape(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    static const QRegularExpression instantShape(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]{1,9})?)?"
                       "(Z|[+-]([0-9]{2}):([0-9]{2}))?")));

    if (text.isEmpty()) {
        return Error { tr("No receipt date was given. Enter the date the request arrived, e.g. 2027-03-05, or the "
                          "exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z.") };
    }
    if (text != text.trimmed()) {
        return Error { tr("\"%1\" has spaces before or after it. Remove them, e.g. 2027-03-05.").arg(text) };
    }
    if (hasNonAsciiDigit(text)) {
        return Error { tr("\"%1\" contains digits other than 0-9. Type the date with the digits 0-9, "
                          "e.g. 2027-03-05 or 2027-03-31T22:30:00Z.")
                           .arg(text) };
    }

    if (dateShape.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return Error { tr("\"%1\" is not a real date. Check the month and the day, in the form YYYY-MM-DD, "
                              "e.g. 2027-03-05.")
                               .arg(text) };
        }
        return ReceiptTime::fromDate(date);
    }

    const QRegularExpressionMatch match = instantShape.match(text);
    if (!match.hasMatch()) {
        return Error { tr("\"%1\" is not a receipt date or time. Write the date as YYYY-MM-DD, e.g. 2027-03-05, or "
                          "the exact time with Z or an offset, e.g. 2027-03-31T22:30:00Z or "
                          "2027-04-01T00:30:00+02:00.")
                           .arg(text) };
    }
    // Qt reads 24:00 as the next midnight and offsets up to ±23:59; refuse both as likely mistakes.
    const bool dateAndTimeExist = QDate::fromString(match.captured(1), Qt::ISODate).isValid()
        && match.captured(2).toInt() <= 23 && match.captured(3).toInt() <= 59
        && (!match.hasCaptured(4) || match.captured(4).toInt() <= 59);
    const bool offsetInRange = !match.hasCaptured(6)
        || (match.captured(7).toInt() <= 59 && match.captured(6).toInt() * 60 + match.captured(7).toInt() <= 14 * 60);
    const QString notReal = tr("\"%1\" is not a real date and time. Check the date (YYYY-MM-DD), the time (00:00 to "
                               "23:59:59) and the offset (-14:00 to +14:00), e.g. 2027-03-31T22:30:00Z.")
                                .arg(text);
    if (!dateAndTimeExist)
        return Error { notReal };
    // LEGAL.md 1.1 item 1: without an offset the Stockholm date cannot be known.
    if (!match.hasCaptured(5)) {
        return Error { tr("\"%1\" has no time zone, so the receipt date is ambiguous. Add Z for UTC or an offset "
                          "such as +01:00, e.g. %1Z or %1+01:00.")
                           .arg(text) };
    }
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!offsetInRange || !instant.isValid())
        return Error { notReal };
    if (!StockholmTime::isAvailable()) {
        return Error { tr("The time zone Europe/Stockholm is missing from this system, so the receipt date of "
                          "an exact time cannot be taken. Install the tzdata package, or enter the Stockholm "
                          "date as YYYY-MM-DD.") };
    }
    return ReceiptTime::fromInstant(instant);
}

} // namespace dsar
