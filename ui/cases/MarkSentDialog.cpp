#include "MarkSentDialog.h"

#include "CaseFormParts.h"
#include "DecisionPanelParts.h"
#include "ProblemLabel.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {

MarkSentDialog::MarkSentDialog(CaseService& cases, const QString& reference, const QList<LetterRecord>& letters,
                               QWidget* parent)
    : QDialog(parent)
    , m_cases(cases)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("markSentDialog"));
    setWindowTitle(tr("Mark a letter of %1 as sent").arg(reference));
    setAccessibleName(windowTitle());

    m_letter = new QComboBox(this);
    m_letter->setObjectName(QStringLiteral("sentLetterCombo"));
    m_letter->setAccessibleName(tr("Letter sent"));
    for (const LetterRecord& letter : unsent(letters)) {
        m_letter->addItem(
            tr("%1 (%2)", "letter kind (document id)").arg(LetterKinds::label(letter.kind), letter.documentId),
            LetterKinds::code(letter.kind));
    }
    m_method = DecisionPanelParts::methodCombo(QStringLiteral("sentMethodCombo"), { tr("e-mail"), tr("letter") }, this);
    m_method->setAccessibleName(tr("How the letter was sent"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* letterCaption = CaseFormParts::caption(m_letter, this);
    letterCaption->setText(tr("&Letter:"));
    form->addRow(letterCaption, m_letter);
    auto* methodCaption = CaseFormParts::caption(m_method, this);
    methodCaption->setText(tr("Sent &by:"));
    form->addRow(methodCaption, m_method);

    m_problem
        = ProblemLabel::create(QStringLiteral("markSentProblem"), tr("Why the letter was not marked as sent"), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* mark = buttons->button(QDialogButtonBox::Ok);
    mark->setObjectName(QStringLiteral("markSentButton"));
    mark->setText(tr("&Mark as sent"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MarkSentDialog::markSent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

QList<LetterRecord> MarkSentDialog::unsent(const QList<LetterRecord>& letters)
{
    QList<LetterRecord> latest;
    for (auto it = letters.crbegin(); it != letters.crend(); ++it) {
        const bool kindSeen = std::any_of(latest.cbegin(), latest.cend(),
                                          [&it](const LetterRecord& letter) { return letter.kind == it->kind; });
        if (!kindSeen)
            latest << *it;
    }
    latest.removeIf([](const LetterRecord& letter) { return letter.isSent(); });
    return latest;
}

LetterKind MarkSentDialog::kind() const
{
    return LetterKinds::fromCode(m_letter->currentData().toString()).value_or(LetterKind::Outcome);
}

void MarkSentDialog::setValues(LetterKind kind, const QString& method)
{
    m_letter->setCurrentIndex(std::max(0, m_letter->findData(LetterKinds::code(kind))));
    m_method->setEditText(method);
}

bool MarkSentDialog::markSent()
{
    if (m_letter->count() == 0) {
        ProblemLabel::show(m_problem, tr("Every letter written for this case is already marked as sent."), true);
        return false;
    }
    Result<CaseRecord> marked = m_cases.markLetterSent(m_reference, kind(), m_method->currentText());
    if (!marked) {
        ProblemLabel::show(m_problem, marked.error(), true);
        return false;
    }
    accept();
    return true;
}

} // namespace dsar
