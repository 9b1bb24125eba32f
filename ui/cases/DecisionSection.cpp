#include "DecisionSection.h"

#include "CaseFormParts.h"
#include "DecisionPanelParts.h"
#include "DisplayFormat.h"
#include "ProblemLabel.h"
#include "ProposalDialog.h"
#include "services/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsar {

DecisionSection::DecisionSection(Session& session, const QString& reference, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("decisionSection"));
    m_state = CaseFormParts::valueLabel(QStringLiteral("decisionState"), this);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_outcome = addValueRow(QStringLiteral("decisionOutcome"));
    m_ground = addValueRow(QStringLiteral("decisionGround"));
    m_summary = addValueRow(QStringLiteral("decisionSummary"));
    m_reasons = addValueRow(QStringLiteral("decisionReasons"));
    m_legalReference = addValueRow(QStringLiteral("decisionLegalReference"));
    m_facts = addValueRow(QStringLiteral("decisionFacts"));
    m_fee = addValueRow(QStringLiteral("decisionFee"));
    m_balancing = addValueRow(QStringLiteral("decisionBalancing"));
    m_proposed = addValueRow(QStringLiteral("decisionProposed"));
    m_approved = addValueRow(QStringLiteral("decisionApproved"));

    m_proposeButton = DecisionPanelParts::button(QStringLiteral("proposeDecisionButton"), this);
    connect(m_proposeButton, &QPushButton::clicked, this, &DecisionSection::openProposalDialog);
    m_approveButton = DecisionPanelParts::button(QStringLiteral("approveDecisionButton"), this);
    connect(m_approveButton, &QPushButton::clicked, this, &DecisionSection::approve);
    m_message = ProblemLabel::create(QStringLiteral("decisionMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_proposeButton);
    buttons->addWidget(m_approveButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    retranslateUi();
}

QLabel* DecisionSection::addValueRow(const QString& objectName)
{
    auto* caption = new QLabel(this);
    auto* value = CaseFormParts::valueLabel(objectName, this);
    m_captions << caption;
    m_form->addRow(caption, value);
    return value;
}

void DecisionSection::retranslateUi()
{
    setTitle(tr("2. Decision"));
    const QStringList captions { tr("Outcome:"),         tr("Ground:"),  tr("Summary:"), tr("Reasons:"),
                                 tr("Legal reference:"), tr("Facts:"),   tr("Fee:"),     tr("Balancing of interests:"),
                                 tr("Proposed:"),        tr("Approved:") };
    const QList<QLabel*> values { m_outcome, m_ground, m_summary,   m_reasons,  m_legalReference,
                                  m_facts,   m_fee,    m_balancing, m_proposed, m_approved };
    for (qsizetype i = 0; i < values.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
        // A screen reader reads the value with what it is.
        values.at(i)->setAccessibleName(captions.at(i).chopped(1));
    }
    m_state->setAccessibleName(tr("State of the decision"));
    m_proposeButton->setText(tr("&Propose decision…"));
    m_proposeButton->setAccessibleName(tr("Propose the decision"));
    m_proposeButton->setToolTip(tr("Propose the outcome with its reasons for the data protection officer to approve"));
    m_approveButton->setText(tr("Appro&ve decision"));
    m_approveButton->setAccessibleName(tr("Approve the decision"));
    m_approveButton->setToolTip(tr("The data protection officer's approval: the decision takes effect"));
    m_message->setAccessibleName(tr("Result of the last decision step"));
    showDecision();
}

void DecisionSection::setCase(const CaseRecord& record)
{
    m_record = record;
    Result<std::optional<DecisionRecord>> decision = m_session.cases().decision(m_reference);
    m_loadError = decision ? QString() : decision.error();
    m_decision = decision ? decision.value() : std::nullopt;
    showDecision();
}

void DecisionSection::showDecision()
{
    // An approved decision has taken effect; there is nothing left to propose.
    m_proposeButton->setEnabled(m_record && !(m_decision && m_decision->isApproved()));
    m_approveButton->setEnabled(m_decision && !m_decision->isApproved());
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    if (!m_loadError.isEmpty()) {
        m_state->setText(tr("The decision could not be read: %1").arg(m_loadError));
        return;
    }
    if (!m_decision) {
        m_state->setText(tr("No decision has been proposed yet."));
        return;
    }
    const DecisionRecord& decision = *m_decision;
    m_state->setText(decision.isApproved() ? tr("Approved by the data protection officer.")
                                           : tr("Proposed; waiting for the data protection officer's approval."));
    const auto show = [this](QLabel* value, const QString& text) {
        value->setText(text);
        m_form->setRowVisible(value, !text.trimmed().isEmpty());
    };
    show(m_outcome, DecisionOutcomes::label(decision.outcome));
    show(m_ground, decision.ground == DecisionGround::None ? QString() : DecisionGrounds::label(decision.ground));
    show(m_summary, decision.summary);
    show(m_reasons, decision.reasons);
    show(m_legalReference, decision.legalReference);
    show(m_facts, decision.facts);
    show(m_fee, decision.feeAmount);
    show(m_balancing, decision.balancing);
    show(m_proposed, tr("%1 by %2").arg(DisplayFormat::stockholmDateTime(decision.proposedAt), decision.proposedBy));
    show(m_approved,
         decision.isApproved()
             ? tr("%1 by %2").arg(DisplayFormat::stockholmDateTime(decision.approvedAt), decision.approvedBy)
             : tr("Not yet"));
}

void DecisionSection::openProposalDialog()
{
    if (!m_record)
        return;
    auto* dialog = new ProposalDialog(m_session.cases(), *m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_decision && !m_decision->isApproved()) {
        // A proposal sent back for changes starts from what was proposed.
        dialog->setProposal({ m_decision->outcome, m_decision->ground, m_decision->summary, m_decision->reasons,
                              m_decision->legalReference, m_decision->facts, m_decision->feeAmount,
                              m_decision->balancing });
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        showMessage(tr("The decision is proposed. It takes effect when the data protection officer approves it."),
                    false);
    });
    dialog->open();
}

void DecisionSection::approve()
{
    Result<CaseRecord> approved = m_session.cases().approveDecision(m_reference);
    if (!approved) {
        showMessage(approved.error(), true);
        return;
    }
    showMessage(tr("The decision is approved and takes effect. Carry it out under 3, then write the letter under 4."),
                false);
}

void DecisionSection::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
