#include "Role.h"

#include "domain/EnumCodes.h"

namespace dsar {

QList<Role> Roles::all()
{
    return { Role::Handlaggare, Role::Dpo, Role::Admin };
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Handlaggare:
        return QStringLiteral("handlaggare");
    case Role::Dpo:
        return QStringLiteral("dpo");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString& code)
{
    return enumFromCode(all(), &Roles::code, code);
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Handlaggare:
        return tr("Case handler");
    case Role::Dpo:
        return tr("Data protection officer");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Roles::codeList()
{
    return enumCodeList(all(), &Roles::code);
}

} // namespace dsar
