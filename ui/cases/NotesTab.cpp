#include "NotesTab.h"

#include "CaseFormParts.h"
#include "NoteTable.h"
#include "ProblemLabel.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

QGroupBox* listGroup(const QString& objectName, NoteTable* table, QWidget* parent)
{
    auto* group = new QGroupBox(parent);
    group->setObjectName(objectName);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(table);
    return group;
}

} // namespace

NotesTab::NotesTab(CaseService& cases, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases)
{
    setObjectName(QStringLiteral("notesTab"));
    m_internalNotes = new NoteTable(NoteTable::Shows::InternalNotes, this);
    m_internalNotes->setObjectName(QStringLiteral("internalNotesTable"));
    m_internalGroup = listGroup(QStringLiteral("internalNotesGroup"), m_internalNotes, this);
    m_messages = new NoteTable(NoteTable::Shows::Messages, this);
    m_messages->setObjectName(QStringLiteral("messagesTable"));
    m_messagesGroup = listGroup(QStringLiteral("messagesGroup"), m_messages, this);
    m_loadProblem = ProblemLabel::create(QStringLiteral("notesProblem"), QString(), this);

    m_composer = new QGroupBox(this);
    m_composer->setObjectName(QStringLiteral("noteComposer"));
    m_kind = new QComboBox(m_composer);
    m_kind->setObjectName(QStringLiteral("noteKindCombo"));
    m_kindCaption = CaseFormParts::caption(m_kind, m_composer);
    m_text = CaseFormParts::textEdit(QStringLiteral("noteTextEdit"), 4, m_composer);
    m_textCaption = CaseFormParts::caption(m_text, m_composer);
    m_addButton = new QPushButton(m_composer);
    m_addButton->setObjectName(QStringLiteral("addNoteButton"));
    m_message = ProblemLabel::create(QStringLiteral("notesMessage"), QString(), m_composer);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NotesTab::updateAddButton);
    connect(m_addButton, &QPushButton::clicked, this, &NotesTab::addNote);
    auto* addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer);
    addShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addShortcut, &QShortcut::activated, this, &NotesTab::addNote);
    // The keypad's Enter too.
    auto* enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_composer);
    enterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enterShortcut, &QShortcut::activated, this, &NotesTab::addNote);

    auto* composer = new QGridLayout(m_composer);
    composer->addWidget(m_kindCaption, 0, 0);
    composer->addWidget(m_kind, 0, 1, Qt::AlignLeft);
    composer->addWidget(m_textCaption, 1, 0, Qt::AlignTop);
    composer->addWidget(m_text, 1, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_message, 1);
    buttonRow->addStretch(); // keeps the button at its size while no message is shown
    buttonRow->addWidget(m_addButton, 0, Qt::AlignTop);
    composer->addLayout(buttonRow, 2, 1);
    composer->setColumnStretch(1, 1);

    auto* lists = new QHBoxLayout;
    lists->addWidget(m_internalGroup, 1);
    lists->addWidget(m_messagesGroup, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addWidget(m_loadProblem);
    layout->addWidget(m_composer);
    // Writing is what this tab is mostly for: the composer comes first, then the lists to read.
    setTabOrder(m_kind, m_text);
    setTabOrder(m_text, m_addButton);
    setTabOrder(m_addButton, m_internalNotes);
    setTabOrder(m_internalNotes, m_messages);
    retranslateUi();
}

void NotesTab::retranslateUi()
{
    m_internalGroup->setTitle(tr("Internal notes (staff only, never sent)"));
    m_internalNotes->setAccessibleName(tr("Internal notes"));
    m_internalNotes->retranslateUi();
    m_messagesGroup->setTitle(tr("Messages to and from the data subject"));
    m_messages->setAccessibleName(tr("Messages to and from the data subject"));
    m_messages->retranslateUi();
    m_loadProblem->setAccessibleName(tr("Why the notes are not shown"));
    m_composer->setTitle(tr("Write"));
    m_kindCaption->setText(tr("&Kind:"));
    m_kind->setAccessibleName(tr("Kind of note"));
    const QVariant chosen = m_kind->currentData();
    m_kind->clear();
    for (CaseNote::Kind kind : CaseNoteKinds::all())
        m_kind->addItem(CaseNoteKinds::label(kind), CaseNoteKinds::code(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
    m_textCaption->setText(tr("Te&xt:"));
    m_text->setAccessibleName(tr("Text of the note"));
    m_message->setAccessibleName(tr("Result of adding the note"));
    updateAddButton();
}

void NotesTab::updateAddButton()
{
    const bool internal = m_kind->currentData() == CaseNoteKinds::code(CaseNote::Kind::Internal);
    m_addButton->setText(internal ? tr("A&dd note") : tr("A&dd message"));
    m_addButton->setAccessibleName(internal ? tr("Add the internal note") : tr("Add the message"));
    m_addButton->setToolTip(tr("Adds the text to the case (Ctrl+Enter)"));
}

void NotesTab::setCase(const QString& reference, const Result<QList<CaseNote>>& notes)
{
    m_reference = reference;
    const QList<CaseNote> shown = notes ? notes.value() : QList<CaseNote>();
    m_internalNotes->setNotes(shown);
    m_messages->setNotes(shown);
    ProblemLabel::show(m_loadProblem, notes ? QString() : tr("The notes could not be read: %1").arg(notes.error()),
                       true);
}

bool NotesTab::hasUnsavedText() const
{
    return !m_text->toPlainText().trimmed().isEmpty();
}

void NotesTab::addNote()
{
    if (m_reference.isEmpty())
        return;
    const std::optional<CaseNote::Kind> kind = CaseNoteKinds::fromCode(m_kind->currentData().toString());
    if (!kind)
        return;
    Result<CaseNote> added = m_cases.addNote(m_reference, *kind, m_text->toPlainText());
    if (!added) {
        showMessage(added.error(), true);
        return;
    }
    m_text->clear();
    showMessage(added->kind == CaseNote::Kind::Internal ? tr("The internal note is added.")
                                                        : tr("The message is added."),
                false);
}

void NotesTab::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
