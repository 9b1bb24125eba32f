#include "IdentificationTab.h"

#include "CaseFormParts.h"
#include "ProblemLabel.h"
#include "domain/CaseWorkflow.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsar {
namespace {

enum Column
{
    KindColumn,
    ReasonColumn,
    SentColumn,
    AnsweredColumn,
    MethodColumn,
    OutcomeColumn,
    RecordedByColumn,
    ColumnCount
};

// Refills a combo with translated labels, keeping the chosen code (or none chosen).
template <typename Enum>
void fillCombo(QComboBox* combo, const QList<Enum>& values, QString (*code)(Enum), QString (*label)(Enum))
{
    const QVariant chosen = combo->currentData();
    combo->clear();
    for (Enum value : values)
        combo->addItem(label(value), code(value));
    combo->setCurrentIndex(chosen.isValid() ? combo->findData(chosen) : -1);
}

QString isoDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

} // namespace

IdentificationTab::IdentificationTab(CaseService& cases, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases)
{
    setObjectName(QStringLiteral("identificationTab"));
    auto* forms = new QHBoxLayout;
    forms->addWidget(createRequestGroup(), 1);
    forms->addWidget(createAnswerGroup(), 1);

    m_episodesTable = new QTableWidget(0, ColumnCount, this);
    m_episodesTable->setObjectName(QStringLiteral("identificationTable"));
    CaseFormParts::setUpList(m_episodesTable);
    m_episodesCaption = CaseFormParts::caption(m_episodesTable, this);

    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeIdentityNotConfirmedButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &IdentificationTab::closeIdentityNotConfirmed);
    m_message = ProblemLabel::create(QStringLiteral("identificationMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* closeRow = new QHBoxLayout;
    closeRow->addWidget(m_message, 1);
    closeRow->addStretch(); // keeps the button at its size while no message is shown
    closeRow->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(forms);
    layout->addLayout(closeRow);
    layout->addWidget(m_episodesCaption);
    layout->addWidget(m_episodesTable, 1);
    // In the order shown: the close button stands above the list.
    setTabOrder(m_closeButton, m_episodesTable);
    retranslateUi();
}

QGroupBox* IdentificationTab::createRequestGroup()
{
    m_requestGroup = new QGroupBox(this);
    m_requestGroup->setObjectName(QStringLiteral("identificationRequestGroup"));
    m_kind = new QComboBox(m_requestGroup);
    m_kind->setObjectName(QStringLiteral("identificationKindCombo"));
    m_kindCaption = CaseFormParts::caption(m_kind, m_requestGroup);
    m_reason = CaseFormParts::textEdit(QStringLiteral("identificationReasonEdit"), 3, m_requestGroup);
    m_reasonCaption = CaseFormParts::caption(m_reason, m_requestGroup);
    m_sentOn = CaseFormParts::dateEdit(QStringLiteral("identificationSentOnEdit"), m_requestGroup);
    m_sentOn->setDate(m_cases.today());
    m_sentCaption = CaseFormParts::caption(m_sentOn, m_requestGroup);
    m_requestButton = new QPushButton(m_requestGroup);
    m_requestButton->setObjectName(QStringLiteral("requestIdentificationButton"));
    connect(m_requestButton, &QPushButton::clicked, this, &IdentificationTab::requestIdentification);

    auto* form = new QFormLayout(m_requestGroup);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_kindCaption, m_kind);
    form->addRow(m_reasonCaption, m_reason);
    form->addRow(m_sentCaption, m_sentOn);
    form->addRow(QString(), m_requestButton);
    form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->setAlignment(Qt::AlignLeft);
    return m_requestGroup;
}

QGroupBox* IdentificationTab::createAnswerGroup()
{
    m_answerGroup = new QGroupBox(this);
    m_answerGroup->setObjectName(QStringLiteral("identificationAnswerGroup"));
    m_waitingFor = CaseFormParts::valueLabel(QStringLiteral("identificationWaitingFor"), m_answerGroup);
    m_answeredOn = CaseFormParts::dateEdit(QStringLiteral("identificationAnsweredOnEdit"), m_answerGroup);
    m_answeredOn->setDate(m_cases.today());
    m_answeredCaption = CaseFormParts::caption(m_answeredOn, m_answerGroup);
    m_outcome = new QComboBox(m_answerGroup);
    m_outcome->setObjectName(QStringLiteral("identificationOutcomeCombo"));
    m_outcomeCaption = CaseFormParts::caption(m_outcome, m_answerGroup);
    m_method = new QComboBox(m_answerGroup);
    m_method->setObjectName(QStringLiteral("identificationMethodCombo"));
    m_methodCaption = CaseFormParts::caption(m_method, m_answerGroup);
    m_answerButton = new QPushButton(m_answerGroup);
    m_answerButton->setObjectName(QStringLiteral("recordAnswerButton"));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &IdentificationTab::updateMethodChoice);
    connect(m_answerButton, &QPushButton::clicked, this, &IdentificationTab::recordAnswer);

    auto* form = new QFormLayout(m_answerGroup);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_waitingFor);
    form->addRow(m_answeredCaption, m_answeredOn);
    form->addRow(m_outcomeCaption, m_outcome);
    form->addRow(m_methodCaption, m_method);
    form->addRow(QString(), m_answerButton);
    form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->setAlignment(Qt::AlignLeft);
    return m_answerGroup;
}

void IdentificationTab::retranslateUi()
{
    m_requestGroup->setTitle(tr("Ask for identification or clarification"));
    m_kindCaption->setText(tr("As&k for:"));
    m_kind->setAccessibleName(tr("What to ask the data subject for"));
    fillCombo(m_kind, ClockStopKinds::all(), &ClockStopKinds::code, &ClockStopKinds::label);
    if (m_kind->currentIndex() < 0)
        m_kind->setCurrentIndex(0);
    m_reasonCaption->setText(tr("&Reason:"));
    m_reason->setAccessibleName(tr("Reason: why identity is in doubt, or what needs clarifying"));
    m_reason->setPlaceholderText(tr("Why identity is in doubt, or what in the request needs clarifying"));
    m_sentCaption->setText(tr("Sent &on:"));
    m_sentOn->setAccessibleName(tr("Date the request was sent"));
    m_requestButton->setText(tr("Record re&quest"));
    m_requestButton->setAccessibleName(tr("Record the request for identification or clarification"));

    m_answerGroup->setTitle(tr("Record the answer"));
    m_waitingFor->setAccessibleName(tr("Request waiting for an answer"));
    m_answeredCaption->setText(tr("Answer arri&ved:"));
    m_answeredOn->setAccessibleName(tr("Date the answer arrived"));
    m_outcomeCaption->setText(tr("Res&ult:"));
    m_outcome->setAccessibleName(tr("What the answer showed"));
    fillCombo(m_outcome, IdentificationOutcomes::all(), &IdentificationOutcomes::code, &IdentificationOutcomes::label);
    if (m_outcome->currentIndex() < 0)
        m_outcome->setCurrentIndex(0);
    m_methodCaption->setText(tr("Metho&d:"));
    m_method->setAccessibleName(tr("How identity was established"));
    m_method->setPlaceholderText(tr("Choose how identity was established"));
    fillCombo(m_method, IdentificationMethods::all(), &IdentificationMethods::code, &IdentificationMethods::label);
    m_answerButton->setText(tr("Record ans&wer"));
    m_answerButton->setAccessibleName(tr("Record the answer"));

    m_episodesCaption->setText(tr("Requests and answers so far:"));
    m_episodesTable->setAccessibleName(tr("Requests for identification or clarification and their answers"));
    m_episodesTable->setHorizontalHeaderLabels(
        { tr("Asked for"), tr("Reason"), tr("Sent"), tr("Answered"), tr("Method"), tr("Result"), tr("Recorded by") });
    m_closeButton->setText(tr("Close as identity not con&firmed…"));
    m_closeButton->setAccessibleName(tr("Close the case as identity not confirmed"));
    m_closeButton->setToolTip(tr("For a data subject who never confirmed their identity after the wait"));
    m_message->setAccessibleName(tr("Result of the last identification step"));
    fillEpisodes();
}

void IdentificationTab::setCase(const CaseRecord& record, const Result<QList<IdentificationRecord>>& episodes)
{
    m_record = record;
    m_loadError = episodes ? QString() : episodes.error();
    m_episodes = episodes ? episodes.value() : QList<IdentificationRecord>();
    fillEpisodes();
}

void IdentificationTab::fillEpisodes()
{
    m_episodesTable->setRowCount(static_cast<int>(m_episodes.size()));
    const IdentificationRecord* open = nullptr;
    for (int row = 0; row < m_episodes.size(); ++row) {
        const IdentificationRecord& episode = m_episodes.at(row);
        if (episode.isOpen())
            open = &episode;
        const QStringList cells {
            ClockStopKinds::label(episode.kind),
            episode.reason,
            episode.requestedOn.toString(Qt::ISODate),
            episode.isOpen() ? tr("Waiting") : isoDate(episode.answeredOn),
            episode.method ? IdentificationMethods::label(*episode.method) : QString(),
            episode.outcome ? IdentificationOutcomes::label(*episode.outcome) : QString(),
            episode.recordedBy,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_episodesTable->setItem(row, column, item);
        }
        m_episodesTable->item(row, ReasonColumn)->setToolTip(episode.reason);
    }
    for (int column : { KindColumn, SentColumn, AnsweredColumn, MethodColumn, OutcomeColumn })
        m_episodesTable->resizeColumnToContents(column);
    m_episodesTable->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_episodesTable->horizontalHeader()->setStretchLastSection(false);
    m_episodesTable->resizeColumnToContents(RecordedByColumn);

    const bool caseOpen = m_record && m_record->isOpen() && m_loadError.isEmpty();
    m_requestGroup->setEnabled(caseOpen && !open);
    m_answerGroup->setEnabled(caseOpen && open);
    if (!m_loadError.isEmpty())
        m_waitingFor->setText(tr("The requests for identification could not be read: %1").arg(m_loadError));
    else if (open)
        m_waitingFor->setText(tr("Waiting for the answer to: %1, sent on %2.")
                                  .arg(ClockStopKinds::label(open->kind), open->requestedOn.toString(Qt::ISODate)));
    else
        m_waitingFor->setText(tr("No request is waiting for an answer."));
    m_closeButton->setEnabled(m_record
                              && CaseWorkflow::next(m_record->status).contains(CaseStatus::IdentityNotConfirmed));
    updateMethodChoice();
}

void IdentificationTab::updateMethodChoice()
{
    // The method says how identity was established: asked only for a confirmed identity, never for a
    // clarification (CaseService::recordIdentification).
    const IdentificationRecord* open = nullptr;
    for (const IdentificationRecord& episode : std::as_const(m_episodes)) {
        if (episode.isOpen())
            open = &episode;
    }
    const bool confirmed = m_outcome->currentData() == IdentificationOutcomes::code(IdentificationOutcome::Confirmed);
    m_method->setEnabled(open && open->kind == ClockStopEpisode::Kind::Identity && confirmed);
}

bool IdentificationTab::hasUnsavedText() const
{
    return !m_reason->toPlainText().trimmed().isEmpty();
}

void IdentificationTab::startStep(CaseStatus to)
{
    if (to == CaseStatus::IdentityNotConfirmed) {
        closeIdentityNotConfirmed();
        return;
    }
    const bool answer = to == CaseStatus::InProgress;
    showMessage(answer ? tr("Record the data subject's answer: a confirmed identity moves the case on.")
                       : tr("Record the request for identification or clarification: the case then waits for the "
                            "answer."),
                false);
    (answer ? static_cast<QWidget*>(m_answeredOn) : m_reason)->setFocus();
}

void IdentificationTab::requestIdentification()
{
    if (!m_record)
        return;
    const auto kind = ClockStopKinds::fromCode(m_kind->currentData().toString());
    if (!kind)
        return;
    Result<CaseRecord> requested
        = m_cases.requestIdentification(m_record->reference, *kind, m_reason->toPlainText(), m_sentOn->date());
    if (!requested) {
        showMessage(requested.error(), true);
        return;
    }
    m_reason->clear();
    showMessage(requested->clockStopped
                    ? tr("The request is recorded. The clock is stopped until the answer is recorded.")
                    : tr("The request is recorded, but it stops no clock: see the warning at the top."),
                false);
}

void IdentificationTab::recordAnswer()
{
    if (!m_record)
        return;
    const auto outcome = IdentificationOutcomes::fromCode(m_outcome->currentData().toString());
    if (!outcome)
        return;
    std::optional<IdentificationMethod> method;
    if (m_method->isEnabled())
        method = IdentificationMethods::fromCode(m_method->currentData().toString());
    Result<CaseRecord> answered
        = m_cases.recordIdentification(m_record->reference, m_answeredOn->date(), method, *outcome);
    if (!answered) {
        showMessage(answered.error(), true);
        return;
    }
    m_method->setCurrentIndex(-1);
    showMessage(tr("The answer is recorded and the deadlines are computed again. The case is \"%1\".")
                    .arg(CaseStatuses::label(answered->status)),
                false);
}

void IdentificationTab::closeIdentityNotConfirmed()
{
    if (!m_record)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Close as identity not confirmed?"),
                    tr("Close %1 as \"identity not confirmed\"?").arg(m_record->reference), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("identityNotConfirmedConfirmation"));
    box.setInformativeText(tr("The case ends and can no longer change. Do this only when the data subject has not "
                              "answered the request for identification, also after a reminder. Tell the data subject "
                              "that the case is closed, with their right to complain to IMY and to go to court."));
    QPushButton* confirm = box.addButton(tr("&Close the case"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    Result<CaseRecord> closed = m_cases.closeIdentityNotConfirmed(m_record->reference);
    if (!closed) {
        showMessage(closed.error(), true);
        return;
    }
    showMessage(tr("The case is closed as \"%1\".").arg(CaseStatuses::label(closed->status)), false);
}

void IdentificationTab::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
