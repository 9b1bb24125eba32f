#include "register/RetentionRule.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace dsar;

Q_DECLARE_METATYPE(dsar::RetentionPeriod::Unit)

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// "relationship_ended=2026-03-15,collected=2025-01-01": the import column codes, so they are tested too.
RetentionEvents eventsFrom(const QString& text)
{
    RetentionEvents events;
    for (const QString& pair : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(u'=');
        const auto event = RetentionEvents::fromCode(parts.value(0));
        if (!event || parts.size() != 2)
            qFatal("bad test events: %s", qPrintable(text));
        events.setDate(*event, QDate::fromString(parts.at(1), Qt::ISODate));
    }
    return events;
}

} // namespace

class TestRetentionRule : public QObject
{
    Q_OBJECT

private slots:
    void anchorCodes();
    void eventCodes();
    void periodParse_data();
    void periodParse();
    void periodRefusals_data();
    void periodRefusals();
    void ruleParse_data();
    void ruleParse();
    void ruleRefusals_data();
    void ruleRefusals();
    void ruleRoundTrip();
    void retainUntil_data();
    void retainUntil();
    void engineRefusals();
    void describe();
};

void TestRetentionRule::anchorCodes()
{
    const QList<RetentionAnchor> anchors = RetentionAnchors::all();
    QCOMPARE(anchors.size(), 9);
    QStringList codes;
    for (RetentionAnchor anchor : anchors) {
        const QString code = RetentionAnchors::code(anchor);
        QVERIFY(!code.isEmpty());
        QVERIFY(!RetentionAnchors::label(anchor).isEmpty());
        QCOMPARE(RetentionAnchors::fromCode(code), std::optional(anchor));
        codes << code;
    }
    codes.removeDuplicates();
    QCOMPARE(codes.size(), anchors.size());
    QCOMPARE(RetentionAnchors::code(RetentionAnchor::AfterFiscalYearEnd), QStringLiteral("after-fiscal-year-end"));
    QCOMPARE(RetentionAnchors::code(RetentionAnchor::KeptWithReason), QStringLiteral("kept-with-reason"));
    QCOMPARE(RetentionAnchors::fromCode(QStringLiteral(" After-Send-Out ")),
             std::optional(RetentionAnchor::AfterSendOut));
    QCOMPARE(RetentionAnchors::fromCode(QStringLiteral("after-fiscal-year")), std::nullopt);
    QVERIFY(RetentionAnchors::codeList().startsWith(QStringLiteral("after-collection, after-relationship-ended")));
}

void TestRetentionRule::eventCodes()
{
    const QList<RetentionEvent> events = RetentionEvents::all();
    QCOMPARE(events.size(), 8);
    RetentionEvents dates;
    int day = 1;
    for (RetentionEvent event : events) {
        QCOMPARE(RetentionEvents::fromCode(RetentionEvents::code(event)), std::optional(event));
        QVERIFY(!RetentionEvents::label(event).isEmpty());
        QCOMPARE(dates.date(event), std::nullopt);
        dates.setDate(event, QDate(2026, 1, day));
        QCOMPARE(dates.date(event), std::optional(QDate(2026, 1, day)));
        ++day;
    }
    // Each event has its own field: all eight dates are still distinct.
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(dates.date(events.at(i)), std::optional(QDate(2026, 1, i + 1)));
    QCOMPARE(RetentionEvents::code(RetentionEvent::RelationshipEnded), QStringLiteral("relationship_ended"));

    // Every anchor but kept-with-reason counts from exactly one event, and no two from the same.
    QList<RetentionEvent> used;
    for (RetentionAnchor anchor : RetentionAnchors::all()) {
        const auto event = RetentionEvents::eventFor(anchor);
        QCOMPARE(event.has_value(), anchor != RetentionAnchor::KeptWithReason);
        if (event) {
            QVERIFY(!used.contains(*event));
            used << *event;
        }
    }
    QCOMPARE(used.size(), events.size());
}

void TestRetentionRule::periodParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("amount");
    QTest::addColumn<RetentionPeriod::Unit>("unit");
    QTest::newRow("2 years") << QStringLiteral("2y") << 2 << RetentionPeriod::Years;
    QTest::newRow("180 days") << QStringLiteral("180d") << 180 << RetentionPeriod::Days;
    QTest::newRow("6 months") << QStringLiteral("6m") << 6 << RetentionPeriod::Months;
    QTest::newRow("1 day") << QStringLiteral("1d") << 1 << RetentionPeriod::Days;
    QTest::newRow("day ceiling") << QStringLiteral("36600d") << 36600 << RetentionPeriod::Days;
    QTest::newRow("month ceiling") << QStringLiteral("1200m") << 1200 << RetentionPeriod::Months;
    QTest::newRow("year ceiling") << QStringLiteral("100y") << 100 << RetentionPeriod::Years;
}

void TestRetentionRule::periodParse()
{
    QFETCH(QString, text);
    QFETCH(int, amount);
    QFETCH(RetentionPeriod::Unit, unit);
    const auto period = RetentionPeriod::parse(text);
    QVERIFY2(period.ok(), qPrintable(period.error()));
    QCOMPARE(period->amount, amount);
    QCOMPARE(period->unit, unit);
    QCOMPARE(period->encode(), text);
    QVERIFY(!period->label().isEmpty());
    QVERIFY(RetentionPeriod::make(amount, unit).ok());
}

void TestRetentionRule::periodRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString notPeriod = QStringLiteral("is not a retention period");
    const QString range = QStringLiteral("out of range");
    QTest::newRow("empty") << QString() << notPeriod;
    QTest::newRow("unit only") << QStringLiteral("y") << notPeriod;
    QTest::newRow("no unit") << QStringLiteral("24") << QStringLiteral("has no unit");
    QTest::newRow("weeks") << QStringLiteral("2w") << QStringLiteral("has no unit");
    QTest::newRow("capital unit") << QStringLiteral("2Y") << QStringLiteral("has no unit");
    QTest::newRow("word") << QStringLiteral("2 years") << QStringLiteral("has no unit");
    QTest::newRow("space") << QStringLiteral("2 y") << notPeriod;
    QTest::newRow("leading zero") << QStringLiteral("02y") << notPeriod;
    QTest::newRow("sign") << QStringLiteral("+2y") << notPeriod;
    QTest::newRow("negative") << QStringLiteral("-1y") << notPeriod;
    QTest::newRow("fraction") << QStringLiteral("1.5y") << notPeriod;
    QTest::newRow("seven digits") << QStringLiteral("1000000d") << notPeriod;
    QTest::newRow("zero") << QStringLiteral("0d") << range;
    QTest::newRow("days over") << QStringLiteral("36601d") << range;
    QTest::newRow("months over") << QStringLiteral("1201m") << range;
    QTest::newRow("years over") << QStringLiteral("101y") << range;
}

void TestRetentionRule::periodRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto period = RetentionPeriod::parse(text);
    QVERIFY(!period.ok());
    QVERIFY2(period.error().contains(message), qPrintable(period.error()));
    QVERIFY2(!period.error().isEmpty(), "a refusal says why");
}

void TestRetentionRule::ruleParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("reason");
    auto same = [](const char* name, const QString& text, const QString& reference, const QString& reason) {
        QTest::newRow(name) << text << text << reference << reason;
    };
    same("CRM", QStringLiteral("after-relationship-ended;2y"), QString(), QString());
    same("BFL", QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §"), QStringLiteral("BFL 7 kap. 2 §"), QString());
    same("PTL", QStringLiteral("after-relationship-ended;5y;PTL 5 kap. 3 §"), QStringLiteral("PTL 5 kap. 3 §"),
         QString());
    same("consent", QStringLiteral("while-consent-lasts"), QString(), QString());
    same("consent with reference", QStringLiteral("while-consent-lasts;;GDPR Art. 7(3)"),
         QStringLiteral("GDPR Art. 7(3)"), QString());
    same("project", QStringLiteral("until-project-ends"), QString(), QString());
    same("project plus days", QStringLiteral("until-project-ends;30d"), QString(), QString());
    same("stated reason", QStringLiteral("kept-with-reason;;;Certifications are kept until further notice"), QString(),
         QStringLiteral("Certifications are kept until further notice"));
    same("note on a dated rule", QStringLiteral("after-send-out;180d;;Newsletter lists"), QString(),
         QStringLiteral("Newsletter lists"));
    same("escaped", QStringLiteral("kept-with-reason;;Ref\\;1;Kept\\; see \\\\policy"), QStringLiteral("Ref;1"),
         QStringLiteral("Kept; see \\policy"));
    QTest::newRow("trailing empty field") << QStringLiteral("after-relationship-ended;2y;")
                                          << QStringLiteral("after-relationship-ended;2y") << QString() << QString();
    QTest::newRow("all fields empty") << QStringLiteral("while-consent-lasts;;;")
                                      << QStringLiteral("while-consent-lasts") << QString() << QString();
    QTest::newRow("text trimmed") << QStringLiteral("after-collection;2y; BFL ; why ")
                                  << QStringLiteral("after-collection;2y;BFL;why") << QStringLiteral("BFL")
                                  << QStringLiteral("why");
}

void TestRetentionRule::ruleParse()
{
    QFETCH(QString, text);
    QFETCH(QString, encoded);
    QFETCH(QString, reference);
    QFETCH(QString, reason);
    const auto rule = RetentionRule::parse(text);
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    QCOMPARE(rule->legalReference, reference);
    QCOMPARE(rule->reason, reason);
    QCOMPARE(rule->encode(), encoded);
    const auto again = RetentionRule::parse(encoded);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again.value() == rule.value());
}

void TestRetentionRule::ruleRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString notAnchor = QStringLiteral("is not a retention anchor; use one of after-collection");
    QTest::newRow("empty") << QString() << notAnchor;
    QTest::newRow("unknown anchor") << QStringLiteral("after-contract;2y") << notAnchor;
    QTest::newRow("capitals") << QStringLiteral("After-Collection;2y") << notAnchor;
    QTest::newRow("space before anchor") << QStringLiteral(" after-collection;2y") << notAnchor;
    QTest::newRow("five fields") << QStringLiteral("after-collection;2y;a;b;c") << QStringLiteral("at most four");
    QTest::newRow("unescaped semicolon") << QStringLiteral("kept-with-reason;;;a;b") << QStringLiteral("\\;");
    QTest::newRow("bad period") << QStringLiteral("after-collection;2 y") << QStringLiteral("not a retention period");
    QTest::newRow("zero period") << QStringLiteral("after-collection;0d") << QStringLiteral("out of range");
    QTest::newRow("no period") << QStringLiteral("after-collection") << QStringLiteral("needs a period");
    QTest::newRow("empty period") << QStringLiteral("after-last-activity;;ref") << QStringLiteral("needs a period");
    QTest::newRow("BFL in months") << QStringLiteral("after-fiscal-year-end;84m")
                                   << QStringLiteral("needs a period in years");
    QTest::newRow("BFL without period") << QStringLiteral("after-fiscal-year-end")
                                        << QStringLiteral("needs a period in years");
    QTest::newRow("consent with period") << QStringLiteral("while-consent-lasts;1y")
                                         << QStringLiteral("kept while consent lasts has no period; remove \"1y\"");
    QTest::newRow("reason missing") << QStringLiteral("kept-with-reason") << QStringLiteral("needs the reason");
    QTest::newRow("reason blank") << QStringLiteral("kept-with-reason;;;   ") << QStringLiteral("needs the reason");
    QTest::newRow("reason with period") << QStringLiteral("kept-with-reason;5y;;Because")
                                        << QStringLiteral("has no period; remove \"5y\"");
    QTest::newRow("unknown escape") << QStringLiteral("after-collection;2y;BFL\\x") << QStringLiteral("backslash");
    QTest::newRow("dangling escape") << QStringLiteral("after-collection;2y;BFL\\") << QStringLiteral("backslash");
    QTest::newRow("line break") << QStringLiteral("after-collection;2y;;line\nbreak") << QStringLiteral("single lines");
}

void TestRetentionRule::ruleRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto rule = RetentionRule::parse(text);
    QVERIFY(!rule.ok());
    QVERIFY2(rule.error().contains(message), qPrintable(rule.error()));
}

void TestRetentionRule::ruleRoundTrip()
{
    // Every anchor with every kind of period and awkward text: make() either refuses or the text form round-trips.
    const QList<std::optional<RetentionPeriod>> periods
        = { std::nullopt, RetentionPeriod { 1, RetentionPeriod::Days }, RetentionPeriod { 18, RetentionPeriod::Months },
            RetentionPeriod { 100, RetentionPeriod::Years } };
    const QList<QString> texts = { QString(), QStringLiteral("BFL 7 kap. 2 §"), QStringLiteral(";"),
                                   QStringLiteral("\\"), QStringLiteral("a\\;b;;c\\\\") };
    int made = 0;
    for (RetentionAnchor anchor : RetentionAnchors::all()) {
        for (const auto& period : periods) {
            for (const QString& reference : texts) {
                for (const QString& reason : texts) {
                    const auto rule = RetentionRule::make(anchor, period, reference, reason);
                    if (!rule.ok()) {
                        QVERIFY(!rule.error().isEmpty());
                        continue;
                    }
                    ++made;
                    const QString text = rule->encode();
                    const auto parsed = RetentionRule::parse(text);
                    QVERIFY2(parsed.ok(), qPrintable(text + u' ' + parsed.error()));
                    QVERIFY2(parsed.value() == rule.value(), qPrintable(text));
                    QCOMPARE(parsed->encode(), text);
                }
            }
        }
    }
    // Five after-* anchors with any of the 3 periods, fiscal year with years only, project with all 4, consent
    // with none; kept-with-reason with none and a non-empty reason (4 of the 5 texts).
    QCOMPARE(made, (5 * 3 + 1 + 4 + 1) * 25 + 5 * 4);
}

void TestRetentionRule::retainUntil_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("events");
    QTest::addColumn<int>("kind");
    // The retain-until date (ISO), the missing event's code, or the stated reason.
    QTest::addColumn<QString>("expected");
    const int until = int(RetentionOutcome::Kind::RetainUntil);
    const int waiting = int(RetentionOutcome::Kind::NotYetComputable);
    const int consent = int(RetentionOutcome::Kind::WhileConsentLasts);
    const int reason = int(RetentionOutcome::Kind::KeptWithReason);
    const QString bfl = QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §");
    const QString ptl = QStringLiteral("after-relationship-ended;5y;PTL 5 kap. 3 §");
    auto row = [](const char* name, const QString& rule, const char* events, int kind, const char* expected) {
        QTest::newRow(name) << rule << QString::fromLatin1(events) << kind << QString::fromLatin1(expected);
    };

    // LEGAL.md 3, BFL 7 kap. 2 §: through 31 December of the 7th year after the fiscal year's calendar year.
    row("BFL calendar fiscal year", bfl, "fiscal_year_end=2026-12-31", until, "2033-12-31");
    row("BFL fiscal year 2025/26", bfl, "fiscal_year_end=2026-06-30", until, "2033-12-31");
    row("BFL fiscal year ending 2025-08-31", bfl, "fiscal_year_end=2025-08-31", until, "2032-12-31");
    row("BFL fiscal year ending in February", bfl, "fiscal_year_end=2028-02-29", until, "2035-12-31");
    row("BFL fiscal year not ended", bfl, "collected=2026-03-01", waiting, "fiscal_year_end");
    // Assessio: supplier register and contracts, "sju år efter det kalenderår då räkenskapsåret avslutades".
    row("Assessio supplier register", QStringLiteral("after-fiscal-year-end;7y"), "fiscal_year_end=2025-12-31", until,
        "2032-12-31");

    // LEGAL.md 3, PTL 5 kap. 3 §: five years after the relationship ended, same date, clamped.
    row("PTL leap day", ptl, "relationship_ended=2028-02-29", until, "2033-02-28");
    row("PTL ordinary date", ptl, "relationship_ended=2026-03-15", until, "2031-03-15");
    row("PTL relationship ongoing", ptl, "collected=2020-01-01", waiting, "relationship_ended");

    // Assessio's CRM: "två år efter uppsagt avtal".
    const QString crm = QStringLiteral("after-relationship-ended;2y");
    row("CRM contract ended", crm, "relationship_ended=2026-03-15,collected=2019-05-01", until, "2028-03-15");
    row("CRM ended on leap day", crm, "relationship_ended=2028-02-29", until, "2030-02-28");
    row("CRM leap day to leap year", QStringLiteral("after-relationship-ended;4y"), "relationship_ended=2028-02-29",
        until, "2032-02-29");
    row("CRM contract running", crm, "collected=2019-05-01,last_activity=2026-01-10", waiting, "relationship_ended");

    // Assessio's newsletter lists: "180 dagar efter utskick", calendar days.
    const QString newsletter = QStringLiteral("after-send-out;180d");
    row("newsletter", newsletter, "sent_out=2026-01-15", until, "2026-07-14");
    row("newsletter over a leap day", newsletter, "sent_out=2027-12-01", until, "2028-05-29");
    row("newsletter over new year", newsletter, "sent_out=2026-10-01", until, "2027-03-30");
    row("newsletter not sent", newsletter, "collected=2026-01-15", waiting, "sent_out");

    // Assessio's training register: "sex månader efter att kontot skapats".
    const QString training = QStringLiteral("after-account-created;6m");
    row("training register clamped", training, "account_created=2026-08-31", until, "2027-02-28");
    row("training register to leap day", training, "account_created=2027-08-31", until, "2028-02-29");
    row("training register same date", training, "account_created=2026-03-15", until, "2026-09-15");
    row("training account not created", training, "", waiting, "account_created");

    // Assessio's other rules.
    row("customer success inactivity", QStringLiteral("after-last-activity;2y"), "last_activity=2026-05-10", until,
        "2028-05-10");
    row("event sign-up", QStringLiteral("after-collection;180d"), "collected=2026-10-01", until, "2027-03-30");
    row("recruitment not hired", QStringLiteral("after-collection;2y"), "collected=2026-04-30", until, "2028-04-30");
    row("demo account", QStringLiteral("after-account-created;6m"), "account_created=2026-05-31", until, "2026-11-30");

    // Month-end clamping: the same date, or the month's last day when it does not exist.
    const QString oneMonth = QStringLiteral("after-collection;1m");
    row("31 January plus a month", oneMonth, "collected=2026-01-31", until, "2026-02-28");
    row("31 January plus a month, leap", oneMonth, "collected=2028-01-31", until, "2028-02-29");
    row("31 March plus a month", oneMonth, "collected=2026-03-31", until, "2026-04-30");
    row("28 February plus a month", oneMonth, "collected=2026-02-28", until, "2026-03-28");
    row("31 December plus a month", oneMonth, "collected=2026-12-31", until, "2027-01-31");
    row("12 months is a year", QStringLiteral("after-collection;12m"), "collected=2028-02-29", until, "2029-02-28");
    row("18 months to leap day", QStringLiteral("after-collection;18m"), "collected=2026-08-31", until, "2028-02-29");
    row("one day over new year", QStringLiteral("after-collection;1d"), "collected=2026-12-31", until, "2027-01-01");
    row("century leap day", QStringLiteral("after-collection;100y"), "collected=2024-02-29", until, "2124-02-29");

    // GDPR Art. 7(3): consent-based data are kept until consent is withdrawn, then due that day.
    const QString whileConsent = QStringLiteral("while-consent-lasts");
    row("consent given", whileConsent, "collected=2026-01-01", consent, "");
    row("consent withdrawn", whileConsent, "collected=2026-01-01,consent_withdrawn=2026-05-05", until, "2026-05-05");

    // Until the project ends: Assessio's candidate meetings, "raderas efter varje projektavslut".
    row("project running", QStringLiteral("until-project-ends"), "collected=2026-01-01", waiting, "project_ended");
    row("project ended", QStringLiteral("until-project-ends"), "project_ended=2026-06-30", until, "2026-06-30");
    row("project ended plus 30 days", QStringLiteral("until-project-ends;30d"), "project_ended=2026-06-30", until,
        "2026-07-30");

    // Assessio's certifications, "sparas tillsvidare": no date, the register states why.
    row("certification kept", QStringLiteral("kept-with-reason;;;Certifications are kept to verify them"),
        "collected=2026-01-01", reason, "Certifications are kept to verify them");
}

void TestRetentionRule::retainUntil()
{
    QFETCH(QString, rule);
    QFETCH(QString, events);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const auto parsed = RetentionRule::parse(rule);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const auto outcome = RetentionEngine::retainUntil(parsed.value(), eventsFrom(events));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(int(outcome->kind), kind);
    switch (outcome->kind) {
    case RetentionOutcome::Kind::RetainUntil:
        QCOMPARE(outcome->retainUntil, QDate::fromString(expected, Qt::ISODate));
        QVERIFY(!outcome->missingEvent);
        break;
    case RetentionOutcome::Kind::NotYetComputable:
        QVERIFY(outcome->missingEvent);
        QCOMPARE(RetentionEvents::code(*outcome->missingEvent), expected);
        QVERIFY(outcome->retainUntil.isNull());
        break;
    case RetentionOutcome::Kind::WhileConsentLasts:
        QVERIFY(outcome->retainUntil.isNull());
        QVERIFY(!outcome->missingEvent);
        break;
    case RetentionOutcome::Kind::KeptWithReason:
        QCOMPARE(outcome->reason, expected);
        QVERIFY(outcome->retainUntil.isNull());
        break;
    }
}

void TestRetentionRule::engineRefusals()
{
    // Rules built by hand, bypassing make(), are checked by the engine too.
    RetentionEvents events;
    events.collected = date("2026-01-01");
    RetentionRule noReason { RetentionAnchor::KeptWithReason, std::nullopt, {}, {} };
    auto outcome = RetentionEngine::retainUntil(noReason, events);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QStringLiteral("needs the reason")), qPrintable(outcome.error()));

    RetentionRule noPeriod { RetentionAnchor::AfterCollection, std::nullopt, {}, {} };
    outcome = RetentionEngine::retainUntil(noPeriod, events);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QStringLiteral("needs a period")), qPrintable(outcome.error()));

    RetentionRule negative { RetentionAnchor::AfterCollection, RetentionPeriod { -2, RetentionPeriod::Years }, {}, {} };
    outcome = RetentionEngine::retainUntil(negative, events);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QStringLiteral("out of range")), qPrintable(outcome.error()));

    // A date that is present but invalid is an error, not a missing event.
    const auto crm = RetentionRule::parse(QStringLiteral("after-relationship-ended;2y"));
    QVERIFY(crm.ok());
    RetentionEvents broken;
    broken.relationshipEnded = QDate();
    outcome = RetentionEngine::retainUntil(crm.value(), broken);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QStringLiteral("not a valid date")), qPrintable(outcome.error()));

    // BFL counts from the fiscal year's last day; a document date would give a year too little.
    const auto bfl = RetentionRule::parse(QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §"));
    QVERIFY(bfl.ok());
    RetentionEvents invoice;
    invoice.fiscalYearEnd = date("2025-09-15");
    outcome = RetentionEngine::retainUntil(bfl.value(), invoice);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(QStringLiteral("2025-09-15 is not the last day of a month")),
             qPrintable(outcome.error()));
}

void TestRetentionRule::describe()
{
    QCOMPARE(RetentionEngine::describe(RetentionOutcome::until(date("2028-03-15"))),
             QStringLiteral("Kept until 2028-03-15"));
    QCOMPARE(RetentionEngine::describe(RetentionOutcome::waitingFor(RetentionEvent::RelationshipEnded)),
             QStringLiteral("No date yet: waiting for the end of the contract or relationship"));
    QCOMPARE(RetentionEngine::describe(RetentionOutcome::whileConsentLasts()),
             QStringLiteral("Kept while consent lasts"));
    QCOMPARE(RetentionEngine::describe(RetentionOutcome::keptWithReason(QStringLiteral("Certifications"))),
             QStringLiteral("Kept: Certifications"));
    const RetentionPeriod twoYears { 2, RetentionPeriod::Years };
    QCOMPARE(twoYears.label(), QStringLiteral("2 year(s)"));
}

QTEST_APPLESS_MAIN(TestRetentionRule)
#include "tst_retentionrule.moc"
