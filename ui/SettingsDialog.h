#pragma once

#include "security/Role.h"

#include <QDialog>
#include <QList>

class QAction;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dsar {

class Session;
class SettingsService;
struct SettingValue;

// The organisation-wide settings (LEGAL.md [decision] items, SettingsService): every one with what it means and
// its value. Administrators edit them and core validates each on Save; a refused value keeps what was typed and
// shows core's message beside it. Other roles see the values in force, read-only, and who may change them.
// Changes are never discarded silently.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(SettingsService& settings, Role role, QWidget* parent = nullptr);

    // The main window's menu action that opens the dialog; its text follows the language. The reminder banners
    // of `mainWindow` follow a saved change at once.
    static QAction* createOpenAction(Session& session, QWidget* mainWindow);

    bool canEdit() const { return m_canEdit; }
    bool isModified() const;
    // Stores every changed value. True when all were stored; the refused ones keep their text and their message.
    bool save();
    // Cancel, Escape and the window's close button: asks first when there are changes.
    void reject() override;

signals:
    // After Save stored these settings: whatever they decide (the reminders' look-ahead) should be read again.
    void settingsChanged(const QStringList& keys);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QString key;
        QString stored;
        bool isDefault = true;
        QLabel* name = nullptr;
        QLabel* description = nullptr;
        QLineEdit* edit = nullptr;
        QLabel* state = nullptr;
        QLabel* problem = nullptr;
    };

    void load(const QList<SettingValue>& values);
    void addRow(const QString& key, QGridLayout* grid);
    void retranslateUi();
    void updateStates();
    Row* row(const QString& key);

    SettingsService& m_settings;
    Role m_role;
    bool m_canEdit;
    QList<Row> m_rows;
    QLabel* m_intro = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace dsar
