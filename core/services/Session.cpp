#include "Session.h"

namespace dsar {

Session::Session(std::unique_ptr<Database> database, const Clock& clock, Actor actor)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_settings(*m_database)
    , m_controllers(*m_database, m_clock, m_actor)
    , m_subjects(*m_database, m_clock, m_actor)
    , m_cases(*m_database, m_clock, m_actor, m_settings)
{ }

} // namespace dsar
