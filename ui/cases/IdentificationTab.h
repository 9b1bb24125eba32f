#pragma once

#include "common/Result.h"
#include "domain/Identification.h"
#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace dsar {

class CaseService;

// Identification and clarification (GDPR Art. 12(6), recital 63): the request with its documented reason and
// the day it went out, the answer with how identity was established and what it showed, closing a case whose
// subject never confirmed their identity, and every episode so far. CaseService decides what each step does
// to the status and the deadlines.
class IdentificationTab : public QWidget
{
    Q_OBJECT
public:
    IdentificationTab(CaseService& cases, QWidget* parent = nullptr);

    void setCase(const CaseRecord& record, const Result<QList<IdentificationRecord>>& episodes);
    void retranslateUi();
    // The reason typed for a request that has not been recorded.
    bool hasUnsavedText() const;
    // Where the status moves that these steps make are taken: the request form, the answer form, or the
    // confirmation of closing as identity not confirmed.
    void startStep(CaseStatus to);

private:
    QGroupBox* createRequestGroup();
    QGroupBox* createAnswerGroup();
    void fillEpisodes();
    void updateMethodChoice();
    void requestIdentification();
    void recordAnswer();
    void closeIdentityNotConfirmed();
    void showMessage(const QString& text, bool asError);

    CaseService& m_cases;
    std::optional<CaseRecord> m_record;
    QList<IdentificationRecord> m_episodes;
    QString m_loadError;
    QGroupBox* m_requestGroup = nullptr;
    QLabel* m_kindCaption = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_reasonCaption = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_sentCaption = nullptr;
    QDateEdit* m_sentOn = nullptr;
    QPushButton* m_requestButton = nullptr;
    QGroupBox* m_answerGroup = nullptr;
    QLabel* m_waitingFor = nullptr;
    QLabel* m_answeredCaption = nullptr;
    QDateEdit* m_answeredOn = nullptr;
    QLabel* m_outcomeCaption = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_methodCaption = nullptr;
    QComboBox* m_method = nullptr;
    QPushButton* m_answerButton = nullptr;
    QLabel* m_episodesCaption = nullptr;
    QTableWidget* m_episodesTable = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
