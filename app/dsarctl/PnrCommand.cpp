#include "PnrCommand.h"

#include "CliOutput.h"
#include "identity/SwedishId.h"

#include <QCommandLineParser>

namespace dsar::cli {

int runPnr(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(
        QStringLiteral("NUMBER"),
        QStringLiteral("Personnummer, samordningsnummer or organisationsnummer: 10 or 12 digits, with or without "
                       "- or +. The century is inferred from today."),
        QStringLiteral("NUMBER..."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("pnr"), arguments))
        return *stop;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        printError(QStringLiteral("Give at least one number, e.g. \"dsarctl pnr 19121212-1212\"."));
        return ExitUsage;
    }

    const QDate today = context.clock().today();
    QJsonArray json;
    QList<QStringList> rows;
    bool allValid = true;
    for (const QString& input : inputs) {
        Result<SwedishId> parsed = SwedishIdParser::parse(input, today);
        QJsonObject object { { QStringLiteral("input"), input }, { QStringLiteral("valid"), parsed.ok() } };
        if (parsed) {
            object.insert(QStringLiteral("kind"), swedishIdKindCode(parsed->kind));
            object.insert(QStringLiteral("normalized"), parsed->normalized);
            rows << QStringList { input, QStringLiteral("valid"), swedishIdKindCode(parsed->kind), parsed->normalized };
        } else {
            allValid = false;
            object.insert(QStringLiteral("kind"), QJsonValue::Null);
            object.insert(QStringLiteral("normalized"), QJsonValue::Null);
            object.insert(QStringLiteral("error"), parsed.error());
            rows << QStringList { input, QStringLiteral("invalid"), QString(), parsed.error() };
        }
        json.append(object);
    }
    if (parser.isSet(jsonOption))
        printJson(json);
    else
        printTable({ QStringLiteral("input"), QStringLiteral("valid"), QStringLiteral("kind"),
                     QStringLiteral("normalized / error") },
                   rows);
    // Like grep: the output is the answer, and the status says whether every number was valid.
    return allValid ? ExitOk : ExitFailure;
}

} // namespace dsar::cli
