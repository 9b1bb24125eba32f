#include "Permission.h"

#include <QStringList>

namespace dsar {

QList<Permission> Permissions::all()
{
    return { Permission::ViewCases,       Permission::RegisterRequest,  Permission::WorkCase,
             Permission::ApproveDecision, Permission::ApproveExtension, Permission::ApproveRefusal,
             Permission::ExecuteErasure,  Permission::LiftRestriction,  Permission::DecideExcessive,
             Permission::ManageAccounts,  Permission::ManageRegister,   Permission::VerifyAudit,
             Permission::PurgeClosedCases };
}

bool Permissions::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewCases:
    case Permission::RegisterRequest:
    case Permission::WorkCase:
        return role == Role::Handlaggare || role == Role::Dpo;
    // Decisions the DPO approves (LEGAL.md sections 1 and 3).
    case Permission::ApproveDecision:
    case Permission::ApproveExtension:
    case Permission::ApproveRefusal:
    case Permission::ExecuteErasure:
    case Permission::LiftRestriction:
    case Permission::DecideExcessive:
        return role == Role::Dpo;
    case Permission::ManageAccounts:
    case Permission::ManageRegister:
        return role == Role::Admin;
    case Permission::VerifyAudit:
    case Permission::PurgeClosedCases:
        return role == Role::Dpo || role == Role::Admin;
    }
    return false;
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::ViewCases:
        return tr("viewing cases");
    case Permission::RegisterRequest:
        return tr("registering requests and data subjects");
    case Permission::WorkCase:
        return tr("working on cases");
    case Permission::ApproveDecision:
        return tr("approving a case's decision");
    case Permission::ApproveExtension:
        return tr("approving an extension");
    case Permission::ApproveRefusal:
        return tr("approving a refusal");
    case Permission::ExecuteErasure:
        return tr("approving the execution of an erasure");
    case Permission::LiftRestriction:
        return tr("lifting a restriction");
    case Permission::DecideExcessive:
        return tr("deciding that a request is manifestly unfounded or excessive");
    case Permission::ManageAccounts:
        return tr("managing staff accounts");
    case Permission::ManageRegister:
        return tr("managing organisations, the processing register and settings");
    case Permission::VerifyAudit:
        return tr("verifying and exporting the audit trail");
    case Permission::PurgeClosedCases:
        return tr("purging closed cases");
    }
    return {};
}

Status Permissions::check(Role role, Permission permission)
{
    if (allows(role, permission))
        return {};
    return Error { tr("Refused: %1 needs the role %2; you are signed in as %3.")
                       .arg(describe(permission), rolesAllowedTo(permission), Roles::code(role)) };
}

QString Permissions::rolesAllowedTo(Permission permission, RoleNames names)
{
    QStringList roles;
    for (Role candidate : Roles::all()) {
        if (allows(candidate, permission))
            roles << (names == RoleNames::Codes ? Roles::code(candidate) : Roles::label(candidate));
    }
    return roles.join(tr(" or "));
}

} // namespace dsar
