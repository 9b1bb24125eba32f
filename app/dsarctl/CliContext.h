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

// What every command shares: the global options, the clock, and the session once a database is opened.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QString databaseOption, std::unique_ptr<Clock> clock);

    const Clock& clock() const { return *m_clock; }
    QString databasePath() const;
    // Opens the database (MustExist unless told otherwise) and the services over it; nullptr after
    // printing the reason to stderr.
    Session* openSession(Database::OpenMode mode = Database::OpenMode::MustExist);

private:
    QString m_databaseOption;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Session> m_session;
};

// A subcommand: takes its own arguments (without the program and command names).
using Command = int (*)(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
