#pragma once

#include <QDir>
#include <QString>

class QWidget;

namespace dsar {

class Clock;
class Session;

using SaveShot = bool (*)(QWidget* widget, const QDir& out, const QString& name);

// The subject view with its holdings (subject-holdings.png, signed in as `session`, a case handler) and the
// gallring list as the DPO sees it (gallring.png). A database without holdings first gets a small realistic
// set, dated relative to today so that some are past their retain-until date.
bool saveHoldingScreenshots(Session& session, const QString& databasePath, const Clock& clock, const QDir& out,
                            SaveShot save);

} // namespace dsar
