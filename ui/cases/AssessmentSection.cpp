#include "AssessmentSection.h"

#include "AssessmentItemDialog.h"
#include "AssessmentTableModel.h"
#include "CaseFormParts.h"
#include "DecisionPanelParts.h"
#include "ProblemLabel.h"
#include "services/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dsar {

AssessmentSection::AssessmentSection(Session& session, const QString& reference, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("assessmentSection"));
    m_intro = CaseFormParts::valueLabel(QStringLiteral("assessmentIntro"), this);
    m_empty = CaseFormParts::valueLabel(QStringLiteral("assessmentEmpty"), this);
    m_model = new AssessmentTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("assessmentTable"));
    m_table->setModel(m_model);
    DecisionPanelParts::setUpList(m_table);
    // Enter (or a double click) on an item opens it, as the Change button does.
    connect(m_table, &QTableView::activated, this, &AssessmentSection::changeSelectedItem);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssessmentSection::updateButtons);

    m_assessButton = DecisionPanelParts::button(QStringLiteral("assessButton"), this);
    connect(m_assessButton, &QPushButton::clicked, this, &AssessmentSection::assess);
    m_changeButton = DecisionPanelParts::button(QStringLiteral("changeItemButton"), this);
    connect(m_changeButton, &QPushButton::clicked, this, &AssessmentSection::changeSelectedItem);
    m_message = ProblemLabel::create(QStringLiteral("assessmentMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assessButton);
    buttons->addWidget(m_changeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    retranslateUi();
}

void AssessmentSection::retranslateUi()
{
    setTitle(tr("1. Assessment of each item"));
    m_intro->setText(tr("What the request means for each of the data subject's holdings at this "
                        "organisation, with the legal ground for each decision."));
    m_empty->setText(tr("Not assessed yet. The assessment is drafted from the data subject's holdings and the "
                        "processing register; check each item afterwards."));
    m_table->setAccessibleName(tr("Assessed items"));
    m_assessButton->setText(tr("&Begin assessment"));
    m_assessButton->setAccessibleName(tr("Begin the assessment"));
    m_assessButton->setToolTip(tr("Draft a decision for each holding from the processing register and its "
                                  "retention rules"));
    m_changeButton->setText(tr("Chan&ge item…"));
    m_changeButton->setAccessibleName(tr("Change the selected item"));
    m_changeButton->setToolTip(tr("Change the decision, ground, legal reference or note of the selected item"));
    m_message->setAccessibleName(tr("Result of the last assessment step"));
    m_model->retranslate();
}

void AssessmentSection::setCase(const CaseRecord& record)
{
    m_record = record;
    const QVariant selected = m_table->currentIndex().data(AssessmentTableModel::ItemIdRole);
    Result<QList<AssessmentRecord>> items = m_session.cases().assessment(m_reference);
    m_model->setItems(items ? items.value() : QList<AssessmentRecord>());
    if (!items)
        showMessage(tr("The assessment could not be read: %1").arg(items.error()), true);
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->index(i, 0).data(AssessmentTableModel::ItemIdRole) == selected)
            row = i;
    }
    DecisionPanelParts::selectRow(m_table, row);
    m_empty->setVisible(items && !hasItems());
    m_table->setVisible(hasItems());
    DecisionPanelParts::fitList(
        m_table,
        { AssessmentTableModel::GroundColumn, AssessmentTableModel::StateColumn, AssessmentTableModel::NoteColumn }, 8);
    updateButtons();
}

bool AssessmentSection::hasItems() const
{
    return m_model->rowCount() > 0;
}

void AssessmentSection::updateButtons()
{
    // Drafted once: afterwards the items are changed one by one.
    m_assessButton->setEnabled(m_record && !hasItems());
    m_changeButton->setEnabled(m_record && m_table->currentIndex().isValid());
}

void AssessmentSection::assess()
{
    if (!m_record)
        return;
    DecisionGround objection = DecisionGround::None;
    if (m_record->right == RequestRight::Objection) {
        // GDPR Art. 21(2)-(3) and 21(1) are drafted differently: direct marketing stops at once.
        QMessageBox box(QMessageBox::Question, tr("Kind of objection"),
                        tr("Is the objection to direct marketing, or on grounds of the data subject's particular "
                           "situation?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("objectionKindQuestion"));
        box.setInformativeText(tr("Direct marketing stops at once and the data subject is put on the suppression "
                                  "list. A particular situation needs a balancing of interests for this person."));
        QPushButton* marketing
            = box.addButton(DecisionGrounds::label(DecisionGround::DirectMarketing), QMessageBox::AcceptRole);
        marketing->setObjectName(QStringLiteral("directMarketingButton"));
        QPushButton* situation
            = box.addButton(DecisionGrounds::label(DecisionGround::ParticularSituation), QMessageBox::AcceptRole);
        situation->setObjectName(QStringLiteral("particularSituationButton"));
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() == marketing)
            objection = DecisionGround::DirectMarketing;
        else if (box.clickedButton() == situation)
            objection = DecisionGround::ParticularSituation;
        else
            return;
    }
    Result<QList<AssessmentRecord>> items = m_session.cases().assess(m_reference, objection);
    if (!items) {
        showMessage(items.error(), true);
        return;
    }
    // The service reports no change when nothing was drafted, so the list is read here as well.
    setCase(*m_record);
    showMessage(items->isEmpty()
                    ? tr("No item was drafted: the data subject has no holdings at %1 that this request covers.")
                          .arg(m_record->controllerName)
                    : tr("Items drafted: %1. Check each one, then propose the decision.").arg(items->size()),
                false);
}

void AssessmentSection::changeSelectedItem()
{
    const AssessmentRecord* item = m_model->itemAt(m_table->currentIndex().row());
    if (!m_record || !item)
        return;
    auto* dialog = new AssessmentItemDialog(m_session, *m_record, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showMessage(tr("The decision on %1 is saved.").arg(dialog->saved().describe()), false); });
    dialog->open();
}

void AssessmentSection::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
