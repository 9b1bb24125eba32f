// dsarctl: the scripting interface of DSAR Desk, over the same core services as the desktop app.
#include "CaseCommand.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "ControllerCommand.h"
#include "DeadlineCommand.h"
#include "InitCommand.h"
#include "PnrCommand.h"
#include "SubjectCommand.h"
#include "calendar/StockholmTime.h"
#include "common/AppInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMap>

using namespace dsar::cli;

namespace {

const char usage[] = R"(Usage: dsarctl [--db PATH] COMMAND [OPTIONS]

Commands:
  deadline [--profile EU|SE1930] [--json] RECEIPT...   deadlines for receipt dates or instants
  pnr [--json] NUMBER...                                check personnummer, samordningsnummer, organisationsnummer
  init [--demo] [--if-missing]                          create the database (with demonstration data)
  controller add|list                                   the organisations whose requests are handled
  subject add|list                                      data subjects
  case open|list|show                                   requests, one case per right

Global options:
  --db PATH     the database file (else DSAR_DB, else the user's data folder)
  -h, --help    this help; "dsarctl COMMAND --help" for a command's options
  --version     the version

Environment:
  DSAR_DB=PATH          the database file when --db is not given
  DSAR_TODAY=YYYY-MM-DD treat this date as today (tests, training, what-if)

Exit status: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
)";

// Global options may stand anywhere; everything else belongs to the command. Returns an exit status when
// the option is malformed.
std::optional<int> takeDatabaseOption(QStringList& arguments, QString* databaseOption)
{
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                printError(QStringLiteral("--db needs a file path, e.g. --db cases.sqlite."));
                return ExitUsage;
            }
            *databaseOption = arguments[i + 1];
            arguments.remove(i, 2);
        } else if (arguments[i].startsWith(QLatin1String("--db="))) {
            *databaseOption = arguments[i].mid(5);
            arguments.remove(i);
        } else {
            ++i;
            continue;
        }
        // An empty value (--db "$UNSET") must not fall back to the user's own database.
        if (databaseOption->trimmed().isEmpty()) {
            printError(QStringLiteral("--db was given an empty path. Give the database file, e.g. --db cases.sqlite, "
                                      "or leave --db out to use the default."));
            return ExitUsage;
        }
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    dsar::applyApplicationIdentity();
    // Every failure reaches the user as one message on stderr; the storage log would only repeat it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("dsar.*.warning=false"));

    QStringList arguments = app.arguments().mid(1);
    QString databaseOption;
    if (std::optional<int> stop = takeDatabaseOption(arguments, &databaseOption))
        return *stop;
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        std::fputs(usage, arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        printLine(QStringLiteral("dsarctl ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }

    if (!dsar::StockholmTime::isAvailable()) {
        printError(QStringLiteral("The time zone Europe/Stockholm is not available, so receipt dates cannot be taken. "
                                  "Install the time zone database (apt-get install tzdata)."));
        return ExitFailure;
    }
    QString clockError;
    std::unique_ptr<dsar::Clock> clock = dsar::makeClockFromEnvironment(&clockError);
    if (!clock) {
        printError(clockError);
        return ExitUsage;
    }
    if (clock->isOverridden()) {
        printError(QStringLiteral("note: DSAR_TODAY is set; today is treated as %1.")
                       .arg(clock->today().toString(Qt::ISODate)));
    }

    const QMap<QString, Command> commands = {
        { QStringLiteral("deadline"), &runDeadline }, { QStringLiteral("pnr"), &runPnr },
        { QStringLiteral("init"), &runInit },         { QStringLiteral("controller"), &runController },
        { QStringLiteral("subject"), &runSubject },   { QStringLiteral("case"), &runCase },
    };
    const QString name = arguments.takeFirst();
    const auto command = commands.constFind(name);
    if (command == commands.cend()) {
        printError(QStringLiteral("Unknown command \"%1\". See \"dsarctl --help\".").arg(name));
        return ExitUsage;
    }
    CliContext context(databaseOption, std::move(clock));
    return (*command)(context, arguments);
}
