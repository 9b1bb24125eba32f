#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace dsar::ProblemLabel {

// A hidden, word-wrapped plain-text label for what is wrong with the input next to it.
QLabel* create(const QString& objectName, const QString& accessibleName, QWidget* parent);
// A problem the user caused is shown as an error; one they have not reached yet as plain guidance.
// The text says what is wrong either way, so colour is never the only sign. Empty text hides the label.
void show(QLabel* label, const QString& text, bool asError);

} // namespace dsar::ProblemLabel
