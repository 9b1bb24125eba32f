#pragma once

#include "register/ProcessingActivity.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace dsar {

class LegalBasesEditor;
class RetentionRuleEditor;
class TableEditor;

// Every field of one processing activity (GDPR Art. 30(1)), on tabs. The form only collects and shows:
// RegisterService checks and stores; what the user typed stays in the form until it is replaced on purpose.
class ActivityEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityEditor(QDate today, QWidget* parent = nullptr);

    // Shows the activity and takes it as the unchanged state.
    void setActivity(const ProcessingActivity& activity);
    // The activity as the form holds it (with the id and organisation of the one shown).
    ProcessingActivity activity() const;
    bool isModified() const;
    void setReadOnly(bool readOnly);
    void focusName();

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createPurposesPage();
    QWidget* createDataPage();
    QWidget* createRecipientsPage();
    QWidget* createRetentionPage();
    QWidget* createAutomatedDecisionPage();
    QGroupBox* addGroup(QWidget* content, const QString& objectName);
    void retranslateUi();
    void fillChoices();
    void updateDependentFields();
    void markEdited();

    const QDate m_today;
    ProcessingActivity m_shown; // id and organisation of the activity on the form
    ProcessingActivity m_unchanged; // activity() right after setActivity(), for isModified()
    bool m_loading = false;

    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<QGroupBox*> m_groups;
    TableEditor* m_purposes = nullptr;
    LegalBasesEditor* m_legalBases = nullptr;
    TableEditor* m_dataCategories = nullptr;
    QLabel* m_conditionLabel = nullptr;
    QComboBox* m_condition = nullptr;
    QLabel* m_conditionHint = nullptr;
    TableEditor* m_subjectCategories = nullptr;
    TableEditor* m_sources = nullptr;
    TableEditor* m_systems = nullptr;
    TableEditor* m_recipients = nullptr;
    TableEditor* m_transfers = nullptr;
    RetentionRuleEditor* m_retention = nullptr;
    QLabel* m_retentionNoteLabel = nullptr;
    QPlainTextEdit* m_retentionNote = nullptr;
    QCheckBox* m_automated = nullptr;
    QLabel* m_logicLabel = nullptr;
    QPlainTextEdit* m_logic = nullptr;
    QLabel* m_significanceLabel = nullptr;
    QPlainTextEdit* m_significance = nullptr;
};

} // namespace dsar
