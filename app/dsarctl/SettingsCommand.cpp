#include "SettingsCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(json);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("settings list"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<SettingValue>> values = session->settings().all();
    if (!values) {
        printError(values.error());
        return ExitFailure;
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const SettingValue& setting : values.value()) {
        array.append(QJsonObject { { QStringLiteral("key"), setting.key },
                                   { QStringLiteral("value"), setting.value },
                                   { QStringLiteral("default"), setting.isDefault },
                                   { QStringLiteral("description"), setting.description } });
        rows << QStringList { setting.key,
                              setting.value + (setting.isDefault ? QStringLiteral(" (default)") : QString()),
                              setting.description };
    }
    if (parser.isSet(json))
        printJson(array);
    else
        printTable({ QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("meaning") }, rows);
    return ExitOk;
}

int set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("The setting (see \"dsarctl settings list\")."));
    parser.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("Its new value."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("settings set"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 2) {
        printError(QStringLiteral("Give a setting and its value, e.g. \"dsarctl settings set "
                                  "retention.closed_case_years 5\"."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const QString key = parser.positionalArguments().at(0);
    if (Status changed = session->settings().set(key, parser.positionalArguments().at(1)); !changed) {
        printError(changed.error());
        return ExitFailure;
    }
    printLine(QStringLiteral("Set %1.").arg(key));
    return ExitOk;
}

} // namespace

int runSettings(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list"))
        return list(context, arguments.mid(1));
    if (action == QLatin1String("set"))
        return set(context, arguments.mid(1));
    return printGroupUsage(QStringLiteral("settings"),
                           { { QStringLiteral("list"), QStringLiteral("the organisation's choices and their values") },
                             { QStringLiteral("set"), QStringLiteral("change one (admin)") } },
                           action);
}

} // namespace dsar::cli
