#pragma once

#include <QCoreApplication>
#include <QString>

namespace dsar {

// Both programs share one identity, so QStandardPaths::AppDataLocation is the same folder for the
// desktop app and dsarctl (~/.local/share/dsardesk/dsardesk on Linux) and QSettings has a proper home
// (~/.config/dsardesk/dsardesk.conf).
inline void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dsardesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DSAR_VERSION));
}

} // namespace dsar
