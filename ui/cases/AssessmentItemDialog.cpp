#include "AssessmentItemDialog.h"

#include "CaseFormParts.h"
#include "ProblemLabel.h"
#include "services/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {
namespace {

// The grounds each decision is given from; the others need none.
QList<ItemGround> groundsFor(ItemDecision decision)
{
    switch (decision) {
    case ItemDecision::Keep:
        return ItemGrounds::erasureExceptions(); // GDPR Art. 17(3)
    case ItemDecision::Erase:
        return ItemGrounds::erasureGrounds(); // GDPR Art. 17(1)
    case ItemDecision::Restrict:
        return ItemGrounds::restrictionGrounds(); // GDPR Art. 18(1)
    default:
        return {};
    }
}

} // namespace

AssessmentItemDialog::AssessmentItemDialog(Session& session, const CaseRecord& record, const AssessmentRecord& item,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_record(record)
    , m_item(item)
{
    setObjectName(QStringLiteral("assessmentItemDialog"));
    setWindowTitle(tr("Change the decision on %1").arg(item.describe()));
    setAccessibleName(windowTitle());
    createForm();

    m_problem = ProblemLabel::create(QStringLiteral("assessmentItemProblem"), tr("Why the item was not changed"), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveItemButton"));
    m_saveButton->setText(tr("&Save decision"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentItemDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    AssessmentChange current;
    current.decision = item.decision;
    current.ground = item.ground;
    current.legalReference = item.legalReference;
    current.retainUntil = item.retainUntil;
    current.note = item.note;
    current.after = item.after;
    setChange(current);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        fillGrounds(m_ground->currentData().toString());
        updateRows();
    });
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

void AssessmentItemDialog::createForm()
{
    auto* what = CaseFormParts::valueLabel(QStringLiteral("itemDescription"), this);
    what->setText(m_item.activityName.isEmpty()
                      ? m_item.describe()
                      : tr("%1, processing activity %2").arg(m_item.describe(), m_item.activityName));
    what->setAccessibleName(tr("The item"));

    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("itemDecisionCombo"));
    m_decision->setAccessibleName(tr("Decision on the item"));
    for (ItemDecision decision : ItemDecisions::forRight(m_record.right))
        m_decision->addItem(ItemDecisions::label(decision), ItemDecisions::code(decision));
    m_ground = new QComboBox(this);
    m_ground->setObjectName(QStringLiteral("itemGroundCombo"));
    m_ground->setAccessibleName(tr("Legal ground"));
    m_legalReference = new QLineEdit(this);
    m_legalReference->setObjectName(QStringLiteral("itemLegalReferenceEdit"));
    m_legalReference->setAccessibleName(tr("Legal reference"));
    m_legalReference->setPlaceholderText(tr("e.g. BFL 7 kap. 2 § or GDPR Art. 6(1)(b)"));
    m_retainUntil = CaseFormParts::dateEdit(QStringLiteral("itemRetainUntilEdit"), this);
    m_retainUntil->setAccessibleName(tr("Kept until"));
    m_currentValue = CaseFormParts::valueLabel(QStringLiteral("itemCurrentValue"), this);
    m_currentValue->setAccessibleName(tr("Current value"));
    m_corrected = new QLineEdit(this);
    m_corrected->setObjectName(QStringLiteral("itemCorrectedValueEdit"));
    m_corrected->setAccessibleName(tr("Corrected value"));
    m_note = CaseFormParts::textEdit(QStringLiteral("itemNoteEdit"), 3, this);
    m_note->setAccessibleName(tr("Note: why, for this item"));
    m_note->setPlaceholderText(tr("Why this decision, e.g. the concrete legal claim for which the item is kept"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Item:"), what);
    const auto addRow = [this](const QString& caption, QWidget* field) {
        auto* label = CaseFormParts::caption(field, this);
        label->setText(caption);
        m_form->addRow(label, field);
        return label;
    };
    addRow(tr("&Decision:"), m_decision);
    addRow(tr("&Ground:"), m_ground);
    addRow(tr("&Legal reference:"), m_legalReference);
    addRow(tr("&Kept until:"), m_retainUntil);
    m_form->addRow(tr("Current value:"), m_currentValue);
    m_correctedCaption = addRow(tr("Corrected &value:"), m_corrected);
    addRow(tr("&Note:"), m_note);
}

void AssessmentItemDialog::fillGrounds(const QString& preferred)
{
    const std::optional<ItemDecision> decision = ItemDecisions::fromCode(m_decision->currentData().toString());
    const QList<ItemGround> grounds = decision ? groundsFor(*decision) : QList<ItemGround>();
    const QSignalBlocker blocker(m_ground);
    m_ground->clear();
    if (grounds.isEmpty()) {
        // A ground the draft gave (e.g. "21.1") stays with its decision; other decisions need none.
        const QString kept
            = decision == m_item.decision ? (preferred.isEmpty() ? m_item.ground : preferred) : QString();
        m_ground->addItem(kept.isEmpty() ? tr("None needed") : kept, kept);
        m_ground->setEnabled(false);
        return;
    }
    // An erasure may name its ground; a kept or restricted item must.
    m_ground->addItem(decision == ItemDecision::Erase ? tr("Not stated") : tr("Choose a ground…"), QString());
    for (const ItemGround& ground : grounds)
        m_ground->addItem(QStringLiteral("%1 – %2").arg(ground.article, ground.label), ground.code);
    m_ground->setEnabled(true);
    m_ground->setCurrentIndex(std::max(0, m_ground->findData(preferred)));
}

void AssessmentItemDialog::updateRows()
{
    const std::optional<ItemDecision> decision = ItemDecisions::fromCode(m_decision->currentData().toString());
    const bool keep = decision == ItemDecision::Keep;
    const bool rectify = decision == ItemDecision::Rectify;
    // GDPR Art. 15(4): a redacted item shows the value with other people's data taken out.
    const bool redact = decision == ItemDecision::Redact;
    m_form->setRowVisible(m_retainUntil, keep);
    m_form->setRowVisible(m_currentValue, rectify || redact);
    m_form->setRowVisible(m_corrected, rectify || redact);
    m_correctedCaption->setText(redact ? tr("&Shown as:") : tr("Corrected &value:"));
    m_corrected->setAccessibleName(redact ? tr("The value as the copy shows it, other people's data taken out")
                                          : tr("Corrected value"));
    m_corrected->setPlaceholderText(redact ? tr("Empty: nothing of the value is shown") : QString());
    if ((rectify || redact) && m_currentValue->text().isEmpty())
        m_currentValue->setText(currentValue());
}

QString AssessmentItemDialog::currentValue() const
{
    // GDPR Art. 16: the value DSAR Desk holds now is the one that is corrected.
    Result<QList<HoldingView>> holdings = m_session.holdings().forSubject(m_record.subjectId);
    if (holdings) {
        for (const HoldingView& view : holdings.value()) {
            if (view.holding.id == m_item.holdingId && m_item.holdingId > 0)
                return view.holding.value;
        }
    } else {
        return tr("The current value could not be read: %1").arg(holdings.error());
    }
    return m_item.before.isEmpty() ? QStringLiteral("–") : m_item.before;
}

AssessmentChange AssessmentItemDialog::change() const
{
    AssessmentChange change;
    change.decision = ItemDecisions::fromCode(m_decision->currentData().toString()).value_or(m_item.decision);
    change.ground = m_ground->currentData().toString();
    change.legalReference = m_legalReference->text();
    change.retainUntil = change.decision == ItemDecision::Keep ? m_retainUntil->date() : QDate();
    change.note = m_note->toPlainText();
    const bool takesText = change.decision == ItemDecision::Rectify || change.decision == ItemDecision::Redact;
    change.after = takesText ? m_corrected->text() : QString();
    return change;
}

void AssessmentItemDialog::setChange(const AssessmentChange& change)
{
    {
        const QSignalBlocker blocker(m_decision);
        m_decision->setCurrentIndex(std::max(0, m_decision->findData(ItemDecisions::code(change.decision))));
    }
    fillGrounds(change.ground);
    m_legalReference->setText(change.legalReference);
    m_retainUntil->setDate(change.retainUntil.isValid() ? change.retainUntil : m_session.cases().today());
    m_note->setPlainText(change.note);
    m_corrected->setText(change.after);
    updateRows();
}

bool AssessmentItemDialog::save()
{
    Result<AssessmentRecord> saved = m_session.cases().changeAssessment(m_record.reference, m_item.id, change());
    if (!saved) {
        // Everything typed stays on the form.
        ProblemLabel::show(m_problem, saved.error(), true);
        return false;
    }
    m_saved = saved.value();
    accept();
    return true;
}

} // namespace dsar
