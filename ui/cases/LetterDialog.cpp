#include "LetterDialog.h"

#include "CaseFormParts.h"
#include "PdfLetterRenderer.h"
#include "ProblemLabel.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {

LetterDialog::LetterDialog(CaseService& cases, const QString& reference, LetterKind suggested, QWidget* parent)
    : QDialog(parent)
    , m_cases(cases)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Write a letter for %1").arg(reference));
    setAccessibleName(windowTitle());

    auto* intro = CaseFormParts::valueLabel(QStringLiteral("letterIntro"), this);
    intro->setText(tr("The letter is written from the organisation's template for its kind, with the case's facts. "
                      "Its document id and SHA-256 are recorded as soon as it is written."));
    intro->setAccessibleName(tr("About writing a letter"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("letterKindCombo"));
    m_kind->setAccessibleName(tr("Kind of letter"));
    for (LetterKind kind : LetterKinds::all())
        m_kind->addItem(LetterKinds::label(kind), LetterKinds::code(kind));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("letterLanguageCombo"));
    m_language->setAccessibleName(tr("Language of the letter"));
    // Each language by its own name, as a language menu does.
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_liftReason = CaseFormParts::textEdit(QStringLiteral("liftReasonEdit"), 3, this);
    m_liftReason->setAccessibleName(tr("Why the restriction ends"));
    m_liftReason->setPlaceholderText(tr("e.g. the accuracy of the data has been checked and confirmed"));
    m_liftOn = CaseFormParts::dateEdit(QStringLiteral("liftOnEdit"), this);
    m_liftOn->setAccessibleName(tr("Date from which the restriction ends"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](const QString& caption, QWidget* field) {
        auto* label = CaseFormParts::caption(field, this);
        label->setText(caption);
        m_form->addRow(label, field);
    };
    addRow(tr("&Kind:"), m_kind);
    addRow(tr("&Language:"), m_language);
    addRow(tr("&Reason it ends:"), m_liftReason);
    addRow(tr("Ends &from:"), m_liftOn);

    m_problem = ProblemLabel::create(QStringLiteral("letterProblem"), tr("Why the letter was not written"), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* write = buttons->button(QDialogButtonBox::Ok);
    write->setObjectName(QStringLiteral("writeButton"));
    write->setText(tr("&Write and preview"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    setValues(suggested, QStringLiteral("sv"), QString(), cases.today());
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::updateRows);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

std::optional<LetterKind> LetterDialog::kind() const
{
    return LetterKinds::fromCode(m_kind->currentData().toString());
}

void LetterDialog::setValues(LetterKind kind, const QString& language, const QString& liftReason, QDate liftOn)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(LetterKinds::code(kind))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_liftReason->setPlainText(liftReason);
    m_liftOn->setDate(liftOn.isValid() ? liftOn : m_cases.today());
    updateRows();
}

void LetterDialog::updateRows()
{
    // GDPR Art. 18(3): only the notice that a restriction ends says why and from when.
    const bool lifting = kind() == LetterKind::RestrictionLifting;
    m_form->setRowVisible(m_liftReason, lifting);
    m_form->setRowVisible(m_liftOn, lifting);
}

bool LetterDialog::write()
{
    const std::optional<LetterKind> chosen = kind();
    if (!chosen)
        return false;
    const bool lifting = chosen == LetterKind::RestrictionLifting;
    Result<WrittenLetter> written
        = m_cases.writeLetter(m_reference, *chosen, m_language->currentData().toString(), PdfLetterRenderer(),
                              lifting ? m_liftReason->toPlainText() : QString(), lifting ? m_liftOn->date() : QDate());
    if (!written) {
        ProblemLabel::show(m_problem, written.error(), true);
        return false;
    }
    m_written = written.value();
    accept();
    return true;
}

} // namespace dsar
