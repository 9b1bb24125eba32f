#include "CliContext.h"

#include "CliOutput.h"
#include "PasswordPrompt.h"
#include "crypto/SelfTest.h"

namespace dsar::cli {

CliContext::CliContext(QString databaseOption, QString userOption, std::unique_ptr<Clock> clock)
    : m_databaseOption(std::move(databaseOption))
    , m_userOption(std::move(userOption))
    , m_clock(std::move(clock))
{ }

QString CliContext::databasePath() const
{
    return Database::resolvePath(m_databaseOption);
}

QString CliContext::userName() const
{
    return m_userOption.isEmpty() ? qEnvironmentVariable("DSAR_USER").trimmed() : m_userOption;
}

std::unique_ptr<Database> CliContext::openDatabase(Database::OpenMode mode)
{
    m_failureStatus = ExitFailure;
    if (!m_selfTested) {
        // A broken or misconfigured OpenSSL must stop us before any personal data is read or written.
        if (Status tested = crypto::SelfTest::run(); !tested) {
            printError(tr("The cryptographic self-test failed, so no database was opened: %1").arg(tested.error()));
            return nullptr;
        }
        m_selfTested = true;
    }
    Result<std::unique_ptr<Database>> database = Database::openSqlite(databasePath(), mode);
    if (!database) {
        printError(database.error());
        return nullptr;
    }
    return std::move(database).value();
}

Session* CliContext::openSession()
{
    if (m_session)
        return m_session.get();
    const QString user = userName();
    if (user.isEmpty()) {
        printError(tr("Sign in with --user NAME (password from DSAR_PASSWORD or a prompt)."));
        m_failureStatus = ExitUsage;
        return nullptr;
    }
    std::unique_ptr<Database> database = openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return nullptr;
    Result<QString> password = PasswordPrompt::read("DSAR_PASSWORD", tr("Password for %1: ").arg(user));
    if (!password) {
        printError(password.error());
        return nullptr;
    }
    Result<std::unique_ptr<Session>> session = Session::login(std::move(database), *m_clock, user, password.value());
    PasswordPrompt::wipe(password.value());
    if (!session) {
        printError(session.error());
        return nullptr;
    }
    m_session = std::move(session).value();
    return m_session.get();
}

} // namespace dsar::cli
