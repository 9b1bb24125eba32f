#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace dsar {

// Reads back the ISO 8601 text the repositories store: dates as YYYY-MM-DD, instants in UTC as
// YYYY-MM-DDTHH:MM:SSZ. A list of 100,000 cases holds about a million of them, and Qt's general ISO parser is
// the larger part of reading it, so the stored forms are read directly; anything else (NULL, other forms, no
// such day) goes to Qt's parser, which gives the same value for the stored forms.
class IsoText
{
public:
    // QDate::fromString(text, Qt::ISODate).
    static QDate date(const QVariant& value);
    // QDateTime::fromString(text, Qt::ISODate).
    static QDateTime instant(const QVariant& value);
};

} // namespace dsar
