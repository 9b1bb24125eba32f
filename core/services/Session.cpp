#include "Session.h"

namespace dsar {

Session::Session(std::unique_ptr<Database> database, const Clock& clock, SignedIn signedIn)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_actor(std::move(signedIn.actor))
    , m_keys(std::move(signedIn.keys))
    , m_settings(*m_database, m_clock, m_actor, m_keys)
    , m_accounts(*m_database, m_clock, m_actor, m_keys)
    , m_controllers(*m_database, m_clock, m_actor, m_keys)
    , m_subjects(*m_database, m_clock, m_actor, m_keys)
    , m_cases(*m_database, m_clock, m_actor, m_keys, m_settings)
    , m_audit(*m_database, m_actor, m_keys)
    , m_retention(*m_database, m_clock, m_actor, m_keys, m_settings)
    , m_register(*m_database, m_clock, m_actor, m_keys)
    , m_registerExchange(*m_database, m_clock, m_actor, m_keys)
    , m_holdings(*m_database, m_clock, m_actor, m_keys)
    , m_letterTemplates(*m_database, m_clock, m_actor, m_keys)
    , m_dashboard(*m_database, m_clock, m_actor, m_cases, m_settings)
{ }

Result<std::unique_ptr<Session>> Session::login(std::unique_ptr<Database> database, const Clock& clock,
                                                const QString& userName, const QString& password)
{
    Result<SignedIn> signedIn = AccountService::login(*database, clock, userName, password);
    if (!signedIn)
        return Error { signedIn.error() };
    return std::make_unique<Session>(std::move(database), clock, std::move(signedIn).value());
}

} // namespace dsar
