#include "AuditCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QDir>

namespace dsar::cli {
namespace {

int verify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("Print {intact, events, broken_seq, broken_id, problem} as JSON (the exit status is still 1 "
                       "when the trail is broken)."));
    parser.addOption(json);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("audit verify"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<AuditVerification> verified = session->audit().verify();
    if (!verified) {
        printError(verified.error());
        return ExitFailure;
    }
    const AuditVerification& result = verified.value();
    if (parser.isSet(json)) {
        auto orNull = [](qint64 value) {
            return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
        };
        printJson(
            QJsonObject { { QStringLiteral("intact"), result.intact },
                          { QStringLiteral("events"), result.events },
                          { QStringLiteral("broken_seq"), orNull(result.brokenSeq) },
                          { QStringLiteral("broken_id"), orNull(result.brokenId) },
                          { QStringLiteral("problem"),
                            result.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.problem) } });
    } else if (result.intact) {
        printLine(QStringLiteral("The audit trail is whole: %1 events.").arg(result.events));
    } else {
        // The problem names the event in words; the seq and id are for finding the row.
        QString message = QStringLiteral("The audit trail is broken: %1").arg(result.problem);
        if (result.brokenSeq > 0) {
            message += result.brokenId > 0
                ? QStringLiteral(" First broken event: seq %1 (id %2).").arg(result.brokenSeq).arg(result.brokenId)
                : QStringLiteral(" First broken event: seq %1 (missing).").arg(result.brokenSeq);
            message += QStringLiteral(" The %1 events before it are whole.").arg(result.events);
        }
        printError(message
                   + QStringLiteral(" Keep this database file as evidence and tell the data protection officer."));
    }
    return result.intact ? ExitOk : ExitFailure;
}

int exportCsv(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The CSV file to write (UTF-8, RFC 4180), e.g. for the supervisory "
                                                "authority (IMY)."),
                                 QStringLiteral("file"));
    parser.addOption(out);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("audit export"), arguments))
        return *stop;
    if (parser.value(out).trimmed().isEmpty()) {
        printError(QStringLiteral("Say where to write with --out, e.g. --out audit.csv."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const QString path = parser.value(out);
    Result<qint64> written = session->audit().exportCsv(path);
    if (!written) {
        printError(written.error());
        return ExitFailure;
    }
    printLine(
        QStringLiteral("Exported %1 audit events to %2.").arg(written.value()).arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace

int runAudit(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("verify"))
        return verify(context, arguments.mid(1));
    if (action == QLatin1String("export"))
        return exportCsv(context, arguments.mid(1));
    return printGroupUsage(
        QStringLiteral("audit"),
        { { QStringLiteral("verify"), QStringLiteral("check that no event was altered, deleted, inserted or moved") },
          { QStringLiteral("export"), QStringLiteral("write every event as CSV") } },
        action);
}

} // namespace dsar::cli
