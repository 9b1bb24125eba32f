#include "CaseHeader.h"

#include "CaseFormParts.h"
#include "DaysLeftDelegate.h"
#include "DisplayFormat.h"
#include "models/CaseListModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dsar {
namespace {

// A tag: a filled, rounded label that reads as a state, not a button. Fixed colour pairs (dark text on a light
// fill unless the urgency gives its own) keep it readable in any palette.
QString tagStyle(const QString& objectName, const DaysLeftDelegate::Colours& colours = {}, bool bold = false)
{
    const QColor background = colours.background.isValid() ? colours.background : QColor(0xE4, 0xEA, 0xF2);
    const QColor text
        = colours.background.isValid() && colours.text.isValid() ? colours.text : QColor(0x1A, 0x1A, 0x1A);
    return QStringLiteral("QLabel#%1 { background: %2; color: %3; border-radius: 0.35em; padding: 0.2em 0.7em; "
                          "font-weight: %4; }")
        .arg(objectName, background.name(), text.name(), bold ? QStringLiteral("bold") : QStringLiteral("normal"));
}

// Caption and value columns. A grid rather than a form: a hidden row takes no room, whereas Qt 6.4's
// QFormLayout::heightForWidth writes past its buffer once rows are hidden with setRowVisible (seen in valgrind).
QGridLayout* makeGrid(QHBoxLayout* into)
{
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setAlignment(Qt::AlignTop);
    into->addLayout(grid, 1);
    return grid;
}

} // namespace

CaseHeader::CaseHeader(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseHeader"));
    m_reference = CaseFormParts::valueLabel(QStringLiteral("caseReference"), this);
    m_reference->setWordWrap(false);
    QFont referenceFont = m_reference->font();
    referenceFont.setBold(true);
    referenceFont.setPointSizeF(referenceFont.pointSizeF() * 1.4);
    m_reference->setFont(referenceFont);
    m_status = CaseFormParts::valueLabel(QStringLiteral("caseStatus"), this);
    m_status->setWordWrap(false);
    m_status->setStyleSheet(tagStyle(m_status->objectName(), {}, true));
    m_daysLeft = CaseFormParts::valueLabel(QStringLiteral("caseDaysLeft"), this);
    m_daysLeft->setWordWrap(false);
    m_problem = CaseFormParts::valueLabel(QStringLiteral("caseProblem"), this);
    m_problem->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_reference);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(m_status);
    top->addWidget(m_daysLeft);
    top->addStretch();

    m_details = new QWidget(this);
    auto* columns = new QHBoxLayout(m_details);
    columns->setContentsMargins(0, 0, 0, 0);
    m_requestGrid = makeGrid(columns);
    m_right = addRow(m_requestGrid, QStringLiteral("caseRight"));
    m_subject = addRow(m_requestGrid, QStringLiteral("caseSubject"));
    m_organisation = addRow(m_requestGrid, QStringLiteral("caseOrganisation"));
    m_received = addRow(m_requestGrid, QStringLiteral("caseReceived"));
    m_channel = addRow(m_requestGrid, QStringLiteral("caseChannel"));
    m_handler = addRow(m_requestGrid, QStringLiteral("caseHandler"));
    m_linked = addRow(m_requestGrid, QStringLiteral("caseLinked"));
    // Set apart by a spacer, not the box's spacing, which the grids would inherit for their rows.
    columns->addSpacing(fontMetrics().averageCharWidth() * 4);
    m_deadlineGrid = makeGrid(columns);
    m_due = addRow(m_deadlineGrid, QStringLiteral("caseDue"));
    m_currentDue = addRow(m_deadlineGrid, QStringLiteral("caseCurrentDue"));
    m_planning = addRow(m_deadlineGrid, QStringLiteral("casePlanningDue"));
    m_extendedDue = addRow(m_deadlineGrid, QStringLiteral("caseExtendedDue"));
    m_extensionTarget = addRow(m_deadlineGrid, QStringLiteral("caseExtensionTarget"));
    m_internalTarget = addRow(m_deadlineGrid, QStringLiteral("caseInternalTarget"));
    m_clock = addRow(m_deadlineGrid, QStringLiteral("caseClockStopped"));
    m_suspended = addRow(m_deadlineGrid, QStringLiteral("caseSuspended"));
    m_restart = addRow(m_deadlineGrid, QStringLiteral("caseRestartDue"));

    // Fixed colours with dark text, like the main window's notices: readable in any palette.
    m_warnings = CaseFormParts::valueLabel(QStringLiteral("caseWarnings"), this);
    m_warnings->setStyleSheet(QStringLiteral("QLabel#caseWarnings { background: #ffd966; color: #1a1a1a; "
                                             "border: 1px solid #b8860b; border-radius: 0.2em; "
                                             "padding: 0.4em 0.8em; }"));
    m_warnings->hide();

    // As tall as its rows, never more: the tabs below take the room.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_details);
    layout->addWidget(m_warnings);
    retranslateUi();
}

CaseHeader::Row CaseHeader::addRow(QGridLayout* grid, const QString& objectName)
{
    Row row { new QLabel(this), CaseFormParts::valueLabel(objectName, this) };
    // Dates, names and references are short; wrapping would only make the rows' heights uncertain.
    row.value->setWordWrap(false);
    row.caption->setBuddy(row.value);
    row.caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const int line = grid->count() / 2; // two widgets a row
    grid->addWidget(row.caption, line, 0);
    grid->addWidget(row.value, line, 1);
    return row;
}

void CaseHeader::retranslateUi()
{
    const auto caption = [](const Row& row, const QString& text) {
        row.caption->setText(text);
        QString name = text;
        name.remove(QLatin1Char(':'));
        row.value->setAccessibleName(name);
    };
    caption(m_right, tr("Right:"));
    caption(m_subject, tr("Data subject:"));
    caption(m_organisation, tr("Organisation:"));
    caption(m_received, tr("Received:"));
    caption(m_channel, tr("Channel:"));
    caption(m_handler, tr("Handler:"));
    caption(m_linked, tr("Linked cases:"));
    caption(m_due, tr("Due:"));
    caption(m_currentDue, tr("Extended, now due:"));
    caption(m_planning, tr("Plan for:"));
    caption(m_extendedDue, tr("Legal maximum if extended:"));
    caption(m_extensionTarget, tr("Planning target if extended:"));
    caption(m_internalTarget, tr("Internal target:"));
    caption(m_clock, tr("Clock:"));
    caption(m_suspended, tr("Suspended:"));
    caption(m_restart, tr("If the time restarts (IMY):"));
    m_reference->setAccessibleName(tr("Reference"));
    m_status->setAccessibleName(tr("Status"));
    m_daysLeft->setAccessibleName(tr("Days left"));
    m_warnings->setAccessibleName(tr("Deadline warnings"));
    m_problem->setAccessibleName(tr("Why the case is not shown"));
}

void CaseHeader::setRow(const Row& row, const QString& value)
{
    row.value->setText(value);
    row.caption->setVisible(!value.isEmpty());
    row.value->setVisible(!value.isEmpty());
}

void CaseHeader::setCase(const CaseRecord& record, QDate today)
{
    m_problem->hide();
    m_details->show();
    m_reference->setText(record.reference);
    m_status->setText(CaseStatuses::label(record.status));
    m_status->show();
    showDaysLeft(record, today);

    setRow(
        m_right,
        tr("%1 (%2)", "right (article)").arg(RequestRights::label(record.right), RequestRights::article(record.right)));
    setRow(m_subject, record.subjectName);
    setRow(m_organisation, record.controllerName);
    const QString arrived = record.received.instant
        ? tr("%1 (Stockholm time)").arg(DisplayFormat::stockholmDateTime(*record.received.instant))
        : DisplayFormat::longDate(record.received.stockholmDate);
    setRow(m_received, arrived);
    setRow(m_channel, Channels::label(record.channel));
    setRow(m_handler, record.assignee.isEmpty() ? tr("Not assigned") : record.assignee);
    setRow(m_linked, QLocale().createSeparatedList(record.linkedReferences));

    setRow(m_due, DisplayFormat::longDate(record.due));
    setRow(m_currentDue, record.extended ? DisplayFormat::longDate(record.currentDue) : QString());
    // The earlier reading once the clock stopped or the case was extended (LEGAL.md 1.1 items 5 and 7).
    const bool planDiffers = record.isOpen() && record.planningDue.isValid() && record.planningDue != record.currentDue;
    setRow(m_planning, planDiffers ? DisplayFormat::longDate(record.planningDue) : QString());
    const bool mayExtend = record.isOpen() && !record.extended;
    setRow(m_extendedDue, mayExtend ? DisplayFormat::longDate(record.extendedDue) : QString());
    setRow(m_extensionTarget, mayExtend ? DisplayFormat::longDate(record.extensionTarget) : QString());
    setRow(m_internalTarget, record.isOpen() ? DisplayFormat::longDate(record.internalTarget) : QString());
    setRow(m_clock, record.clockStopped ? tr("Stopped until the subject answers") : QString());
    setRow(m_suspended,
           record.suspendedDays > 0 ? tr("%n day(s), included in the due date", nullptr, record.suspendedDays)
                                    : QString());
    setRow(m_restart, record.restartDue ? DisplayFormat::longDate(*record.restartDue) : QString());

    QStringList warnings;
    for (const QString& warning : record.deadlineWarnings)
        warnings << tr("Warning: %1").arg(warning);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void CaseHeader::showDaysLeft(const CaseRecord& record, QDate today)
{
    const DaysLeftDelegate::Urgency urgency = DaysLeftDelegate::urgencyOf(record, today);
    // Colour only reinforces the words, as in the case list.
    m_daysLeft->setText(CaseListModel::daysLeftText(record, today));
    m_daysLeft->setStyleSheet(tagStyle(m_daysLeft->objectName(), DaysLeftDelegate::colours(urgency, palette()),
                                       urgency == DaysLeftDelegate::Urgency::Overdue));
    m_daysLeft->setVisible(record.isOpen());
}

void CaseHeader::setProblem(const QString& problem)
{
    m_status->hide();
    m_daysLeft->hide();
    m_details->hide();
    m_warnings->hide();
    m_problem->setText(problem);
    m_problem->show();
}

} // namespace dsar
