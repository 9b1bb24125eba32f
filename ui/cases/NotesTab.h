#pragma once

#include "common/Result.h"
#include "domain/CaseWork.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dsar {

class CaseService;
class NoteTable;

// The staff's internal notes and the messages exchanged with the data subject, side by side and never in one
// list, and the place to write a new one (Ctrl+Enter adds it).
class NotesTab : public QWidget
{
    Q_OBJECT
public:
    NotesTab(CaseService& cases, QWidget* parent = nullptr);

    void setCase(const QString& reference, const Result<QList<CaseNote>>& notes);
    void retranslateUi();
    // Text written and not yet added.
    bool hasUnsavedText() const;

private:
    void updateAddButton();
    void addNote();
    void showMessage(const QString& text, bool asError);

    CaseService& m_cases;
    QString m_reference;
    QGroupBox* m_internalGroup = nullptr;
    NoteTable* m_internalNotes = nullptr;
    QGroupBox* m_messagesGroup = nullptr;
    NoteTable* m_messages = nullptr;
    QLabel* m_loadProblem = nullptr;
    QGroupBox* m_composer = nullptr;
    QLabel* m_kindCaption = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_textCaption = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dsar
