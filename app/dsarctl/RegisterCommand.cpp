#include "RegisterCommand.h"

#include "CliOutput.h"
#include "HoldingOutput.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace dsar::cli {
namespace {

// The register document's form of the activity, with its id, organisation and rule in text form.
Result<QJsonObject> activityJson(const ProcessingActivity& activity, const QString& controller)
{
    Result<QJsonObject> object = RegisterDocument::activityJson(activity);
    if (!object)
        return object;
    object.value().insert(QStringLiteral("id"), activity.id);
    object.value().insert(QStringLiteral("controller"), controller);
    object.value().insert(QStringLiteral("retention_rule"), activity.retentionRule);
    return object;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array with every field."));
    const QCommandLineOption controller(QStringLiteral("controller"),
                                        QStringLiteral("Only this organisation (id, organisation number or name)."),
                                        QStringLiteral("org"));
    parser.addOptions({ json, controller });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("register list"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    QList<ControllerRecord> controllers;
    if (parser.isSet(controller)) {
        Result<ControllerRecord> one = session->controllers().resolve(parser.value(controller));
        if (!one) {
            printError(one.error());
            return ExitFailure;
        }
        controllers << one.value();
    } else {
        Result<QList<ControllerRecord>> all = session->controllers().all();
        if (!all) {
            printError(all.error());
            return ExitFailure;
        }
        controllers = all.value();
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const ControllerRecord& organisation : std::as_const(controllers)) {
        Result<QList<ProcessingActivity>> activities = session->processingRegister().activities(organisation.id);
        if (!activities) {
            printError(activities.error());
            return ExitFailure;
        }
        for (const ProcessingActivity& activity : activities.value()) {
            Result<QJsonObject> object = activityJson(activity, organisation.name);
            if (!object) {
                printError(object.error());
                return ExitFailure;
            }
            array.append(object.value());
            rows << QStringList { organisation.name, activity.name, legalBasesText(activity.legalBases),
                                  activity.retentionRule };
        }
    }
    if (parser.isSet(json))
        printJson(array);
    else
        printTable({ QStringLiteral("organisation"), QStringLiteral("activity"), QStringLiteral("legal_basis"),
                     QStringLiteral("retention_rule") },
                   rows);
    return ExitOk;
}

// "-" is stdout; a file is replaced atomically.
bool writeOutput(const QString& file, const QByteArray& bytes)
{
    if (file == QLatin1String("-")) {
        const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
        if (!written || std::fflush(stdout) != 0) {
            printError(QStringLiteral("Cannot write the register to standard output."));
            return false;
        }
        return true;
    }
    if (Status saved = RegisterExchange::writeFile(file, bytes); !saved) {
        printError(saved.error());
        return false;
    }
    return true;
}

int exportRegister(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("json (the document \"register import\" reads) or csv (one row "
                                                   "per activity, for spreadsheets). Default: from the file's "
                                                   "extension; json for -."),
                                    QStringLiteral("json|csv"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write, or - for standard output."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("register export"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one file to write, e.g. \"dsarctl register export register.json\" (or - for "
                                  "standard output)."));
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().constFirst();
    QString chosen = parser.value(format).trimmed().toLower();
    if (chosen.isEmpty()) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (file == QLatin1String("-") || suffix == QLatin1String("json")) {
            chosen = QStringLiteral("json");
        } else if (suffix == QLatin1String("csv")) {
            chosen = QStringLiteral("csv");
        } else {
            printError(QStringLiteral("Cannot tell the format from \"%1\": name the file .json or .csv, or give "
                                      "--format json or --format csv.")
                           .arg(file));
            return ExitUsage;
        }
    }
    if (chosen != QLatin1String("json") && chosen != QLatin1String("csv")) {
        printError(QStringLiteral("Unknown format \"%1\"; use --format json or --format csv.").arg(chosen));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<RegisterDocument> document = session->registerExchange().exportDocument();
    if (!document) {
        printError(document.error());
        return ExitFailure;
    }
    QByteArray bytes;
    if (chosen == QLatin1String("csv")) {
        bytes = RegisterExchange::toCsv(document.value());
    } else {
        Result<QByteArray> json = document->toJson();
        if (!json) {
            printError(json.error());
            return ExitFailure;
        }
        bytes = json.value();
    }
    if (!writeOutput(file, bytes))
        return ExitFailure;
    if (file != QLatin1String("-")) {
        qsizetype activities = 0;
        for (const OrganisationEntry& organisation : document->organisations)
            activities += organisation.activities.size();
        printLine(QStringLiteral("Exported %1 organisations with %2 processing activities to %3 (%4).")
                      .arg(document->organisations.size())
                      .arg(activities)
                      .arg(QDir::toNativeSeparators(file), chosen));
    }
    return ExitOk;
}

// Each problem on its own line, under one line that says that nothing was changed.
void printProblems(const QString& problems, const QString& what, const QString& file)
{
    const QStringList lines = problems.split(QLatin1Char('\n'));
    printError(QStringLiteral("%1 problem(s) %2 %3; nothing was imported:")
                   .arg(QString::number(lines.size()), what, QDir::toNativeSeparators(file)));
    for (const QString& line : lines)
        printError(QStringLiteral("  ") + line);
}

int importRegister(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A register document (JSON, docs/register-format.md), or - for "
                                                "standard input."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("register import"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one file to read, e.g. \"dsarctl register import register.json\" (or - for "
                                  "standard input)."));
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().constFirst();
    QFile input;
    const bool opened = file == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString()));
        return ExitFailure;
    }
    const QByteArray bytes = input.readAll();
    Result<RegisterDocument> document = RegisterDocument::fromJson(bytes);
    if (!document) {
        printProblems(document.error(), QStringLiteral("in"), file);
        return ExitFailure;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<ImportSummary> imported = session->registerExchange().importDocument(document.value());
    if (!imported) {
        printProblems(imported.error(), QStringLiteral("with the register in"), file);
        return ExitFailure;
    }
    const ImportSummary& summary = imported.value();
    printLine(QStringLiteral("Imported the register of %1 organisations (%2 added, %3 updated): %4 activities added, "
                             "%5 updated, %6 removed, %7 unchanged.")
                  .arg(summary.organisations)
                  .arg(summary.organisationsAdded)
                  .arg(summary.organisationsUpdated)
                  .arg(summary.activitiesAdded)
                  .arg(summary.activitiesUpdated)
                  .arg(summary.activitiesRemoved)
                  .arg(summary.activitiesUnchanged));
    return ExitOk;
}

} // namespace

int runRegister(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list"))
        return list(context, arguments.mid(1));
    if (action == QLatin1String("export"))
        return exportRegister(context, arguments.mid(1));
    if (action == QLatin1String("import"))
        return importRegister(context, arguments.mid(1));
    return printGroupUsage(
        QStringLiteral("register"),
        { { QStringLiteral("list"), QStringLiteral("the processing activities (Art. 30 record)") },
          { QStringLiteral("export"), QStringLiteral("the whole register as a JSON document or CSV for spreadsheets") },
          { QStringLiteral("import"),
            QStringLiteral("make the register of each organisation in a JSON document "
                           "exactly the document's, all or nothing (admin)") } },
        action);
}

} // namespace dsar::cli
