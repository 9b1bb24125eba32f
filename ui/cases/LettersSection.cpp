#include "LettersSection.h"

#include "CaseFormParts.h"
#include "DecisionPanelParts.h"
#include "DisplayFormat.h"
#include "LetterDialog.h"
#include "LetterPreviewDialog.h"
#include "MarkSentDialog.h"
#include "ProblemLabel.h"
#include "services/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsar {
namespace {

enum Column
{
    KindColumn,
    LanguageColumn,
    DocumentColumn,
    HashColumn,
    WrittenColumn,
    SentColumn,
    MethodColumn,
    ColumnCount
};

// Enough of the SHA-256 to tell letters apart at a glance; the whole hash is in the tooltip.
constexpr int shortHashLength = 12;

QString languageName(const QString& code)
{
    // Each language by its own name, as in the letter dialog.
    if (code == QLatin1String("sv"))
        return QStringLiteral("Svenska");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

} // namespace

LettersSection::LettersSection(Session& session, const QString& reference, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("lettersSection"));
    m_empty = CaseFormParts::valueLabel(QStringLiteral("lettersEmpty"), this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("lettersTable"));
    DecisionPanelParts::setUpList(m_table);
    m_writeButton = DecisionPanelParts::button(QStringLiteral("writeLetterButton"), this);
    connect(m_writeButton, &QPushButton::clicked, this, &LettersSection::writeLetter);
    m_markSentButton = DecisionPanelParts::button(QStringLiteral("markLetterSentButton"), this);
    connect(m_markSentButton, &QPushButton::clicked, this, &LettersSection::markSent);
    m_closeButton = DecisionPanelParts::button(QStringLiteral("closeCaseButton"), this);
    connect(m_closeButton, &QPushButton::clicked, this, &LettersSection::closeCase);
    m_message = ProblemLabel::create(QStringLiteral("lettersMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_writeButton);
    buttons->addWidget(m_markSentButton);
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    retranslateUi();
}

void LettersSection::retranslateUi()
{
    setTitle(tr("4. Letters and closing"));
    m_table->setHorizontalHeaderLabels(
        { tr("Letter"), tr("Language"), tr("Document id"), tr("SHA-256"), tr("Written"), tr("Sent"), tr("Method") });
    m_table->setAccessibleName(tr("Letters written for the case"));
    m_writeButton->setText(tr("&Write letter…"));
    m_writeButton->setAccessibleName(tr("Write a letter"));
    m_writeButton->setToolTip(tr("Write a letter from the organisation's template and see it as PDF"));
    m_markSentButton->setText(tr("Mar&k as sent…"));
    m_markSentButton->setAccessibleName(tr("Mark a letter as sent"));
    m_markSentButton->setToolTip(tr("Record that a written letter was sent to the data subject, and how"));
    m_closeButton->setText(tr("Cl&ose case…"));
    m_closeButton->setAccessibleName(tr("Close the case"));
    m_closeButton->setToolTip(tr("Close the case once the answer is sent and the decision is carried out"));
    m_message->setAccessibleName(tr("Result of the last letter step"));
    fillLetters();
}

void LettersSection::setCase(const CaseRecord& record)
{
    m_record = record;
    Result<QList<LetterRecord>> letters = m_session.cases().letters(m_reference);
    m_letters = letters ? letters.value() : QList<LetterRecord>();
    m_loadError = letters ? QString() : letters.error();
    fillLetters();
}

void LettersSection::fillLetters()
{
    m_table->setRowCount(static_cast<int>(m_letters.size()));
    for (int row = 0; row < m_letters.size(); ++row) {
        const LetterRecord& letter = m_letters.at(row);
        const QStringList texts {
            LetterKinds::label(letter.kind),
            languageName(letter.language),
            letter.documentId,
            letter.sha256.left(shortHashLength),
            tr("%1 by %2").arg(DisplayFormat::stockholmTimestamp(letter.generatedAt), letter.generatedBy),
            letter.isSent() ? tr("%1 by %2").arg(DisplayFormat::stockholmTimestamp(letter.sentAt), letter.sentBy)
                            : tr("Not sent yet"),
            letter.sentMethod,
        };
        DecisionPanelParts::setRow(m_table, row, texts);
        m_table->item(row, HashColumn)->setToolTip(tr("SHA-256: %1").arg(letter.sha256));
    }
    m_empty->setText(m_loadError.isEmpty() ? tr("No letter has been written for this case yet.")
                                           : tr("The letters could not be read: %1").arg(m_loadError));
    m_empty->setVisible(m_letters.isEmpty());
    m_table->setVisible(!m_letters.isEmpty());
    DecisionPanelParts::fitList(m_table, { WrittenColumn, SentColumn }, 6);
    m_writeButton->setEnabled(m_record.has_value());
    m_markSentButton->setEnabled(!MarkSentDialog::unsent(m_letters).isEmpty());
    m_closeButton->setEnabled(m_record.has_value());
}

LetterKind LettersSection::suggestedKind() const
{
    // The letter that usually follows the decision; any other kind can be chosen.
    Result<std::optional<DecisionRecord>> decision = m_session.cases().decision(m_reference);
    if (decision && decision.value() && decision.value()->isApproved()) {
        if (decision.value()->outcome == DecisionOutcome::Refused)
            return LetterKind::Refusal;
        if (decision.value()->outcome == DecisionOutcome::Fee)
            return LetterKind::FeeNotice;
    }
    return LetterKind::Outcome;
}

void LettersSection::writeLetter()
{
    auto* dialog = new LetterDialog(m_session.cases(), m_reference, suggestedKind(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->written())
            return;
        auto* preview = new LetterPreviewDialog(*dialog->written(), this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->open();
        showMessage(tr("Letter %1 is written and recorded. Save or print it, send it, then mark it as sent.")
                        .arg(dialog->written()->record.documentId),
                    false);
    });
    dialog->open();
}

void LettersSection::markSent()
{
    auto* dialog = new MarkSentDialog(m_session.cases(), m_reference, m_letters, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showMessage(tr("Marked as sent: %1.").arg(LetterKinds::label(dialog->kind())), false); });
    dialog->open();
}

void LettersSection::closeCase()
{
    QMessageBox box(QMessageBox::Question, tr("Close the case"), tr("Close %1?").arg(m_reference),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeCaseConfirmation"));
    box.setInformativeText(tr("A closed case cannot be worked on any more."));
    QPushButton* confirm = box.addButton(tr("C&lose case"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    Result<CaseRecord> closed = m_session.cases().close(m_reference);
    if (!closed) {
        showMessage(closed.error(), true);
        return;
    }
    showMessage(tr("The case is closed."), false);
}

void LettersSection::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
