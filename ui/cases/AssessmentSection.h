#pragma once

#include "domain/Records.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace dsar {

class AssessmentTableModel;
class Session;

// The assessment item by item (issue 5 item 4): the draft from the subject's holdings and the register, each
// item's decision with its ground, and the dialog that changes one. An objection says first which kind it is.
class AssessmentSection : public QGroupBox
{
    Q_OBJECT
public:
    AssessmentSection(Session& session, const QString& reference, QWidget* parent = nullptr);

    // Reads the items again; `record` is the case as it is now.
    void setCase(const CaseRecord& record);
    void retranslateUi();
    // Hides the result of the last step (shown until the case moves on).
    void clearMessage() { showMessage({}, false); }
    bool hasItems() const;
    AssessmentTableModel* model() const { return m_model; }
    QPushButton* assessButton() const { return m_assessButton; }
    QPushButton* changeButton() const { return m_changeButton; }

private:
    void assess();
    void changeSelectedItem();
    void updateButtons();
    void showMessage(const QString& text, bool asError);

    Session& m_session;
    const QString m_reference;
    std::optional<CaseRecord> m_record;
    AssessmentTableModel* m_model = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_assessButton = nullptr;
    QPushButton* m_changeButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
