#include "HoldingFile.h"

#include "holdings/CsvReader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace dsar {
namespace {

const QString categoryKey = QStringLiteral("category");
const QString fieldKey = QStringLiteral("field");
const QString valueKey = QStringLiteral("value");
const QString providedKey = QStringLiteral("provided_by_subject");

// Reads one record's cells into a holding, adding a problem for each bad one.
class RecordReader
{
public:
    RecordReader(int record, QList<HoldingFileProblem>& problems)
        : m_record(record)
        , m_problems(problems)
    { }

    // key is our column; column the file's name for it (for the report).
    void read(const QString& key, const QString& column, const QString& rawText)
    {
        const QString text = rawText.trimmed();
        if (key == categoryKey || key == fieldKey) {
            if (text.size() > HoldingFile::maxNameLength)
                problem(column,
                        HoldingFile::tr("%1 characters; at most %2 are allowed")
                            .arg(text.size())
                            .arg(HoldingFile::maxNameLength));
            (key == categoryKey ? m_input.category : m_input.field) = text;
        } else if (key == valueKey) {
            if (text.size() > HoldingFile::maxValueLength)
                problem(column,
                        HoldingFile::tr("%1 characters; at most %2 are allowed")
                            .arg(text.size())
                            .arg(HoldingFile::maxValueLength));
            m_input.value = text;
        } else if (key == providedKey) {
            readFlag(column, text);
        } else if (const std::optional<RetentionEvent> event = RetentionEvents::fromCode(key)) {
            readDate(*event, column, text);
        }
    }

    void requirePresent(const QString& column, const QString& key)
    {
        const QString& text = key == categoryKey ? m_input.category : key == fieldKey ? m_input.field : m_input.value;
        if (text.isEmpty())
            problem(column, HoldingFile::tr("empty; every row needs a %1").arg(key));
    }

    void problem(const QString& column, const QString& why)
    {
        m_problems << HoldingFileProblem { m_record, column, why };
    }
    const HoldingInput& input() const { return m_input; }

private:
    void readFlag(const QString& column, const QString& text)
    {
        static const QSet<QString> yes { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("ja"),
                                         QStringLiteral("1"), QStringLiteral("x") };
        static const QSet<QString> no { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("nej"),
                                        QStringLiteral("0"), QString() };
        const QString folded = text.toCaseFolded();
        if (yes.contains(folded))
            m_input.providedBySubject = true;
        else if (no.contains(folded))
            m_input.providedBySubject = false;
        else
            problem(column,
                    HoldingFile::tr("\"%1\" is not yes or no; write true/false, yes/no, ja/nej or 1/0").arg(text));
    }

    void readDate(RetentionEvent event, const QString& column, const QString& text)
    {
        if (text.isEmpty())
            return; // the event has not happened
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!isoDate.match(text).hasMatch() || !date.isValid()) {
            problem(column, HoldingFile::tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31").arg(text));
            return;
        }
        m_input.events.setDate(event, date);
    }

    int m_record;
    QList<HoldingFileProblem>& m_problems;
    HoldingInput m_input;
};

// Our column for each of the file's columns (empty: ignored).
QHash<QString, QString> keysByFileColumn(const QHash<QString, QString>& mapping)
{
    QHash<QString, QString> keys;
    for (const QString& key : HoldingFile::columns())
        keys.insert(mapping.value(key, key), key);
    return keys;
}

void checkRequiredColumns(const QStringList& fileColumns, const QHash<QString, QString>& mapping,
                          QList<HoldingFileProblem>& problems)
{
    for (const QString& key : HoldingFile::requiredColumns()) {
        const QString column = mapping.value(key, key);
        if (!fileColumns.contains(column)) {
            const QString why = column == key
                ? HoldingFile::tr("the required column \"%1\" is missing; add it, or map the file's own column to it")
                      .arg(key)
                : HoldingFile::tr("the column \"%1\", mapped to %2, is missing").arg(column, key);
            problems << HoldingFileProblem { 1, QString(), why };
        }
    }
}

void parseCsv(const QByteArray& data, const QHash<QString, QString>& mapping, HoldingFileContent& content)
{
    Result<QList<CsvRecord>> records = CsvReader::read(data);
    if (!records) {
        content.problems << HoldingFileProblem { 0, QString(), records.error() };
        return;
    }
    if (records->isEmpty()) {
        content.problems << HoldingFileProblem { 0, QString(),
                                                 HoldingFile::tr("the file is empty; it needs a header row "
                                                                 "and one row per holding") };
        return;
    }
    QStringList header;
    for (const QString& name : records->first().fields)
        header << name.trimmed();
    const int headerLine = records->first().line;
    QSet<QString> seen;
    for (const QString& name : std::as_const(header)) {
        if (seen.contains(name))
            content.problems << HoldingFileProblem { headerLine, name,
                                                     HoldingFile::tr("the column appears twice; keep one") };
        seen.insert(name);
    }
    checkRequiredColumns(header, mapping, content.problems);
    const QHash<QString, QString> keys = keysByFileColumn(mapping);
    for (const QString& name : std::as_const(header)) {
        if (!keys.contains(name) && !name.isEmpty())
            content.ignoredColumns << name;
    }
    if (!content.problems.isEmpty())
        return;
    if (records->size() == 1) {
        content.problems << HoldingFileProblem { 0, QString(),
                                                 HoldingFile::tr("the file has a header row but no holdings") };
        return;
    }
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord& record = records->at(r);
        RecordReader reader(record.line, content.problems);
        if (record.fields.size() != header.size()) {
            reader.problem(QString(),
                           HoldingFile::tr("%1 cells where the header has %2; check the separators and "
                                           "quotes on this line")
                               .arg(record.fields.size())
                               .arg(header.size()));
            continue;
        }
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (keys.contains(header.at(c)))
                reader.read(keys.value(header.at(c)), header.at(c), record.fields.at(c));
        }
        for (const QString& key : HoldingFile::requiredColumns())
            reader.requirePresent(mapping.value(key, key), key);
        content.rows << HoldingFileRow { record.line, reader.input() };
    }
}

// A JSON value as the text a CSV cell would hold; objects and arrays are not cells.
std::optional<QString> cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
        return QString();
    default:
        return std::nullopt;
    }
}

void parseJson(const QByteArray& data, const QHash<QString, QString>& mapping, HoldingFileContent& content)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        content.problems << HoldingFileProblem {
            0, QString(),
            HoldingFile::tr("not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())
        };
        return;
    }
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().value(QStringLiteral("holdings")).isArray())
        items = document.object().value(QStringLiteral("holdings")).toArray();
    else {
        content.problems << HoldingFileProblem {
            0, QString(), HoldingFile::tr("expected an array of holdings, or an object with a \"holdings\" array")
        };
        return;
    }
    if (items.isEmpty()) {
        content.problems << HoldingFileProblem { 0, QString(), HoldingFile::tr("the file holds no holdings") };
        return;
    }
    const QHash<QString, QString> keys = keysByFileColumn(mapping);
    QSet<QString> ignored;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int record = int(i + 1);
        RecordReader reader(record, content.problems);
        if (!items.at(i).isObject()) {
            reader.problem(QString(),
                           HoldingFile::tr("not an object; each holding is {\"category\": ..., \"field\": "
                                           "..., \"value\": ...}"));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (!keys.contains(it.key())) {
                ignored.insert(it.key());
                continue;
            }
            const std::optional<QString> text = cellText(it.value());
            if (!text)
                reader.problem(it.key(),
                               HoldingFile::tr("a list or an object where text, a date or true/false "
                                               "belongs"));
            else
                reader.read(keys.value(it.key()), it.key(), *text);
        }
        for (const QString& key : HoldingFile::requiredColumns())
            reader.requirePresent(mapping.value(key, key), key);
        content.rows << HoldingFileRow { record, reader.input() };
    }
    content.ignoredColumns = QStringList(ignored.begin(), ignored.end());
    content.ignoredColumns.sort();
}

} // namespace

QString HoldingFileProblem::describe(HoldingFileFormat format) const
{
    QString where;
    if (record > 0) {
        where = format == HoldingFileFormat::Csv ? HoldingFile::tr("line %1").arg(record)
                                                 : HoldingFile::tr("item %1").arg(record);
        if (!column.isEmpty())
            where += format == HoldingFileFormat::Csv ? HoldingFile::tr(", column %1").arg(column)
                                                      : HoldingFile::tr(", key %1").arg(column);
        where += QStringLiteral(": ");
    }
    return where + why;
}

QString HoldingFileContent::report() const
{
    QStringList lines;
    for (const HoldingFileProblem& problem : problems)
        lines << problem.describe(format);
    return lines.join(QLatin1Char('\n'));
}

QStringList HoldingFile::columns()
{
    QStringList keys = { categoryKey, fieldKey, valueKey, providedKey };
    for (RetentionEvent event : RetentionEvents::all())
        keys << RetentionEvents::code(event);
    return keys;
}

QStringList HoldingFile::requiredColumns()
{
    return { categoryKey, fieldKey, valueKey };
}

Result<HoldingFileFormat> HoldingFile::formatFor(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return HoldingFileFormat::Csv;
    if (suffix == QLatin1String("json"))
        return HoldingFileFormat::Json;
    return Error { tr("\"%1\" is neither a .csv nor a .json file. Export the holdings as CSV with a header row, or "
                      "as JSON.")
                       .arg(fileName) };
}

Result<QHash<QString, QString>> HoldingFile::parseMapping(const QStringList& pairs)
{
    QHash<QString, QString> mapping;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(equals).trimmed();
        const QString column = equals < 0 ? QString() : pair.mid(equals + 1).trimmed();
        if (equals < 0 || column.isEmpty() || !columns().contains(key)) {
            return Error { tr("\"%1\" is not a column mapping. Write OUR=THEIRS, e.g. value=E-postadress, where "
                              "OUR is one of: %2.")
                               .arg(pair, columns().join(QStringLiteral(", "))) };
        }
        if (mapping.contains(key))
            return Error { tr("The column %1 is mapped twice. Map it once.").arg(key) };
        mapping.insert(key, column);
    }
    return mapping;
}

HoldingFileContent HoldingFile::parse(const QByteArray& data, HoldingFileFormat format,
                                      const QHash<QString, QString>& mapping)
{
    HoldingFileContent content;
    content.format = format;
    content.mapping = mapping;
    if (format == HoldingFileFormat::Csv)
        parseCsv(data, mapping, content);
    else
        parseJson(data, mapping, content);
    return content;
}

} // namespace dsar
