#pragma once

#include "common/Result.h"
#include "holdings/Holding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace dsar {

enum class HoldingFileFormat
{
    Csv,
    Json,
};

// One holding as a file gives it, with the record it came from (CSV: the line it starts on; JSON: the
// item's position, from 1).
struct HoldingFileRow
{
    int record = 0;
    HoldingInput input;
};

// What is wrong with one cell of a file, to be fixed before anything is imported.
struct HoldingFileProblem
{
    int record = 0; // 0: the file as a whole
    QString column; // the file's own column (or JSON key) name; empty for the whole record
    QString why;

    // "line 4, column collected: ...", "item 2, key value: ..." for the format.
    QString describe(HoldingFileFormat format) const;
};

struct HoldingFileContent
{
    HoldingFileFormat format = HoldingFileFormat::Csv;
    // Every record read, also those with problems (so later checks can report on them too).
    QList<HoldingFileRow> rows;
    QList<HoldingFileProblem> problems;
    QStringList ignoredColumns; // the file's columns that map to nothing
    QHash<QString, QString> mapping; // our column -> the file's, as parse() was given it

    // The file's name for one of our columns, for problem reports.
    QString fileColumn(const QString& ours) const { return mapping.value(ours, ours); }

    // Every problem, one per line.
    QString report() const;
};

// Reads holdings exported from another system: CSV with a header row, or JSON (an array of objects, or an
// object with a "holdings" array). The columns are category, field, value (required), provided_by_subject
// and the retention event dates (RetentionEvents codes: collected, relationship_ended, ...), YYYY-MM-DD.
// A mapping renames the file's columns to these ("value" -> "E-postadress"). Every bad cell is reported.
class HoldingFile
{
    Q_DECLARE_TR_FUNCTIONS(HoldingFile)
public:
    static QStringList columns();
    static QStringList requiredColumns();
    // By the file name's extension (.csv, .json), case-insensitive.
    static Result<HoldingFileFormat> formatFor(const QString& fileName);
    // "value=E-postadress" pairs, as --map takes them: our column = the file's column.
    static Result<QHash<QString, QString>> parseMapping(const QStringList& pairs);
    // mapping: our column -> the file's column; unmapped columns are read under their own names.
    static HoldingFileContent parse(const QByteArray& data, HoldingFileFormat format,
                                    const QHash<QString, QString>& mapping = {});

    static constexpr int maxValueLength = 10000;
    static constexpr int maxNameLength = 200;
};

} // namespace dsar
