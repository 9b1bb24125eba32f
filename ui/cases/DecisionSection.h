#pragma once

#include "domain/Decision.h"
#include "domain/Records.h"

#include <QGroupBox>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace dsar {

class Session;

// The case's decision (issue 5 item 4): as the handläggare proposed it, with everything it rests on, and the
// data protection officer's approval, which sets it in motion. Approval is offered to everyone; CaseService
// refuses other roles and says so.
class DecisionSection : public QGroupBox
{
    Q_OBJECT
public:
    DecisionSection(Session& session, const QString& reference, QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    void retranslateUi();
    // Hides the result of the last step (shown until the case moves on).
    void clearMessage() { showMessage({}, false); }
    const std::optional<DecisionRecord>& decision() const { return m_decision; }

private:
    QLabel* addValueRow(const QString& objectName);
    void showDecision();
    void openProposalDialog();
    void approve();
    void showMessage(const QString& text, bool asError);

    Session& m_session;
    const QString m_reference;
    std::optional<CaseRecord> m_record;
    std::optional<DecisionRecord> m_decision;
    QString m_loadError;
    QLabel* m_state = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_captions;
    QLabel* m_outcome = nullptr;
    QLabel* m_ground = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_reasons = nullptr;
    QLabel* m_legalReference = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_fee = nullptr;
    QLabel* m_balancing = nullptr;
    QLabel* m_proposed = nullptr;
    QLabel* m_approved = nullptr;
    QPushButton* m_proposeButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
