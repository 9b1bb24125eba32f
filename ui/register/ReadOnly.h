#pragma once

class QWidget;

namespace dsar::ReadOnly {

// Makes an input widget read-only without greying it out, so a reader sees the register as clearly as an
// editor does: text fields and spin boxes by their own read-only mode, check boxes and combos by refusing
// mouse and keyboard input.
void set(QWidget* widget, bool readOnly);

} // namespace dsar::ReadOnly
