#include "LegalBasesEditor.h"

#include "ReadOnly.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace dsar {

LegalBasesEditor::LegalBasesEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    for (LegalBasis basis : LegalBases::all()) {
        const QString code = LegalBases::code(basis);
        auto* check = new QCheckBox(this);
        check->setObjectName(QStringLiteral("basis_") + code);
        auto* note = new QLineEdit(this);
        note->setObjectName(QStringLiteral("basisNote_") + code);
        // Shown for ticked bases only; the rows keep their height so the list does not jump.
        QSizePolicy policy = note->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        note->setSizePolicy(policy);
        const int row = static_cast<int>(m_rows.size());
        grid->addWidget(check, row, 0);
        grid->addWidget(note, row, 1);
        m_rows.append({ basis, check, note });
        connect(check, &QCheckBox::toggled, this, [this] {
            updateNotes();
            emit edited();
        });
        connect(note, &QLineEdit::textEdited, this, &LegalBasesEditor::edited);
    }
    retranslateUi();
    updateNotes();
}

void LegalBasesEditor::setEntries(const QList<LegalBasisEntry>& entries)
{
    for (const Row& row : std::as_const(m_rows)) {
        const QSignalBlocker blocker(row.check);
        row.check->setChecked(false);
        row.note->clear();
        for (const LegalBasisEntry& entry : entries) {
            if (entry.basis == row.basis) {
                row.check->setChecked(true);
                row.note->setText(entry.note);
            }
        }
    }
    updateNotes();
}

QList<LegalBasisEntry> LegalBasesEditor::entries() const
{
    QList<LegalBasisEntry> result;
    for (const Row& row : m_rows) {
        if (row.check->isChecked())
            result.append({ row.basis, row.note->text() });
    }
    return result;
}

void LegalBasesEditor::setReadOnly(bool readOnly)
{
    for (const Row& row : std::as_const(m_rows)) {
        ReadOnly::set(row.check, readOnly);
        ReadOnly::set(row.note, readOnly);
    }
}

void LegalBasesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LegalBasesEditor::retranslateUi()
{
    for (const Row& row : std::as_const(m_rows)) {
        row.check->setText(LegalBases::label(row.basis));
        row.check->setAccessibleName(LegalBases::label(row.basis));
        row.note->setAccessibleName(tr("Note on %1").arg(LegalBases::label(row.basis)));
        row.note->setPlaceholderText(row.basis == LegalBasis::LegitimateInterests
                                         ? tr("The interest weighed, e.g. keeping in touch with customers")
                                         : tr("Note (optional)"));
    }
}

void LegalBasesEditor::updateNotes()
{
    for (const Row& row : std::as_const(m_rows))
        row.note->setVisible(row.check->isChecked());
}

} // namespace dsar
