#include "HoldingsCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace dsar::cli {
namespace {

Result<QByteArray> readInput(const QString& path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error { QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()) };
    return file.readAll();
}

int import(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption subject(QStringLiteral("subject"), QStringLiteral("The data subject's id."),
                                     QStringLiteral("id"));
    const QCommandLineOption system(QStringLiteral("system"),
                                    QStringLiteral("The system the file was exported from, one of the activity's "
                                                   "systems."),
                                    QStringLiteral("name"));
    const QCommandLineOption activity(QStringLiteral("activity"),
                                      QStringLiteral("The processing activity: its id, name, or "
                                                     "\"Organisation/Activity\"."),
                                      QStringLiteral("activity"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 QStringLiteral("Our column = the file's column, e.g. value=E-postadress; repeatable. "
                                                "Ours: %1.")
                                     .arg(HoldingFile::columns().join(QStringLiteral(", "))),
                                 QStringLiteral("ours=theirs"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("csv or json (default: from the file name; needed for -)."),
                                    QStringLiteral("format"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print {added, ignored_columns, problems: [...]} as JSON."));
    parser.addOptions({ subject, system, activity, map, format, json });
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The CSV or JSON file, or - for standard "
                                                "input."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("holdings import"), arguments))
        return *stop;
    bool isNumber = false;
    const qint64 subjectId = parser.value(subject).toLongLong(&isNumber);
    if (!isNumber || parser.value(system).isEmpty() || parser.value(activity).isEmpty()
        || parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("holdings import needs --subject ID, --system SYSTEM, --activity ACTIVITY and one "
                                  "FILE, e.g. dsarctl holdings import --subject 3 --system CRM --activity CRM-system "
                                  "crm-export.csv"));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    Result<HoldingFileFormat> fileFormat = HoldingFileFormat::Csv;
    if (parser.isSet(format)) {
        const QString chosen = parser.value(format).toLower();
        if (chosen != QLatin1String("csv") && chosen != QLatin1String("json")) {
            printError(QStringLiteral("--format is csv or json, not \"%1\".").arg(parser.value(format)));
            return ExitUsage;
        }
        fileFormat = chosen == QLatin1String("csv") ? HoldingFileFormat::Csv : HoldingFileFormat::Json;
    } else if (path == QLatin1String("-")) {
        printError(QStringLiteral("Reading standard input needs --format csv or --format json."));
        return ExitUsage;
    } else {
        fileFormat = HoldingFile::formatFor(path);
        if (!fileFormat) {
            printError(fileFormat.error() + QStringLiteral(" Or say which it is with --format."));
            return ExitUsage;
        }
    }
    Result<QHash<QString, QString>> mapping = HoldingFile::parseMapping(parser.values(map));
    if (!mapping) {
        printError(mapping.error());
        return ExitUsage;
    }
    Result<QByteArray> data = readInput(path);
    if (!data) {
        printError(data.error());
        return ExitFailure;
    }

    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<ProcessingActivity> target = session->holdings().resolveActivity(parser.value(activity));
    if (!target) {
        printError(target.error());
        return ExitFailure;
    }
    const HoldingFileContent content = HoldingFile::parse(data.value(), fileFormat.value(), mapping.value());
    Result<HoldingImportReport> report
        = session->holdings().import(subjectId, target->id, parser.value(system), content);
    if (!report) {
        printError(report.error());
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray problems;
        for (const HoldingFileProblem& problem : report->problems) {
            problems.append(QJsonObject { { QStringLiteral("record"), problem.record },
                                          { QStringLiteral("column"), problem.column },
                                          { QStringLiteral("problem"), problem.why },
                                          { QStringLiteral("text"), problem.describe(report->format) } });
        }
        printJson(
            QJsonObject { { QStringLiteral("added"), report->added },
                          { QStringLiteral("ignored_columns"), QJsonArray::fromStringList(report->ignoredColumns) },
                          { QStringLiteral("problems"), problems } });
        return report->ok() ? ExitOk : ExitFailure;
    }
    if (!report->ok()) {
        printError(QStringLiteral("Nothing was imported from %1; fix these %2 problem(s) and import it again:")
                       .arg(path)
                       .arg(report->problems.size()));
        bool headerProblem = false;
        for (const HoldingFileProblem& problem : report->problems) {
            printError(problem.describe(report->format));
            headerProblem = headerProblem || (problem.record == 1 && problem.column.isEmpty());
        }
        if (headerProblem)
            printError(QStringLiteral("Map the file's own column names to ours with --map, e.g. --map "
                                      "value=\"E-postadress\"; ours are %1.")
                           .arg(HoldingFile::columns().join(QStringLiteral(", "))));
        return ExitFailure;
    }
    printLine(QStringLiteral("Imported %1 holding(s) into %2 (%3) for data subject %4.")
                  .arg(report->added)
                  .arg(target->name, parser.value(system))
                  .arg(subjectId));
    if (!report->ignoredColumns.isEmpty())
        printLine(QStringLiteral("Ignored columns: %1 (map them with --map if they hold data).")
                      .arg(report->ignoredColumns.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

int runHoldings(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("import"))
        return import(context, arguments.mid(1));
    return printGroupUsage(QStringLiteral("holdings"),
                           { { QStringLiteral("import"),
                               QStringLiteral("import a system's CSV or JSON export for a "
                                              "subject, all or nothing") } },
                           action);
}

} // namespace dsar::cli
