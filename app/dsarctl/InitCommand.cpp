#include "InitCommand.h"

#include "CliOutput.h"
#include "services/DemoData.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dsar::cli {

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Add the demonstration organisations (from five real Swedish privacy notices) with "
                       "fictitious subjects and requests."));
    const QCommandLineOption ifMissingOption(QStringLiteral("if-missing"),
                                             QStringLiteral("Do nothing, successfully, when the database exists."));
    parser.addOption(demoOption);
    parser.addOption(ifMissingOption);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("init"), arguments))
        return *stop;

    const QString path = context.databasePath();
    const bool existed = QFileInfo::exists(path);
    if (existed) {
        if (parser.isSet(ifMissingOption)) {
            // Accept only a database this version can open.
            if (!context.openSession(Database::OpenMode::MustExist))
                return ExitFailure;
            printLine(QStringLiteral("The database %1 already exists; it was left as it is.")
                          .arg(QDir::toNativeSeparators(path)));
            return ExitOk;
        }
        if (!parser.isSet(demoOption)) {
            printError(QStringLiteral("The database %1 already exists and was not changed. Choose a new file with "
                                      "--db, or add --if-missing to accept an existing one.")
                           .arg(QDir::toNativeSeparators(path)));
            return ExitFailure;
        }
        // A database the desktop app created but nobody filled yet may receive the demonstration data;
        // DemoData refuses one that holds organisations.
        Session* session = context.openSession(Database::OpenMode::MustExist);
        if (!session)
            return ExitFailure;
        if (Status populated = DemoData::populate(*session); !populated) {
            printError(populated.error());
            return ExitFailure;
        }
        printLine(QStringLiteral("Added the demonstration data to %1.").arg(QDir::toNativeSeparators(path)));
        return ExitOk;
    }

    Session* session = context.openSession(Database::OpenMode::CreateIfMissing);
    if (!session)
        return ExitFailure;
    if (parser.isSet(demoOption)) {
        if (Status populated = DemoData::populate(*session); !populated) {
            printError(QStringLiteral("The demonstration data could not be added: %1").arg(populated.error()));
            // Leave no half-made database behind: the file did not exist before this command.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            return ExitFailure;
        }
    }
    printLine(QStringLiteral("Created the database %1 (schema version %2).")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(session->database().schemaVersion()));
    if (parser.isSet(demoOption)) {
        auto count = [](const auto& result) {
            return result ? result->size() : qsizetype(0);
        };
        const qsizetype organisations = count(session->controllers().all());
        const qsizetype subjects = count(session->subjects().all());
        const qsizetype cases = count(session->cases().list());
        printLine(QStringLiteral("Demonstration data: %1 organisations, %2 data subjects, %3 cases.")
                      .arg(organisations)
                      .arg(subjects)
                      .arg(cases));
    }
    return ExitOk;
}

} // namespace dsar::cli
