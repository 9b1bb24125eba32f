// DeadlineCalendar: the open cases' due dates as an iCalendar file (RFC 5545). Folding at 75 octets without
// splitting a character, TEXT escaping, CRLF everywhere, one event per open case with a stable UID, the overdue
// marker, the extension's wording in Swedish and English, and no personal data in a file that leaves the system.
#include "calendar/DeadlineCalendar.h"

#include <QStringDecoder>
#include <QTest>

Q_DECLARE_METATYPE(dsar::RequestRight)

using namespace dsar;

namespace {

// 10:30 in Stockholm (CEST) on 2027-04-01.
const QDateTime stamp(QDate(2027, 4, 1), QTime(8, 30), Qt::UTC);

CaseRecord openCase(const QString& reference, QDate due)
{
    CaseRecord record;
    record.id = 1;
    record.reference = reference;
    record.subjectId = 7;
    record.subjectName = QStringLiteral("Tolvan Tolvansson");
    record.assignee = QStringLiteral("handlaggare");
    record.controllerName = QStringLiteral("Assessio Sverige AB");
    record.right = RequestRight::Access;
    record.status = CaseStatus::InProgress;
    record.received = ReceiptTime::fromDate(due.addMonths(-1));
    record.due = due;
    record.currentDue = due;
    record.extendedDue = due.addMonths(2);
    record.extensionTarget = due.addMonths(2);
    record.internalTarget = due.addDays(-10);
    return record;
}

// The logical lines: folds undone (RFC 5545 3.1), then split at CRLF.
QStringList unfolded(const QByteArray& ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Each event's logical lines, BEGIN:VEVENT to END:VEVENT.
QList<QStringList> events(const QByteArray& ics)
{
    QList<QStringList> found;
    for (const QString& line : unfolded(ics)) {
        if (line == QLatin1String("BEGIN:VEVENT"))
            found.append(QStringList());
        if (!found.isEmpty() && (found.last().isEmpty() || found.last().last() != QLatin1String("END:VEVENT")))
            found.last() << line;
    }
    return found;
}

// The value of the first property with that name (and parameters) in the lines.
QString value(const QStringList& lines, const QString& name)
{
    const QString prefix = name + QLatin1Char(':');
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

} // namespace

class TestDeadlineCalendar : public QObject
{
    Q_OBJECT
private slots:
    void foldsAtSeventyFiveOctets_data();
    void foldsAtSeventyFiveOctets();
    void foldingKeepsCharactersWhole_data();
    void foldingKeepsCharactersWhole();
    void escapesText_data();
    void escapesText();
    void crlfEverywhereAndNoLongLine();
    void calendarHeader_data();
    void calendarHeader();
    void oneEventPerOpenCase();
    void uidIsStable();
    void allDayOnTheCurrentDueDate();
    void summary_data();
    void summary();
    void overdueIsMarkedInStockholmTime();
    void descriptionSaysWhatTheDeadlineNeeds_data();
    void descriptionSaysWhatTheDeadlineNeeds();
    void noPersonalData();
};

void TestDeadlineCalendar::foldsAtSeventyFiveOctets_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QByteArray>("folded");
    const QString a74 = QString(74, QLatin1Char('a'));
    const QByteArray b74(74, 'a');
    QTest::newRow("short") << QStringLiteral("VERSION:2.0") << QByteArray("VERSION:2.0\r\n");
    QTest::newRow("exactly 75 octets") << a74 + QLatin1Char('b') << b74 + "b\r\n";
    QTest::newRow("76 octets") << a74 + QStringLiteral("bc") << b74 + "b\r\n c\r\n";
    // "å" is two octets: ending at octet 75 it stays, straddling 75/76 it moves whole to the next line.
    QTest::newRow("ä ends at octet 75") << QString(73, QLatin1Char('a')) + QStringLiteral("ä")
                                        << QByteArray(73, 'a') + "\xc3\xa4\r\n";
    QTest::newRow("å across octets 75-76") << a74 + QStringLiteral("åx") << b74 + "\r\n \xc3\xa5x\r\n";
    QTest::newRow("ö at octets 76-77") << a74 + QStringLiteral("bö") << b74 + "b\r\n \xc3\xb6\r\n";
    // A continuation line holds the space and 74 octets.
    QTest::newRow("second fold") << QString(75 + 74 + 1, QLatin1Char('a'))
                                 << QByteArray(75, 'a') + "\r\n " + QByteArray(74, 'a') + "\r\n a\r\n";
    QTest::newRow("ä across the second fold") << QString(75 + 73, QLatin1Char('a'))
            + QStringLiteral("ä") << QByteArray(75, 'a') + "\r\n " + QByteArray(73, 'a') + "\r\n \xc3\xa4\r\n";
    // "–" is three octets; at octets 74-76 all three move.
    QTest::newRow("en dash across octet 75")
        << QString(73, QLatin1Char('a')) + QStringLiteral("–") << QByteArray(73, 'a') + "\r\n \xe2\x80\x93\r\n";
}

void TestDeadlineCalendar::foldsAtSeventyFiveOctets()
{
    QFETCH(QString, line);
    QFETCH(QByteArray, folded);
    QCOMPARE(DeadlineCalendar::foldLine(line), folded);
}

void TestDeadlineCalendar::foldingKeepsCharactersWhole_data()
{
    QTest::addColumn<QString>("line");
    // Every offset of a Swedish (two-octet), three-octet and four-octet character around the fold.
    for (int ascii = 60; ascii <= 80; ++ascii) {
        const QString lead(ascii, QLatin1Char('x'));
        QTest::addRow("åäö after %d", ascii) << lead + QStringLiteral("åäöÅÄÖ").repeated(30);
        QTest::addRow("en dash after %d", ascii) << lead + QStringLiteral("–å").repeated(40);
        QTest::addRow("emoji after %d", ascii) << lead + QStringLiteral("\U0001F4C5ö").repeated(30);
    }
}

void TestDeadlineCalendar::foldingKeepsCharactersWhole()
{
    QFETCH(QString, line);
    const QByteArray folded = DeadlineCalendar::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical[i];
        if (i + 1 < physical.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, part.constData());
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        QVERIFY2(!part.isEmpty(), "an empty line");
        QVERIFY2(isValidUtf8(part), "a character split across lines");
    }
    QCOMPARE(unfolded(folded), QStringList { line });
}

void TestDeadlineCalendar::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("sista dag") << QStringLiteral("sista dag");
    QTest::newRow("colon stays") << QStringLiteral("Status: in-progress") << QStringLiteral("Status: in-progress");
    QTest::newRow("comma") << QStringLiteral("tillgång, art. 15") << QStringLiteral("tillgång\\, art. 15");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash") << QStringLiteral("C:\\dsar") << QStringLiteral("C:\\\\dsar");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("CRLF is one newline") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QStringLiteral("a\\nb");
    QTest::newRow("escaped backslash before n") << QStringLiteral("\\n") << QStringLiteral("\\\\n");
    QTest::newRow("all at once") << QStringLiteral("A\\B;C,D\nE") << QStringLiteral("A\\\\B\\;C\\,D\\nE");
    QTest::newRow("other controls dropped, tab kept") << QStringLiteral("a\x01\tb\x7f") << QStringLiteral("a\tb");
}

void TestDeadlineCalendar::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(DeadlineCalendar::escapeText(text), escaped);
}

void TestDeadlineCalendar::crlfEverywhereAndNoLongLine()
{
    CaseRecord longName = openCase(QStringLiteral("DSAR-2027-00042"), QDate(2027, 4, 5));
    longName.controllerName = QStringLiteral("Åhléns Östra Ängelholms Försäkringsaktiebolag, ömsesidigt; "
                                             "Region Västra Götaland\\Göteborgs Stads Bostadsaktiebolag");
    longName.extended = true;
    longName.clockStopped = true;
    const QByteArray ics = DeadlineCalendar::toIcs(
        { longName, openCase(QStringLiteral("DSAR-2027-00043"), QDate(2027, 3, 1)) }, QStringLiteral("sv"), stamp,
        QStringLiteral("Åhléns Östra Ängelholms Försäkringsaktiebolag, ömsesidigt"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    for (qsizetype i = 0; i < ics.size(); ++i) {
        if (ics.at(i) == '\n')
            QVERIFY2(i > 0 && ics.at(i - 1) == '\r', "a bare LF");
        if (ics.at(i) == '\r')
            QVERIFY2(i + 1 < ics.size() && ics.at(i + 1) == '\n', "a bare CR");
    }
    bool folded = false;
    const QList<QByteArray> lines = ics.chopped(2).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY2(isValidUtf8(line), line.constData());
        folded = folded || line.startsWith(' ');
    }
    QVERIFY2(folded, "the long description should have been folded");
}

void TestDeadlineCalendar::calendarHeader_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("prodid");
    QTest::addColumn<QString>("calendarName");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("-//DSAR Desk//DSAR Desk 0.1//SV")
                        << QStringLiteral("DSAR-tidsfrister: Assessio Sverige AB\\, Exempel AB");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("-//DSAR Desk//DSAR Desk 0.1//EN")
                        << QStringLiteral("DSAR deadlines: Assessio Sverige AB\\, Exempel AB");
}

void TestDeadlineCalendar::calendarHeader()
{
    QFETCH(QString, language);
    QFETCH(QString, prodid);
    QFETCH(QString, calendarName);
    const QStringList lines
        = unfolded(DeadlineCalendar::toIcs({}, language, stamp, QStringLiteral("Assessio Sverige AB, Exempel AB")));
    QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
    QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
    QCOMPARE(value(lines, QStringLiteral("VERSION")), QStringLiteral("2.0"));
    QCOMPARE(value(lines, QStringLiteral("PRODID")), prodid);
    QCOMPARE(value(lines, QStringLiteral("CALSCALE")), QStringLiteral("GREGORIAN"));
    QCOMPARE(value(lines, QStringLiteral("METHOD")), QStringLiteral("PUBLISH"));
    QCOMPARE(value(lines, QStringLiteral("X-WR-CALNAME")), calendarName);
    QVERIFY(!lines.contains(QStringLiteral("BEGIN:VEVENT")));
}

void TestDeadlineCalendar::oneEventPerOpenCase()
{
    CaseRecord answered = openCase(QStringLiteral("DSAR-2027-00003"), QDate(2027, 4, 20));
    answered.status = CaseStatus::Answered;
    CaseRecord noDate = openCase(QStringLiteral("DSAR-2027-00004"), QDate(2027, 4, 20));
    noDate.currentDue = QDate();
    const QList<CaseRecord> cases { openCase(QStringLiteral("DSAR-2027-00001"), QDate(2027, 4, 12)),
                                    openCase(QStringLiteral("DSAR-2027-00002"), QDate(2027, 4, 12)), answered, noDate };
    const QByteArray ics = DeadlineCalendar::toIcs(cases, QStringLiteral("en"), stamp, QString());
    const QList<QStringList> found = events(ics);
    QCOMPARE(found.size(), 2);
    QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 2);
    QCOMPARE(ics.count("END:VEVENT\r\n"), 2);
    QCOMPARE(value(found[0], QStringLiteral("UID")), QStringLiteral("DSAR-2027-00001-due@dsardesk"));
    QCOMPARE(value(found[1], QStringLiteral("UID")), QStringLiteral("DSAR-2027-00002-due@dsardesk"));
    // The reminder three days before (RFC 5545 3.6.6: DISPLAY needs a DESCRIPTION).
    for (const QStringList& event : found) {
        QCOMPARE(event.count(QStringLiteral("BEGIN:VALARM")), 1);
        QVERIFY(event.contains(QStringLiteral("ACTION:DISPLAY")));
        QVERIFY(event.contains(QStringLiteral("TRIGGER:-P3D")));
        QVERIFY(event.contains(QStringLiteral("END:VALARM")));
        QCOMPARE(value(event.mid(event.indexOf(QStringLiteral("BEGIN:VALARM"))), QStringLiteral("DESCRIPTION")),
                 value(event, QStringLiteral("SUMMARY")));
    }
    QCOMPARE(value(unfolded(ics), QStringLiteral("X-WR-CALNAME")), QStringLiteral("DSAR deadlines"));
}

void TestDeadlineCalendar::uidIsStable()
{
    CaseRecord record = openCase(QStringLiteral("DSAR-2027-00042"), QDate(2027, 4, 5));
    const QString first
        = value(events(DeadlineCalendar::toIcs({ record }, QStringLiteral("sv"), stamp, QString())).first(),
                QStringLiteral("UID"));
    // Extended, later, in English: still the same event, so a second import updates it.
    record.extended = true;
    record.currentDue = record.extendedDue;
    const QStringList again
        = events(DeadlineCalendar::toIcs({ record }, QStringLiteral("en"), stamp.addDays(20), QString())).first();
    QCOMPARE(first, QStringLiteral("DSAR-2027-00042-due@dsardesk"));
    QCOMPARE(value(again, QStringLiteral("UID")), first);
    QCOMPARE(value(again, QStringLiteral("DTSTAMP")), QStringLiteral("20270421T083000Z"));
}

void TestDeadlineCalendar::allDayOnTheCurrentDueDate()
{
    CaseRecord monthEnd = openCase(QStringLiteral("DSAR-2027-00042"), QDate(2027, 4, 30));
    CaseRecord extended = openCase(QStringLiteral("DSAR-2027-00043"), QDate(2027, 4, 5));
    extended.extended = true;
    extended.currentDue = QDate(2027, 12, 31);
    // The stamp in any zone is written in UTC.
    const QDateTime stockholmStamp(QDate(2027, 4, 1), QTime(0, 15), Qt::OffsetFromUTC, 2 * 3600);
    const QList<QStringList> found
        = events(DeadlineCalendar::toIcs({ monthEnd, extended }, QStringLiteral("sv"), stockholmStamp, QString()));
    QCOMPARE(found.size(), 2);
    QCOMPARE(value(found[0], QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20270430"));
    QCOMPARE(value(found[0], QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20270501"));
    QCOMPARE(value(found[0], QStringLiteral("DTSTAMP")), QStringLiteral("20270331T221500Z"));
    QCOMPARE(value(found[1], QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20271231"));
    QCOMPARE(value(found[1], QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20280101"));
    QCOMPARE(value(found[1], QStringLiteral("TRANSP")), QStringLiteral("TRANSPARENT"));
}

void TestDeadlineCalendar::summary_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<RequestRight>("right");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("expected");
    const QDate ahead(2027, 4, 5);
    const QDate past(2027, 3, 31);
    QTest::newRow("sv access") << QStringLiteral("sv") << RequestRight::Access << false << ahead
                               << QStringLiteral("DSAR-2027-00042: sista dag (tillgång\\, art. 15)");
    QTest::newRow("en access") << QStringLiteral("en") << RequestRight::Access << false << ahead
                               << QStringLiteral("DSAR-2027-00042: due (access\\, Art. 15)");
    QTest::newRow("sv erasure extended") << QStringLiteral("sv") << RequestRight::Erasure << true << ahead
                                         << QStringLiteral(
                                                "DSAR-2027-00042: sista dag efter förlängning (radering\\, art. 17)");
    QTest::newRow("en erasure extended") << QStringLiteral("en") << RequestRight::Erasure << true << ahead
                                         << QStringLiteral("DSAR-2027-00042: due after extension (erasure\\, Art. 17)");
    QTest::newRow("sv consent overdue")
        << QStringLiteral("sv") << RequestRight::ConsentWithdrawal << false << past
        << QStringLiteral("DSAR-2027-00042: FÖRSENAT – sista dag (återkallat samtycke\\, art. 7.3)");
    QTest::newRow("en consent overdue") << QStringLiteral("en") << RequestRight::ConsentWithdrawal << false << past
                                        << QStringLiteral(
                                               "DSAR-2027-00042: OVERDUE – due (withdrawal of consent\\, Art. 7(3))");
    QTest::newRow("sv objection extended overdue")
        << QStringLiteral("sv") << RequestRight::Objection << true << past
        << QStringLiteral("DSAR-2027-00042: FÖRSENAT – sista dag efter förlängning (invändning\\, art. 21)");
    QTest::newRow("en portability") << QStringLiteral("en") << RequestRight::Portability << false << ahead
                                    << QStringLiteral("DSAR-2027-00042: due (portability\\, Art. 20)");
    QTest::newRow("sv rectification") << QStringLiteral("sv") << RequestRight::Rectification << false << ahead
                                      << QStringLiteral("DSAR-2027-00042: sista dag (rättelse\\, art. 16)");
    QTest::newRow("sv restriction") << QStringLiteral("sv") << RequestRight::Restriction << false << ahead
                                    << QStringLiteral("DSAR-2027-00042: sista dag (begränsning\\, art. 18)");
}

void TestDeadlineCalendar::summary()
{
    QFETCH(QString, language);
    QFETCH(RequestRight, right);
    QFETCH(bool, extended);
    QFETCH(QDate, due);
    QFETCH(QString, expected);
    CaseRecord record = openCase(QStringLiteral("DSAR-2027-00042"), due);
    record.right = right;
    record.extended = extended;
    const QStringList event = events(DeadlineCalendar::toIcs({ record }, language, stamp, QString())).first();
    QCOMPARE(value(event, QStringLiteral("SUMMARY")), expected);
}

void TestDeadlineCalendar::overdueIsMarkedInStockholmTime()
{
    const CaseRecord dueFifth = openCase(QStringLiteral("DSAR-2027-00042"), QDate(2027, 4, 5));
    auto summaryAt = [&dueFifth](const QDateTime& at) {
        return value(events(DeadlineCalendar::toIcs({ dueFifth }, QStringLiteral("en"), at, QString())).first(),
                     QStringLiteral("SUMMARY"));
    };
    auto hasAlarm = [&dueFifth](const QDateTime& at) {
        return DeadlineCalendar::toIcs({ dueFifth }, QStringLiteral("en"), at, QString()).contains("BEGIN:VALARM");
    };
    // On the due date itself the case is not late.
    const QDateTime lastDayEvening(QDate(2027, 4, 5), QTime(21, 59), Qt::UTC);
    QVERIFY(!summaryAt(lastDayEvening).contains(QStringLiteral("OVERDUE")));
    QVERIFY(hasAlarm(lastDayEvening));
    // 22:30 UTC on the 5th is already the 6th in Stockholm (LEGAL.md 1.1: never the UTC date).
    const QDateTime nextDayInStockholm(QDate(2027, 4, 5), QTime(22, 30), Qt::UTC);
    QCOMPARE(summaryAt(nextDayInStockholm), QStringLiteral("DSAR-2027-00042: OVERDUE – due (access\\, Art. 15)"));
    // Still listed on its past date, without a reminder that would fire at once.
    const QStringList event
        = events(DeadlineCalendar::toIcs({ dueFifth }, QStringLiteral("en"), nextDayInStockholm, QString())).first();
    QCOMPARE(value(event, QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20270405"));
    QVERIFY(!hasAlarm(nextDayInStockholm));
}

void TestDeadlineCalendar::descriptionSaysWhatTheDeadlineNeeds_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<bool>("clockStopped");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sv not extended") << QStringLiteral("sv") << false << false
                                     << QStringList { QStringLiteral("Organisation: Exempel\\, Bolag\\; AB"),
                                                      QStringLiteral("Status: in-progress"),
                                                      QStringLiteral("Mottagen: 2027-03-05"),
                                                      QStringLiteral("Förlängd: nej"),
                                                      QStringLiteral("Internt mål: 2027-03-26") };
    QTest::newRow("en not extended") << QStringLiteral("en") << false << false
                                     << QStringList { QStringLiteral("Organisation: Exempel\\, Bolag\\; AB"),
                                                      QStringLiteral("Status: in-progress"),
                                                      QStringLiteral("Received: 5 March 2027"),
                                                      QStringLiteral("Extended: no"),
                                                      QStringLiteral("Internal target: 26 March 2027") };
    QTest::newRow("sv extended")
        << QStringLiteral("sv") << true << false
        << QStringList { QStringLiteral("Organisation: Exempel\\, Bolag\\; AB"), QStringLiteral("Status: in-progress"),
                         QStringLiteral("Mottagen: 2027-03-05"),
                         QStringLiteral("Förlängd: ja (GDPR art. 12.3)\\, sista dag 2027-06-07 i stället för "
                                        "2027-04-05"),
                         QStringLiteral("Planera mot: 2027-06-04") };
    QTest::newRow("en extended")
        << QStringLiteral("en") << true << false
        << QStringList { QStringLiteral("Organisation: Exempel\\, Bolag\\; AB"), QStringLiteral("Status: in-progress"),
                         QStringLiteral("Received: 5 March 2027"),
                         QStringLiteral("Extended: yes (GDPR Art. 12(3))\\, due 7 June 2027 instead of 5 April 2027"),
                         QStringLiteral("Plan for: 4 June 2027") };
    QTest::newRow("sv clock stopped")
        << QStringLiteral("sv") << false << true
        << QStringList { QStringLiteral("Organisation: Exempel\\, Bolag\\; AB"),
                         QStringLiteral("Status: in-progress"),
                         QStringLiteral("Mottagen: 2027-03-05"),
                         QStringLiteral("Förlängd: nej"),
                         QStringLiteral("Internt mål: 2027-03-26"),
                         QStringLiteral("Klockan står still: väntar på svar på en begäran om identitet eller "
                                        "förtydligande (GDPR art. 12.6). Sista dagen flyttas fram när svaret "
                                        "kommer.") };
    QTest::newRow("en clock stopped")
        << QStringLiteral("en") << false << true
        << QStringList { QStringLiteral("Organisation: Exempel\\, Bolag\\; AB"),
                         QStringLiteral("Status: in-progress"),
                         QStringLiteral("Received: 5 March 2027"),
                         QStringLiteral("Extended: no"),
                         QStringLiteral("Internal target: 26 March 2027"),
                         QStringLiteral("Clock stopped: waiting for the answer to a request for identity or "
                                        "clarification (GDPR Art. 12(6)). The due date moves when the answer "
                                        "arrives.") };
}

void TestDeadlineCalendar::descriptionSaysWhatTheDeadlineNeeds()
{
    QFETCH(QString, language);
    QFETCH(bool, extended);
    QFETCH(bool, clockStopped);
    QFETCH(QStringList, expected);
    // LEGAL.md 1.1 examples: received 2027-03-05, due 2027-04-05, extended 2027-06-07; the target is made up.
    CaseRecord record = openCase(QStringLiteral("DSAR-2027-00042"), QDate(2027, 4, 5));
    record.controllerName = QStringLiteral("Exempel, Bolag; AB");
    record.received = ReceiptTime::fromDate(QDate(2027, 3, 5));
    record.internalTarget = QDate(2027, 3, 26);
    record.extendedDue = QDate(2027, 6, 7);
    record.extensionTarget = QDate(2027, 6, 4);
    record.extended = extended;
    if (extended) {
        record.currentDue = record.extendedDue;
        record.planningDue = record.extensionTarget;
    }
    record.clockStopped = clockStopped;
    const QStringList event = events(DeadlineCalendar::toIcs({ record }, language, stamp, QString())).first();
    QCOMPARE(value(event, QStringLiteral("DESCRIPTION")).split(QStringLiteral("\\n")), expected);
}

void TestDeadlineCalendar::noPersonalData()
{
    CaseRecord record = openCase(QStringLiteral("DSAR-2027-00042"), QDate(2027, 4, 5));
    record.subjectName = QStringLiteral("Tolvan Tolvansson");
    record.assignee = QStringLiteral("Kim Handläggare");
    record.deadlineWarnings = { QStringLiteral("Tolvan sent the ID late") };
    record.linkedReferences = { QStringLiteral("DSAR-2027-00043") };
    for (const QString& language : { QStringLiteral("sv"), QStringLiteral("en") }) {
        const QByteArray ics = DeadlineCalendar::toIcs({ record }, language, stamp, QStringLiteral("Assessio"));
        QVERIFY(ics.contains("DSAR-2027-00042"));
        QVERIFY2(!ics.contains("Tolvan"), ics.constData());
        QVERIFY2(!ics.contains("Handl"), ics.constData());
        QVERIFY2(!ics.contains("subject"), ics.constData());
    }
}

QTEST_GUILESS_MAIN(TestDeadlineCalendar)
#include "tst_deadlinecalendar.moc"
