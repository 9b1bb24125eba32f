#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "services/Actor.h"
#include "services/CaseService.h"
#include "services/ControllerService.h"
#include "services/SettingsService.h"
#include "services/SubjectService.h"
#include "storage/Database.h"

#include <memory>

namespace dsar {

// Everything one user's work needs: the database, the clock, who acts, and the services that the UI
// and the CLI both call.
class Session
{
public:
    Session(std::unique_ptr<Database> database, const Clock& clock, Actor actor);

    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    const Actor& actor() const { return m_actor; }
    SettingsService& settings() { return m_settings; }
    ControllerService& controllers() { return m_controllers; }
    SubjectService& subjects() { return m_subjects; }
    CaseService& cases() { return m_cases; }

private:
    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    Actor m_actor;
    SettingsService m_settings;
    ControllerService m_controllers;
    SubjectService m_subjects;
    CaseService m_cases;
};

} // namespace dsar
