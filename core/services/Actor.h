#pragma once

#include <QString>

namespace dsar {

// Who is acting. Written into every audit event. Staff accounts and roles replace the operating-system
// user name once login exists.
struct Actor
{
    QString userName;

    static Actor fromOperatingSystem()
    {
        QString name = qEnvironmentVariable("USER");
        if (name.isEmpty())
            name = qEnvironmentVariable("USERNAME");
        return Actor { name.isEmpty() ? QStringLiteral("unknown") : name };
    }
};

} // namespace dsar
