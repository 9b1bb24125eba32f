#include "PurgeCommand.h"

#include "CliOutput.h"
#include "services/RetentionService.h"

#include <QCommandLineParser>

namespace dsar::cli {

int runPurge(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Only list the closed cases whose retention period has run out."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why, for the deletion records and the audit trail (default: the "
                                                   "retention period after closing has run out). No personal data."),
                                    QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print {dry_run, count, cases: [...]} as JSON."));
    parser.addOptions({ dryRun, reason, json });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("purge"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("purge takes no case references: it purges every closed case whose retention "
                                  "period has run out. See them first with \"dsarctl purge --dry-run\"."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const bool onlyList = parser.isSet(dryRun);
    Result<QList<PurgeCandidate>> cases
        = onlyList ? session->retention().due() : session->retention().purge(parser.value(reason));
    if (!cases) {
        printError(cases.error());
        return ExitFailure;
    }

    QJsonArray array;
    QList<QStringList> rows;
    for (const PurgeCandidate& candidate : cases.value()) {
        const QString closed = candidate.closedAt.toUTC().toString(Qt::ISODate);
        array.append(QJsonObject { { QStringLiteral("reference"), candidate.reference },
                                   { QStringLiteral("right"), candidate.rightCode },
                                   { QStringLiteral("received"), jsonDate(candidate.received) },
                                   { QStringLiteral("closed_at"), closed } });
        rows << QStringList { candidate.reference, candidate.rightCode, candidate.received.toString(Qt::ISODate),
                              closed };
    }
    if (parser.isSet(json)) {
        printJson(QJsonObject { { QStringLiteral("dry_run"), onlyList },
                                { QStringLiteral("count"), qint64(cases->size()) },
                                { QStringLiteral("cases"), array } });
        return ExitOk;
    }
    if (cases->isEmpty()) {
        printLine(QStringLiteral("No closed case has passed its retention period; nothing %1 purged.")
                      .arg(onlyList ? QStringLiteral("would be") : QStringLiteral("was")));
        return ExitOk;
    }
    printLine(onlyList ? QStringLiteral("%1 closed cases have passed their retention period and would be purged:")
                             .arg(cases->size())
                       : QStringLiteral("Purged %1 closed cases; a deletion record without personal data remains for "
                                        "each:")
                             .arg(cases->size()));
    printTable({ QStringLiteral("reference"), QStringLiteral("right"), QStringLiteral("received"),
                 QStringLiteral("closed_at") },
               rows);
    return ExitOk;
}

} // namespace dsar::cli
