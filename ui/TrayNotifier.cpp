#include "TrayNotifier.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace dsar {

SystemTrayNotifier::SystemTrayNotifier(QWidget* owner)
    : m_owner(owner)
{ }

bool SystemTrayNotifier::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void SystemTrayNotifier::notify(const QString& title, const QString& text)
{
    if (!m_icon) {
        // Owned by the widget, so it leaves the tray with the window.
        m_icon = new QSystemTrayIcon(m_owner->window()->windowIcon(), m_owner);
        QObject::connect(m_icon, &QSystemTrayIcon::messageClicked, m_owner, [owner = m_owner] {
            QWidget* window = owner->window();
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        m_icon->show();
    }
    m_icon->setToolTip(text);
    m_icon->showMessage(title, text, QSystemTrayIcon::Warning);
}

} // namespace dsar
