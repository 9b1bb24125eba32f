#include "identity/SwedishId.h"

#include <QTest>

using namespace dsar;

// Every number below was checked with an independent Luhn computation. Valid persons are Skatteverket's test
// numbers or the examples in LEGAL.md section 5 (plus one leap-day samordningsnummer); numbers with serial 123
// mostly have dates that do not exist.
class TestSwedishId : public QObject
{
    Q_OBJECT

private:
    // Fixed: nothing here may depend on the real date.
    static QDate reference() { return QDate(2026, 11, 23); }

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void luhnCheckDigit_data();
    void luhnCheckDigit();
    void kindCodes();
    void defaultIdFormatsAsEmpty();
};

void TestSwedishId::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("referenceDate");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("masked");

    const QDate ref = reference();
    const QString pnr = QStringLiteral("personnummer");
    const QString snr = QStringLiteral("samordningsnummer");
    const QString org = QStringLiteral("organisationsnummer");

    // Every shape: 10 digits, 6-4, 6+4, 12 digits, 8-4, 8+4.
    QTest::newRow("10 digits with -") << QStringLiteral("640823-3234") << ref << pnr << QStringLiteral("196408233234")
                                      << QDate(1964, 8, 23) << QStringLiteral("19640823-3234")
                                      << QStringLiteral("19640823-****");
    QTest::newRow("10 digits without separator")
        << QStringLiteral("6408233234") << ref << pnr << QStringLiteral("196408233234") << QDate(1964, 8, 23)
        << QStringLiteral("19640823-3234") << QStringLiteral("19640823-****");
    QTest::newRow("10 digits with + (turned 100)")
        << QStringLiteral("121212+1212") << ref << pnr << QStringLiteral("191212121212") << QDate(1912, 12, 12)
        << QStringLiteral("19121212-1212") << QStringLiteral("19121212-****");
    QTest::newRow("10 digits with - is the 2000s")
        << QStringLiteral("121212-1212") << ref << pnr << QStringLiteral("201212121212") << QDate(2012, 12, 12)
        << QStringLiteral("20121212-1212") << QStringLiteral("20121212-****");
    QTest::newRow("12 digits") << QStringLiteral("191212121212") << ref << pnr << QStringLiteral("191212121212")
                               << QDate(1912, 12, 12) << QStringLiteral("19121212-1212")
                               << QStringLiteral("19121212-****");
    QTest::newRow("12 digits with - (over 100)")
        << QStringLiteral("19121212-1212") << ref << pnr << QStringLiteral("191212121212") << QDate(1912, 12, 12)
        << QStringLiteral("19121212-1212") << QStringLiteral("19121212-****");
    QTest::newRow("12 digits with + (over 100)")
        << QStringLiteral("19121212+1212") << ref << pnr << QStringLiteral("191212121212") << QDate(1912, 12, 12)
        << QStringLiteral("19121212-1212") << QStringLiteral("19121212-****");
    QTest::newRow("Skatteverket test number 194408139089")
        << QStringLiteral("194408139089") << ref << pnr << QStringLiteral("194408139089") << QDate(1944, 8, 13)
        << QStringLiteral("19440813-9089") << QStringLiteral("19440813-****");
    QTest::newRow("Skatteverket test number 199006022397")
        << QStringLiteral("199006022397") << ref << pnr << QStringLiteral("199006022397") << QDate(1990, 6, 2)
        << QStringLiteral("19900602-2397") << QStringLiteral("19900602-****");

    // Leap days.
    QTest::newRow("29 February 2000") << QStringLiteral("000229-1235") << ref << pnr << QStringLiteral("200002291235")
                                      << QDate(2000, 2, 29) << QStringLiteral("20000229-1235")
                                      << QStringLiteral("20000229-****");
    QTest::newRow("29 February 2000, 12 digits")
        << QStringLiteral("200002291235") << ref << pnr << QStringLiteral("200002291235") << QDate(2000, 2, 29)
        << QStringLiteral("20000229-1235") << QStringLiteral("20000229-****");
    QTest::newRow("29 February 2000, reference the next day")
        << QStringLiteral("000229-1235") << QDate(2000, 3, 1) << pnr << QStringLiteral("200002291235")
        << QDate(2000, 2, 29) << QStringLiteral("20000229-1235") << QStringLiteral("20000229-****");
    QTest::newRow("29 February 2000 with +, turned 100 in 2100")
        << QStringLiteral("000229+1235") << QDate(2100, 3, 1) << pnr << QStringLiteral("200002291235")
        << QDate(2000, 2, 29) << QStringLiteral("20000229-1235") << QStringLiteral("20000229-****");

    // Century inference around the reference date. Built on the test number 121212-1212 with reference dates
    // next to 12 December 2012, so that no made-up number of a possibly real person is needed.
    const QDate birthday(2012, 12, 12);
    const QDate dayBefore(2012, 12, 11);
    QTest::newRow("born on the reference date, -")
        << QStringLiteral("121212-1212") << birthday << pnr << QStringLiteral("201212121212") << QDate(2012, 12, 12)
        << QStringLiteral("20121212-1212") << QStringLiteral("20121212-****");
    QTest::newRow("turned 100 on the reference date, +")
        << QStringLiteral("121212+1212") << birthday << pnr << QStringLiteral("191212121212") << QDate(1912, 12, 12)
        << QStringLiteral("19121212-1212") << QStringLiteral("19121212-****");
    QTest::newRow("day after the reference date falls back a century")
        << QStringLiteral("121212-1212") << dayBefore << pnr << QStringLiteral("191212121212") << QDate(1912, 12, 12)
        << QStringLiteral("19121212-1212") << QStringLiteral("19121212-****");
    QTest::newRow("day after the reference date with + goes back two centuries")
        << QStringLiteral("121212+1212") << dayBefore << pnr << QStringLiteral("181212121212") << QDate(1812, 12, 12)
        << QStringLiteral("18121212-1212") << QStringLiteral("18121212-****");
    QTest::newRow("year after the reference year falls back a century")
        << QStringLiteral("121212-1212") << QDate(2011, 6, 1) << pnr << QStringLiteral("191212121212")
        << QDate(1912, 12, 12) << QStringLiteral("19121212-1212") << QStringLiteral("19121212-****");
    QTest::newRow("12 digits with + on the 100th birthday")
        << QStringLiteral("19121212+1212") << birthday << pnr << QStringLiteral("191212121212") << QDate(1912, 12, 12)
        << QStringLiteral("19121212-1212") << QStringLiteral("19121212-****");
    QTest::newRow("12 digits born on the reference date")
        << QStringLiteral("20121212-1212") << birthday << pnr << QStringLiteral("201212121212") << QDate(2012, 12, 12)
        << QStringLiteral("20121212-1212") << QStringLiteral("20121212-****");

    // Samordningsnummer: day + 60.
    QTest::newRow("samordningsnummer with -")
        << QStringLiteral("701063-2391") << ref << snr << QStringLiteral("197010632391") << QDate(1970, 10, 3)
        << QStringLiteral("19701063-2391") << QStringLiteral("19701063-****");
    QTest::newRow("samordningsnummer without separator")
        << QStringLiteral("7010632391") << ref << snr << QStringLiteral("197010632391") << QDate(1970, 10, 3)
        << QStringLiteral("19701063-2391") << QStringLiteral("19701063-****");
    QTest::newRow("samordningsnummer with +")
        << QStringLiteral("701063+2391") << ref << snr << QStringLiteral("187010632391") << QDate(1870, 10, 3)
        << QStringLiteral("18701063-2391") << QStringLiteral("18701063-****");
    QTest::newRow("samordningsnummer 12 digits")
        << QStringLiteral("197010632391") << ref << snr << QStringLiteral("197010632391") << QDate(1970, 10, 3)
        << QStringLiteral("19701063-2391") << QStringLiteral("19701063-****");
    QTest::newRow("samordningsnummer 12 digits with -")
        << QStringLiteral("19701063-2391") << ref << snr << QStringLiteral("197010632391") << QDate(1970, 10, 3)
        << QStringLiteral("19701063-2391") << QStringLiteral("19701063-****");
    QTest::newRow("samordningsnummer on a leap day")
        << QStringLiteral("720289-1235") << ref << snr << QStringLiteral("197202891235") << QDate(1972, 2, 29)
        << QStringLiteral("19720289-1235") << QStringLiteral("19720289-****");

    // Organisationsnummer: not masked, no birth date.
    QTest::newRow("organisationsnummer with -")
        << QStringLiteral("556036-0793") << ref << org << QStringLiteral("165560360793") << QDate()
        << QStringLiteral("556036-0793") << QStringLiteral("556036-0793");
    QTest::newRow("organisationsnummer without separator")
        << QStringLiteral("5560360793") << ref << org << QStringLiteral("165560360793") << QDate()
        << QStringLiteral("556036-0793") << QStringLiteral("556036-0793");
    QTest::newRow("organisationsnummer 12 digits")
        << QStringLiteral("165560360793") << ref << org << QStringLiteral("165560360793") << QDate()
        << QStringLiteral("556036-0793") << QStringLiteral("556036-0793");
    QTest::newRow("organisationsnummer 12 digits with -")
        << QStringLiteral("16556036-0793") << ref << org << QStringLiteral("165560360793") << QDate()
        << QStringLiteral("556036-0793") << QStringLiteral("556036-0793");
    QTest::newRow("organisationsnummer 202100-5489")
        << QStringLiteral("202100-5489") << ref << org << QStringLiteral("162021005489") << QDate()
        << QStringLiteral("202100-5489") << QStringLiteral("202100-5489");

    // Surrounding whitespace is trimmed.
    QTest::newRow("surrounding spaces, tab and newline")
        << QStringLiteral("  640823-3234\t\n") << ref << pnr << QStringLiteral("196408233234") << QDate(1964, 8, 23)
        << QStringLiteral("19640823-3234") << QStringLiteral("19640823-****");
    QTest::newRow("surrounding no-break and ideographic spaces")
        << QStringLiteral("\u00A0640823-3234\u3000") << ref << pnr << QStringLiteral("196408233234")
        << QDate(1964, 8, 23) << QStringLiteral("19640823-3234") << QStringLiteral("19640823-****");
}

void TestSwedishId::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QDate, referenceDate);
    QFETCH(QString, kind);
    QFETCH(QString, normalized);
    QFETCH(QDate, birthDate);
    QFETCH(QString, formatted);
    QFETCH(QString, masked);

    const Result<SwedishId> result = SwedishIdParser::parse(input, referenceDate);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(swedishIdKindCode(result->kind), kind);
    QCOMPARE(result->normalized, normalized);
    QCOMPARE(result->birthDate, birthDate);
    QCOMPARE(result->formatted(), formatted);
    QCOMPARE(result->masked(), masked);

    // What the parser stores and shows must parse back to the same number.
    for (const QString& again : { result->normalized, result->formatted() }) {
        const Result<SwedishId> reparsed = SwedishIdParser::parse(again, referenceDate);
        QVERIFY2(reparsed.ok(), qPrintable(again % QStringLiteral(": ") % reparsed.error()));
        QCOMPARE(reparsed->normalized, normalized);
    }
}

void TestSwedishId::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("referenceDate");
    QTest::addColumn<QString>("errorPart");

    const QDate ref = reference();

    QTest::newRow("empty") << QString() << ref << QStringLiteral("No identity number was entered");
    QTest::newRow("only whitespace") << QStringLiteral(" \t ") << ref
                                     << QStringLiteral("No identity number was entered");
    QTest::newRow("no reference date") << QStringLiteral("640823-3234") << QDate()
                                       << QStringLiteral("no valid reference date");

    // Only ASCII digits count.
    QTest::newRow("fullwidth digit first") << QStringLiteral("\uFF1640823-3234") << ref
                                           << QStringLiteral("\"\uFF16\" (U+FF16) at position 1 is a digit from "
                                                             "another writing system");
    QTest::newRow("fullwidth digit inside")
        << QStringLiteral("640\uFF1123-3234") << ref << QStringLiteral("(U+FF11) at position 4");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0666\u0664\u0660\u0668\u0662\u0663-\u0663\u0662\u0663"
                                                           "\u0664")
                                         << ref << QStringLiteral("(U+0666) at position 1");
    QTest::newRow("Arabic-Indic digit among ASCII digits")
        << QStringLiteral("6408\u06623-3234") << ref << QStringLiteral("(U+0662) at position 5");
    QTest::newRow("mathematical bold digit (outside the BMP)")
        << QStringLiteral("64\U0001D7CE823-3234") << ref << QStringLiteral("(U+1D7CE) at position 3");
    QTest::newRow("letter O for zero") << QStringLiteral("64O823-3234") << ref
                                       << QStringLiteral("\"O\" (U+004F) at position 3 is not allowed");
    QTest::newRow("space inside") << QStringLiteral("640823 3234") << ref
                                  << QStringLiteral("space (U+0020) at position 7");
    QTest::newRow("no-break space inside")
        << QStringLiteral("640823\u00A03234") << ref << QStringLiteral("space (U+00A0) at position 7");
    QTest::newRow("en dash as separator") << QStringLiteral("640823\u20133234") << ref
                                          << QStringLiteral("(U+2013) at position 7 is not the ordinary hyphen");
    QTest::newRow("slash as separator") << QStringLiteral("640823/3234") << ref
                                        << QStringLiteral("\"/\" (U+002F) at position 7 is not allowed");
    QTest::newRow("zero-width space inside")
        << QStringLiteral("640823\u200B-3234") << ref << QStringLiteral("U+200B at position 7");

    // Wrong length.
    QTest::newRow("9 digits") << QStringLiteral("640823-323") << ref
                              << QStringLiteral("Wrong length: 9 digits were found, but a Swedish identity number "
                                                "has 10 or 12 digits");
    QTest::newRow("11 digits") << QStringLiteral("64082332341") << ref << QStringLiteral("11 digits were found");
    QTest::newRow("13 digits") << QStringLiteral("1964082332341") << ref << QStringLiteral("13 digits were found");
    QTest::newRow("date only") << QStringLiteral("19640823") << ref << QStringLiteral("8 digits were found");
    QTest::newRow("separator only") << QStringLiteral("-") << ref << QStringLiteral("0 digits were found");

    // Separator placement.
    QTest::newRow("separator after 4 digits")
        << QStringLiteral("6408-233234") << ref
        << QStringLiteral("separator \"-\" at position 5 must come right before the last four digits");
    QTest::newRow("separator after 6 of 12 digits")
        << QStringLiteral("196408-233234") << ref << QStringLiteral("separator \"-\" at position 7 must come");
    QTest::newRow("separator first") << QStringLiteral("+6408233234") << ref
                                     << QStringLiteral("separator \"+\" at position 1 must come");
    QTest::newRow("separator last") << QStringLiteral("6408233234-") << ref
                                    << QStringLiteral("separator \"-\" at position 11 must come");
    QTest::newRow("two hyphens") << QStringLiteral("640823--3234") << ref
                                 << QStringLiteral("second separator \"-\" at position 8");
    QTest::newRow("hyphen and plus") << QStringLiteral("6408-23+3234") << ref
                                     << QStringLiteral("second separator \"+\" at position 8");

    // Check digit.
    QTest::newRow("wrong check digit") << QStringLiteral("640823-3235") << ref
                                       << QStringLiteral("check digit (the last digit) is 5 but should be 4; check "
                                                         "the number for a typing error");
    QTest::newRow("wrong check digit, 12 digits")
        << QStringLiteral("196408233235") << ref << QStringLiteral("is 5 but should be 4");
    QTest::newRow("transposed digits") << QStringLiteral("640823-2334") << ref
                                       << QStringLiteral("is 4 but should be 5");
    QTest::newRow("wrong check digit, samordningsnummer")
        << QStringLiteral("701063-2392") << ref << QStringLiteral("is 2 but should be 1");
    QTest::newRow("wrong check digit, organisationsnummer")
        << QStringLiteral("556036-0794") << ref << QStringLiteral("is 4 but should be 3");
    QTest::newRow("wrong check digit, organisationsnummer 12 digits")
        << QStringLiteral("165560360790") << ref << QStringLiteral("is 0 but should be 3");

    // Organisationsnummer rules.
    QTest::newRow("organisationsnummer with +") << QStringLiteral("556036+0793") << ref
                                                << QStringLiteral("organisationsnummer is written with \"-\", not "
                                                                  "\"+\"");
    QTest::newRow("organisationsnummer 12 digits with +")
        << QStringLiteral("16556036+0793") << ref << QStringLiteral("written with \"-\", not \"+\"");
    QTest::newRow("prefix 16 on a personnummer")
        << QStringLiteral("166408233234") << ref << QStringLiteral("third and fourth digits after 16 are 08");
    QTest::newRow("century on an organisationsnummer")
        << QStringLiteral("195560360793") << ref
        << QStringLiteral("the month is 60, but it must be 01-12. If this is an organisationsnummer");

    // Dates that do not exist.
    QTest::newRow("month 00") << QStringLiteral("640023-1236") << ref << QStringLiteral("the month is 00");
    QTest::newRow("month 13") << QStringLiteral("641323-1231") << ref
                              << QStringLiteral("No such date: the month is 13, but it must be 01-12");
    QTest::newRow("month 19") << QStringLiteral("641923-1235") << ref << QStringLiteral("the month is 19");
    QTest::newRow("day 00") << QStringLiteral("640800-1235") << ref << QStringLiteral("the day is 00");
    QTest::newRow("day 32") << QStringLiteral("640832-1237") << ref
                            << QStringLiteral("No such date: the day is 32, but it must be 01-31");
    QTest::newRow("day 60") << QStringLiteral("640860-1232") << ref << QStringLiteral("the day is 60");
    QTest::newRow("day 92") << QStringLiteral("640892-1234") << ref << QStringLiteral("the day is 92");
    QTest::newRow("30 February") << QStringLiteral("640230-1235") << ref
                                 << QStringLiteral("No such date: 1964-02-30 does not exist");
    QTest::newRow("31 April") << QStringLiteral("640431-1232") << ref << QStringLiteral("1964-04-31 does not exist");
    QTest::newRow("29 February 1900 by +")
        << QStringLiteral("000229+1235") << ref << QStringLiteral("No such date: 1900-02-29 does not exist");
    QTest::newRow("29 February 1900, 12 digits")
        << QStringLiteral("190002291235") << ref << QStringLiteral("1900-02-29 does not exist");
    QTest::newRow("29 February 2000 is after the reference date")
        << QStringLiteral("000229-1235") << QDate(2000, 2, 28) << QStringLiteral("1900-02-29 does not exist");
    QTest::newRow("samordningsnummer on 31 February")
        << QStringLiteral("700291-1233") << ref << QStringLiteral("1970-02-31 does not exist");
    QTest::newRow("samordningsnummer on 29 February 1970")
        << QStringLiteral("700289-1237") << ref << QStringLiteral("1970-02-29 does not exist");

    // Future birth date and "+" contradicting the age (only an explicit century can cause these).
    QTest::newRow("born the day after the reference date")
        << QStringLiteral("20121212-1212") << QDate(2012, 12, 11)
        << QStringLiteral("birth date 2012-12-12 is in the future (after 2012-12-11)");
    QTest::newRow("+ one day before the 100th birthday")
        << QStringLiteral("19121212+1212") << QDate(2012, 12, 11) << QStringLiteral("turns 100 on 2012-12-12");
    QTest::newRow("+ on a 62-year-old") << QStringLiteral("19640823+3234") << ref
                                        << QStringLiteral("turns 100 on 2064-08-23");
}

void TestSwedishId::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QDate, referenceDate);
    QFETCH(QString, errorPart);

    const Result<SwedishId> result = SwedishIdParser::parse(input, referenceDate);
    QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted as ") % (result.ok() ? result->normalized : QString())));
    QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
}

void TestSwedishId::luhnCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("checkDigit");

    QTest::newRow("640823323") << QStringLiteral("640823323") << 4;
    QTest::newRow("121212121") << QStringLiteral("121212121") << 2;
    QTest::newRow("194408139, last 10 of a 12-digit number") << QStringLiteral("440813908") << 9;
    QTest::newRow("701063239 (samordningsnummer)") << QStringLiteral("701063239") << 1;
    QTest::newRow("556036079 (organisationsnummer)") << QStringLiteral("556036079") << 3;
    QTest::newRow("000229123") << QStringLiteral("000229123") << 5;
    QTest::newRow("product over 9: 5") << QStringLiteral("5") << 9;
    QTest::newRow("sum multiple of 10: 18") << QStringLiteral("18") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("letter") << QStringLiteral("64082332a") << -1;
    QTest::newRow("fullwidth digit") << QStringLiteral("\uFF1640823323") << -1;
    QTest::newRow("hyphen") << QStringLiteral("640823-323") << -1;
}

void TestSwedishId::luhnCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, checkDigit);

    QCOMPARE(SwedishIdParser::luhnCheckDigit(digits), checkDigit);
}

void TestSwedishId::kindCodes()
{
    QCOMPARE(swedishIdKindCode(SwedishId::Kind::Personnummer), QStringLiteral("personnummer"));
    QCOMPARE(swedishIdKindCode(SwedishId::Kind::Samordningsnummer), QStringLiteral("samordningsnummer"));
    QCOMPARE(swedishIdKindCode(SwedishId::Kind::Organisationsnummer), QStringLiteral("organisationsnummer"));
}

void TestSwedishId::defaultIdFormatsAsEmpty()
{
    // A value the parser did not make must not show a half-formatted number.
    const SwedishId id;
    QVERIFY(id.formatted().isEmpty());
    QVERIFY(id.masked().isEmpty());
}

QTEST_APPLESS_MAIN(TestSwedishId)

#include "tst_swedishid.moc"
