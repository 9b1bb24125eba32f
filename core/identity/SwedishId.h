#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dsar {

// Swedish identity numbers as Skatteverket defines them (LEGAL.md section 5).
struct SwedishId
{
    enum class Kind
    {
        Personnummer,
        Samordningsnummer,
        Organisationsnummer,
    };
    Kind kind = Kind::Personnummer;
    // 12 ASCII digits, no separator: YYYYMMDDNNNC; organisationsnummer as "16" + the 10 digits.
    QString normalized;
    // Birth date (samordningsnummer: day - 60); invalid for an organisationsnummer.
    QDate birthDate;

    // "YYYYMMDD-NNNC" for persons, "NNNNNN-NNNN" for organisations.
    QString formatted() const;
    // For screens and lists (DSL 3 kap. 10 §): "19121212-****"; organisation numbers are not masked.
    QString masked() const;
};

QString swedishIdKindCode(SwedishId::Kind kind); // "personnummer", "samordningsnummer", "organisationsnummer"

class SwedishIdParser
{
    Q_DECLARE_TR_FUNCTIONS(SwedishIdParser)
public:
    // Parses 10 or 12 digits with or without "-" or "+" ("+" = the person has turned 100).
    // Without a century, the most recent century giving a date not after `referenceDate` is chosen.
    // Only ASCII digits and the separators are accepted (a Unicode digit is not a digit here).
    // The error says what is wrong: wrong length, check digit, no such date, ...
    static Result<SwedishId> parse(const QString& input, QDate referenceDate);
    // Luhn check digit over the given ASCII digits (weights 2,1,2,1,... from the left).
    static int luhnCheckDigit(QStringView digits);
};

} // namespace dsar
