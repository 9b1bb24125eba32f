#include "calendar/Deadlines.h"
#include "calendar/LegalCalendar.h"
#include "calendar/StockholmTime.h"

#include <QTest>

using namespace dsar;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ClockStopEpisode episode(const char* requested, const char* answered = nullptr,
                         ClockStopEpisode::Kind kind = ClockStopEpisode::Kind::Identity,
                         const QString& reason = QStringLiteral("Namnet i begäran stämmer inte med kundregistret"))
{
    ClockStopEpisode e;
    e.kind = kind;
    e.reason = reason;
    e.requestedOn = date(requested);
    if (answered)
        e.answeredOn = date(answered);
    return e;
}

// The wrong methods LEGAL.md 1.1 lists, each as someone might write it.
enum class WrongMethod
{
    Plus30Days,
    PlusOneDayThenOneMonth,
    OverflowingMonths,
    RollingOnlyWeekends,
    ExtensionFromRolledDue,
    UtcDate,
};

QDate rollWeekendsOnly(QDate d)
{
    while (d.dayOfWeek() >= Qt::Saturday)
        d = d.addDays(1);
    return d;
}

} // namespace

Q_DECLARE_METATYPE(dsar::ClockStopEpisode)
Q_DECLARE_METATYPE(WrongMethod)

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

private slots:
    void legalExamples_data();
    void legalExamples();
    void se1930Midsommarafton();
    void se1930NeverEarlierThanEu();
    void otherExtensionReading();
    void dueOnEve_data();
    void dueOnEve();
    void wrongMethods_data();
    void wrongMethods();
    void clockStop_data();
    void clockStop();
    void clockStopWarnings();
    void internalTarget_data();
    void internalTarget();
    void invalidReceived();
};

void TestDeadlineCalculator::legalExamples_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("extendedDue");
    QTest::addColumn<QDate>("extensionTarget");
    // LEGAL.md 1.1, the example table (profile EU), row by row.
    QTest::newRow("same date; ext. 5 June is a Saturday")
        << date("2027-03-05") << date("2027-04-05") << date("2027-06-07") << date("2027-06-07");
    QTest::newRow("clamp") << date("2027-08-31") << date("2027-09-30") << date("2027-11-30") << date("2027-11-30");
    QTest::newRow("clamp to 28 Feb (Sunday) -> Monday; target earlier")
        << date("2027-01-31") << date("2027-03-01") << date("2027-04-30") << date("2027-04-28");
    QTest::newRow("leap year; 30 Apr Sunday, 1 May holiday")
        << date("2028-01-31") << date("2028-02-29") << date("2028-05-02") << date("2028-05-02");
    QTest::newRow("Good Friday -> Easter Monday -> Tuesday")
        << date("2027-02-26") << date("2027-03-30") << date("2027-05-26") << date("2027-05-26");
    QTest::newRow("midsommarafton stays in EU")
        << date("2027-05-25") << date("2027-06-25") << date("2027-08-25") << date("2027-08-25");
    QTest::newRow("juldagen Fri, annandag jul Sat, Sunday")
        << date("2026-11-25") << date("2026-12-28") << date("2027-02-25") << date("2027-02-25");
}

void TestDeadlineCalculator::legalExamples()
{
    QFETCH(QDate, received);
    QFETCH(QDate, due);
    QFETCH(QDate, extendedDue);
    QFETCH(QDate, extensionTarget);
    const DeadlineCalculator calculator;
    QCOMPARE(calculator.policy().profile, CalendarProfile::EU);
    const Deadlines d = calculator.compute(received);
    QCOMPARE(d.received, received);
    QCOMPARE(d.due, due);
    QCOMPARE(d.extendedDue, extendedDue);
    QCOMPARE(d.extensionTarget, extensionTarget);
    QCOMPARE(d.suspendedDays, 0);
    QVERIFY(!d.restartDue.has_value());
    QCOMPARE(d.planningDue, due);
    QVERIFY(!d.clockStopped);
    QVERIFY(d.warnings.isEmpty());
}

void TestDeadlineCalculator::se1930Midsommarafton()
{
    const QDate received = date("2027-05-25");
    const Deadlines eu = DeadlineCalculator({ .profile = CalendarProfile::EU }).compute(received);
    const Deadlines se = DeadlineCalculator({ .profile = CalendarProfile::SE1930 }).compute(received);
    QCOMPARE(eu.due, date("2027-06-25"));
    QVERIFY(eu.dueOnEve);
    // Midsommarafton Fri, midsommardagen Sat, Sunday -> Monday.
    QCOMPARE(se.due, date("2027-06-28"));
    QVERIFY(!se.dueOnEve);
}

void TestDeadlineCalculator::se1930NeverEarlierThanEu()
{
    // LEGAL.md 1.1 item 6: SE1930 is never earlier than EU, for every receipt day 2020-2040.
    const DeadlineCalculator eu({ .profile = CalendarProfile::EU });
    const DeadlineCalculator se({ .profile = CalendarProfile::SE1930 });
    int later = 0;
    for (QDate received(2020, 1, 1); received <= QDate(2040, 12, 31); received = received.addDays(1)) {
        const Deadlines a = eu.compute(received);
        const Deadlines b = se.compute(received);
        QVERIFY(b.due >= a.due);
        QVERIFY(b.extendedDue >= a.extendedDue);
        QVERIFY(b.extensionTarget >= a.extensionTarget);
        QVERIFY(b.planningDue >= a.planningDue);
        QVERIFY(b.internalTarget >= a.internalTarget);
        // Invariants of both.
        for (const Deadlines* x : { &a, &b }) {
            QVERIFY(x->due > received);
            QVERIFY(x->extensionTarget <= x->extendedDue);
            QVERIFY(x->extensionTarget > x->due);
            QVERIFY(x->internalTarget <= x->due);
        }
        if (b.due > a.due) {
            ++later;
            QVERIFY(a.dueOnEve); // the only reason the profiles differ
        }
    }
    QVERIFY(later > 0);
}

void TestDeadlineCalculator::otherExtensionReading()
{
    // LEGAL.md 1.1 item 5: (unrolled one-month end) + 2 months is up to two days earlier than receipt +
    // 3 months, and only after a clamped month end (receipt 29-31 January, 31 May, 31 October).
    for (QDate received(2020, 1, 1); received <= QDate(2040, 12, 31); received = received.addDays(1)) {
        const QDate maximum = LegalCalendar::addMonthsClamped(received, 3);
        const QDate other = LegalCalendar::addMonthsClamped(LegalCalendar::addMonthsClamped(received, 1), 2);
        const qint64 earlier = other.daysTo(maximum);
        QVERIFY(earlier >= 0 && earlier <= 2);
        const bool listed = (received.month() == 1 && received.day() >= 29)
            || (received.month() == 5 && received.day() == 31) || (received.month() == 10 && received.day() == 31);
        // 29 January in a leap year still has 29 February.
        const bool expectedEarlier
            = listed && !(received.month() == 1 && received.day() == 29 && QDate::isLeapYear(received.year()));
        QCOMPARE(earlier > 0, expectedEarlier);
    }
}

void TestDeadlineCalculator::dueOnEve_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QList<ClockStopEpisode>>("episodes");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("onEve");
    QTest::newRow("midsommarafton") << date("2027-05-25") << QList<ClockStopEpisode>() << date("2027-06-25") << true;
    QTest::newRow("julafton (Friday)") << date("2027-11-24") << QList<ClockStopEpisode>() << date("2027-12-24") << true;
    // Same date next month can never reach 31 December (there is no 31 November); a clock stop can.
    QTest::newRow("nyårsafton after a one-day stop")
        << date("2027-11-30") << QList<ClockStopEpisode> { episode("2027-12-01", "2027-12-02") } << date("2027-12-31")
        << true;
    QTest::newRow("julafton on a Sunday is rolled past")
        << date("2028-11-24") << QList<ClockStopEpisode>() << date("2028-12-27") << false;
    QTest::newRow("ordinary day") << date("2027-03-05") << QList<ClockStopEpisode>() << date("2027-04-05") << false;
}

void TestDeadlineCalculator::dueOnEve()
{
    QFETCH(QDate, received);
    QFETCH(QList<ClockStopEpisode>, episodes);
    QFETCH(QDate, due);
    QFETCH(bool, onEve);
    const Deadlines d = DeadlineCalculator().compute(received, episodes);
    QCOMPARE(d.due, due);
    QCOMPARE(d.dueOnEve, onEve);
    // SE1930 never leaves a due date on an eve.
    QVERIFY(!DeadlineCalculator({ .profile = CalendarProfile::SE1930 }).compute(received, episodes).dueOnEve);
}

void TestDeadlineCalculator::wrongMethods_data()
{
    QTest::addColumn<WrongMethod>("method");
    QTest::addColumn<QString>("receipt"); // a date, or a UTC instant for the UTC-date method
    QTest::addColumn<QDate>("wrongResult");
    QTest::addColumn<QDate>("correct");
    // The correct value is `due` except for the extension method, where it is extensionTarget.
    QTest::newRow("+30 days") << WrongMethod::Plus30Days << QStringLiteral("2027-01-05") << date("2027-02-04")
                              << date("2027-02-05");
    QTest::newRow("receipt + 1 day + 1 month") << WrongMethod::PlusOneDayThenOneMonth << QStringLiteral("2027-03-05")
                                               << date("2027-04-06") << date("2027-04-05");
    QTest::newRow("31 Jan + 1 month = 3 March")
        << WrongMethod::OverflowingMonths << QStringLiteral("2027-01-31") << date("2027-03-03") << date("2027-03-01");
    QTest::newRow("rolling only weekends (Good Friday)")
        << WrongMethod::RollingOnlyWeekends << QStringLiteral("2027-02-26") << date("2027-03-26") << date("2027-03-30");
    QTest::newRow("rolling only weekends (juldagen)")
        << WrongMethod::RollingOnlyWeekends << QStringLiteral("2026-11-25") << date("2026-12-25") << date("2026-12-28");
    QTest::newRow("extension from the rolled due date")
        << WrongMethod::ExtensionFromRolledDue << QStringLiteral("2027-02-26") << date("2027-05-31")
        << date("2027-05-26");
    QTest::newRow("extension from the rolled due date (31 Jan)")
        << WrongMethod::ExtensionFromRolledDue << QStringLiteral("2027-01-31") << date("2027-05-03")
        << date("2027-04-28");
    // 2027-03-31T22:30Z is 00:30 on 1 April in Stockholm: due 1 May (Saturday, holiday) -> Monday 3 May.
    QTest::newRow("taking the UTC date") << WrongMethod::UtcDate << QStringLiteral("2027-03-31T22:30:00Z")
                                         << date("2027-04-30") << date("2027-05-03");
}

void TestDeadlineCalculator::wrongMethods()
{
    QFETCH(WrongMethod, method);
    QFETCH(QString, receipt);
    QFETCH(QDate, wrongResult);
    QFETCH(QDate, correct);

    const LegalCalendar calendar;
    const DeadlineCalculator calculator;
    QDate wrong;
    QDate right;
    if (method == WrongMethod::UtcDate) {
        const QDateTime instant = QDateTime::fromString(receipt, Qt::ISODate);
        QVERIFY(instant.isValid());
        wrong = calendar.rollForward(LegalCalendar::addMonthsClamped(instant.toUTC().date(), 1));
        right = calculator.compute(StockholmTime::dateOf(instant)).due;
    } else {
        const QDate received = QDate::fromString(receipt, Qt::ISODate);
        const Deadlines d = calculator.compute(received);
        right = d.due;
        switch (method) {
        case WrongMethod::Plus30Days:
            wrong = calendar.rollForward(received.addDays(30));
            break;
        case WrongMethod::PlusOneDayThenOneMonth:
            wrong = calendar.rollForward(LegalCalendar::addMonthsClamped(received.addDays(1), 1));
            break;
        case WrongMethod::OverflowingMonths:
            // Day-of-month carried into a short month: 31 Jan -> "31 Feb" = 3 March.
            wrong = calendar.rollForward(QDate(received.year(), received.month() + 1, 1).addDays(received.day() - 1));
            QCOMPARE(LegalCalendar::addMonthsClamped(received, 1), date("2027-02-28"));
            break;
        case WrongMethod::RollingOnlyWeekends:
            wrong = rollWeekendsOnly(LegalCalendar::addMonthsClamped(received, 1));
            break;
        case WrongMethod::ExtensionFromRolledDue:
            wrong = calendar.rollForward(LegalCalendar::addMonthsClamped(d.due, 2));
            right = d.extensionTarget;
            QVERIFY(d.extendedDue < wrong); // even the legal maximum is earlier
            break;
        case WrongMethod::UtcDate:
            break;
        }
    }
    QCOMPARE(wrong, wrongResult);
    QCOMPARE(right, correct);
    QVERIFY(wrong != right);
}

void TestDeadlineCalculator::clockStop_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QList<ClockStopEpisode>>("episodes");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("suspendedDays");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("extendedDue");
    QTest::addColumn<QDate>("extensionTarget");
    QTest::addColumn<QDate>("restartDue"); // invalid: none
    QTest::addColumn<QDate>("planningDue");
    QTest::addColumn<bool>("clockStopped");
    QTest::addColumn<int>("warnings");

    using Kind = ClockStopEpisode::Kind;
    using Episodes = QList<ClockStopEpisode>;
    // Received Friday 2027-03-05; the third working day after it is Wednesday 2027-03-10.
    const QDate r = date("2027-03-05");

    QTest::newRow("no episodes") << r << Episodes() << 3 << 0 << date("2027-04-05") << date("2027-06-07")
                                 << date("2027-06-07") << QDate() << date("2027-04-05") << false << 0;
    // 7 days: 5 Apr + 7 = 12 Apr; 5 Jun + 7 = Sat 12 Jun -> Mon 14 Jun. Restart 15 Mar + 1 month = 15 Apr.
    QTest::newRow("eligible identity request")
        << r << Episodes { episode("2027-03-08", "2027-03-15") } << 3 << 7 << date("2027-04-12") << date("2027-06-14")
        << date("2027-06-14") << date("2027-04-15") << date("2027-04-12") << false << 0;
    QTest::newRow("clarification on the last day of the window")
        << r << Episodes { episode("2027-03-10", "2027-03-12", Kind::Clarification) } << 3 << 2 << date("2027-04-07")
        << date("2027-06-07") << date("2027-06-07") << date("2027-04-12") << date("2027-04-07") << false << 0;
    QTest::newRow("request on a Saturday inside the window")
        << r << Episodes { episode("2027-03-06", "2027-03-08") } << 3 << 2 << date("2027-04-07") << date("2027-06-07")
        << date("2027-06-07") << date("2027-04-08") << date("2027-04-07") << false << 0;
    QTest::newRow("late request: no suspension, warning")
        << r << Episodes { episode("2027-03-11", "2027-03-15") } << 3 << 0 << date("2027-04-05") << date("2027-06-07")
        << date("2027-06-07") << QDate() << date("2027-04-05") << false << 1;
    QTest::newRow("no reason: no suspension, warning")
        << r << Episodes { episode("2027-03-08", "2027-03-15", Kind::Identity, QStringLiteral("  \t")) } << 3 << 0
        << date("2027-04-05") << date("2027-06-07") << date("2027-06-07") << QDate() << date("2027-04-05") << false
        << 1;
    QTest::newRow("open episode: clock stopped")
        << r << Episodes { episode("2027-03-08") } << 3 << 0 << date("2027-04-05") << date("2027-06-07")
        << date("2027-06-07") << QDate() << date("2027-04-05") << true << 0;
    QTest::newRow("late open episode: clock runs")
        << r << Episodes { episode("2027-03-12") } << 3 << 0 << date("2027-04-05") << date("2027-06-07")
        << date("2027-06-07") << QDate() << date("2027-04-05") << false << 1;
    // 1 + 7 = 8 days: 13 Apr; 5 Jun + 8 = Sun 13 Jun -> 14 Jun; restart 17 Apr (Sat) -> 19 Apr.
    QTest::newRow("two episodes summed") << r
                                         << Episodes { episode("2027-03-08", "2027-03-09"),
                                                       episode("2027-03-10", "2027-03-17", Kind::Clarification) }
                                         << 3 << 8 << date("2027-04-13") << date("2027-06-14") << date("2027-06-14")
                                         << date("2027-04-19") << date("2027-04-13") << false << 0;
    // Adjacent episodes: 2 + 5 = 7 days.
    QTest::newRow("adjacent episodes summed")
        << r
        << Episodes { episode("2027-03-08", "2027-03-10"), episode("2027-03-10", "2027-03-15", Kind::Clarification) }
        << 3 << 7 << date("2027-04-12") << date("2027-06-14") << date("2027-06-14") << date("2027-04-15")
        << date("2027-04-12") << false << 0;
    // Sent together, the clock stops once: 8-15 March covers 9-12 March, so 7 days, not 10.
    QTest::newRow("overlapping episodes counted once")
        << r
        << Episodes { episode("2027-03-08", "2027-03-15"), episode("2027-03-09", "2027-03-12", Kind::Clarification) }
        << 3 << 7 << date("2027-04-12") << date("2027-06-14") << date("2027-06-14") << date("2027-04-15")
        << date("2027-04-12") << false << 0;
    // Partly overlapping: 8-15 and 10-18 March stop the clock 8-18 March, 10 days (not 7 + 8 = 15).
    // 5 Apr + 10 = Thu 15 Apr; 5 Jun + 10 = Tue 15 Jun; restart 18 Apr (Sunday) -> 19 Apr.
    QTest::newRow("partly overlapping episodes")
        << r
        << Episodes { episode("2027-03-08", "2027-03-15"), episode("2027-03-10", "2027-03-18", Kind::Clarification) }
        << 3 << 10 << date("2027-04-15") << date("2027-06-15") << date("2027-06-15") << date("2027-04-19")
        << date("2027-04-15") << false << 0;
    QTest::newRow("eligible, late and open together")
        << r
        << Episodes { episode("2027-03-08", "2027-03-10"), episode("2027-03-20", "2027-03-25"),
                      episode("2027-03-09", {}, Kind::Clarification) }
        << 3 << 2 << date("2027-04-07") << date("2027-06-07") << date("2027-06-07") << date("2027-04-12")
        << date("2027-04-07") << true << 1;
    QTest::newRow("request before receipt")
        << r << Episodes { episode("2027-03-04", "2027-03-08") } << 3 << 0 << date("2027-04-05") << date("2027-06-07")
        << date("2027-06-07") << QDate() << date("2027-04-05") << false << 1;
    QTest::newRow("answer before request")
        << r << Episodes { episode("2027-03-08", "2027-03-07") } << 3 << 0 << date("2027-04-05") << date("2027-06-07")
        << date("2027-06-07") << QDate() << date("2027-04-05") << false << 1;
    QTest::newRow("answered the same day: 0 days")
        << r << Episodes { episode("2027-03-08", "2027-03-08") } << 3 << 0 << date("2027-04-05") << date("2027-06-07")
        << date("2027-06-07") << date("2027-04-08") << date("2027-04-05") << false << 0;
    QTest::newRow("window 0: same day only")
        << r << Episodes { episode("2027-03-05", "2027-03-06") } << 0 << 1 << date("2027-04-06") << date("2027-06-07")
        << date("2027-06-07") << date("2027-04-06") << date("2027-04-06") << false << 0;
    QTest::newRow("window 0: next day is late")
        << r << Episodes { episode("2027-03-06", "2027-03-08") } << 0 << 0 << date("2027-04-05") << date("2027-06-07")
        << date("2027-06-07") << QDate() << date("2027-04-05") << false << 1;
    // Received Thursday 28 Jan, asked the same day, answered Sunday 31 Jan (3 days): due 28 Feb + 3 =
    // Wed 3 Mar; restart 31 Jan + 1 month = Sun 28 Feb -> Mon 1 Mar, earlier: plan against it.
    // Extended 28 Apr + 3 = Sat 1 May -> Mon 3 May.
    QTest::newRow("restart earlier than due after a clamped month end")
        << date("2027-01-28") << Episodes { episode("2027-01-28", "2027-01-31") } << 3 << 3 << date("2027-03-03")
        << date("2027-05-03") << date("2027-05-03") << date("2027-03-01") << date("2027-03-01") << false << 0;
    // Received Sunday 31 Jan, 2 days: due 28 Feb + 2 = 2 Mar; extended 30 Apr + 2 = Sun 2 May -> 3 May;
    // the other reading 28 Apr + 2 = Fri 30 Apr is the target. Restart 3 Mar.
    QTest::newRow("suspension with the other extension reading")
        << date("2027-01-31") << Episodes { episode("2027-02-01", "2027-02-03") } << 3 << 2 << date("2027-03-02")
        << date("2027-05-03") << date("2027-04-30") << date("2027-03-03") << date("2027-03-02") << false << 0;
    // The suspended days land on Good Friday: rolled once, at the end, to Tuesday.
    QTest::newRow("suspension then a single roll")
        << date("2027-02-23") << Episodes { episode("2027-02-24", "2027-02-27") } << 3 << 3 << date("2027-03-30")
        << date("2027-05-26") << date("2027-05-26") << date("2027-03-30") << date("2027-03-30") << false << 0;
}

void TestDeadlineCalculator::clockStop()
{
    QFETCH(QDate, received);
    QFETCH(QList<ClockStopEpisode>, episodes);
    QFETCH(int, window);
    QFETCH(int, suspendedDays);
    QFETCH(QDate, due);
    QFETCH(QDate, extendedDue);
    QFETCH(QDate, extensionTarget);
    QFETCH(QDate, restartDue);
    QFETCH(QDate, planningDue);
    QFETCH(bool, clockStopped);
    QFETCH(int, warnings);

    const Deadlines d = DeadlineCalculator({ .clockStopRequestWindowWorkingDays = window }).compute(received, episodes);
    QCOMPARE(d.suspendedDays, suspendedDays);
    QCOMPARE(d.due, due);
    QCOMPARE(d.extendedDue, extendedDue);
    QCOMPARE(d.extensionTarget, extensionTarget);
    QCOMPARE(d.restartDue.has_value(), restartDue.isValid());
    if (restartDue.isValid())
        QCOMPARE(*d.restartDue, restartDue);
    QCOMPARE(d.planningDue, planningDue);
    QCOMPARE(d.clockStopped, clockStopped);
    QCOMPARE(d.warnings.size(), warnings);
}

void TestDeadlineCalculator::clockStopWarnings()
{
    const QDate received = date("2027-03-05");
    const DeadlineCalculator calculator;

    const Deadlines late = calculator.compute(received, { episode("2027-03-11", "2027-03-15") });
    QCOMPARE(late.warnings.size(), 1);
    // Says which request, the window and its last day, and that the clock does not stop.
    QVERIFY2(late.warnings.first().contains(QStringLiteral("2027-03-11")), qPrintable(late.warnings.first()));
    QVERIFY2(late.warnings.first().contains(QStringLiteral("2027-03-10")), qPrintable(late.warnings.first()));
    QVERIFY2(late.warnings.first().contains(QStringLiteral("3 working day")), qPrintable(late.warnings.first()));
    QVERIFY2(late.warnings.first().contains(QStringLiteral("does not stop")), qPrintable(late.warnings.first()));

    const Deadlines noReason = calculator.compute(received, { episode("2027-03-08", "2027-03-15", {}, QString()) });
    QCOMPARE(noReason.warnings.size(), 1);
    QVERIFY2(noReason.warnings.first().contains(QStringLiteral("no documented reason")),
             qPrintable(noReason.warnings.first()));

    // Both faults: both reported.
    const Deadlines both = calculator.compute(received, { episode("2027-03-20", "2027-03-25", {}, QString()) });
    QCOMPARE(both.warnings.size(), 2);

    const Deadlines windowOfFive
        = DeadlineCalculator({ .clockStopRequestWindowWorkingDays = 5 }).compute(received, { episode("2027-03-15") });
    QVERIFY(windowOfFive.warnings.first().contains(QStringLiteral("5 working day")));
}

void TestDeadlineCalculator::internalTarget_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<ClockStopEpisode>>("episodes");
    QTest::addColumn<QDate>("expected");
    // Received 2027-03-05, due 2027-04-05. The internal target is not rolled (it is not a legal period).
    QTest::newRow("21 days") << 21 << QList<ClockStopEpisode>() << date("2027-03-26");
    QTest::newRow("never later than due") << 40 << QList<ClockStopEpisode>() << date("2027-04-05");
    QTest::newRow("suspension does not move it")
        << 21 << QList<ClockStopEpisode> { episode("2027-03-08", "2027-03-15") } << date("2027-03-26");
    QTest::newRow("suspension raises the cap")
        << 40 << QList<ClockStopEpisode> { episode("2027-03-08", "2027-03-15") } << date("2027-04-12");
}

void TestDeadlineCalculator::internalTarget()
{
    QFETCH(int, days);
    QFETCH(QList<ClockStopEpisode>, episodes);
    QFETCH(QDate, expected);
    const Deadlines d = DeadlineCalculator({ .internalTargetDays = days }).compute(date("2027-03-05"), episodes);
    QCOMPARE(d.internalTarget, expected);
}

void TestDeadlineCalculator::invalidReceived()
{
    // Documented: an invalid receipt date gives invalid dates and a warning, never a made-up deadline.
    const Deadlines d = DeadlineCalculator().compute(QDate(), { episode("2027-03-08", "2027-03-15") });
    QVERIFY(!d.received.isValid());
    QVERIFY(!d.due.isValid());
    QVERIFY(!d.extendedDue.isValid());
    QVERIFY(!d.extensionTarget.isValid());
    QVERIFY(!d.internalTarget.isValid());
    QVERIFY(!d.planningDue.isValid());
    QVERIFY(!d.restartDue.has_value());
    QCOMPARE(d.suspendedDays, 0);
    QVERIFY(!d.dueOnEve);
    QCOMPARE(d.warnings.size(), 1);
}

QTEST_APPLESS_MAIN(TestDeadlineCalculator)

#include "tst_deadlinecalculator.moc"
