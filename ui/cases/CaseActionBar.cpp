#include "CaseActionBar.h"

#include "CaseFormParts.h"
#include "ProblemLabel.h"
#include "domain/CaseWorkflow.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsar {

CaseActionBar::CaseActionBar(CaseService& cases, const QString& currentUser, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases)
    , m_currentUser(currentUser)
{
    setObjectName(QStringLiteral("caseActionBar"));
    m_nextStatus = new QComboBox(this);
    m_nextStatus->setObjectName(QStringLiteral("nextStatusCombo"));
    m_nextStatus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusCaption = CaseFormParts::caption(m_nextStatus, this);
    m_changeStatus = new QPushButton(this);
    m_changeStatus->setObjectName(QStringLiteral("changeStatusButton"));
    connect(m_changeStatus, &QPushButton::clicked, this, &CaseActionBar::changeStatus);

    m_handler = new QComboBox(this);
    m_handler->setObjectName(QStringLiteral("handlerCombo"));
    m_handler->setEditable(true);
    m_handler->setInsertPolicy(QComboBox::NoInsert);
    m_handler->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_handler->setMinimumContentsLength(14);
    m_handlerCaption = CaseFormParts::caption(m_handler, this);
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    connect(m_assign, &QPushButton::clicked, this, [this] { assign(m_handler->currentText()); });
    // Enter in the name assigns, as the button would.
    connect(m_handler->lineEdit(), &QLineEdit::returnPressed, m_assign, &QPushButton::click);
    m_assignToMe = new QPushButton(this);
    m_assignToMe->setObjectName(QStringLiteral("assignToMeButton"));
    connect(m_assignToMe, &QPushButton::clicked, this, [this] { assign(m_currentUser); });

    m_message = ProblemLabel::create(QStringLiteral("caseActionMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_statusCaption);
    row->addWidget(m_nextStatus);
    row->addWidget(m_changeStatus);
    row->addSpacing(fontMetrics().averageCharWidth() * 4);
    row->addWidget(m_handlerCaption);
    row->addWidget(m_handler);
    row->addWidget(m_assign);
    row->addWidget(m_assignToMe);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    retranslateUi();
}

void CaseActionBar::retranslateUi()
{
    m_statusCaption->setText(tr("New &status:"));
    m_nextStatus->setAccessibleName(tr("New status"));
    m_nextStatus->setPlaceholderText(tr("None: the case is finished"));
    m_changeStatus->setText(tr("&Change status"));
    m_changeStatus->setAccessibleName(tr("Change the status"));
    m_changeStatus->setToolTip(tr("Move the case to the chosen status"));
    m_handlerCaption->setText(tr("&Handler:"));
    m_handler->setAccessibleName(tr("Handler's account name"));
    m_handler->setToolTip(tr("The account of the case handler or DPO who works on the case; empty for none"));
    m_assign->setText(tr("&Assign"));
    m_assign->setAccessibleName(tr("Assign the case to the handler named"));
    m_assignToMe->setText(tr("Assign to &me"));
    m_assignToMe->setAccessibleName(tr("Assign the case to me"));
    m_message->setAccessibleName(tr("Result of the last action"));
    if (m_record)
        setCase(*m_record); // the statuses' labels
}

bool CaseActionBar::isIdentificationStep(CaseStatus from, CaseStatus to)
{
    return to == CaseStatus::AwaitingIdentification || to == CaseStatus::IdentityNotConfirmed
        || (from == CaseStatus::AwaitingIdentification && to == CaseStatus::InProgress);
}

void CaseActionBar::setCase(const CaseRecord& record)
{
    const bool handlerChanged = !m_record || m_record->assignee != record.assignee;
    m_record = record;
    const QVariant chosen = m_nextStatus->currentData();
    m_nextStatus->clear();
    for (CaseStatus status : CaseWorkflow::next(record.status))
        m_nextStatus->addItem(CaseStatuses::label(status), CaseStatuses::code(status));
    const int index = m_nextStatus->findData(chosen);
    m_nextStatus->setCurrentIndex(index >= 0 ? index : (m_nextStatus->count() > 0 ? 0 : -1));
    m_nextStatus->setEnabled(m_nextStatus->count() > 0);
    m_changeStatus->setEnabled(m_nextStatus->count() > 0);
    // What the user is typing stays until the case's handler really changes.
    if (handlerChanged)
        m_handler->setEditText(record.assignee);
}

void CaseActionBar::setHandlerCandidates(const QStringList& names)
{
    const QString typed = m_handler->currentText();
    m_handler->clear();
    m_handler->addItems(names);
    m_handler->setEditText(typed);
}

void CaseActionBar::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

void CaseActionBar::changeStatus()
{
    if (!m_record || m_nextStatus->currentIndex() < 0)
        return;
    const std::optional<CaseStatus> to = CaseStatuses::fromCode(m_nextStatus->currentData().toString());
    if (!to)
        return;
    if (isIdentificationStep(m_record->status, *to)) {
        showMessage(QString(), false);
        emit identificationStepWanted(*to);
        return;
    }
    // The decision, its approval and the answer are steps of the Decision tab; closing checks its letters.
    if (*to == CaseStatus::DecisionProposed || *to == CaseStatus::DecisionApproved || *to == CaseStatus::Answered
        || *to == CaseStatus::Refused) {
        showMessage(QString(), false);
        emit decisionStepWanted();
        return;
    }
    Result<CaseRecord> changed = *to == CaseStatus::Closed ? m_cases.close(m_record->reference)
                                                           : m_cases.changeStatus(m_record->reference, *to);
    if (!changed) {
        showMessage(changed.error(), true);
        return;
    }
    showMessage(tr("The case is now \"%1\".").arg(CaseStatuses::label(changed->status)), false);
}

void CaseActionBar::assign(const QString& userName)
{
    if (!m_record)
        return;
    Result<CaseRecord> assigned = m_cases.assign(m_record->reference, userName);
    if (!assigned) {
        showMessage(assigned.error(), true);
        return;
    }
    showMessage(assigned->assignee.isEmpty() ? tr("The case has no handler now.")
                                             : tr("The case is assigned to %1.").arg(assigned->assignee),
                false);
}

} // namespace dsar
