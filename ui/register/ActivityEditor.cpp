#include "ActivityEditor.h"

#include "LegalBasesEditor.h"
#include "ProblemLabel.h"
#include "ReadOnly.h"
#include "RetentionRuleEditor.h"
#include "TableEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsar {
namespace {

using Kind = TableEditor::ColumnKind;

QPlainTextEdit* makeTextEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    // Room for a paragraph; longer texts scroll.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 6 + 2 * edit->frameWidth() + 8);
    return edit;
}

// Groups keep their natural height; spare room goes below them, not into gaps inside them.
void keepNaturalHeight(QWidget* page)
{
    for (QGroupBox* group : page->findChildren<QGroupBox*>(Qt::FindDirectChildrenOnly))
        group->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

// The items of a choice column from one of the core's code-and-label classes (SourceKinds, ...).
template <typename Labels>
QList<TableEditor::Choice> choicesOf()
{
    QList<TableEditor::Choice> choices;
    for (auto value : Labels::all())
        choices.append({ Labels::code(value), Labels::label(value) });
    return choices;
}

} // namespace

ActivityEditor::ActivityEditor(QDate today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("activityName"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    m_tabs->addTab(createPurposesPage(), QString());
    m_tabs->addTab(createDataPage(), QString());
    m_tabs->addTab(createRecipientsPage(), QString());
    m_tabs->addTab(createRetentionPage(), QString());
    m_tabs->addTab(createAutomatedDecisionPage(), QString());

    auto* nameRow = new QFormLayout;
    nameRow->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    nameRow->addRow(m_nameLabel, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nameRow);
    layout->addWidget(m_tabs, 1);

    retranslateUi();
    connect(m_name, &QLineEdit::textEdited, this, &ActivityEditor::markEdited);
    connect(m_legalBases, &LegalBasesEditor::edited, this, &ActivityEditor::markEdited);
    for (TableEditor* table :
         { m_purposes, m_dataCategories, m_subjectCategories, m_sources, m_systems, m_recipients, m_transfers })
        connect(table, &TableEditor::edited, this, &ActivityEditor::markEdited);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &ActivityEditor::markEdited);
    connect(m_retention, &RetentionRuleEditor::edited, this, &ActivityEditor::markEdited);
    connect(m_retentionNote, &QPlainTextEdit::textChanged, this, &ActivityEditor::markEdited);
    connect(m_automated, &QCheckBox::toggled, this, &ActivityEditor::markEdited);
    connect(m_logic, &QPlainTextEdit::textChanged, this, &ActivityEditor::markEdited);
    connect(m_significance, &QPlainTextEdit::textChanged, this, &ActivityEditor::markEdited);
    setActivity({});
}

QGroupBox* ActivityEditor::addGroup(QWidget* content, const QString& objectName)
{
    auto* group = new QGroupBox(this);
    group->setObjectName(objectName);
    group->setFlat(true); // the tab already frames it
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    m_groups << group;
    return group;
}

QWidget* ActivityEditor::createPurposesPage()
{
    auto* page = new QWidget(this);
    m_purposes = new TableEditor({ Kind::Text }, page);
    m_purposes->setObjectName(QStringLiteral("purposesEditor"));
    m_legalBases = new LegalBasesEditor(page);
    m_legalBases->setObjectName(QStringLiteral("legalBasesEditor"));
    m_purposes->setMaximumVisibleRows(8);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(addGroup(m_purposes, QStringLiteral("purposesGroup")));
    layout->addWidget(addGroup(m_legalBases, QStringLiteral("legalBasesGroup")));
    layout->addStretch();
    keepNaturalHeight(page);
    return page;
}

QWidget* ActivityEditor::createDataPage()
{
    auto* page = new QWidget(this);
    m_dataCategories = new TableEditor({ Kind::Text, Kind::Check }, page);
    m_dataCategories->setObjectName(QStringLiteral("dataCategoriesEditor"));
    m_condition = new QComboBox(page);
    m_condition->setObjectName(QStringLiteral("specialCondition"));
    m_condition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_condition->setMinimumContentsLength(20);
    m_conditionLabel = new QLabel(page);
    m_conditionLabel->setBuddy(m_condition);
    m_conditionHint = ProblemLabel::create(QStringLiteral("specialConditionHint"), QString(), page);
    auto* conditionRow = new QFormLayout;
    conditionRow->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    conditionRow->addRow(m_conditionLabel, m_condition);
    auto* categories = new QWidget(page);
    auto* categoriesLayout = new QVBoxLayout(categories);
    categoriesLayout->setContentsMargins(0, 0, 0, 0);
    categoriesLayout->addWidget(m_dataCategories, 1);
    categoriesLayout->addLayout(conditionRow);
    categoriesLayout->addWidget(m_conditionHint);

    m_subjectCategories = new TableEditor({ Kind::Text }, page);
    m_subjectCategories->setObjectName(QStringLiteral("subjectCategoriesEditor"));
    m_sources = new TableEditor({ Kind::Choice, Kind::Text }, page);
    m_sources->setObjectName(QStringLiteral("sourcesEditor"));
    m_sources->setNewRow({ SourceKinds::code(SourceKind::DataSubject), QString() });
    m_systems = new TableEditor({ Kind::Text }, page);
    m_systems->setObjectName(QStringLiteral("systemsEditor"));

    auto* grid = new QGridLayout(page);
    grid->addWidget(addGroup(categories, QStringLiteral("dataCategoriesGroup")), 0, 0);
    grid->addWidget(addGroup(m_subjectCategories, QStringLiteral("subjectCategoriesGroup")), 0, 1);
    grid->addWidget(addGroup(m_sources, QStringLiteral("sourcesGroup")), 1, 0);
    grid->addWidget(addGroup(m_systems, QStringLiteral("systemsGroup")), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    connect(m_dataCategories, &TableEditor::edited, this, &ActivityEditor::updateDependentFields);
    return page;
}

QWidget* ActivityEditor::createRecipientsPage()
{
    auto* page = new QWidget(this);
    m_recipients = new TableEditor({ Kind::Text, Kind::Choice, Kind::Country, Kind::Text }, page);
    m_recipients->setObjectName(QStringLiteral("recipientsEditor"));
    m_recipients->setNewRow(
        { QString(), RecipientRoles::code(RecipientRole::Processor), QStringLiteral("SE"), QString() });
    m_transfers = new TableEditor({ Kind::Country, Kind::Text, Kind::Choice, Kind::Text }, page);
    m_transfers->setObjectName(QStringLiteral("transfersEditor"));
    m_transfers->setNewRow({ QString(), QString(), QString(), QString() });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(addGroup(m_recipients, QStringLiteral("recipientsGroup")), 3);
    layout->addWidget(addGroup(m_transfers, QStringLiteral("transfersGroup")), 2);
    return page;
}

QWidget* ActivityEditor::createRetentionPage()
{
    auto* page = new QWidget(this);
    m_retention = new RetentionRuleEditor(m_today, page);
    m_retention->setObjectName(QStringLiteral("retentionEditor"));
    m_retentionNote = makeTextEdit(QStringLiteral("retentionNote"), page);
    m_retentionNoteLabel = new QLabel(page);
    m_retentionNoteLabel->setBuddy(m_retentionNote);
    auto* note = new QWidget(page);
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(m_retentionNoteLabel);
    noteLayout->addWidget(m_retentionNote);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(addGroup(m_retention, QStringLiteral("retentionGroup")));
    layout->addWidget(addGroup(note, QStringLiteral("retentionNoteGroup")));
    layout->addStretch();
    keepNaturalHeight(page);
    return page;
}

QWidget* ActivityEditor::createAutomatedDecisionPage()
{
    auto* page = new QWidget(this);
    m_automated = new QCheckBox(page);
    m_automated->setObjectName(QStringLiteral("automatedDecision"));
    m_logic = makeTextEdit(QStringLiteral("automatedLogic"), page);
    m_logicLabel = new QLabel(page);
    m_logicLabel->setBuddy(m_logic);
    m_significance = makeTextEdit(QStringLiteral("automatedSignificance"), page);
    m_significanceLabel = new QLabel(page);
    m_significanceLabel->setBuddy(m_significance);
    auto* content = new QWidget(page);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_automated);
    contentLayout->addWidget(m_logicLabel);
    contentLayout->addWidget(m_logic);
    contentLayout->addWidget(m_significanceLabel);
    contentLayout->addWidget(m_significance);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(addGroup(content, QStringLiteral("automatedGroup")));
    layout->addStretch();
    keepNaturalHeight(page);
    connect(m_automated, &QCheckBox::toggled, this, &ActivityEditor::updateDependentFields);
    return page;
}

void ActivityEditor::setActivity(const ProcessingActivity& activity)
{
    m_loading = true;
    m_shown = activity;
    m_name->setText(activity.name);
    m_purposes->setTexts(activity.purposes);
    m_legalBases->setEntries(activity.legalBases);
    QList<QVariantList> rows;
    for (const DataCategory& category : activity.dataCategories)
        rows << QVariantList { category.name, category.special };
    m_dataCategories->setRows(rows);
    m_condition->setCurrentIndex(std::max(
        0,
        m_condition->findData(activity.specialCondition ? SpecialCategoryConditions::code(*activity.specialCondition)
                                                        : QString())));
    m_subjectCategories->setTexts(activity.subjectCategories);
    rows.clear();
    for (const Source& source : activity.sources)
        rows << QVariantList { SourceKinds::code(source.kind), source.name };
    m_sources->setRows(rows);
    m_systems->setTexts(activity.systems);
    rows.clear();
    for (const Recipient& recipient : activity.recipients)
        rows << QVariantList { recipient.name, RecipientRoles::code(recipient.role), recipient.country,
                               recipient.purpose };
    m_recipients->setRows(rows);
    rows.clear();
    for (const Transfer& transfer : activity.transfers) {
        rows << QVariantList { transfer.country, transfer.recipient,
                               transfer.safeguard ? TransferSafeguards::code(*transfer.safeguard) : QString(),
                               transfer.note };
    }
    m_transfers->setRows(rows);
    m_retention->setRuleText(activity.retentionRule);
    m_retentionNote->setPlainText(activity.retentionNote);
    m_automated->setChecked(activity.automatedDecision.has_value());
    m_logic->setPlainText(activity.automatedDecision ? activity.automatedDecision->logic : QString());
    m_significance->setPlainText(activity.automatedDecision ? activity.automatedDecision->significance : QString());
    m_loading = false;
    updateDependentFields();
    m_unchanged = this->activity();
}

ProcessingActivity ActivityEditor::activity() const
{
    ProcessingActivity a;
    a.id = m_shown.id;
    a.controllerId = m_shown.controllerId;
    a.name = m_name->text();
    a.purposes = m_purposes->texts();
    a.legalBases = m_legalBases->entries();
    bool anySpecial = false;
    for (const QVariantList& row : m_dataCategories->rows()) {
        a.dataCategories.append({ row.value(0).toString(), row.value(1).toBool() });
        anySpecial = anySpecial || row.value(1).toBool();
    }
    // The condition is kept on the form while no category is special, but only saved with one.
    if (anySpecial)
        a.specialCondition = SpecialCategoryConditions::fromCode(m_condition->currentData().toString());
    a.subjectCategories = m_subjectCategories->texts();
    for (const QVariantList& row : m_sources->rows())
        a.sources.append(
            { SourceKinds::fromCode(row.value(0).toString()).value_or(SourceKind::Other), row.value(1).toString() });
    for (const QVariantList& row : m_recipients->rows()) {
        a.recipients.append({ row.value(0).toString(),
                              RecipientRoles::fromCode(row.value(1).toString()).value_or(RecipientRole::Processor),
                              row.value(2).toString(), row.value(3).toString() });
    }
    for (const QVariantList& row : m_transfers->rows()) {
        a.transfers.append({ row.value(0).toString(), row.value(1).toString(),
                             TransferSafeguards::fromCode(row.value(2).toString()), row.value(3).toString() });
    }
    if (m_automated->isChecked())
        a.automatedDecision = AutomatedDecision { m_logic->toPlainText(), m_significance->toPlainText() };
    a.systems = m_systems->texts();
    a.retentionRule = m_retention->ruleText();
    a.retentionNote = m_retentionNote->toPlainText();
    return a;
}

bool ActivityEditor::isModified() const
{
    return activity() != m_unchanged;
}

void ActivityEditor::setReadOnly(bool readOnly)
{
    for (QWidget* widget :
         std::initializer_list<QWidget*> { m_name, m_condition, m_retentionNote, m_automated, m_logic, m_significance })
        ReadOnly::set(widget, readOnly);
    for (TableEditor* table :
         { m_purposes, m_dataCategories, m_subjectCategories, m_sources, m_systems, m_recipients, m_transfers })
        table->setReadOnly(readOnly);
    m_legalBases->setReadOnly(readOnly);
    m_retention->setReadOnly(readOnly);
}

void ActivityEditor::focusName()
{
    m_tabs->setCurrentIndex(0);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ActivityEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityEditor::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name of the processing activity"));
    m_tabs->setAccessibleName(tr("Parts of the processing activity"));
    m_name->setPlaceholderText(tr("e.g. Recruitment, CRM system, Newsletter"));
    m_tabs->setTabText(0, tr("Purposes and legal bases"));
    m_tabs->setTabText(1, tr("Personal data"));
    m_tabs->setTabText(2, tr("Recipients and transfers"));
    m_tabs->setTabText(3, tr("Retention"));
    m_tabs->setTabText(4, tr("Automated decisions"));

    const QHash<QString, QString> titles = {
        { QStringLiteral("purposesGroup"), tr("Purposes (GDPR Art. 30(1)(b))") },
        { QStringLiteral("legalBasesGroup"), tr("Legal bases (GDPR Art. 6(1))") },
        { QStringLiteral("dataCategoriesGroup"), tr("Categories of personal data") },
        { QStringLiteral("subjectCategoriesGroup"), tr("Categories of data subjects") },
        { QStringLiteral("sourcesGroup"), tr("Sources (GDPR Art. 14(2)(f))") },
        { QStringLiteral("systemsGroup"), tr("Systems") },
        { QStringLiteral("recipientsGroup"), tr("Recipients (GDPR Art. 30(1)(d))") },
        { QStringLiteral("transfersGroup"), tr("Transfers to third countries (GDPR Art. 44-49)") },
        { QStringLiteral("retentionGroup"), tr("Retention rule (GDPR Art. 30(1)(f))") },
        { QStringLiteral("retentionNoteGroup"), tr("Note on retention") },
        { QStringLiteral("automatedGroup"), tr("Automated decisions and profiling (GDPR Art. 22)") },
    };
    for (QGroupBox* group : std::as_const(m_groups)) {
        group->setTitle(titles.value(group->objectName()));
        group->setAccessibleName(group->title());
    }

    m_purposes->setButtonNames(tr("Add a purpose"), tr("Remove the selected purpose"));
    m_purposes->table()->setAccessibleName(tr("Purposes"));
    m_dataCategories->setColumnTitles({ tr("Category"), tr("Special category (Art. 9)") });
    m_dataCategories->setButtonNames(tr("Add a data category"), tr("Remove the selected data category"));
    m_dataCategories->table()->setAccessibleName(tr("Categories of personal data"));
    m_conditionLabel->setText(tr("Art. 9(2) &condition:"));
    m_condition->setAccessibleName(tr("Condition for special-category data (GDPR Art. 9(2))"));
    m_conditionHint->setAccessibleName(tr("Condition needed"));
    m_subjectCategories->setButtonNames(tr("Add a category of data subjects"),
                                        tr("Remove the selected category of data subjects"));
    m_subjectCategories->table()->setAccessibleName(tr("Categories of data subjects"));
    m_sources->setColumnTitles({ tr("Kind"), tr("Name") });
    m_sources->setButtonNames(tr("Add a source"), tr("Remove the selected source"));
    m_sources->table()->setAccessibleName(tr("Sources"));
    m_systems->setButtonNames(tr("Add a system"), tr("Remove the selected system"));
    m_systems->table()->setAccessibleName(tr("Systems"));
    m_recipients->setColumnTitles({ tr("Name"), tr("Role"), tr("Country"), tr("Purpose") });
    m_recipients->setButtonNames(tr("Add a recipient"), tr("Remove the selected recipient"));
    m_recipients->table()->setAccessibleName(tr("Recipients"));
    m_transfers->setColumnTitles({ tr("Country"), tr("Recipient"), tr("Safeguard"), tr("Note") });
    m_transfers->setButtonNames(tr("Add a transfer"), tr("Remove the selected transfer"));
    m_transfers->table()->setAccessibleName(tr("Transfers to third countries"));
    m_retentionNoteLabel->setText(tr("Not&e, e.g. as the privacy notice words it:"));
    m_retentionNote->setAccessibleName(tr("Retention note"));
    m_automated->setText(tr("The processing includes a&utomated decisions, including profiling"));
    m_logicLabel->setText(tr("&Logic involved:"));
    m_logic->setAccessibleName(tr("Logic of the automated decision"));
    m_significanceLabel->setText(tr("S&ignificance and envisaged consequences for the data subject:"));
    m_significance->setAccessibleName(tr("Significance of the automated decision"));
    fillChoices();
    updateDependentFields();
}

// Labels come from the core in the current language; rows and the combo keep their codes.
void ActivityEditor::fillChoices()
{
    m_sources->setChoices(0, choicesOf<SourceKinds>());
    m_recipients->setChoices(1, choicesOf<RecipientRoles>());
    QList<TableEditor::Choice> safeguards = { { QString(), tr("None (within the EU/EEA)") } };
    safeguards << choicesOf<TransferSafeguards>();
    m_transfers->setChoices(2, safeguards);
    m_subjectCategories->setCompletions(0, ProcessingActivities::suggestedSubjectCategories());

    const QSignalBlocker blocker(m_condition);
    const QString current = m_condition->currentData().toString();
    m_condition->clear();
    m_condition->addItem(tr("None"), QString());
    for (SpecialCategoryCondition condition : SpecialCategoryConditions::all())
        m_condition->addItem(SpecialCategoryConditions::label(condition), SpecialCategoryConditions::code(condition));
    m_condition->setCurrentIndex(std::max(0, m_condition->findData(current)));
}

void ActivityEditor::updateDependentFields()
{
    bool anySpecial = false;
    for (const QVariantList& row : m_dataCategories->rows())
        anySpecial = anySpecial || row.value(1).toBool();
    // GDPR Art. 9: the service refuses special categories without a condition; the form says so first.
    m_condition->setEnabled(anySpecial);
    m_conditionLabel->setEnabled(anySpecial);
    const bool missing = anySpecial && m_condition->currentData().toString().isEmpty();
    ProblemLabel::show(m_conditionHint,
                       missing ? tr("Required: a category is marked as special-category data (GDPR Art. 9(1)). "
                                    "Choose the Art. 9(2) condition that allows it.")
                               : QString(),
                       false);

    const bool automated = m_automated->isChecked();
    for (QWidget* widget :
         std::initializer_list<QWidget*> { m_logicLabel, m_logic, m_significanceLabel, m_significance })
        widget->setEnabled(automated);
}

void ActivityEditor::markEdited()
{
    if (m_loading)
        return;
    updateDependentFields();
    emit edited();
}

} // namespace dsar
