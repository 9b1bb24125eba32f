#pragma once

#include "letters/LetterRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace dsar {

class CaseService;

// Records that a written letter was sent, and how (e-post, brev, ...). CaseService marks the latest letter of
// the chosen kind, so the choice is among the kinds whose latest letter is not yet sent; the latest written
// comes first. Sending the outcome letter answers the case.
class MarkSentDialog : public QDialog
{
    Q_OBJECT
public:
    // letters: the case's letters, oldest first.
    MarkSentDialog(CaseService& cases, const QString& reference, const QList<LetterRecord>& letters,
                   QWidget* parent = nullptr);

    // The latest letter of each kind that is not yet sent, the latest written first.
    static QList<LetterRecord> unsent(const QList<LetterRecord>& letters);
    void setValues(LetterKind kind, const QString& method);
    // Records through the case service; on success the dialog is accepted.
    bool markSent();
    LetterKind kind() const;

private:
    CaseService& m_cases;
    const QString m_reference;
    QComboBox* m_letter = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace dsar
