#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;
class QTimer;

namespace dsar {

class Session;

// Issue 7 item 3: the reminder at the top of the case list, at start-up and again every half hour and whenever
// cases change: the overdue cases (each a breach of GDPR Art. 12(3)) and those due within the configured working
// days (reminders.working_days). Where the desktop has a system tray, the first reminder is also shown there.
class ReminderBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReminderBanner(Session& session, QWidget* parent = nullptr);

    // Reads the reminders again; hidden when there is nothing to remind of.
    void refresh();
    QString text() const;
    QStringList references() const { return m_references; }

signals:
    void showCases(const QStringList& references);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void notifyTray(const QString& text);

    Session& m_session;
    QLabel* m_text = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_dismiss = nullptr;
    QTimer* m_timer = nullptr;
    QStringList m_references;
    bool m_trayNotified = false;
    bool m_dismissed = false;
};

} // namespace dsar
