#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dsar {

// One record of a CSV file and the line it starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV as spreadsheets and systems export it: comma or semicolon separated (Swedish Excel writes
// semicolons; the header row decides), double-quoted fields with "" for a quote, CRLF or LF, an optional
// UTF-8 byte order mark. Blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Fails on text that is not UTF-8 or a quote that is never closed, naming the line.
    static Result<QList<CsvRecord>> read(const QByteArray& data);
    // The separator the first line uses: ';' when it has more semicolons than commas outside quotes.
    static QChar detectSeparator(QStringView firstLine);
};

} // namespace dsar
