#include "DeadlineCommand.h"

#include "CliOutput.h"
#include "calendar/Deadlines.h"
#include "calendar/ReceiptTime.h"

#include <QCommandLineParser>

namespace dsar::cli {

int runDeadline(CliContext& /*context*/, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Calendar profile: EU (binding default: weekends and public holidays) or SE1930 (also "
                       "midsommarafton, julafton, nyårsafton; information only)."),
        QStringLiteral("profile"), QStringLiteral("EU"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(profileOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(
        QStringLiteral("RECEIPT"),
        QStringLiteral("A receipt date YYYY-MM-DD, or an ISO 8601 instant with offset (2027-03-31T22:30:00Z), "
                       "dated in Stockholm time."),
        QStringLiteral("RECEIPT..."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("deadline"), arguments))
        return *stop;

    const std::optional<CalendarProfile> profile = calendarProfileFromCode(parser.value(profileOption));
    if (!profile) {
        printError(
            QStringLiteral("Unknown calendar profile \"%1\". Use EU or SE1930.").arg(parser.value(profileOption)));
        return ExitUsage;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        printError(QStringLiteral("Give at least one receipt date, e.g. \"dsarctl deadline 2027-03-05\"."));
        return ExitUsage;
    }
    // Parse every input first: one bad date refuses the whole run, so no partial output is mistaken for all.
    QList<ReceiptTime> receipts;
    for (const QString& input : inputs) {
        Result<ReceiptTime> receipt = ReceiptTimeParser::parse(input);
        if (!receipt) {
            printError(receipt.error());
            return ExitFailure;
        }
        if (Status plausible = DeadlineCalculator::checkReceiptDate(receipt->stockholmDate); !plausible) {
            printError(plausible.error());
            return ExitFailure;
        }
        receipts << receipt.value();
    }

    DeadlinePolicy policy;
    policy.profile = *profile;
    const DeadlineCalculator calculator(policy);
    QJsonArray json;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        const Deadlines deadlines = calculator.compute(receipts[i].stockholmDate);
        json.append(QJsonObject {
            { QStringLiteral("input"), inputs[i] },
            { QStringLiteral("profile"), calendarProfileCode(*profile) },
            { QStringLiteral("received"), jsonDate(deadlines.received) },
            { QStringLiteral("due"), jsonDate(deadlines.due) },
            { QStringLiteral("extended_due"), jsonDate(deadlines.extendedDue) },
            { QStringLiteral("extended_target"), jsonDate(deadlines.extensionTarget) },
            { QStringLiteral("internal_target"), jsonDate(deadlines.internalTarget) },
            { QStringLiteral("due_on_eve"), deadlines.dueOnEve },
        });
        rows << QStringList { deadlines.received.toString(Qt::ISODate), deadlines.due.toString(Qt::ISODate),
                              deadlines.extendedDue.toString(Qt::ISODate),
                              deadlines.extensionTarget.toString(Qt::ISODate),
                              deadlines.dueOnEve ? QStringLiteral("due on an eve: plan earlier") : QString() };
    }
    if (parser.isSet(jsonOption))
        printJson(json);
    else
        printTable({ QStringLiteral("received"), QStringLiteral("due"), QStringLiteral("extended_due"),
                     QStringLiteral("extended_target"), QStringLiteral("note") },
                   rows);
    return ExitOk;
}

} // namespace dsar::cli
