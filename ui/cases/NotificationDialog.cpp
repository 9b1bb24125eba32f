#include "NotificationDialog.h"

#include "CaseFormParts.h"
#include "DecisionPanelParts.h"
#include "ProblemLabel.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {

NotificationDialog::NotificationDialog(CaseService& cases, const QString& reference,
                                       const RecipientNotification& notification, QWidget* parent)
    : QDialog(parent)
    , m_cases(cases)
    , m_reference(reference)
    , m_notification(notification)
{
    setObjectName(QStringLiteral("notificationDialog"));
    setWindowTitle(tr("Notification of %1").arg(notification.recipient));
    setAccessibleName(windowTitle());

    auto* recipient = CaseFormParts::valueLabel(QStringLiteral("notificationRecipient"), this);
    recipient->setText(tr("%1 (%2)", "recipient (role)")
                           .arg(notification.recipient, DecisionPanelParts::recipientRoleLabel(notification.role)));
    recipient->setAccessibleName(tr("Recipient"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("notificationStatusCombo"));
    m_status->setAccessibleName(tr("What was done"));
    // Pending is where every recipient starts; this records what happened instead.
    for (NotificationStatus status :
         { NotificationStatus::Notified, NotificationStatus::Impossible, NotificationStatus::Disproportionate })
        m_status->addItem(NotificationStatuses::label(status), NotificationStatuses::code(status));
    m_method = DecisionPanelParts::methodCombo(QStringLiteral("notificationMethodCombo"),
                                               { tr("e-mail"), tr("letter"), tr("system integration") }, this);
    m_method->setAccessibleName(tr("How the recipient was notified"));
    m_date = CaseFormParts::dateEdit(QStringLiteral("notificationDateEdit"), this);
    m_date->setAccessibleName(tr("Date notified"));
    m_reason = CaseFormParts::textEdit(QStringLiteral("notificationReasonEdit"), 3, this);
    m_reason->setAccessibleName(tr("Why the recipient was not notified"));
    m_reason->setPlaceholderText(tr("Why notifying this recipient is impossible or would take disproportionate "
                                    "effort"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Recipient:"), recipient);
    const auto addRow = [this](const QString& caption, QWidget* field) {
        auto* label = CaseFormParts::caption(field, this);
        label->setText(caption);
        m_form->addRow(label, field);
    };
    addRow(tr("&Result:"), m_status);
    addRow(tr("&Method:"), m_method);
    addRow(tr("&Date:"), m_date);
    addRow(tr("Rea&son:"), m_reason);

    m_problem = ProblemLabel::create(QStringLiteral("notificationProblem"), tr("Why the notification was not recorded"),
                                     this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveNotificationButton"));
    save->setText(tr("Re&cord"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    const bool recorded = notification.status != NotificationStatus::Pending;
    setValues(recorded ? notification.status : NotificationStatus::Notified, notification.method,
              notification.notifiedOn.isValid() ? notification.notifiedOn : cases.today(), notification.reason);
    connect(m_status, &QComboBox::currentIndexChanged, this, &NotificationDialog::updateRows);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

NotificationStatus NotificationDialog::status() const
{
    return NotificationStatuses::fromCode(m_status->currentData().toString()).value_or(NotificationStatus::Notified);
}

void NotificationDialog::setValues(NotificationStatus status, const QString& method, QDate on, const QString& reason)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(NotificationStatuses::code(status))));
    if (!method.isEmpty())
        m_method->setEditText(method);
    m_date->setDate(on);
    m_reason->setPlainText(reason);
    updateRows();
}

void NotificationDialog::updateRows()
{
    // A notification has its method and date; an exception has its reason instead.
    const bool notified = status() == NotificationStatus::Notified;
    m_form->setRowVisible(m_method, notified);
    m_form->setRowVisible(m_date, notified);
    m_form->setRowVisible(m_reason, !notified);
}

bool NotificationDialog::save()
{
    const bool notified = status() == NotificationStatus::Notified;
    Result<RecipientNotification> recorded = m_cases.recordNotification(
        m_reference, m_notification.recipient, status(), notified ? m_method->currentText() : QString(),
        notified ? m_date->date() : QDate(), notified ? QString() : m_reason->toPlainText());
    if (!recorded) {
        ProblemLabel::show(m_problem, recorded.error(), true);
        return false;
    }
    accept();
    return true;
}

} // namespace dsar
