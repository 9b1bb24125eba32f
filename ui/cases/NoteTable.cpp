#include "NoteTable.h"

#include "CaseFormParts.h"
#include "DisplayFormat.h"

#include <QHeaderView>

namespace dsar {
namespace {

enum Column
{
    TimeColumn,
    AuthorColumn,
    DirectionColumn, // messages only; internal notes have their text here
};

} // namespace

NoteTable::NoteTable(Shows shows, QWidget* parent)
    : QTableWidget(parent)
    , m_shows(shows)
{
    setColumnCount(textColumn() + 1);
    CaseFormParts::setUpList(this);
    // The text wraps within the width instead of hiding behind a horizontal scroll bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    retranslateUi();
}

int NoteTable::textColumn() const
{
    return m_shows == Shows::Messages ? DirectionColumn + 1 : DirectionColumn;
}

bool NoteTable::shows(const CaseNote& note) const
{
    return (note.kind == CaseNote::Kind::Internal) == (m_shows == Shows::InternalNotes);
}

void NoteTable::retranslateUi()
{
    QStringList headers { tr("Time"), tr("By") };
    if (m_shows == Shows::Messages)
        headers << tr("Direction");
    headers << (m_shows == Shows::Messages ? tr("Message") : tr("Note"));
    setHorizontalHeaderLabels(headers);
    fill();
}

void NoteTable::setNotes(const QList<CaseNote>& notes)
{
    m_notes.clear();
    for (const CaseNote& note : notes) {
        if (shows(note))
            m_notes << note;
    }
    fill();
}

void NoteTable::fill()
{
    clearContents();
    setRowCount(static_cast<int>(m_notes.size()));
    for (int row = 0; row < m_notes.size(); ++row) {
        const CaseNote& note = m_notes.at(row);
        QList<QTableWidgetItem*> items { new QTableWidgetItem(DisplayFormat::stockholmTimestamp(note.createdAt)),
                                         new QTableWidgetItem(note.author) };
        items.first()->setToolTip(tr("%1 (Stockholm time)").arg(DisplayFormat::stockholmDateTime(note.createdAt)));
        if (m_shows == Shows::Messages)
            items << new QTableWidgetItem(note.kind == CaseNote::Kind::ToSubject ? tr("To the subject")
                                                                                 : tr("From the subject"));
        items << new QTableWidgetItem(note.body);
        for (int column = 0; column < items.size(); ++column) {
            // A long text makes a row tall; every cell starts on its first line.
            items.at(column)->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            setItem(row, column, items.at(column));
        }
    }
    for (int column = 0; column < textColumn(); ++column)
        resizeColumnToContents(column);
    scrollToBottom();
}

} // namespace dsar
