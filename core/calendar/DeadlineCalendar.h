#pragma once

#include "domain/Records.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dsar {

// The open cases' deadlines as an iCalendar file (RFC 5545) for the DPO's calendar program: one all-day event per
// case on its current due date, with a reminder three days before. Not tr(): the file is written in the language
// asked for ("sv" or "en"), not the one of the interface.
//
// The file leaves the system (a calendar server, a phone, a shared mailbox), so it says only what a deadline
// needs: the reference, the right, the dates, the status code and the organisation. Never the data subject's name
// or any other personal data, nor the handler's.
class DeadlineCalendar
{
public:
    // Cases that are not open, or have no due date, are left out. stampUtc is every event's DTSTAMP and, as a
    // date in Stockholm, the "today" before which a due date is overdue. organisationLabel names the calendar.
    static QByteArray toIcs(const QList<CaseRecord>& openCases, const QString& language, const QDateTime& stampUtc,
                            const QString& organisationLabel);

    // RFC 5545 3.3.11: a TEXT value with backslash, semicolon, comma and newline escaped; other control
    // characters, which TEXT may not hold, are dropped.
    static QString escapeText(const QString& text);
    // RFC 5545 3.1: one content line, folded after 75 octets of UTF-8 (never inside a character) with CRLF and a
    // space, and ended by CRLF.
    static QByteArray foldLine(const QString& line);
};

} // namespace dsar
