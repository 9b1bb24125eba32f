// dsarctl: the scripting interface of DSAR Desk, over the same core services as the desktop app.
#include "AuditCommand.h"
#include "CalendarCommand.h"
#include "CaseCommand.h"
#include "CaseOutcomeCommand.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "ControllerCommand.h"
#include "DashboardCommand.h"
#include "DeadlineCommand.h"
#include "EnglishPlurals.h"
#include "ExtractCommand.h"
#include "GallringCommand.h"
#include "HoldingsCommand.h"
#include "InitCommand.h"
#include "PnrCommand.h"
#include "PurgeCommand.h"
#include "RegisterCommand.h"
#include "ReportCommand.h"
#include "SettingsCommand.h"
#include "SubjectCommand.h"
#include "TemplateCommand.h"
#include "UserCommand.h"
#include "calendar/StockholmTime.h"
#include "common/AppInfo.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMap>

using namespace dsar::cli;

namespace {

const char usage[] = R"(Usage: dsarctl [--db PATH] [--user NAME] COMMAND [OPTIONS]

Commands:
  deadline [--profile EU|SE1930] [--json] RECEIPT...   deadlines for receipt dates or instants
  pnr [--json] NUMBER...                                check personnummer, samordningsnummer, organisationsnummer
  init --admin NAME | --demo [--if-missing]             create the database with its first administrator, or
                                                        with demonstration accounts and data
  user add|list|disable|passwd                          staff accounts (admin; passwd also for your own)
  controller add|list                                   the organisations whose requests are handled
  subject add|list|find|show                            data subjects; show lists every holding and its
                                                        retain_until date
  holdings import --subject ID --system SYSTEM --activity ACTIVITY [--map OURS=THEIRS]... FILE
                                                        a system's CSV/JSON export for a subject, all or nothing
  gallring [--json] [--out FILE.csv] | --confirm-erased IDS
                                                        holdings past their retain-until date, by organisation,
                                                        system and activity; CSV for the system owners; record
                                                        their erasure (dpo)
  case open|list|show|status                            requests, one case per right; status moves a case along
                                                        the workflow (decision-approved: dpo)
  case assign REF USER|--none                           give a case to a case handler or DPO, or take it back
  case note REF --kind KIND TEXT|-|--file F             an internal note, or a message to-subject/from-subject
  case notes REF [--kind KIND] [--json]                 a case's notes and messages
  case attach REF FILE [--media-type T]                 keep a file with a case (max 25 MiB), with its SHA-256
  case attachments REF [--json]                         a case's attached files
  case attachment REF ID --out FILE                     write an attached file out, checked against its SHA-256
  case identify REF --request --kind identity|clarification --reason TEXT [--on DATE]
                                                        a request for identity or clarification went out: the
                                                        clock stops (only with a reason, within the window)
  case identify REF --answered DATE --method M --outcome confirmed|not-confirmed
                                                        its answer arrived: deadlines recomputed with every stop
  case identify REF --close-not-confirmed               close after identification.wait_days without identity
  case extend REF --reason CODE --note TEXT             the one extension, no later than the one-month due date
  case approve-extension REF                            approve it (dpo): due becomes the legal maximum
  case assess REF [--objection direct-marketing|particular-situation] [--json]
                                                        the decision item by item, drafted from the register
                                                        (erasure: erase, or keep with an Art. 17(3) exception)
  case assess REF --item ID --decision D [--ground G] [--legal-reference T] [--retain-until DATE]
                  [--note T] [--after VALUE]            change one item's decision
  case propose REF --summary TEXT [--outcome O] [--ground G] [--reasons T] [--legal-reference T]
                   [--facts T] [--fee AMOUNT] [--balancing T]
                                                        propose the decision for the DPO's approval
  case approve REF                                      approve it (dpo): erasure tasks, corrections,
                                                        restrictions, stops and Art. 19 notifications follow
  case erasure REF [--done SYSTEM]                      the erasure tasks per system; confirm one done
  case notify REF [--recipient NAME --status S [--method M] [--on DATE] [--reason T]]
                                                        Art. 19: each recipient notified, or why not
  case recipients REF                                   who receives the subject's data (the register)
  case letter REF --kind KIND --out FILE.pdf [--lang sv|en]
                                                        write a letter as PDF; its SHA-256 is recorded
  case mark-sent REF --kind KIND [--method M]           the letter went out (outcome: answered; refusal: refused)
  case letters REF [--json]                             the letters written for a case
  case lift-restriction REF                             lift a restriction once the Art. 18(3) notice is sent
  case close REF                                        close an answered case (letters sent, tasks done)
  followups [--json] [--done ITEM]                      kept items whose retain-until date has passed
  calendar --out FILE.ics [--lang sv|en]                open cases' due dates as .ics (iCalendar); FILE - is stdout
  report annual --year Y --out FILE.pdf [--lang sv|en] the DPO's annual report: requests, answers in time, ...
  reminders [--json]                                    cases due within the reminder's working days, and overdue
  dashboard [--json]                                    the DPO's figures: open, due soon, overdue, on time
  extract REF --out FILE.pdf [--lang sv|en]             the register extract (Art. 15) as PDF; SHA-256 recorded
  extract sent REF [--method M]                         the latest extract went out (after the approval)
  extract list REF [--json]                             the extracts and exports made for a case
  extract verify FILE [--json]                          issued by this database and unaltered? (exit 0)
  export REF --format json|csv --out FILE               portability (Art. 20): the items in scope
  export sent REF [--method M]                          the latest export went out
  audit verify|export                                   check the audit trail's chain; CSV for IMY (dpo, admin)
  purge [--dry-run] [--reason TEXT]                     remove closed cases past their retention (dpo, admin)
  settings list|set KEY VALUE                           deadline and retention choices (set: admin)
  register list [--controller ORG] [--json]             the processing register (Art. 30 record)
  register export FILE [--format json|csv]             all of it as a JSON document (docs/register-format.md)
                                                        or CSV for spreadsheets; FILE - is standard output
  register import FILE                                  make each listed organisation's register the document's,
                                                        all or nothing (admin); FILE - is standard input
  template list [--organisation ORG] [--json]           each letter's template per language: own or default
  template show|reset --kind KIND [--lang sv|en] [--organisation ORG]
                                                        print a letter template, or go back to the default (admin)
  template set --kind KIND [--lang sv|en] [--organisation ORG] FILE|-
                                                        make a template the organisation's own (admin): Markdown
                                                        with {{fields}}, checked before it is stored
  template preview --kind KIND [--lang sv|en] [--organisation ORG] --out FILE.pdf
                                                        the template filled with sample facts, as a PDF

Global options:
  --db PATH     the database file (else DSAR_DB, else the user's data folder)
  --user NAME   sign in as NAME (else DSAR_USER); every command but deadline, pnr and init needs it
  -h, --help    this help; "dsarctl COMMAND --help" for a command's options
  --version     the version

Environment:
  DSAR_DB=PATH           the database file when --db is not given
  DSAR_USER=NAME         the account when --user is not given
  DSAR_PASSWORD=...      its password; without it dsarctl asks on the terminal, without echo
  DSAR_NEW_PASSWORD=...  the new password for "user add" and "user passwd" (else asked twice)
  DSAR_TODAY=YYYY-MM-DD  treat this date as today (tests, training, what-if)

Exit status: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
)";

struct GlobalOption
{
    const char* name;
    const char* example;
    QString* value;
};

// Global options may stand anywhere; everything else belongs to the command. Returns an exit status when
// an option is malformed.
std::optional<int> takeGlobalOptions(QStringList& arguments, const QList<GlobalOption>& options)
{
    for (qsizetype i = 0; i < arguments.size();) {
        const GlobalOption* matched = nullptr;
        for (const GlobalOption& option : options) {
            const QString name = QLatin1String("--") + QLatin1String(option.name);
            if (arguments[i] == name) {
                if (i + 1 >= arguments.size()) {
                    printError(QStringLiteral("%1 needs %2.").arg(name, QLatin1String(option.example)));
                    return ExitUsage;
                }
                *option.value = arguments[i + 1];
                arguments.remove(i, 2);
            } else if (arguments[i].startsWith(name + QLatin1Char('='))) {
                *option.value = arguments[i].mid(name.size() + 1);
                arguments.remove(i);
            } else {
                continue;
            }
            matched = &option;
            break;
        }
        if (!matched) {
            ++i;
            continue;
        }
        // An empty value (--db "$UNSET") must not fall back to the default (the user's own database).
        if (matched->value->trimmed().isEmpty()) {
            printError(QStringLiteral("--%1 was given an empty value. Give %2, or leave --%1 out to use the default.")
                           .arg(QLatin1String(matched->name), QLatin1String(matched->example)));
            return ExitUsage;
        }
    }
    return std::nullopt;
}

// Without a desktop session (a server, a cron job) Qt warns while it looks for a sandbox that XDG_RUNTIME_DIR is
// not set. dsarctl never uses that folder, and scripts read anything on stderr as a problem.
QtMessageHandler startupHandler = nullptr;

void quietStartup(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (startupHandler)
        startupHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // A QGuiApplication renders letters as PDF; without a display (a server, a script) it needs no window system.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    startupHandler = qInstallMessageHandler(&quietStartup);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(startupHandler);
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    dsar::applyApplicationIdentity();
    // Every failure reaches the user as one message on stderr; the storage log would only repeat it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("dsar.*.warning=false"));

    QStringList arguments = app.arguments().mid(1);
    QString databaseOption;
    QString userOption;
    if (std::optional<int> stop
        = takeGlobalOptions(arguments,
                            { { "db", "a file path, e.g. --db cases.sqlite", &databaseOption },
                              { "user", "an account name, e.g. --user handlaggare", &userOption } }))
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
        { QStringLiteral("deadline"), &runDeadline },   { QStringLiteral("pnr"), &runPnr },
        { QStringLiteral("init"), &runInit },           { QStringLiteral("controller"), &runController },
        { QStringLiteral("subject"), &runSubject },     { QStringLiteral("case"), &runCase },
        { QStringLiteral("user"), &runUser },           { QStringLiteral("audit"), &runAudit },
        { QStringLiteral("purge"), &runPurge },         { QStringLiteral("settings"), &runSettings },
        { QStringLiteral("register"), &runRegister },   { QStringLiteral("holdings"), &runHoldings },
        { QStringLiteral("gallring"), &runGallring },   { QStringLiteral("template"), &runTemplate },
        { QStringLiteral("followups"), &runFollowups }, { QStringLiteral("extract"), &runExtract },
        { QStringLiteral("export"), &runExport },       { QStringLiteral("dashboard"), &runDashboard },
        { QStringLiteral("reminders"), &runReminders }, { QStringLiteral("report"), &runReport },
        { QStringLiteral("calendar"), &runCalendar },
    };
    const QString name = arguments.takeFirst();
    const auto command = commands.constFind(name);
    if (command == commands.cend()) {
        printError(QStringLiteral("Unknown command \"%1\". See \"dsarctl --help\".").arg(name));
        return ExitUsage;
    }
    CliContext context(databaseOption, userOption.trimmed(), std::move(clock));
    return (*command)(context, arguments);
}
