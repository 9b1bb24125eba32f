#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// Staff roles. Least privilege: each role does its own work, and approvals are kept apart from the work
// they approve.
enum class Role
{
    Handlaggare, // customer-service staff: register and work cases
    Dpo, // data protection officer: the handläggare's work plus every approval
    Admin, // accounts, organisations and the processing register; no case work
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QList<Role> all();
    static QString code(Role role); // "handlaggare", "dpo", "admin"
    static std::optional<Role> fromCode(const QString& code);
    static QString label(Role role);
    static QString codeList();
};

} // namespace dsar
