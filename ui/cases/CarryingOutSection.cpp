#include "CarryingOutSection.h"

#include "CaseFormParts.h"
#include "DecisionPanelParts.h"
#include "DisplayFormat.h"
#include "NotificationDialog.h"
#include "ProblemLabel.h"
#include "services/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsar {
namespace {

QLabel* subheading(const QString& objectName, QWidget* parent)
{
    auto* label = CaseFormParts::valueLabel(objectName, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QTableWidget* list(const QString& objectName, int columns, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    DecisionPanelParts::setUpList(table);
    return table;
}

using DecisionPanelParts::setRow;

} // namespace

CarryingOutSection::CarryingOutSection(Session& session, const QString& reference, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("carryingOutSection"));
    m_tasksCaption = subheading(QStringLiteral("erasureTasksCaption"), this);
    m_tasksEmpty = CaseFormParts::valueLabel(QStringLiteral("erasureTasksEmpty"), this);
    m_tasksTable = list(QStringLiteral("erasureTasksTable"), 3, this);
    m_confirmButton = DecisionPanelParts::button(QStringLiteral("confirmErasedButton"), this);
    connect(m_confirmButton, &QPushButton::clicked, this, &CarryingOutSection::confirmErased);
    connect(m_tasksTable, &QTableWidget::itemSelectionChanged, this, &CarryingOutSection::updateButtons);

    m_notificationsCaption = subheading(QStringLiteral("notificationsCaption"), this);
    m_notificationsEmpty = CaseFormParts::valueLabel(QStringLiteral("notificationsEmpty"), this);
    m_notificationsTable = list(QStringLiteral("notificationsTable"), 6, this);
    m_recordButton = DecisionPanelParts::button(QStringLiteral("recordNotificationButton"), this);
    connect(m_recordButton, &QPushButton::clicked, this, &CarryingOutSection::recordNotification);
    connect(m_notificationsTable, &QTableWidget::itemSelectionChanged, this, &CarryingOutSection::updateButtons);
    connect(m_notificationsTable, &QTableWidget::activated, this, &CarryingOutSection::recordNotification);

    m_liftButton = DecisionPanelParts::button(QStringLiteral("liftRestrictionButton"), this);
    connect(m_liftButton, &QPushButton::clicked, this, &CarryingOutSection::liftRestriction);
    m_recipientsButton = DecisionPanelParts::button(QStringLiteral("showRecipientsButton"), this);
    m_recipientsButton->setCheckable(true);
    connect(m_recipientsButton, &QPushButton::toggled, this, &CarryingOutSection::toggleRecipients);
    m_recipientsNote = CaseFormParts::valueLabel(QStringLiteral("recipientsNote"), this);
    m_recipientsNote->hide();
    m_recipientsTable = list(QStringLiteral("recipientsTable"), 3, this);
    m_recipientsTable->hide();
    m_message = ProblemLabel::create(QStringLiteral("carryingOutMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // In the order the work is done: erasure, then the recipients, both before the outcome letter.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_liftButton);
    buttons->addWidget(m_recipientsButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tasksCaption);
    layout->addWidget(m_tasksEmpty);
    layout->addWidget(m_tasksTable);
    layout->addWidget(m_confirmButton, 0, Qt::AlignLeft);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_notificationsCaption);
    layout->addWidget(m_notificationsEmpty);
    layout->addWidget(m_notificationsTable);
    layout->addWidget(m_recordButton, 0, Qt::AlignLeft);
    // The result shows under the lists it concerns, before the recipients that may open below.
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_recipientsNote);
    layout->addWidget(m_recipientsTable);
    retranslateUi();
}

void CarryingOutSection::retranslateUi()
{
    setTitle(tr("3. Carrying out"));
    m_tasksCaption->setText(tr("Erasure in each system"));
    m_tasksTable->setHorizontalHeaderLabels({ tr("System"), tr("Items"), tr("Confirmed") });
    m_tasksTable->setAccessibleName(tr("Erasure tasks"));
    m_confirmButton->setText(tr("Confirm erase&d in system…"));
    m_confirmButton->setAccessibleName(tr("Confirm that the data are erased in the selected system"));
    m_confirmButton->setToolTip(tr("Once the data have been deleted in the selected system, record it; DSAR Desk "
                                   "then erases its own copy"));
    m_notificationsCaption->setText(tr("Recipients to notify (GDPR Art. 19)"));
    m_notificationsTable->setHorizontalHeaderLabels(
        { tr("Recipient"), tr("Role"), tr("Result"), tr("Method"), tr("Date"), tr("Reason") });
    m_notificationsTable->setAccessibleName(tr("Recipients to notify"));
    m_recordButton->setText(tr("&Record notification…"));
    m_recordButton->setAccessibleName(tr("Record the notification of the selected recipient"));
    m_recordButton->setToolTip(tr("Record that the selected recipient was notified of the change, or why not"));
    m_liftButton->setText(tr("Li&ft restriction…"));
    m_liftButton->setAccessibleName(tr("Lift the restriction"));
    m_liftButton->setToolTip(tr("Lift the restriction once the data subject has been told (GDPR Art. 18(3))"));
    m_recipientsButton->setAccessibleName(tr("Show the data subject's recipients"));
    m_recipientsButton->setToolTip(tr("Every recipient of the data subject's data in the processing register, to "
                                      "tell the data subject on request (GDPR Art. 19)"));
    m_recipientsTable->setHorizontalHeaderLabels({ tr("Recipient"), tr("Role"), tr("Processing activities") });
    m_recipientsTable->setAccessibleName(tr("The data subject's recipients"));
    m_message->setAccessibleName(tr("Result of the last step in carrying out the decision"));
    toggleRecipients(m_recipientsButton->isChecked());
    fillTasks();
    fillNotifications();
}

void CarryingOutSection::setCase(const CaseRecord& record)
{
    m_record = record;
    CaseService& cases = m_session.cases();
    Result<QList<ErasureTask>> tasks = cases.erasureTasks(m_reference);
    m_tasks = tasks ? tasks.value() : QList<ErasureTask>();
    m_tasksError = tasks ? QString() : tasks.error();
    Result<QList<RecipientNotification>> notifications = cases.notifications(m_reference);
    m_notifications = notifications ? notifications.value() : QList<RecipientNotification>();
    m_notificationsError = notifications ? QString() : notifications.error();
    m_liftButton->setVisible(record.right == RequestRight::Restriction);
    fillTasks();
    fillNotifications();
    if (m_recipientsButton->isChecked())
        fillRecipients();
}

void CarryingOutSection::fillTasks()
{
    const int selected = m_tasksTable->currentRow();
    const QSignalBlocker blocker(m_tasksTable);
    m_tasksTable->setRowCount(static_cast<int>(m_tasks.size()));
    int firstOpen = -1;
    for (int row = 0; row < m_tasks.size(); ++row) {
        const ErasureTask& task = m_tasks.at(row);
        const QString done = task.isDone()
            ? tr("%1 by %2").arg(DisplayFormat::stockholmTimestamp(task.doneAt), task.doneBy)
            : tr("Not confirmed yet");
        setRow(m_tasksTable, row, { task.system, QString::number(task.items), done });
        if (!task.isDone() && firstOpen < 0)
            firstOpen = row;
    }
    m_tasksEmpty->setText(m_tasksError.isEmpty()
                              ? tr("None. Erasure tasks are made when a decision that erases data is approved.")
                              : tr("The erasure tasks could not be read: %1").arg(m_tasksError));
    m_tasksEmpty->setVisible(m_tasks.isEmpty());
    m_tasksTable->setVisible(!m_tasks.isEmpty());
    DecisionPanelParts::selectRow(m_tasksTable, selected >= 0 && selected < m_tasks.size() ? selected : firstOpen);
    DecisionPanelParts::fitList(m_tasksTable, { 2 }, 5);
    updateButtons();
}

void CarryingOutSection::fillNotifications()
{
    const int selected = m_notificationsTable->currentRow();
    const QSignalBlocker blocker(m_notificationsTable);
    m_notificationsTable->setRowCount(static_cast<int>(m_notifications.size()));
    int firstPending = -1;
    for (int row = 0; row < m_notifications.size(); ++row) {
        const RecipientNotification& notification = m_notifications.at(row);
        const bool notified = notification.status == NotificationStatus::Notified;
        setRow(m_notificationsTable, row,
               { notification.recipient, DecisionPanelParts::recipientRoleLabel(notification.role),
                 NotificationStatuses::label(notification.status), notification.method,
                 notified ? DisplayFormat::longDate(notification.notifiedOn) : QString(), notification.reason });
        if (notification.status != NotificationStatus::Pending) {
            m_notificationsTable->item(row, 2)->setToolTip(
                tr("Recorded by %1, %2")
                    .arg(notification.recordedBy, DisplayFormat::stockholmTimestamp(notification.recordedAt)));
        } else if (firstPending < 0) {
            firstPending = row;
        }
    }
    m_notificationsEmpty->setText(
        m_notificationsError.isEmpty()
            ? tr("None. Each recipient of rectified, erased or restricted data is listed here once the decision is "
                 "approved.")
            : tr("The recipients to notify could not be read: %1").arg(m_notificationsError));
    m_notificationsEmpty->setVisible(m_notifications.isEmpty());
    m_notificationsTable->setVisible(!m_notifications.isEmpty());
    DecisionPanelParts::selectRow(m_notificationsTable,
                                  selected >= 0 && selected < m_notifications.size() ? selected : firstPending);
    DecisionPanelParts::fitList(m_notificationsTable, { 5 }, 6);
    updateButtons();
}

void CarryingOutSection::fillRecipients()
{
    if (!m_record)
        return;
    Result<QList<SubjectRecipient>> recipients = m_session.cases().recipientsOfSubject(m_record->subjectId);
    const QList<SubjectRecipient> shown = recipients ? recipients.value() : QList<SubjectRecipient>();
    m_recipientsTable->setRowCount(static_cast<int>(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const SubjectRecipient& recipient = shown.at(row);
        setRow(m_recipientsTable, row,
               { recipient.recipient.name, RecipientRoles::label(recipient.recipient.role),
                 recipient.activities.join(QStringLiteral(", ")) });
    }
    if (!recipients)
        m_recipientsNote->setText(tr("The recipients could not be read: %1").arg(recipients.error()));
    else if (shown.isEmpty())
        m_recipientsNote->setText(tr("The processing register names no recipient of the data subject's data."));
    else
        m_recipientsNote->setText(tr("Every recipient of the data subject's data in the processing register:"));
    m_recipientsTable->setVisible(!shown.isEmpty());
    DecisionPanelParts::fitList(m_recipientsTable, { 0, 2 }, 8);
}

void CarryingOutSection::toggleRecipients(bool shown)
{
    m_recipientsButton->setText(shown ? tr("Hide the s&ubject's recipients") : tr("Show the s&ubject's recipients"));
    m_recipientsNote->setVisible(shown);
    m_recipientsTable->setVisible(shown);
    if (shown)
        fillRecipients();
}

void CarryingOutSection::updateButtons()
{
    m_confirmButton->setEnabled(m_tasksTable->currentRow() >= 0 && m_tasksTable->currentRow() < m_tasks.size());
    m_recordButton->setEnabled(m_notificationsTable->currentRow() >= 0
                               && m_notificationsTable->currentRow() < m_notifications.size());
    m_recipientsButton->setEnabled(m_record.has_value());
}

bool CarryingOutSection::confirm(const QString& boxName, const QString& text, const QString& details,
                                 const QString& action)
{
    QMessageBox box(QMessageBox::Question, title(), text, QMessageBox::NoButton, this);
    box.setObjectName(boxName);
    box.setInformativeText(details);
    QPushButton* confirmButton = box.addButton(action, QMessageBox::AcceptRole);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == confirmButton;
}

void CarryingOutSection::confirmErased()
{
    const int row = m_tasksTable->currentRow();
    if (row < 0 || row >= m_tasks.size())
        return;
    const QString system = m_tasks.at(row).system;
    if (!confirm(QStringLiteral("erasureConfirmation"),
                 tr("Have the data decided \"erase\" been deleted in %1?").arg(system),
                 tr("Confirm only after they have been deleted there. DSAR Desk then erases its own copy of them, and "
                    "the confirmation is recorded in the case's history."),
                 tr("&Confirm erased")))
        return;
    Result<ErasureTask> done = m_session.cases().completeErasureTask(m_reference, system);
    if (!done) {
        showMessage(done.error(), true);
        return;
    }
    showMessage(tr("The erasure in %1 is confirmed.").arg(done->system), false);
}

void CarryingOutSection::recordNotification()
{
    const int row = m_notificationsTable->currentRow();
    if (row < 0 || row >= m_notifications.size())
        return;
    auto* dialog = new NotificationDialog(m_session.cases(), m_reference, m_notifications.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString recipient = m_notifications.at(row).recipient;
    connect(dialog, &QDialog::accepted, this,
            [this, recipient] { showMessage(tr("Recorded for %1.").arg(recipient), false); });
    dialog->open();
}

void CarryingOutSection::liftRestriction()
{
    if (!confirm(QStringLiteral("liftConfirmation"), tr("Lift the restriction of the data subject's data?"),
                 tr("The data may then be processed again as before. The data subject must have been told first "
                    "(GDPR Art. 18(3)): write the restriction-lifting letter and record it as sent."),
                 tr("&Lift restriction")))
        return;
    Result<CaseRecord> lifted = m_session.cases().liftRestriction(m_reference);
    if (!lifted) {
        showMessage(lifted.error(), true);
        return;
    }
    showMessage(tr("The restriction is lifted."), false);
}

void CarryingOutSection::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
