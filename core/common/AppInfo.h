#pragma once

#include <QCoreApplication>
#include <QString>

namespace dsar {

// Both programs share one identity, so QStandardPaths::AppDataLocation is the same folder for the
// desktop app and dsarctl (~/.local/share/dsardesk on Linux).
inline void applyApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("dsardesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DSAR_VERSION));
}

} // namespace dsar
