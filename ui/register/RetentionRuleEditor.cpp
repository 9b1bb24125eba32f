#include "RetentionRuleEditor.h"

#include "ProblemLabel.h"
#include "ReadOnly.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dsar {
namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

RetentionRuleEditor::RetentionRuleEditor(QDate today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
{
    m_anchor = new QComboBox(this);
    m_anchor->setObjectName(QStringLiteral("retentionAnchor"));
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(QStringLiteral("retentionAmount"));
    m_amount->setRange(0, 36600); // 0 shows as "none"; RetentionPeriod::make holds the real limits
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("retentionUnit"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("retentionReference"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retentionReason"));
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("retentionWords"));
    m_words->setWordWrap(true);
    m_words->setTextFormat(Qt::PlainText);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_example = new QLabel(this);
    m_example->setObjectName(QStringLiteral("retentionExample"));
    m_example->setWordWrap(true);
    m_example->setTextFormat(Qt::PlainText);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_anchorLabel = new QLabel(this);
    m_anchorLabel->setBuddy(m_anchor);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_amount);
    m_referenceLabel = new QLabel(this);
    m_referenceLabel->setBuddy(m_reference);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    m_wordsLabel = new QLabel(this);
    m_exampleLabel = new QLabel(this);

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_amount);
    periodRow->addWidget(m_unit);
    periodRow->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_anchorLabel, m_anchor);
    form->addRow(m_periodLabel, periodRow);
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(m_reasonLabel, m_reason);
    // The live result in a panel of its own; a grid gives the wrapped texts the height they need, which a
    // QFormLayout does not.
    auto* preview = new QFrame(this);
    preview->setObjectName(QStringLiteral("retentionPreview"));
    preview->setFrameShape(QFrame::StyledPanel);
    preview->setBackgroundRole(QPalette::Base);
    preview->setAutoFillBackground(true);
    auto* grid = new QGridLayout(preview);
    grid->addWidget(m_wordsLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_words, 0, 1);
    grid->addWidget(m_exampleLabel, 1, 0, Qt::AlignTop);
    grid->addWidget(m_example, 1, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(preview);

    retranslateUi();
    connect(m_anchor, &QComboBox::currentIndexChanged, this, &RetentionRuleEditor::markEdited);
    connect(m_amount, &QSpinBox::valueChanged, this, &RetentionRuleEditor::markEdited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RetentionRuleEditor::markEdited);
    connect(m_reference, &QLineEdit::textEdited, this, &RetentionRuleEditor::markEdited);
    connect(m_reason, &QLineEdit::textEdited, this, &RetentionRuleEditor::markEdited);
}

void RetentionRuleEditor::setRuleText(const QString& text)
{
    const QSignalBlocker anchorBlocker(m_anchor);
    const QSignalBlocker amountBlocker(m_amount);
    const QSignalBlocker unitBlocker(m_unit);
    m_unreadable.clear();
    m_unreadableError.clear();
    RetentionRule rule;
    Result<RetentionRule> parsed = RetentionRule::parse(text);
    if (parsed) {
        rule = parsed.value();
        m_anchor->setCurrentIndex(m_anchor->findData(RetentionAnchors::code(rule.anchor)));
    } else {
        m_anchor->setCurrentIndex(-1);
        if (!text.isEmpty()) {
            m_unreadable = text;
            m_unreadableError = parsed.error();
        }
    }
    m_amount->setValue(rule.period ? rule.period->amount : 0);
    m_unit->setCurrentIndex(m_unit->findData(rule.period ? rule.period->unit : RetentionPeriod::Years));
    m_reference->setText(rule.legalReference);
    m_reason->setText(rule.reason);
    refreshPreview();
}

QString RetentionRuleEditor::ruleText() const
{
    if (!m_unreadable.isEmpty())
        return m_unreadable;
    const std::optional<RetentionAnchor> chosen = anchor();
    if (!chosen)
        return {};
    // Encoded without make(), so that the service's refusal names what is wrong.
    return RetentionRule { *chosen, period(), m_reference->text().trimmed(), m_reason->text().trimmed() }.encode();
}

void RetentionRuleEditor::setReadOnly(bool readOnly)
{
    for (QWidget* widget : std::initializer_list<QWidget*> { m_anchor, m_amount, m_unit, m_reference, m_reason })
        ReadOnly::set(widget, readOnly);
}

QString RetentionRuleEditor::describe(const RetentionRule& rule)
{
    const QString anchor = RetentionAnchors::label(rule.anchor);
    QString words;
    if (rule.anchor == RetentionAnchor::KeptWithReason)
        words = tr("%1: %2", "kept for a stated reason: reason").arg(anchor, rule.reason);
    else if (rule.anchor == RetentionAnchor::UntilProjectEnds && rule.period)
        words = tr("%1, then %2 more", "until the project ends, then 6 months more").arg(anchor, rule.period->label());
    else if (rule.period)
        words = tr("%1 %2", "2 years after collection").arg(rule.period->label(), anchor);
    else
        words = anchor;
    if (!rule.legalReference.isEmpty())
        words = tr("%1 (%2)", "rule (legal reference)").arg(words, rule.legalReference);
    return capitalised(words);
}

void RetentionRuleEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RetentionRuleEditor::retranslateUi()
{
    m_anchorLabel->setText(tr("Starting po&int:"));
    m_anchor->setAccessibleName(tr("When the retention period starts"));
    m_anchor->setPlaceholderText(tr("Choose when the period starts…"));
    m_periodLabel->setText(tr("Pe&riod:"));
    m_amount->setAccessibleName(tr("Length of the retention period"));
    m_amount->setSpecialValueText(tr("none"));
    m_unit->setAccessibleName(tr("Unit of the retention period"));
    m_referenceLabel->setText(tr("&Legal reference:"));
    m_reference->setAccessibleName(tr("Legal reference"));
    m_reference->setPlaceholderText(tr("Where the law sets the period, e.g. BFL 7 kap. 2 §; empty if you chose it"));
    m_reasonLabel->setText(tr("Re&ason:"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Required when kept for a stated reason; otherwise optional"));
    m_wordsLabel->setText(tr("Rule:"));
    m_words->setAccessibleName(tr("The retention rule in words"));
    m_exampleLabel->setText(tr("Example:"));
    m_example->setAccessibleName(tr("Example of the retention rule"));
    fillAnchors();
    fillUnits();
    refreshPreview();
}

// The combos hold codes as item data, so a language switch keeps the choice.
void RetentionRuleEditor::fillAnchors()
{
    const QSignalBlocker blocker(m_anchor);
    const QVariant current = m_anchor->currentData();
    m_anchor->clear();
    for (RetentionAnchor anchor : RetentionAnchors::all())
        m_anchor->addItem(capitalised(RetentionAnchors::label(anchor)), RetentionAnchors::code(anchor));
    m_anchor->setCurrentIndex(current.isValid() ? m_anchor->findData(current) : -1);
}

void RetentionRuleEditor::fillUnits()
{
    const QSignalBlocker blocker(m_unit);
    const QVariant current = m_unit->currentData();
    m_unit->clear();
    m_unit->addItem(tr("days"), RetentionPeriod::Days);
    m_unit->addItem(tr("months"), RetentionPeriod::Months);
    m_unit->addItem(tr("years"), RetentionPeriod::Years);
    m_unit->setCurrentIndex(
        std::max(0, m_unit->findData(current.isValid() ? current : QVariant(RetentionPeriod::Years))));
}

std::optional<RetentionAnchor> RetentionRuleEditor::anchor() const
{
    return RetentionAnchors::fromCode(m_anchor->currentData().toString());
}

std::optional<RetentionPeriod> RetentionRuleEditor::period() const
{
    const std::optional<RetentionAnchor> chosen = anchor();
    if (!chosen || !takesPeriod(*chosen) || m_amount->value() == 0)
        return std::nullopt;
    return RetentionPeriod { m_amount->value(), static_cast<RetentionPeriod::Unit>(m_unit->currentData().toInt()) };
}

bool RetentionRuleEditor::takesPeriod(RetentionAnchor anchor)
{
    return RetentionRule::make(anchor, RetentionPeriod { 1, RetentionPeriod::Years }, {}, QStringLiteral("-")).ok();
}

void RetentionRuleEditor::markEdited()
{
    m_unreadable.clear();
    m_unreadableError.clear();
    refreshPreview();
    emit edited();
}

void RetentionRuleEditor::refreshPreview()
{
    const std::optional<RetentionAnchor> chosen = anchor();
    const bool withPeriod = chosen && takesPeriod(*chosen);
    m_amount->setEnabled(withPeriod);
    m_unit->setEnabled(withPeriod && m_amount->value() > 0);
    m_example->clear();
    m_example->hide();
    m_exampleLabel->hide();
    if (!m_unreadable.isEmpty()) {
        ProblemLabel::show(m_words,
                           tr("The stored rule \"%1\" cannot be read: %2").arg(m_unreadable, m_unreadableError), true);
        return;
    }
    if (!chosen) {
        ProblemLabel::show(m_words, tr("Choose when the retention period starts."), false);
        return;
    }
    Result<RetentionRule> rule
        = RetentionRule::make(*chosen, period(), m_reference->text(), m_reason->text()); // trims, as the service does
    if (!rule) {
        ProblemLabel::show(m_words, rule.error(), true);
        return;
    }
    ProblemLabel::show(m_words, describe(rule.value()), false);

    // An event today shows what the engine will compute; a fiscal year ends on a month's last day, so the
    // example uses the last fiscal year that ended on 31 December.
    const std::optional<RetentionEvent> event = RetentionEvents::eventFor(*chosen);
    if (!event)
        return;
    const QDate date = *chosen == RetentionAnchor::AfterFiscalYearEnd ? QDate(m_today.year() - 1, 12, 31) : m_today;
    RetentionEvents events;
    events.setDate(*event, date);
    Result<RetentionOutcome> outcome = RetentionEngine::retainUntil(rule.value(), events);
    if (outcome) {
        m_example->setText(tr("%1 on %2 → %3", "the end of the project on 2027-03-10 → Kept until 2028-03-10")
                               .arg(capitalised(RetentionEvents::label(*event)), date.toString(Qt::ISODate),
                                    RetentionEngine::describe(outcome.value())));
        m_example->show();
        m_exampleLabel->show();
    }
}

} // namespace dsar
