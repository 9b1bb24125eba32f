#pragma once

#include "domain/Records.h"
#include "services/CaseService.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dsar {

// The handläggare's proposal for the case's decision: the outcome, the ground where the law asks for one, the
// decision in words for the data subject, and what a refusal, a fee or an objection needs besides (reasons,
// legal reference, documented facts, the fee, the balancing of interests). For an excessive request the facts
// start from the subject's earlier requests. CaseService::proposeDecision checks and saves; a refusal is shown
// and everything typed stays.
class ProposalDialog : public QDialog
{
    Q_OBJECT
public:
    ProposalDialog(CaseService& cases, const CaseRecord& record, QWidget* parent = nullptr);

    DecisionProposal proposal() const;
    void setProposal(const DecisionProposal& proposal);
    // Proposes through the case service; on success the dialog is accepted.
    bool propose();

private:
    void createForm();
    void groundChanged();
    QString earlierRequestsText() const;

    CaseService& m_cases;
    const CaseRecord m_record;
    QFormLayout* m_form = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_ground = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_reasons = nullptr;
    QLineEdit* m_legalReference = nullptr;
    QPlainTextEdit* m_facts = nullptr;
    QLineEdit* m_fee = nullptr;
    QPlainTextEdit* m_balancing = nullptr;
    QLabel* m_problem = nullptr;
    // The facts as last filled in from the earlier requests: replaced only while nobody has edited them.
    QString m_prefilledFacts;
};

} // namespace dsar
