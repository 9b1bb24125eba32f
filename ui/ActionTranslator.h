#pragma once

#include <functional>

class QAction;
class QWidget;

namespace dsar::ActionTranslator {

// A QAction gets no LanguageChange of its own; the window it belongs to does. Calls `retranslate` now and on
// every change of language, for as long as the action lives.
void install(QAction* action, QWidget* window, std::function<void(QAction*)> retranslate);

} // namespace dsar::ActionTranslator
