#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;

namespace dsar {

class AssessmentSection;
class CarryingOutSection;
class DecisionSection;
class DocumentsSection;
class LettersSection;
class Session;

// The decision on one case, from the first assessment to the closing letter (issue 5 items 4 and 5), in the
// order the work is done: 1. each item assessed, 2. the decision proposed and approved, 3. the decision carried
// out (erasure per system, Art. 19 notifications, lifting a restriction), 4. the letters and closing. A line at
// the top says what comes next. Every step goes through CaseService and shows its message when refused, next to
// the step; the panel reads the case again whenever CaseService reports a change.
class CaseDecisionPanel : public QWidget
{
    Q_OBJECT
public:
    CaseDecisionPanel(Session& session, const QString& reference, QWidget* parent = nullptr);

    QString reference() const { return m_reference; }
    // Empty when the case was read; otherwise why not.
    QString loadError() const { return m_loadError; }

public slots:
    // Reads the case, its assessment, decision, tasks, notifications and letters again.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showGuidance(const CaseRecord& record);

    Session& m_session;
    const QString m_reference;
    QString m_loadError;
    std::optional<CaseStatus> m_shownStatus;
    QLabel* m_guidance = nullptr;
    QScrollArea* m_scroll = nullptr;
    AssessmentSection* m_assessment = nullptr;
    DecisionSection* m_decision = nullptr;
    CarryingOutSection* m_carryingOut = nullptr;
    DocumentsSection* m_documents = nullptr;
    LettersSection* m_letters = nullptr;
    bool m_retranslatePending = false;
};

} // namespace dsar
