#include "HoldingDialog.h"

#include "ActivityPicker.h"
#include "ProblemLabel.h"
#include "models/HoldingListModel.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsar {
namespace {

QLabel* makeValueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HoldingDialog::HoldingDialog(Session& session, qint64 subjectId, const QString& subjectName,
                             const std::optional<HoldingView>& existing, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_subjectId(subjectId)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("holdingDialog"));
    setWindowTitle(existing ? tr("Edit holding of %1").arg(subjectName) : tr("Add holding for %1").arg(subjectName));
    setAccessibleName(windowTitle());
    if (existing) {
        m_events = existing->holding.events;
    } else {
        // Most holdings are entered as they are found, so collected today is the likely answer.
        m_events.collected = m_session.clock().today();
    }

    auto* where = new QGroupBox(tr("Where the data are kept"), this);
    auto* whereForm = new QFormLayout(where);
    whereForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_picker = new ActivityPicker(m_session, where);
    m_picker->addRowsTo(whereForm);

    m_problem = ProblemLabel::create(QStringLiteral("holdingProblem"), tr("Why the holding was not saved"), this);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(existing ? tr("&Save changes") : tr("&Add holding"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HoldingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(createDataGroup());
    layout->addWidget(createRetentionGroup());
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_picker, &ActivityPicker::activityChanged, this, [this] {
        fillCategories();
        updateRetention();
    });
    if (existing)
        fill(*existing);
    fillCategories();
    updateRetention();
    if (!m_picker->loadProblem().isEmpty())
        ProblemLabel::show(m_problem, m_picker->loadProblem(), false);
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

QWidget* HoldingDialog::createDataGroup()
{
    auto* group = new QGroupBox(tr("The data"), this);
    m_category = new QComboBox(group);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setAccessibleName(tr("Data category"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(30);
    m_field = new QLineEdit(group);
    m_field->setObjectName(QStringLiteral("fieldEdit"));
    m_field->setAccessibleName(tr("Field"));
    m_field->setPlaceholderText(tr("The system's name for it, e.g. E-post or Fakturanummer"));
    m_field->setMaxLength(HoldingFile::maxNameLength);
    m_value = new QPlainTextEdit(group);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setAccessibleName(tr("Value"));
    m_value->setTabChangesFocus(true);
    m_value->setFixedHeight(m_value->fontMetrics().lineSpacing() * 3 + 12);
    m_provided = new QCheckBox(tr("&Provided by the data subject"), group);
    m_provided->setObjectName(QStringLiteral("providedCheck"));
    // GDPR Art. 20(1): portability covers what the subject provided.
    m_provided->setToolTip(tr("Data the subject gave you themselves are covered by the right to data portability."));

    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_provided);
    return group;
}

QWidget* HoldingDialog::createRetentionGroup()
{
    auto* group = new QGroupBox(tr("Retention (gallring)"), this);
    m_rule = makeValueLabel(QStringLiteral("ruleLabel"), group);
    m_countsFrom = makeValueLabel(QStringLiteral("countsFromLabel"), group);

    m_eventRow = new QWidget(group);
    m_eventDate = new QDateEdit(m_eventRow);
    m_eventDate->setObjectName(QStringLiteral("eventDateEdit"));
    m_eventDate->setCalendarPopup(true);
    // ISO order whatever the language: 05/03 and 03/05 must never be confused.
    m_eventDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notYet = new QCheckBox(tr("Has not happened yet"), m_eventRow);
    m_notYet->setObjectName(QStringLiteral("eventNotYetCheck"));
    auto* row = new QHBoxLayout(m_eventRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_eventDate);
    row->addWidget(m_notYet);
    row->addStretch();

    m_retainUntil = makeValueLabel(QStringLiteral("retainUntilLabel"), group);
    QFont bold = m_retainUntil->font();
    bold.setBold(true);
    m_retainUntil->setFont(bold);

    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Rule:"), m_rule);
    form->addRow(tr("Counts from:"), m_countsFrom);
    m_eventLabel = new QLabel(tr("&Date of the event:"), group);
    m_eventLabel->setBuddy(m_eventDate);
    form->addRow(m_eventLabel, m_eventRow);
    form->addRow(tr("Outcome:"), m_retainUntil);

    const auto eventEdited = [this] {
        if (!m_event)
            return;
        m_eventDate->setEnabled(!m_notYet->isChecked());
        m_events.setDate(*m_event, m_notYet->isChecked() ? std::nullopt : std::optional<QDate>(m_eventDate->date()));
        updateRetention();
    };
    connect(m_eventDate, &QDateEdit::dateChanged, this, eventEdited);
    connect(m_notYet, &QCheckBox::toggled, this, eventEdited);
    return group;
}

void HoldingDialog::fill(const HoldingView& view)
{
    m_picker->select(view.controllerId, view.holding.activityId, view.holding.system);
    m_field->setText(view.holding.field);
    m_value->setPlainText(view.holding.value);
    m_provided->setChecked(view.holding.providedBySubject);
}

void HoldingDialog::fillCategories()
{
    const QString previous = m_category->count() > 0 ? m_category->currentData().toString()
                                                     : (m_existing ? m_existing->holding.category : QString());
    m_category->clear();
    const std::optional<ProcessingActivity> activity = m_picker->activity();
    if (!activity)
        return;
    for (const DataCategory& category : activity->dataCategories) {
        // GDPR Art. 9(1): special categories are marked where they are chosen.
        m_category->addItem(category.special ? tr("%1 (special category)").arg(category.name) : category.name,
                            category.name);
    }
    const int index = m_category->findData(previous);
    m_category->setCurrentIndex(index >= 0 ? index : (m_category->count() > 0 ? 0 : -1));
}

void HoldingDialog::updateRetention()
{
    const std::optional<ProcessingActivity> activity = m_picker->activity();
    m_event.reset();
    if (!activity) {
        m_rule->setText(tr("Choose a processing activity: its retention rule decides how long the data are kept."));
        m_countsFrom->clear();
        m_retainUntil->clear();
        m_eventLabel->setVisible(false);
        m_eventRow->setVisible(false);
        m_retentionComputable = true;
        m_saveButton->setEnabled(false);
        return;
    }
    m_rule->setText(HoldingListModel::ruleText(activity->retentionRule));
    Result<RetentionRule> rule = RetentionRule::parse(activity->retentionRule);
    if (rule)
        m_event = RetentionEvents::eventFor(rule->anchor);
    m_countsFrom->setText(m_event ? RetentionEvents::label(*m_event)
                                  : tr("No event: the rule keeps the data for its stated reason, without a date."));
    m_eventLabel->setVisible(m_event.has_value());
    m_eventRow->setVisible(m_event.has_value());
    if (m_event) {
        const QSignalBlocker dateBlocker(m_eventDate);
        const QSignalBlocker notYetBlocker(m_notYet);
        const std::optional<QDate> date = m_events.date(*m_event);
        const QDate today = m_session.clock().today();
        // Only a fiscal year may end after today; other events must have happened.
        m_eventDate->setMaximumDate(*m_event == RetentionEvent::FiscalYearEnd ? QDate(9999, 12, 31) : today);
        m_eventDate->setDate(date.value_or(today));
        m_eventDate->setEnabled(date.has_value());
        m_notYet->setChecked(!date.has_value());
    }

    if (!rule) {
        m_retainUntil->setText(rule.error());
        m_retentionComputable = false;
    } else if (Result<RetentionOutcome> outcome = RetentionEngine::retainUntil(rule.value(), m_events); !outcome) {
        // E.g. a fiscal year that does not end on a month's last day: the engine says why.
        m_retainUntil->setText(outcome.error());
        m_retentionComputable = false;
    } else {
        m_retainUntil->setText(HoldingListModel::retentionText(outcome.value(), m_session.clock().today()));
        m_retentionComputable = true;
    }
    m_saveButton->setEnabled(m_retentionComputable);
}

HoldingInput HoldingDialog::input() const
{
    HoldingInput in;
    in.category = m_category->currentData().toString();
    in.field = m_field->text();
    in.value = m_value->toPlainText();
    in.providedBySubject = m_provided->isChecked();
    in.events = m_events;
    return in;
}

void HoldingDialog::save()
{
    const std::optional<ProcessingActivity> activity = m_picker->activity();
    if (!activity) {
        ProblemLabel::show(m_problem, tr("Choose the organisation and the processing activity the data belong to."),
                           true);
        return;
    }
    Result<Holding> result = m_existing
        ? m_session.holdings().update(m_existing->holding.id, activity->id, m_picker->system(), input())
        : m_session.holdings().add(m_subjectId, activity->id, m_picker->system(), input());
    if (!result) {
        // Everything typed stays on the form.
        ProblemLabel::show(m_problem, tr("The holding was not saved: %1").arg(result.error()), true);
        return;
    }
    m_saved = result.value();
    accept();
}

} // namespace dsar
