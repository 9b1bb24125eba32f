#pragma once

#include <QByteArray>
#include <QString>

namespace dsar {

// One CSV cell exactly as given: RFC 4180 (quoted when it holds a quote, comma or line break; quotes doubled).
// UTF-8. For files that machines read and must reproduce the data (GDPR Art. 20 portability export).
inline QByteArray csvFieldExact(const QString& value)
{
    QString text = value;
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        text = QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text.toUtf8();
}

// One CSV cell for spreadsheets: RFC 4180 as csvFieldExact, and a leading =, +, - or @ prefixed with ' so that a
// spreadsheet shows it instead of running it as a formula (CSV injection). UTF-8.
inline QByteArray csvField(const QString& value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return csvFieldExact(text);
}

} // namespace dsar
