#pragma once

#include "domain/Records.h"
#include "letters/LetterRecord.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dsar {

class Session;

// The case's letters (brev, issue 5 item 5): each one written, with its document id and SHA-256, and when and
// how it was sent; writing a new one (shown at once to save and print), marking one as sent, and closing the
// case once everything is done.
class LettersSection : public QGroupBox
{
    Q_OBJECT
public:
    LettersSection(Session& session, const QString& reference, QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    void retranslateUi();
    // Hides the result of the last step (shown until the case moves on).
    void clearMessage() { showMessage({}, false); }

private:
    void fillLetters();
    LetterKind suggestedKind() const;
    void writeLetter();
    void markSent();
    void closeCase();
    void showMessage(const QString& text, bool asError);

    Session& m_session;
    const QString m_reference;
    std::optional<CaseRecord> m_record;
    QList<LetterRecord> m_letters;
    QString m_loadError;
    QLabel* m_empty = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_writeButton = nullptr;
    QPushButton* m_markSentButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
