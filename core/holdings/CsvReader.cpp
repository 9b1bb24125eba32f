#include "CsvReader.h"

#include <QStringDecoder>

namespace dsar {

QChar CsvReader::detectSeparator(QStringView firstLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\n')
            break;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

Result<QList<CsvRecord>> CsvReader::read(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error { tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.") };
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = detectSeparator(text);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank) {
            record.line = recordLine;
            records << record;
        }
        record = CsvRecord();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r' || i + 1 >= text.size() || text.at(i + 1) != u'\n')
                    field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            endRecord();
            recordLine = ++line;
        } else if (c == u'\r') {
            // CRLF: the LF ends the record.
        } else {
            field += c;
        }
    }
    if (quoted) {
        return Error { tr("Line %1: a quoted field is never closed. Add the closing double quote (\") or "
                          "remove the opening one.")
                           .arg(quoteLine) };
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

} // namespace dsar
