#include "ProposalDialog.h"

#include "CaseFormParts.h"
#include "DisplayFormat.h"
#include "ProblemLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {

ProposalDialog::ProposalDialog(CaseService& cases, const CaseRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_cases(cases)
    , m_record(record)
{
    setObjectName(QStringLiteral("proposalDialog"));
    setWindowTitle(tr("Propose the decision on %1").arg(record.reference));
    setAccessibleName(windowTitle());
    createForm();

    m_problem = ProblemLabel::create(QStringLiteral("proposalProblem"), tr("Why the decision was not proposed"), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* propose = buttons->button(QDialogButtonBox::Ok);
    propose->setObjectName(QStringLiteral("proposeButton"));
    propose->setText(tr("&Propose"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProposalDialog::propose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_fee->setEnabled(m_outcome->currentData().toString() == DecisionOutcomes::code(DecisionOutcome::Fee));
    });
    connect(m_ground, &QComboBox::currentIndexChanged, this, &ProposalDialog::groundChanged);
    setProposal({});
    resize(sizeHint().expandedTo(QSize(680, 0)));
}

void ProposalDialog::createForm()
{
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->setAccessibleName(tr("Outcome"));
    for (DecisionOutcome outcome : DecisionOutcomes::all())
        m_outcome->addItem(DecisionOutcomes::label(outcome), DecisionOutcomes::code(outcome));
    m_ground = new QComboBox(this);
    m_ground->setObjectName(QStringLiteral("decisionGroundCombo"));
    m_ground->setAccessibleName(tr("Ground of the decision"));
    for (DecisionGround ground : DecisionGrounds::all())
        m_ground->addItem(DecisionGrounds::label(ground), DecisionGrounds::code(ground));
    m_summary = CaseFormParts::textEdit(QStringLiteral("summaryEdit"), 3, this);
    m_summary->setAccessibleName(tr("Summary: the decision in words for the data subject"));
    m_summary->setPlaceholderText(tr("What the data subject is told, e.g. which data are erased and which are kept"));
    m_reasons = CaseFormParts::textEdit(QStringLiteral("reasonsEdit"), 3, this);
    m_reasons->setAccessibleName(tr("Reasons for a refusal"));
    m_reasons->setPlaceholderText(tr("For a refusal: the specific reasons (GDPR Art. 12(4))"));
    m_legalReference = new QLineEdit(this);
    m_legalReference->setObjectName(QStringLiteral("decisionLegalReferenceEdit"));
    m_legalReference->setAccessibleName(tr("Legal reference of the decision"));
    m_legalReference->setPlaceholderText(tr("For a refusal, e.g. GDPR Art. 12(5)(b)"));
    m_facts = CaseFormParts::textEdit(QStringLiteral("factsEdit"), 3, this);
    m_facts->setAccessibleName(tr("Documented facts"));
    m_facts->setPlaceholderText(tr("For a manifestly unfounded or excessive request: the facts that show it"));
    m_fee = new QLineEdit(this);
    m_fee->setObjectName(QStringLiteral("feeEdit"));
    m_fee->setAccessibleName(tr("Fee"));
    m_fee->setPlaceholderText(tr("e.g. 350 kr"));
    m_balancing = CaseFormParts::textEdit(QStringLiteral("balancingEdit"), 3, this);
    m_balancing->setAccessibleName(tr("Balancing of interests"));
    m_balancing->setPlaceholderText(tr("For an objection on grounds of a particular situation: the balancing of "
                                       "interests for this person (GDPR Art. 21(1))"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](const QString& caption, QWidget* field) {
        auto* label = CaseFormParts::caption(field, this);
        label->setText(caption);
        m_form->addRow(label, field);
    };
    addRow(tr("&Outcome:"), m_outcome);
    addRow(tr("&Ground:"), m_ground);
    addRow(tr("&Summary:"), m_summary);
    addRow(tr("&Reasons:"), m_reasons);
    addRow(tr("&Legal reference:"), m_legalReference);
    addRow(tr("&Facts:"), m_facts);
    addRow(tr("F&ee:"), m_fee);
    addRow(tr("&Balancing:"), m_balancing);
}

DecisionProposal ProposalDialog::proposal() const
{
    DecisionProposal proposal;
    proposal.outcome
        = DecisionOutcomes::fromCode(m_outcome->currentData().toString()).value_or(DecisionOutcome::Granted);
    proposal.ground = DecisionGrounds::fromCode(m_ground->currentData().toString()).value_or(DecisionGround::None);
    proposal.summary = m_summary->toPlainText();
    proposal.reasons = m_reasons->toPlainText();
    proposal.legalReference = m_legalReference->text();
    proposal.facts = m_facts->toPlainText();
    proposal.feeAmount = m_fee->text();
    proposal.balancing = m_balancing->toPlainText();
    return proposal;
}

void ProposalDialog::setProposal(const DecisionProposal& proposal)
{
    {
        const QSignalBlocker blocker(m_ground);
        m_ground->setCurrentIndex(std::max(0, m_ground->findData(DecisionGrounds::code(proposal.ground))));
    }
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(DecisionOutcomes::code(proposal.outcome))));
    m_fee->setEnabled(proposal.outcome == DecisionOutcome::Fee);
    m_summary->setPlainText(proposal.summary);
    m_reasons->setPlainText(proposal.reasons);
    m_legalReference->setText(proposal.legalReference);
    m_facts->setPlainText(proposal.facts);
    m_fee->setText(proposal.feeAmount);
    m_balancing->setPlainText(proposal.balancing);
    m_prefilledFacts.clear();
}

void ProposalDialog::groundChanged()
{
    // GDPR Art. 12(5): "excessive" rests on the earlier requests, so they are the facts to start from.
    const bool excessive = m_ground->currentData().toString() == DecisionGrounds::code(DecisionGround::Excessive);
    const QString facts = m_facts->toPlainText();
    if (!facts.isEmpty() && facts != m_prefilledFacts)
        return;
    m_prefilledFacts = excessive ? earlierRequestsText() : QString();
    m_facts->setPlainText(m_prefilledFacts);
}

QString ProposalDialog::earlierRequestsText() const
{
    Result<QList<CaseRecord>> earlier = m_cases.earlierRequests(m_record.reference);
    if (!earlier) {
        ProblemLabel::show(m_problem, tr("The earlier requests could not be read: %1").arg(earlier.error()), true);
        return {};
    }
    if (earlier->isEmpty())
        return tr("The data subject has made no earlier request.");
    QStringList lines { tr("Earlier requests from the data subject:") };
    for (const CaseRecord& other : earlier.value()) {
        lines << tr("- %1, received %2: %3 (%4)")
                     .arg(other.reference, DisplayFormat::longDate(other.received.stockholmDate),
                          RequestRights::label(other.right), CaseStatuses::label(other.status));
    }
    return lines.join(QLatin1Char('\n'));
}

bool ProposalDialog::propose()
{
    Result<CaseRecord> proposed = m_cases.proposeDecision(m_record.reference, proposal());
    if (!proposed) {
        // Everything typed stays on the form.
        ProblemLabel::show(m_problem, proposed.error(), true);
        return false;
    }
    accept();
    return true;
}

} // namespace dsar
