#pragma once

#include "common/Result.h"
#include "domain/Extension.h"
#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dsar {

class CaseService;

// The case's one extension (GDPR Art. 12(3)): where it stands, the request with its reason and note, and
// the DPO's approval. The approval button is there for everyone; CaseService refuses other roles and says so.
class ExtensionTab : public QWidget
{
    Q_OBJECT
public:
    ExtensionTab(CaseService& cases, QWidget* parent = nullptr);

    void setCase(const CaseRecord& record, const Result<std::optional<ExtensionRecord>>& extension);
    void retranslateUi();
    // The note typed for an extension that has not been requested.
    bool hasUnsavedText() const;

private:
    void showState();
    void requestExtension();
    void approveExtension();
    void showMessage(const QString& text, bool asError);

    CaseService& m_cases;
    std::optional<CaseRecord> m_record;
    std::optional<ExtensionRecord> m_extension;
    QString m_loadError;
    QGroupBox* m_stateGroup = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_approveButton = nullptr;
    QGroupBox* m_requestGroup = nullptr;
    QLabel* m_reasonCaption = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_noteCaption = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QPushButton* m_requestButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
