#pragma once

#include "domain/CaseWork.h"

#include <QTableWidget>

namespace dsar {

// Notes of one kind of exchange, oldest first: when (Stockholm time), who, and the text, wrapped. The
// messages list also says which way each went.
class NoteTable : public QTableWidget
{
    Q_OBJECT
public:
    enum class Shows
    {
        InternalNotes,
        Messages,
    };

    NoteTable(Shows shows, QWidget* parent = nullptr);

    // Keeps the notes this table shows and leaves out the others.
    void setNotes(const QList<CaseNote>& notes);
    void retranslateUi();

private:
    void fill();
    int textColumn() const;
    bool shows(const CaseNote& note) const;

    const Shows m_shows;
    QList<CaseNote> m_notes;
};

} // namespace dsar
