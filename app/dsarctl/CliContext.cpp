#include "CliContext.h"

#include "CliOutput.h"

namespace dsar::cli {

CliContext::CliContext(QString databaseOption, std::unique_ptr<Clock> clock)
    : m_databaseOption(std::move(databaseOption))
    , m_clock(std::move(clock))
{ }

QString CliContext::databasePath() const
{
    return Database::resolvePath(m_databaseOption);
}

Session* CliContext::openSession(Database::OpenMode mode)
{
    if (m_session)
        return m_session.get();
    Result<std::unique_ptr<Database>> database = Database::openSqlite(databasePath(), mode);
    if (!database) {
        printError(database.error());
        return nullptr;
    }
    m_session = std::make_unique<Session>(std::move(database).value(), *m_clock, Actor::fromOperatingSystem());
    return m_session.get();
}

} // namespace dsar::cli
