#include "CaseDecisionPanel.h"

#include "AssessmentSection.h"
#include "CarryingOutSection.h"
#include "CaseFormParts.h"
#include "DecisionSection.h"
#include "DocumentsSection.h"
#include "LettersSection.h"
#include "services/Session.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace dsar {

CaseDecisionPanel::CaseDecisionPanel(Session& session, const QString& reference, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("decisionPanel"));
    m_guidance = CaseFormParts::valueLabel(QStringLiteral("decisionGuidance"), this);
    QFont bold = m_guidance->font();
    bold.setBold(true);
    m_guidance->setFont(bold);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("decisionPanelContent"));
    m_assessment = new AssessmentSection(session, reference, content);
    m_decision = new DecisionSection(session, reference, content);
    m_carryingOut = new CarryingOutSection(session, reference, content);
    m_documents = new DocumentsSection(session, reference, content);
    m_letters = new LettersSection(session, reference, content);
    auto* sections = new QVBoxLayout(content);
    sections->addWidget(m_assessment);
    sections->addWidget(m_decision);
    sections->addWidget(m_carryingOut);
    sections->addWidget(m_documents);
    sections->addWidget(m_letters);
    sections->addStretch();
    // The four steps read top to bottom; Tab scrolls the one it reaches into view.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("decisionScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_guidance);
    layout->addWidget(m_scroll, 1);
    retranslateUi();
    connect(&m_session.cases(), &CaseService::casesChanged, this, &CaseDecisionPanel::refresh);
    refresh();
}

void CaseDecisionPanel::changeEvent(QEvent* event)
{
    // One switch of language brings one LanguageChange per translator; retranslating reloads, so do it once.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, [this] {
            m_retranslatePending = false;
            retranslateUi();
            refresh();
        });
    }
    QWidget::changeEvent(event);
}

void CaseDecisionPanel::retranslateUi()
{
    m_guidance->setAccessibleName(tr("Next step"));
    m_scroll->setAccessibleName(tr("The decision, step by step"));
    m_assessment->retranslateUi();
    m_decision->retranslateUi();
    m_carryingOut->retranslateUi();
    m_documents->retranslateUi();
    m_letters->retranslateUi();
}

void CaseDecisionPanel::refresh()
{
    Result<CaseRecord> record = m_session.cases().byReference(m_reference);
    m_scroll->setEnabled(record.ok());
    if (!record) {
        m_loadError = record.error();
        m_guidance->setText(tr("The case could not be read: %1").arg(m_loadError));
        return;
    }
    m_loadError.clear();
    // Once the case moves on, the results of earlier steps are history; the step that moved it shows its own
    // result after this.
    if (m_shownStatus && *m_shownStatus != record->status) {
        m_assessment->clearMessage();
        m_decision->clearMessage();
        m_carryingOut->clearMessage();
        m_documents->clearMessage();
        m_letters->clearMessage();
    }
    m_shownStatus = record->status;
    m_assessment->setCase(record.value());
    m_decision->setCase(record.value());
    m_carryingOut->setCase(record.value());
    m_documents->setCase(record.value());
    m_letters->setCase(record.value());
    showGuidance(record.value());
}

void CaseDecisionPanel::showGuidance(const CaseRecord& record)
{
    QString next;
    switch (record.status) {
    case CaseStatus::Received:
    case CaseStatus::AwaitingIdentification:
        next = tr("Next: take the case into work (status \"%1\"); then assess each item under 1.")
                   .arg(CaseStatuses::label(CaseStatus::InProgress));
        break;
    case CaseStatus::InProgress:
        next = m_assessment->hasItems() ? tr("Next: check each item under 1, then propose the decision under 2.")
                                        : tr("Next: begin the assessment under 1.");
        break;
    case CaseStatus::DecisionProposed:
        next = tr("Next: the data protection officer approves the decision under 2.");
        break;
    case CaseStatus::DecisionApproved:
        next = tr("Next: carry the decision out under 3, then write the answer under 4 and mark it as sent.");
        break;
    case CaseStatus::Answered:
        next = tr("Next: close the case under 4 once the work under 3 is done.");
        break;
    case CaseStatus::Closed:
    case CaseStatus::Refused:
    case CaseStatus::Withdrawn:
    case CaseStatus::IdentityNotConfirmed:
        next = tr("The case is finished: %1.").arg(CaseStatuses::label(record.status));
        break;
    }
    m_guidance->setText(next);
}

} // namespace dsar
