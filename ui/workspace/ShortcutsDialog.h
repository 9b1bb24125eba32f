#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace dsar {

// Help → Keyboard shortcuts: every menu action that has a key, read from the actions themselves so the list is
// never out of date, and the keys of the lists and forms.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace dsar
