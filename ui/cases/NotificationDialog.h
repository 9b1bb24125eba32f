#pragma once

#include "domain/Decision.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace dsar {

class CaseService;

// GDPR Art. 19: what was done about one recipient of the changed data: notified on a date by a method, or not,
// because that was impossible or would take disproportionate effort, with the reason. CaseService checks and
// records; a refusal is shown and everything typed stays.
class NotificationDialog : public QDialog
{
    Q_OBJECT
public:
    NotificationDialog(CaseService& cases, const QString& reference, const RecipientNotification& notification,
                       QWidget* parent = nullptr);

    void setValues(NotificationStatus status, const QString& method, QDate on, const QString& reason);
    // Records through the case service; on success the dialog is accepted.
    bool save();

private:
    NotificationStatus status() const;
    void updateRows();

    CaseService& m_cases;
    const QString m_reference;
    const RecipientNotification m_notification;
    QFormLayout* m_form = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_method = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace dsar
