#pragma once

#include <QString>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QWidget;

// The small pieces the case window's panels share, built the same way everywhere.
namespace dsar::CaseFormParts {

// A read-only value: plain text, wrapped, selectable with the mouse. Not a tab stop: the panels' forms are.
QLabel* valueLabel(const QString& objectName, QWidget* parent);
// A caption whose mnemonic focuses `buddy`; its text is set when the panel is translated.
QLabel* caption(QWidget* buddy, QWidget* parent);
// A date in ISO order whatever the language (05/03 and 03/05 must never be confused), with a calendar.
QDateEdit* dateEdit(const QString& objectName, QWidget* parent);
// Plain text `lines` high. Tab moves on to the next control instead of typing a tab.
QPlainTextEdit* textEdit(const QString& objectName, int lines, QWidget* parent);
// A read-only list of rows: whole rows selected, Tab leaves it, long text wraps.
void setUpList(QTableWidget* table);

} // namespace dsar::CaseFormParts
