#pragma once

#include "domain/Decision.h"
#include "domain/Records.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dsar {

class Session;

// Changes one assessed item: the decision the request's right allows, its ground (GDPR Art. 17(3) exceptions
// for a kept item, Art. 17(1) grounds for an erased one, Art. 18(1) grounds for a restricted one), the legal
// reference, until when a kept item stays, a note, and for a rectification the corrected value next to the
// current one. CaseService::changeAssessment checks and saves; a refusal is shown and everything typed stays.
class AssessmentItemDialog : public QDialog
{
    Q_OBJECT
public:
    AssessmentItemDialog(Session& session, const CaseRecord& record, const AssessmentRecord& item,
                         QWidget* parent = nullptr);

    // What the form says now, and the form filled from a change (the decision must be one the right allows).
    AssessmentChange change() const;
    void setChange(const AssessmentChange& change);
    // Saves through the case service; on success the dialog is accepted and saved() holds the stored item.
    bool save();
    const AssessmentRecord& saved() const { return m_saved; }

private:
    void createForm();
    // The grounds the chosen decision is given from, `preferred` selected when it is one of them.
    void fillGrounds(const QString& preferred);
    void updateRows();
    QString currentValue() const;

    Session& m_session;
    const CaseRecord m_record;
    const AssessmentRecord m_item;
    QFormLayout* m_form = nullptr;
    QComboBox* m_decision = nullptr;
    QComboBox* m_ground = nullptr;
    QLineEdit* m_legalReference = nullptr;
    QDateEdit* m_retainUntil = nullptr;
    QLabel* m_currentValue = nullptr;
    QLineEdit* m_corrected = nullptr;
    QLabel* m_correctedCaption = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_saveButton = nullptr;
    AssessmentRecord m_saved;
};

} // namespace dsar
