#pragma once

#include "security/Role.h"

#include <QString>

namespace dsar {

// Who is acting: the signed-in staff account. Written into every audit event; its role decides what the
// services allow.
struct Actor
{
    qint64 userId = 0;
    QString userName;
    Role role = Role::Handlaggare;
};

} // namespace dsar
