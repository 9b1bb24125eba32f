#pragma once

#include "letters/LetterFacts.h"
#include "letters/LetterRenderer.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace dsar {

class CaseService;

// Writes one letter of the case (LEGAL.md section 4): its kind and language, and for the notice that a
// restriction ends, why and from when (GDPR Art. 18(3)). CaseService composes it from the organisation's
// template, draws it with PdfLetterRenderer and records its SHA-256; an error says what is missing first.
class LetterDialog : public QDialog
{
    Q_OBJECT
public:
    LetterDialog(CaseService& cases, const QString& reference, LetterKind suggested, QWidget* parent = nullptr);

    // language: "sv" or "en".
    void setValues(LetterKind kind, const QString& language, const QString& liftReason = {}, QDate liftOn = {});
    // Writes through the case service; on success the dialog is accepted and written() holds the letter.
    bool write();
    const std::optional<WrittenLetter>& written() const { return m_written; }

private:
    std::optional<LetterKind> kind() const;
    void updateRows();

    CaseService& m_cases;
    const QString m_reference;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_liftReason = nullptr;
    QDateEdit* m_liftOn = nullptr;
    QLabel* m_problem = nullptr;
    std::optional<WrittenLetter> m_written;
};

} // namespace dsar
