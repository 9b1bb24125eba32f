#include "CaseDetailsDialog.h"

#include "CaseHistoryView.h"
#include "DisplayFormat.h"
#include "models/CaseListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsar {
namespace {

QFormLayout* makeGroup(const QString& title, QWidget* parent, QVBoxLayout* into)
{
    auto* group = new QGroupBox(title, parent);
    group->setAccessibleName(title);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    into->addWidget(group);
    return form;
}

} // namespace

CaseDetailsDialog::CaseDetailsDialog(const CaseRecord& record, QDate today, const Result<QList<AuditEvent>>& history,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("caseDetailsDialog"));
    setWindowTitle(tr("Case %1").arg(record.reference));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);

    QFormLayout* request = makeGroup(tr("Request"), this, layout);
    addRow(request, tr("Reference:"), record.reference, QStringLiteral("detailReference"));
    addRow(
        request, tr("Right:"),
        tr("%1 (%2)", "right (article)").arg(RequestRights::label(record.right), RequestRights::article(record.right)),
        QStringLiteral("detailRight"));
    addRow(request, tr("Status:"), CaseStatuses::label(record.status), QStringLiteral("detailStatus"));
    addRow(request, tr("Data subject:"), record.subjectName, QStringLiteral("detailSubject"));
    addRow(request, tr("Organisation:"), record.controllerName, QStringLiteral("detailOrganisation"));
    addRow(request, tr("Channel:"), Channels::label(record.channel), QStringLiteral("detailChannel"));
    addRow(request, tr("Received:"), DisplayFormat::longDate(record.received.stockholmDate),
           QStringLiteral("detailReceived"));
    addRow(request, tr("Arrived at:"),
           record.received.instant
               ? tr("%1 (Stockholm time)").arg(DisplayFormat::stockholmDateTime(*record.received.instant))
               : tr("Exact time not known (date only)"),
           QStringLiteral("detailReceivedInstant"));
    addRow(request, tr("Registered:"),
           tr("%1 (Stockholm time)").arg(DisplayFormat::stockholmDateTime(record.registeredAt)),
           QStringLiteral("detailRegistered"));
    addRow(request, tr("Linked cases:"),
           record.linkedReferences.isEmpty() ? tr("None") : QLocale().createSeparatedList(record.linkedReferences),
           QStringLiteral("detailLinked"));

    QFormLayout* dates = makeGroup(tr("Deadlines"), this, layout);
    addRow(dates, tr("Due:"), DisplayFormat::longDate(record.due), QStringLiteral("detailDue"));
    if (record.extended) {
        addRow(dates, tr("Extended, now due:"), DisplayFormat::longDate(record.currentDue),
               QStringLiteral("detailCurrentDue"));
    }
    addRow(dates, tr("Days left:"), CaseListModel::daysLeftText(record, today), QStringLiteral("detailDaysLeft"));
    // LEGAL.md 1.1 item 7: what identification or clarification requests did to the dates.
    if (record.clockStopped)
        addRow(dates, tr("Clock:"), tr("Stopped until the subject answers"), QStringLiteral("detailClockStopped"));
    if (record.suspendedDays > 0) {
        addRow(dates, tr("Suspended:"), tr("%n day(s), included in the due date", nullptr, record.suspendedDays),
               QStringLiteral("detailSuspended"));
    }
    if (record.restartDue) {
        addRow(dates, tr("If the time restarts (IMY):"), DisplayFormat::longDate(*record.restartDue),
               QStringLiteral("detailRestartDue"));
    }
    for (const QString& warning : record.deadlineWarnings)
        addRow(dates, tr("Warning:"), warning, QStringLiteral("detailWarning"));
    addRow(dates, tr("Legal maximum if extended:"), DisplayFormat::longDate(record.extendedDue),
           QStringLiteral("detailExtendedDue"));
    addRow(dates, tr("Planning target if extended:"), DisplayFormat::longDate(record.extensionTarget),
           QStringLiteral("detailExtensionTarget"));
    addRow(dates, tr("Internal target:"), DisplayFormat::longDate(record.internalTarget),
           QStringLiteral("detailInternalTarget"));

    layout->addWidget(createHistoryGroup(history), 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close the case details"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    close->setFocus();
}

QWidget* CaseDetailsDialog::createHistoryGroup(const Result<QList<AuditEvent>>& history)
{
    auto* group = new QGroupBox(tr("History"), this);
    group->setAccessibleName(tr("History"));
    auto* layout = new QVBoxLayout(group);
    if (!history) {
        auto* problem = new QLabel(tr("The history could not be read: %1").arg(history.error()), group);
        problem->setObjectName(QStringLiteral("historyProblem"));
        problem->setTextFormat(Qt::PlainText);
        problem->setWordWrap(true);
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(problem);
        layout->addStretch();
        return group;
    }
    auto* view = new CaseHistoryView(group);
    view->setEvents(history.value());
    // Room for a few events without scrolling; a long history scrolls.
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() + 6 * view->fontMetrics().lineSpacing());
    layout->addWidget(view);
    return group;
}

void CaseDetailsDialog::addRow(QFormLayout* form, const QString& label, const QString& value, const QString& objectName)
{
    QWidget* parent = form->parentWidget();
    auto* field = new QLabel(value, parent);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText);
    // Selectable from the keyboard too, so every value can be read out and copied without a mouse.
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setFocusPolicy(Qt::StrongFocus);
    QString name = label;
    name.remove(QLatin1Char(':'));
    field->setAccessibleName(name);
    auto* caption = new QLabel(label, parent);
    caption->setBuddy(field);
    form->addRow(caption, field);
}

} // namespace dsar
