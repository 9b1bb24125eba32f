#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QComboBox;
class QPushButton;
class QTableView;
class QTableWidget;
class QWidget;

// Pieces the decision panel's sections and dialogs share, built the same way everywhere.
namespace dsar::DecisionPanelParts {

// A push button named for tests; its text is set when the owner is translated.
QPushButton* button(const QString& objectName, QWidget* parent);
// A read-only list of rows (QTableWidget or a view over a model): whole rows selected, Tab leaves it, long text
// wraps and every row is as tall as its text.
void setUpList(QTableView* view);
// Long text wraps within the list's width instead of hiding behind a horizontal scroll bar: the `stretched`
// columns share the width the others (as wide as their text) leave. The list stays as tall as its rows,
// `maxRows` at most, whenever its rows or its width change.
void fitList(QTableView* view, const QList<int>& stretched, int maxRows);
// One row of a QTableWidget list, each text in its column, top-left aligned as long text wraps.
void setRow(QTableWidget* table, int row, const QStringList& texts);
// Selects `row` (or the first row) so the buttons that act on "the selected row" have one.
void selectRow(QAbstractItemView* view, int row);
// An editable list of usual ways to send something ("e-mail", "letter", ...), translated; anything may be typed.
QComboBox* methodCombo(const QString& objectName, const QStringList& usual, QWidget* parent);
// GDPR Art. 19: the recipient's role (RecipientRoles code) as its translated label.
QString recipientRoleLabel(const QString& code);

} // namespace dsar::DecisionPanelParts
