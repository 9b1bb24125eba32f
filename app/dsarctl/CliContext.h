#pragma once

#include "common/Clock.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace dsar::cli {

// Exit statuses: 0 done, 1 refused or failed (the message says why), 2 wrong usage.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

// What every command shares: the global options, the clock, and the signed-in session once a database is
// opened.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QString databaseOption, QString userOption, std::unique_ptr<Clock> clock);

    const Clock& clock() const { return *m_clock; }
    QString databasePath() const;
    // --user, else DSAR_USER; empty when neither is given.
    QString userName() const;
    // Runs the cryptographic self-test (once), then opens the database; nullptr after printing the reason
    // to stderr.
    std::unique_ptr<Database> openDatabase(Database::OpenMode mode);
    // Opens the existing database and signs in as userName() with the password from DSAR_PASSWORD or a
    // prompt; nullptr after printing the reason to stderr, and failureStatus() says how to exit.
    Session* openSession();
    int failureStatus() const { return m_failureStatus; }

private:
    QString m_databaseOption;
    QString m_userOption;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Session> m_session;
    bool m_selfTested = false;
    int m_failureStatus = ExitFailure;
};

// A subcommand: takes its own arguments (without the program and command names).
using Command = int (*)(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
