#include "DeadlineCalendar.h"

#include "calendar/StockholmTime.h"
#include "letters/LetterWording.h"

#include <QStringList>

namespace dsar {
namespace {

// RFC 5545 3.1: lines longer than 75 octets are folded; the CRLF is not counted.
constexpr qsizetype maxLineOctets = 75;
// The calendar's reminder: three days before the all-day event starts.
const QString reminder = QStringLiteral("-P3D");

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// RFC 5545 3.3.4 DATE: YYYYMMDD.
QString icsDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// RFC 5545 3.3.5 DATE-TIME in UTC (form #2): YYYYMMDDTHHMMSSZ.
QString icsStamp(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString summary(const CaseRecord& record, bool sv, bool overdue)
{
    QString text = record.reference + QStringLiteral(": ");
    if (overdue)
        text += sv ? QStringLiteral("FÖRSENAT – ") : QStringLiteral("OVERDUE – ");
    // GDPR Art. 12(3): once extended, the legal maximum is the case's deadline.
    if (record.extended)
        text += sv ? QStringLiteral("sista dag efter förlängning") : QStringLiteral("due after extension");
    else
        text += sv ? QStringLiteral("sista dag") : QStringLiteral("due");
    const QString language = sv ? QStringLiteral("sv") : QStringLiteral("en");
    return text
        + QStringLiteral(" (%1, %2)")
              .arg(LetterWording::shortRight(record.right, language),
                   (sv ? QStringLiteral("art. ") : QStringLiteral("Art. "))
                       + LetterWording::articleNumber(record.right, language));
}

// Codes and dates only, and the organisation (a controller, not a person): the file leaves the system.
QString description(const CaseRecord& record, const QString& language)
{
    const bool sv = LetterWording::isSwedish(language);
    auto date = [&language](QDate day) {
        return LetterWording::date(day, language);
    };
    QStringList lines;
    // The same words in both languages; the status as its stable code ("in-progress"), as dsarctl shows it.
    lines << QStringLiteral("Organisation: %1").arg(record.controllerName);
    lines << QStringLiteral("Status: %1").arg(CaseStatuses::code(record.status));
    lines << (sv ? QStringLiteral("Mottagen: %1") : QStringLiteral("Received: %1"))
                 .arg(date(record.received.stockholmDate));
    if (record.extended) {
        // GDPR Art. 12(3): the legal maximum replaces the one-month date; both are named.
        lines << (sv ? QStringLiteral("Förlängd: ja (GDPR art. 12.3), sista dag %1 i stället för %2")
                     : QStringLiteral("Extended: yes (GDPR Art. 12(3)), due %1 instead of %2"))
                     .arg(date(record.currentDue), date(record.due));
    } else {
        lines << (sv ? QStringLiteral("Förlängd: nej") : QStringLiteral("Extended: no"));
        // LEGAL.md 1.1 item 9: "without undue delay" comes first; the internal target beside the deadline.
        if (record.internalTarget.isValid() && record.internalTarget < record.currentDue)
            lines << (sv ? QStringLiteral("Internt mål: %1") : QStringLiteral("Internal target: %1"))
                         .arg(date(record.internalTarget));
    }
    // LEGAL.md 1.1 items 5 and 7: the extension target, or the IMY restart, may come before the deadline.
    if (record.planningDue.isValid() && record.planningDue < record.currentDue)
        lines
            << (sv ? QStringLiteral("Planera mot: %1") : QStringLiteral("Plan for: %1")).arg(date(record.planningDue));
    // GDPR Art. 12(6), recital 63; LEGAL.md 1.1 item 7: the days waited are added once the answer arrives.
    if (record.clockStopped)
        lines << (sv ? QStringLiteral("Klockan står still: väntar på svar på en begäran om identitet eller "
                                      "förtydligande (GDPR art. 12.6). Sista dagen flyttas fram när svaret kommer.")
                     : QStringLiteral("Clock stopped: waiting for the answer to a request for identity or "
                                      "clarification (GDPR Art. 12(6)). The due date moves when the answer arrives."));
    return lines.join(QLatin1Char('\n'));
}

class IcsWriter
{
public:
    void property(const QString& name, const QString& value)
    {
        m_bytes += DeadlineCalendar::foldLine(name + QLatin1Char(':') + value);
    }
    void text(const QString& name, const QString& value) { property(name, DeadlineCalendar::escapeText(value)); }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

QString DeadlineCalendar::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case ';':
            escaped += QStringLiteral("\\;");
            break;
        case ',':
            escaped += QStringLiteral("\\,");
            break;
        case '\r':
            // CRLF and a lone CR are both one line break.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
            break;
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        case '\t':
            escaped += c;
            break;
        default:
            // RFC 5545 3.3.11: TEXT holds no control characters but HTAB.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                escaped += c;
            break;
        }
    }
    return escaped;
}

QByteArray DeadlineCalendar::foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / 24 + 2);
    qsizetype start = 0;
    // The first line holds 75 octets; each continuation line starts with the space, so 74 more.
    qsizetype room = maxLineOctets;
    while (utf8.size() - start > room) {
        qsizetype cut = start + room;
        // Never split a multi-byte character: the next line must start on a character's first byte.
        while (cut > start && isUtf8Continuation(utf8.at(cut)))
            --cut;
        folded += utf8.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        room = maxLineOctets - 1;
    }
    folded += utf8.mid(start);
    folded += "\r\n";
    return folded;
}

QByteArray DeadlineCalendar::toIcs(const QList<CaseRecord>& openCases, const QString& language,
                                   const QDateTime& stampUtc, const QString& organisationLabel)
{
    const bool sv = LetterWording::isSwedish(language);
    const QString stamp = icsStamp(stampUtc);
    // LEGAL.md 1.1 item 1: the organisation's day is the day in Stockholm.
    const QDate today = StockholmTime::dateOf(stampUtc.toUTC());

    IcsWriter ics;
    ics.property(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    ics.property(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    ics.property(QStringLiteral("PRODID"),
                 sv ? QStringLiteral("-//DSAR Desk//DSAR Desk 0.1//SV")
                    : QStringLiteral("-//DSAR Desk//DSAR Desk 0.1//EN"));
    ics.property(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    ics.property(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    const QString calendarName = sv ? QStringLiteral("DSAR-tidsfrister") : QStringLiteral("DSAR deadlines");
    const QString label = organisationLabel.trimmed();
    ics.text(QStringLiteral("X-WR-CALNAME"),
             label.isEmpty() ? calendarName : calendarName + QStringLiteral(": ") + label);

    for (const CaseRecord& record : openCases) {
        if (!record.isOpen() || !record.currentDue.isValid())
            continue;
        const bool overdue = record.currentDue < today;
        const QString title = summary(record, sv, overdue);
        ics.property(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        // Stable per case, so importing the file again updates the event instead of adding a second one.
        ics.text(QStringLiteral("UID"), record.reference + QStringLiteral("-due@dsardesk"));
        ics.property(QStringLiteral("DTSTAMP"), stamp);
        // RFC 5545 3.6.1: an all-day event ends (exclusive) on the next day.
        ics.property(QStringLiteral("DTSTART;VALUE=DATE"), icsDate(record.currentDue));
        ics.property(QStringLiteral("DTEND;VALUE=DATE"), icsDate(record.currentDue.addDays(1)));
        ics.text(QStringLiteral("SUMMARY"), title);
        ics.text(QStringLiteral("DESCRIPTION"), description(record, language));
        // A deadline is not a meeting: it leaves the day free.
        ics.property(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        // An overdue case gets no reminder: calendars would raise it at once as a missed alarm on every import.
        if (!overdue) {
            ics.property(QStringLiteral("BEGIN"), QStringLiteral("VALARM"));
            ics.property(QStringLiteral("ACTION"), QStringLiteral("DISPLAY"));
            ics.property(QStringLiteral("TRIGGER"), reminder);
            ics.text(QStringLiteral("DESCRIPTION"), title);
            ics.property(QStringLiteral("END"), QStringLiteral("VALARM"));
        }
        ics.property(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    ics.property(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return ics.bytes();
}

} // namespace dsar
