#include "SwedishId.h"

#include <QChar>

namespace dsar {

namespace {

// YYYYMMDDNNNC; anything else was not made by the parser and is formatted as an empty string.
constexpr qsizetype NormalizedLength = 12;

int digitAt(QStringView digits, qsizetype index)
{
    return digits.at(index).unicode() - u'0';
}

int twoDigitsAt(QStringView digits, qsizetype index)
{
    return digitAt(digits, index) * 10 + digitAt(digits, index + 1);
}

// Dates are compared as YYYYMMDD numbers so that a day missing in some year (29 February) still has a
// place in the order: in a common year, a person born on 29 February turns a year older on 1 March.
int dateKey(int year, int month, int day)
{
    return year * 10000 + month * 100 + day;
}

int dateKey(QDate date)
{
    return dateKey(date.year(), date.month(), date.day());
}

QString isoDate(int year, int month, int day)
{
    const QLatin1Char zero('0');
    return QStringLiteral("%1-%2-%3").arg(year, 4, 10, zero).arg(month, 2, 10, zero).arg(day, 2, 10, zero);
}

// The hundredth birthday; born on 29 February in a year whose centenary is no leap year: 1 March.
QDate hundredthBirthday(QDate birthDate)
{
    const QDate birthday(birthDate.year() + 100, birthDate.month(), birthDate.day());
    return birthday.isValid() ? birthday : QDate(birthDate.year() + 100, 3, 1);
}

// Quotes a printable character and always gives its code point: look-alikes (fullwidth digits, dashes,
// non-breaking spaces) are otherwise invisible in the message.
QString describeCharacter(char32_t ucs4)
{
    const QString code = QStringLiteral("U+") % QString::number(uint(ucs4), 16).toUpper().rightJustified(4, u'0');
    if (!QChar::isPrint(ucs4) || QChar::isSpace(ucs4))
        return code;
    return u'"' % QString::fromUcs4(&ucs4, 1) % QStringLiteral("\" (") % code % u')';
}

Error badCharacter(char32_t ucs4, int position)
{
    const QString character = describeCharacter(ucs4);
    if (QChar::isDigit(ucs4))
        return Error { SwedishIdParser::tr("Character %1 at position %2 is a digit from another writing system; "
                                           "only the digits 0-9 are accepted. Retype the number with the digits 0-9.")
                           .arg(character)
                           .arg(position) };
    if (QChar::category(ucs4) == QChar::Punctuation_Dash || ucs4 == 0x2212)
        return Error { SwedishIdParser::tr("Character %1 at position %2 is not the ordinary hyphen; write the "
                                           "separator as \"-\" (or \"+\" for a person who has turned 100).")
                           .arg(character)
                           .arg(position) };
    if (QChar::isSpace(ucs4))
        return Error { SwedishIdParser::tr("There is a space (%1) at position %2; remove the spaces inside the number.")
                           .arg(character)
                           .arg(position) };
    return Error { SwedishIdParser::tr("Character %1 at position %2 is not allowed; an identity number has only the "
                                       "digits 0-9 and a \"-\" or \"+\" before the last four digits.")
                       .arg(character)
                       .arg(position) };
}

Error wrongCheckDigit(int found, int expected)
{
    return Error { SwedishIdParser::tr("The check digit (the last digit) is %1 but should be %2; check the number "
                                       "for a typing error.")
                       .arg(found)
                       .arg(expected) };
}

// `digits`: the 10 digits NNNNNN NNNN. An enskild firma has no organisationsnummer of its own but uses the
// owner's personnummer, which then has a real month and is parsed (and masked) as a personnummer.
Result<SwedishId> parseOrganisation(QStringView digits, QChar separator)
{
    // The third and fourth digits are at least 20, so no date can be mistaken for them (lag (1974:174) om
    // identitetsbeteckning för juridiska personer m.fl.; Skatteverket).
    const int group = twoDigitsAt(digits, 2);
    if (group < 20)
        return Error { SwedishIdParser::tr("A 12-digit number starting with 16 is an organisationsnummer, but the "
                                           "third and fourth digits after 16 are %1, and an organisationsnummer "
                                           "has 20 or more there. For a personnummer, write the century (19 or "
                                           "20) instead of 16.")
                           .arg(digits.mid(2, 2)) };
    // "+" is reserved for persons who have turned 100 (Skatteverket SKV 704).
    if (separator == u'+')
        return Error { SwedishIdParser::tr("An organisationsnummer is written with \"-\", not \"+\" (\"+\" marks a "
                                           "person who has turned 100). Write it as NNNNNN-NNNN.") };
    // Luhn over all ten digits (Skatteverket).
    const int expected = SwedishIdParser::luhnCheckDigit(digits.first(9));
    const int found = digitAt(digits, 9);
    if (found != expected)
        return wrongCheckDigit(found, expected);

    SwedishId id;
    id.kind = SwedishId::Kind::Organisationsnummer;
    // Skatteverket's 12-digit convention for organisations: the prefix 16.
    id.normalized = QStringLiteral("16") % digits;
    return id;
}

// `digits`: YYMMDDNNNC or YYYYMMDDNNNC.
Result<SwedishId> parsePerson(QStringView digits, QChar separator, QDate referenceDate)
{
    const bool hasCentury = digits.size() == 12;
    const QStringView tenDigits = digits.last(10);
    const int yy = twoDigitsAt(tenDigits, 0);
    const int month = twoDigitsAt(tenDigits, 2);
    const int rawDay = twoDigitsAt(tenDigits, 4);

    if (month < 1 || month > 12) {
        if (hasCentury && month >= 20)
            return Error { SwedishIdParser::tr("No such date: the month is %1, but it must be 01-12. If this is an "
                                               "organisationsnummer, write it with 10 digits or with 16 in front.")
                               .arg(tenDigits.mid(2, 2)) };
        return Error { SwedishIdParser::tr("No such date: the month is %1, but it must be 01-12 (YYMMDD-NNNC); check "
                                           "the number for a typing error.")
                           .arg(tenDigits.mid(2, 2)) };
    }
    // Samordningsnummer: the day of birth + 60 (folkbokföringslagen 18 a §; Skatteverket).
    const bool coordination = rawDay >= 61 && rawDay <= 91;
    const int day = coordination ? rawDay - 60 : rawDay;
    if (day < 1 || day > 31)
        return Error { SwedishIdParser::tr("No such date: the day is %1, but it must be 01-31 (or 61-91 for a "
                                           "samordningsnummer); check the number for a typing error.")
                           .arg(tenDigits.mid(4, 2)) };

    int year = 0;
    if (hasCentury) {
        year = twoDigitsAt(digits, 0) * 100 + yy;
    } else {
        // Skatteverket SKV 704: "-" (or none) means under 100, so the most recent century that gives a date
        // not after the reference date; "+" means the person has turned 100, so a hundred years earlier.
        year = referenceDate.year() - ((referenceDate.year() - yy) % 100 + 100) % 100;
        if (dateKey(year, month, day) > dateKey(referenceDate))
            year -= 100;
        if (separator == u'+')
            year -= 100;
    }

    const QDate birthDate(year, month, day);
    if (!birthDate.isValid()) {
        const QString date = isoDate(year, month, day);
        if (coordination)
            return Error { SwedishIdParser::tr("No such date: %1 does not exist (in a samordningsnummer the day is "
                                               "written + 60, here %2); check the number for a typing error.")
                               .arg(date, tenDigits.mid(4, 2)) };
        if (!hasCentury && separator == u'+')
            return Error { SwedishIdParser::tr("No such date: %1 does not exist (\"+\" means the person has turned "
                                               "100, which gives the year %2); check the number and its separator.")
                               .arg(date)
                               .arg(year) };
        return Error {
            SwedishIdParser::tr("No such date: %1 does not exist; check the number for a typing error.").arg(date)
        };
    }

    // Luhn over YYMMDDNNN, also for the 12-digit form (Skatteverket SKV 704).
    const int expected = SwedishIdParser::luhnCheckDigit(tenDigits.first(9));
    const int found = digitAt(tenDigits, 9);
    if (found != expected)
        return wrongCheckDigit(found, expected);

    // Only an explicit century can give a future date: without one, the century is chosen to avoid it.
    if (birthDate > referenceDate)
        return Error { SwedishIdParser::tr("The birth date %1 is in the future (after %2); check the year.")
                           .arg(birthDate.toString(Qt::ISODate), referenceDate.toString(Qt::ISODate)) };
    if (hasCentury && separator == u'+' && dateKey(referenceDate) < dateKey(hundredthBirthday(birthDate)))
        return Error { SwedishIdParser::tr("The number is written with \"+\", which means the person has turned 100, "
                                           "but a person born %1 turns 100 on %2. Write it with \"-\" or without "
                                           "a separator.")
                           .arg(birthDate.toString(Qt::ISODate), hundredthBirthday(birthDate).toString(Qt::ISODate)) };

    SwedishId id;
    id.kind = coordination ? SwedishId::Kind::Samordningsnummer : SwedishId::Kind::Personnummer;
    id.normalized = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')) % tenDigits.sliced(2);
    id.birthDate = birthDate;
    return id;
}

} // namespace

QString SwedishId::formatted() const
{
    if (normalized.size() != NormalizedLength)
        return {};
    if (kind == Kind::Organisationsnummer)
        return QStringView(normalized).sliced(2, 6) % u'-' % QStringView(normalized).sliced(8);
    return QStringView(normalized).first(8) % u'-' % QStringView(normalized).sliced(8);
}

QString SwedishId::masked() const
{
    // Organisation numbers are public and not personal data; only persons are masked (DSL 3 kap. 10 §).
    if (kind == Kind::Organisationsnummer || normalized.size() != NormalizedLength)
        return formatted();
    return QStringView(normalized).first(8) % QStringLiteral("-****");
}

QString swedishIdKindCode(SwedishId::Kind kind)
{
    switch (kind) {
    case SwedishId::Kind::Personnummer:
        return QStringLiteral("personnummer");
    case SwedishId::Kind::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case SwedishId::Kind::Organisationsnummer:
        return QStringLiteral("organisationsnummer");
    }
    return {};
}

Result<SwedishId> SwedishIdParser::parse(const QString& input, QDate referenceDate)
{
    if (!referenceDate.isValid())
        return Error { tr("Cannot check the identity number: no valid reference date was given.") };

    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error { tr("No identity number was entered; enter 10 or 12 digits (YYMMDD-NNNC or YYYYMMDDNNNC).") };

    QString digits;
    QChar separator;
    qsizetype digitsBeforeSeparator = 0;
    int separatorPosition = 0;
    // Positions count characters (not UTF-16 units) from 1 in the trimmed input, as the user sees them.
    int position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        const QChar c = text.at(i);
        // Only ASCII digits: QChar::isDigit() would let fullwidth and Arabic-Indic digits through.
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
            continue;
        }
        if (c == u'-' || c == u'+') {
            if (!separator.isNull())
                return Error { tr("There is a second separator \"%1\" at position %2; write only one \"-\" or \"+\", "
                                  "before the last four digits (YYMMDD-NNNC).")
                                   .arg(c)
                                   .arg(position) };
            separator = c;
            digitsBeforeSeparator = digits.size();
            separatorPosition = position;
            continue;
        }
        char32_t ucs4 = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        }
        return badCharacter(ucs4, position);
    }

    if (digits.size() != 10 && digits.size() != 12)
        return Error { tr("Wrong length: %1 digits were found, but a Swedish identity number has 10 or 12 digits "
                          "(YYMMDD-NNNC or YYYYMMDDNNNC).")
                           .arg(digits.size()) };
    if (!separator.isNull() && digits.size() - digitsBeforeSeparator != 4)
        return Error { tr("The separator \"%1\" at position %2 must come right before the last four digits "
                          "(YYMMDD-NNNC or YYYYMMDD-NNNC).")
                           .arg(separator)
                           .arg(separatorPosition) };

    // A "month" of 20 or more is an organisationsnummer; its 12-digit form starts with 16 (Skatteverket).
    if (digits.size() == 12 && digits.startsWith(QStringLiteral("16")))
        return parseOrganisation(QStringView(digits).sliced(2), separator);
    if (digits.size() == 10 && twoDigitsAt(digits, 2) >= 20)
        return parseOrganisation(digits, separator);
    return parsePerson(digits, separator, referenceDate);
}

int SwedishIdParser::luhnCheckDigit(QStringView digits)
{
    // Weights 2,1,2,1,... from the left; digits of each product are summed (Skatteverket SKV 704).
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const char16_t c = digits.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1; // not a digit string: no check digit exists
        const int product = (c - u'0') * (i % 2 == 0 ? 2 : 1);
        sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
}

} // namespace dsar
