#include "InitCommand.h"

#include "CliOutput.h"
#include "PasswordPrompt.h"
#include "PdfLetterRenderer.h"
#include "services/AccountService.h"
#include "services/DemoData.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dsar::cli {
namespace {

// Leave no half-made database behind: the file did not exist before this command.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

void printDemoAccounts()
{
    printLine(QStringLiteral("Demonstration accounts. FOR DEMONSTRATION AND TRAINING ONLY: their passwords are "
                             "published, so never keep real personal data in this database."));
    QList<QStringList> rows;
    for (const NewAccount& account : DemoData::accounts())
        rows << QStringList { account.name, Roles::code(account.role), account.password };
    printTable({ QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("password") }, rows);
    printLine(
        QStringLiteral("Sign in with, e.g.: DSAR_PASSWORD=handlaggare-demo dsarctl --user handlaggare case list"));
}

} // namespace

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption adminOption(
        QStringLiteral("admin"),
        QStringLiteral("Create an empty database with its first administrator NAME. The password comes from "
                       "DSAR_PASSWORD, else it is asked for twice on the terminal."),
        QStringLiteral("name"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Create a demonstration database: the accounts admin, dpo and handlaggare with published "
                       "passwords, the organisations of five real Swedish privacy notices, fictitious subjects "
                       "and requests. Never for real data."));
    const QCommandLineOption ifMissingOption(
        QStringLiteral("if-missing"),
        QStringLiteral("Do nothing, successfully, when the database exists (it must still open)."));
    parser.addOption(adminOption);
    parser.addOption(demoOption);
    parser.addOption(ifMissingOption);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("init"), arguments))
        return *stop;
    const bool demo = parser.isSet(demoOption);
    const QString adminName = parser.value(adminOption).trimmed();
    if (demo == parser.isSet(adminOption)) {
        printError(QStringLiteral("Say how to create the database: \"dsarctl init --admin NAME\" for a real database "
                                  "with its first administrator (password from DSAR_PASSWORD or a prompt), or "
                                  "\"dsarctl init --demo\" for a demonstration database with published passwords."));
        return ExitUsage;
    }
    if (!demo) {
        if (Status valid = AccountService::validateName(adminName); !valid) {
            printError(valid.error());
            return ExitUsage;
        }
    }

    const QString path = context.databasePath();
    const QString shownPath = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(ifMissingOption)) {
            printError(QStringLiteral("The database %1 already exists and was not changed. Choose a new file with "
                                      "--db, or add --if-missing to accept an existing one.")
                           .arg(shownPath));
            return ExitFailure;
        }
        // Accept only a database this version can open.
        if (!context.openDatabase(Database::OpenMode::MustExist))
            return ExitFailure;
        printLine(QStringLiteral("The database %1 already exists; it was left as it is.").arg(shownPath));
        return ExitOk;
    }

    QString password;
    if (!demo) {
        Result<QString> given = PasswordPrompt::readNew(
            "DSAR_PASSWORD", QStringLiteral("Password for the administrator %1: ").arg(adminName),
            QStringLiteral("Repeat the password: "));
        if (!given) {
            printError(given.error());
            return ExitFailure;
        }
        password = given.value();
        PasswordPrompt::wipe(given.value());
        // Checked before the file is created.
        if (Status strong = KeySlot::checkPasswordStrength(adminName, password); !strong) {
            PasswordPrompt::wipe(password);
            printError(strong.error());
            return ExitFailure;
        }
    }

    std::unique_ptr<Database> database = context.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!database) {
        removeDatabaseFiles(path);
        PasswordPrompt::wipe(password);
        return ExitFailure;
    }
    const int schemaVersion = database->schemaVersion();
    Status created;
    if (demo) {
        created = DemoData::populate(*database, context.clock(), PdfLetterRenderer());
    } else {
        Result<SignedIn> first
            = AccountService::initialise(*database, context.clock(), { { adminName, Role::Admin, password } });
        created = first ? Status() : Status(Error { first.error() });
    }
    PasswordPrompt::wipe(password);
    if (!created) {
        database.reset();
        removeDatabaseFiles(path);
        printError(demo ? QStringLiteral("The demonstration data could not be added: %1").arg(created.error())
                        : QStringLiteral("The first administrator could not be created: %1").arg(created.error()));
        return ExitFailure;
    }
    printLine(QStringLiteral("Created the database %1 (schema version %2).").arg(shownPath).arg(schemaVersion));
    if (!demo) {
        printLine(QStringLiteral("The administrator %1 can sign in: dsarctl --user %1 user add NAME --role "
                                 "handlaggare|dpo|admin adds the staff.")
                      .arg(adminName));
        return ExitOk;
    }

    // Counted through a demonstration account, which also shows that signing in works.
    const NewAccount reader = DemoData::accounts().constLast();
    Result<std::unique_ptr<Session>> session
        = Session::login(std::move(database), context.clock(), reader.name, reader.password);
    if (!session) {
        printError(QStringLiteral("The demonstration database was created, but signing in to it failed: %1")
                       .arg(session.error()));
        return ExitFailure;
    }
    Session& demoSession = *session.value();
    const Result<QList<ControllerRecord>> organisations = demoSession.controllers().all();
    const Result<QList<SubjectRecord>> subjects = demoSession.subjects().all();
    const Result<QList<CaseRecord>> cases = demoSession.cases().list();
    if (!organisations || !subjects || !cases) {
        printError(QStringLiteral("The demonstration database was created, but it cannot be read: %1")
                       .arg(!organisations  ? organisations.error()
                                : !subjects ? subjects.error()
                                            : cases.error()));
        return ExitFailure;
    }
    printLine(QStringLiteral("Demonstration data: %1 organisations, %2 data subjects, %3 cases.")
                  .arg(organisations->size())
                  .arg(subjects->size())
                  .arg(cases->size()));
    printDemoAccounts();
    return ExitOk;
}

} // namespace dsar::cli
