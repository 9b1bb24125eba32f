#pragma once

#include "common/Result.h"
#include "security/Role.h"

#include <QCoreApplication>

namespace dsar {

// Everything a service may refuse. The services check these themselves, so the UI and the CLI cannot
// bypass them.
enum class Permission
{
    ViewCases,
    RegisterRequest, // subjects and requests
    WorkCase, // identification, notes, proposals, letters
    ApproveDecision, // the case's proposed decision, before it is answered
    ApproveExtension, // GDPR Art. 12(3)
    ApproveRefusal, // GDPR Art. 12(4)
    ExecuteErasure, // GDPR Art. 17
    LiftRestriction, // GDPR Art. 18(3)
    DecideExcessive, // GDPR Art. 12(5): manifestly unfounded or excessive
    ManageAccounts,
    ManageRegister, // organisations, the processing register, settings
    VerifyAudit, // GDPR Art. 5(2): show IMY what was done
    PurgeClosedCases, // the tool's own retention
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static QList<Permission> all();
    static bool allows(Role role, Permission permission);
    // Refusal names the action and the role(s) it needs.
    static Status check(Role role, Permission permission);
    static QString describe(Permission permission);
    // The roles that may, joined as a refusal names them ("handlaggare or dpo"); with labels, in the UI's words.
    enum class RoleNames
    {
        Codes,
        Labels,
    };
    static QString rolesAllowedTo(Permission permission, RoleNames names = RoleNames::Codes);
};

} // namespace dsar
