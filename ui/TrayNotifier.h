#pragma once

#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace dsar {

// Where a reminder nudges a user who has left the window behind. An interface so the rule of when to nudge
// (ReminderBanner) can be tested on machines without a system tray.
class TrayNotifier
{
public:
    virtual ~TrayNotifier() = default;
    virtual bool isAvailable() const = 0;
    virtual void notify(const QString& title, const QString& text) = 0;
};

// The desktop's system tray. One icon, made on the first message with the window's icon; clicking the message
// brings the window back.
class SystemTrayNotifier : public TrayNotifier
{
public:
    explicit SystemTrayNotifier(QWidget* owner);
    bool isAvailable() const override;
    void notify(const QString& title, const QString& text) override;

private:
    QWidget* m_owner;
    QSystemTrayIcon* m_icon = nullptr;
};

} // namespace dsar
