#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/KeyRing.h"
#include "services/AccountService.h"
#include "services/Actor.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/ControllerService.h"
#include "services/DashboardService.h"
#include "services/HoldingService.h"
#include "services/LetterTemplateService.h"
#include "services/RegisterExchange.h"
#include "services/RegisterService.h"
#include "services/RetentionService.h"
#include "services/SettingsService.h"
#include "services/SubjectService.h"
#include "storage/Database.h"

#include <memory>

namespace dsar {

// One signed-in user's work: the database, the clock, who acts with which role, the unwrapped keys, and
// the services that the UI and the CLI both call.
class Session
{
public:
    Session(std::unique_ptr<Database> database, const Clock& clock, SignedIn signedIn);

    // Signs in and opens the services; the error says what went wrong (wrong password, locked, disabled).
    static Result<std::unique_ptr<Session>> login(std::unique_ptr<Database> database, const Clock& clock,
                                                  const QString& userName, const QString& password);

    Database& database() { return *m_database; }
    const Clock& clock() const { return m_clock; }
    const Actor& actor() const { return m_actor; }
    const KeyRing& keys() const { return m_keys; }
    SettingsService& settings() { return m_settings; }
    AccountService& accounts() { return m_accounts; }
    ControllerService& controllers() { return m_controllers; }
    SubjectService& subjects() { return m_subjects; }
    CaseService& cases() { return m_cases; }
    AuditService& audit() { return m_audit; }
    RetentionService& retention() { return m_retention; }
    RegisterService& processingRegister() { return m_register; }
    RegisterExchange& registerExchange() { return m_registerExchange; }
    HoldingService& holdings() { return m_holdings; }
    LetterTemplateService& letterTemplates() { return m_letterTemplates; }
    DashboardService& dashboard() { return m_dashboard; }

private:
    std::unique_ptr<Database> m_database;
    const Clock& m_clock;
    Actor m_actor;
    KeyRing m_keys;
    SettingsService m_settings;
    AccountService m_accounts;
    ControllerService m_controllers;
    SubjectService m_subjects;
    CaseService m_cases;
    AuditService m_audit;
    RetentionService m_retention;
    RegisterService m_register;
    RegisterExchange m_registerExchange;
    HoldingService m_holdings;
    LetterTemplateService m_letterTemplates;
    DashboardService m_dashboard;
};

} // namespace dsar
