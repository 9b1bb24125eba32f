#pragma once

#include "TrayNotifier.h"

#include <QFrame>
#include <QStringList>

#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace dsar {

class Session;

// Issue 7 item 3: the reminder at the top of the case list, at start-up and again every half hour and whenever
// cases change: the overdue cases (each a breach of GDPR Art. 12(3)) and those due within the configured working
// days (reminders.working_days). Where the desktop has a system tray, a reminder is also shown there once, and
// again only when the cases reminded of change. Roles that see no cases get no reminder.
class ReminderBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReminderBanner(Session& session, QWidget* parent = nullptr);

    // The system tray unless told otherwise (tests, desktops without one).
    void setTrayNotifier(std::unique_ptr<TrayNotifier> tray);
    QString text() const;
    QStringList references() const { return m_references; }

public slots:
    // Reads the reminders again; hidden when there is nothing to remind of. Connect it to whatever changes
    // them besides cases (SettingsDialog::settingsChanged).
    void refresh();

signals:
    void showCases(const QStringList& references);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void notifyTray(const QString& text, const QStringList& remindedOf);

    Session& m_session;
    std::unique_ptr<TrayNotifier> m_tray;
    QLabel* m_text = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_dismiss = nullptr;
    QTimer* m_timer = nullptr;
    QStringList m_references;
    QStringList m_trayShowed; // the reminders the tray last showed, overdue first
    bool m_canViewCases = false;
    bool m_dismissed = false;
};

} // namespace dsar
