#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace dsar {

class CaseService;

// The case's two everyday actions: move it along the workflow (only the moves CaseWorkflow::next offers)
// and give it a handler. Both go through CaseService; a refusal is shown with the service's message.
class CaseActionBar : public QWidget
{
    Q_OBJECT
public:
    CaseActionBar(CaseService& cases, const QString& currentUser, QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    // Account names offered for the handler; any other name can be typed.
    void setHandlerCandidates(const QStringList& names);
    void showMessage(const QString& text, bool asError);
    void retranslateUi();

    // CaseService records these moves only together with the identification request or answer that makes
    // them (CaseService::changeStatus refuses them), so the window takes the user to that step instead.
    static bool isIdentificationStep(CaseStatus from, CaseStatus to);

signals:
    void identificationStepWanted(CaseStatus to);
    // A move that the Decision tab makes (propose, approve, answer or refuse by a letter).
    void decisionStepWanted();

private:
    void changeStatus();
    void assign(const QString& userName);

    CaseService& m_cases;
    const QString m_currentUser;
    std::optional<CaseRecord> m_record;
    QLabel* m_statusCaption = nullptr;
    QComboBox* m_nextStatus = nullptr;
    QPushButton* m_changeStatus = nullptr;
    QLabel* m_handlerCaption = nullptr;
    QComboBox* m_handler = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_assignToMe = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
