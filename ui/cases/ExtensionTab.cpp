#include "ExtensionTab.h"

#include "CaseFormParts.h"
#include "DisplayFormat.h"
#include "ProblemLabel.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dsar {

ExtensionTab::ExtensionTab(CaseService& cases, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases)
{
    setObjectName(QStringLiteral("extensionTab"));
    m_stateGroup = new QGroupBox(this);
    m_stateGroup->setObjectName(QStringLiteral("extensionStateGroup"));
    m_state = CaseFormParts::valueLabel(QStringLiteral("extensionState"), m_stateGroup);
    m_note = CaseFormParts::valueLabel(QStringLiteral("extensionNote"), m_stateGroup);
    m_approveButton = new QPushButton(m_stateGroup);
    m_approveButton->setObjectName(QStringLiteral("approveExtensionButton"));
    connect(m_approveButton, &QPushButton::clicked, this, &ExtensionTab::approveExtension);
    auto* stateLayout = new QVBoxLayout(m_stateGroup);
    stateLayout->addWidget(m_state);
    stateLayout->addWidget(m_note);
    stateLayout->addWidget(m_approveButton, 0, Qt::AlignLeft);

    m_requestGroup = new QGroupBox(this);
    m_requestGroup->setObjectName(QStringLiteral("extensionRequestGroup"));
    m_reason = new QComboBox(m_requestGroup);
    m_reason->setObjectName(QStringLiteral("extensionReasonCombo"));
    m_reasonCaption = CaseFormParts::caption(m_reason, m_requestGroup);
    m_noteEdit = CaseFormParts::textEdit(QStringLiteral("extensionNoteEdit"), 4, m_requestGroup);
    m_noteCaption = CaseFormParts::caption(m_noteEdit, m_requestGroup);
    m_requestButton = new QPushButton(m_requestGroup);
    m_requestButton->setObjectName(QStringLiteral("requestExtensionButton"));
    connect(m_requestButton, &QPushButton::clicked, this, &ExtensionTab::requestExtension);
    auto* form = new QFormLayout(m_requestGroup);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_reasonCaption, m_reason);
    form->addRow(m_noteCaption, m_noteEdit);
    form->addRow(QString(), m_requestButton);
    form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole)->setAlignment(Qt::AlignLeft);

    m_message = ProblemLabel::create(QStringLiteral("extensionMessage"), QString(), this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* columns = new QHBoxLayout;
    // Each as tall as its own content.
    columns->addWidget(m_requestGroup, 1, Qt::AlignTop);
    columns->addWidget(m_stateGroup, 1, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addStretch();
    // The request comes first, then the approval that follows it.
    setTabOrder(m_requestButton, m_approveButton);
    retranslateUi();
}

void ExtensionTab::retranslateUi()
{
    m_requestGroup->setTitle(tr("Request the extension"));
    m_reasonCaption->setText(tr("&Reason:"));
    m_reason->setAccessibleName(tr("Reason for the extension"));
    const QVariant chosen = m_reason->currentData();
    m_reason->clear();
    for (ExtensionReason reason : ExtensionReasons::all())
        m_reason->addItem(ExtensionReasons::label(reason), ExtensionReasons::code(reason));
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(chosen)));
    m_noteCaption->setText(tr("N&ote:"));
    m_noteEdit->setAccessibleName(tr("Note: why this case needs more time"));
    m_noteEdit->setPlaceholderText(tr("Which data, systems or requests make this case complex"));
    m_requestButton->setText(tr("Re&quest extension"));
    m_requestButton->setAccessibleName(tr("Request the extension"));
    m_stateGroup->setTitle(tr("Extension"));
    m_state->setAccessibleName(tr("State of the extension"));
    m_note->setAccessibleName(tr("Note given with the extension"));
    m_approveButton->setText(tr("A&pprove extension"));
    m_approveButton->setAccessibleName(tr("Approve the extension"));
    m_approveButton->setToolTip(tr("The data protection officer's approval of the requested extension"));
    m_message->setAccessibleName(tr("Result of the last extension step"));
    showState();
}

void ExtensionTab::setCase(const CaseRecord& record, const Result<std::optional<ExtensionRecord>>& extension)
{
    m_record = record;
    m_loadError = extension ? QString() : extension.error();
    m_extension = extension ? extension.value() : std::nullopt;
    showState();
}

void ExtensionTab::showState()
{
    const bool caseOpen = m_record && m_record->isOpen() && m_loadError.isEmpty();
    m_requestGroup->setEnabled(caseOpen && !m_extension);
    m_approveButton->setEnabled(caseOpen && m_extension && !m_extension->isApproved());
    m_note->setVisible(m_extension.has_value());
    if (!m_loadError.isEmpty()) {
        m_state->setText(tr("The extension could not be read: %1").arg(m_loadError));
        return;
    }
    if (!m_extension) {
        m_state->setText(tr("No extension has been requested."));
        return;
    }
    const ExtensionRecord& extension = *m_extension;
    const QString requested = tr("Requested by %1 on %2. Reason: %3.")
                                  .arg(extension.requestedBy, DisplayFormat::stockholmDateTime(extension.requestedAt),
                                       ExtensionReasons::label(extension.reason));
    const QString approval = extension.isApproved()
        ? tr("Approved by %1 on %2. The case is due %3.")
              .arg(extension.approvedBy, DisplayFormat::stockholmDateTime(extension.approvedAt),
                   m_record ? DisplayFormat::longDate(m_record->currentDue) : QString())
        : tr("Waiting for the data protection officer's approval.");
    m_state->setText(requested + QLatin1Char('\n') + approval);
    m_note->setText(tr("Note: %1").arg(extension.note));
}

bool ExtensionTab::hasUnsavedText() const
{
    return !m_noteEdit->toPlainText().trimmed().isEmpty();
}

void ExtensionTab::requestExtension()
{
    if (!m_record)
        return;
    const std::optional<ExtensionReason> reason = ExtensionReasons::fromCode(m_reason->currentData().toString());
    if (!reason)
        return;
    Result<CaseRecord> requested = m_cases.requestExtension(m_record->reference, *reason, m_noteEdit->toPlainText());
    if (!requested) {
        showMessage(requested.error(), true);
        return;
    }
    m_noteEdit->clear();
    showMessage(tr("The extension is requested. It takes effect when the data protection officer approves it."), false);
}

void ExtensionTab::approveExtension()
{
    if (!m_record)
        return;
    Result<CaseRecord> approved = m_cases.approveExtension(m_record->reference);
    if (!approved) {
        showMessage(approved.error(), true);
        return;
    }
    showMessage(
        tr("The extension is approved. The case is now due %1.").arg(DisplayFormat::longDate(approved->currentDue)),
        false);
}

void ExtensionTab::showMessage(const QString& text, bool asError)
{
    ProblemLabel::show(m_message, text, asError);
}

} // namespace dsar
