#pragma once

#include "HoldingShots.h"

namespace dsar {

class MainWindow;

// The register extract of the demo's access case as the handläggare sees it just made: the preview with its
// pages (extract-preview.png).
bool saveExtractScreenshot(MainWindow& window, Session& session, const QDir& out, SaveShot save);

} // namespace dsar
