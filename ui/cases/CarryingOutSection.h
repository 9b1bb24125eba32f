#pragma once

#include "domain/Decision.h"
#include "domain/Records.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dsar {

class Session;

// Carrying the approved decision out: one erasure task per system, confirmed once the data are deleted there
// (GDPR Art. 17); each recipient of the changed data notified or the reason why not (Art. 19); for a
// restriction, lifting it once the data subject has been told (Art. 18(3)); and, on request, who the data
// subject's recipients are (Art. 19, last sentence).
class CarryingOutSection : public QGroupBox
{
    Q_OBJECT
public:
    CarryingOutSection(Session& session, const QString& reference, QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    void retranslateUi();
    // Hides the result of the last step (shown until the case moves on).
    void clearMessage() { showMessage({}, false); }

private:
    void fillTasks();
    void fillNotifications();
    void fillRecipients();
    void confirmErased();
    void recordNotification();
    void liftRestriction();
    void toggleRecipients(bool shown);
    void updateButtons();
    // Asks before an irreversible step; true when the user confirms.
    bool confirm(const QString& boxName, const QString& text, const QString& details, const QString& action);
    void showMessage(const QString& text, bool asError);

    Session& m_session;
    const QString m_reference;
    std::optional<CaseRecord> m_record;
    QList<ErasureTask> m_tasks;
    QList<RecipientNotification> m_notifications;
    QString m_tasksError;
    QString m_notificationsError;
    QLabel* m_tasksCaption = nullptr;
    QLabel* m_tasksEmpty = nullptr;
    QTableWidget* m_tasksTable = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QLabel* m_notificationsCaption = nullptr;
    QLabel* m_notificationsEmpty = nullptr;
    QTableWidget* m_notificationsTable = nullptr;
    QPushButton* m_recordButton = nullptr;
    QPushButton* m_liftButton = nullptr;
    QPushButton* m_recipientsButton = nullptr;
    QLabel* m_recipientsNote = nullptr;
    QTableWidget* m_recipientsTable = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
