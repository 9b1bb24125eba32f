#include "RegisterRequestDialog.h"

#include "DeadlinePreview.h"
#include "ProblemLabel.h"
#include "SubjectChooser.h"
#include "calendar/StockholmTime.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsar {
namespace {

// ISO order whatever the language: 05/03 and 03/05 must never be confused on a legal deadline.
const QString dateFormat = QStringLiteral("yyyy-MM-dd");
const QString dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

RegisterRequestDialog::RegisterRequestDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("registerRequestDialog"));
    setWindowTitle(tr("Register request"));
    setAccessibleName(windowTitle());

    // Created in reading order, which is also the tab order.
    QWidget* requestGroup = createRequestGroup();

    auto* subjectGroup = new QGroupBox(tr("Data subject"), this);
    subjectGroup->setAccessibleName(tr("Data subject"));
    m_subject = new SubjectChooser(m_session, subjectGroup);
    m_subjectProblem
        = ProblemLabel::create(QStringLiteral("subjectProblem"), tr("Problem with the data subject"), subjectGroup);
    auto* subjectLayout = new QVBoxLayout(subjectGroup);
    subjectLayout->addWidget(m_subject);
    subjectLayout->addWidget(m_subjectProblem);

    QWidget* rightsGroup = createRightsGroup();
    m_preview = new DeadlinePreview(this);

    m_saveError = ProblemLabel::create(QStringLiteral("saveError"), tr("Why the request was not saved"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the request"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the request and open one case per right (Ctrl+S)"));
    m_saveButton->setDefault(true);
    QPushButton* cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel the registration"));

    // Groups keep their natural height; spare room goes below them, not into gaps inside them.
    for (QWidget* group : { requestGroup, static_cast<QWidget*>(subjectGroup), rightsGroup })
        group->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* left = new QVBoxLayout;
    left->addWidget(requestGroup);
    left->addWidget(subjectGroup);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(rightsGroup);
    right->addWidget(m_preview);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterRequestDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterRequestDialog::reject);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &RegisterRequestDialog::markEdited);
    connect(m_dateOnly, &QCheckBox::toggled, this, &RegisterRequestDialog::updateReceiptFormat);
    connect(m_dateOnly, &QCheckBox::toggled, this, &RegisterRequestDialog::markEdited);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &RegisterRequestDialog::markEdited);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] {
        m_organisationTouched = true;
        markEdited();
    });
    connect(m_subject, &SubjectChooser::changed, this, [this] {
        m_subjectTouched = true;
        markEdited();
    });
    for (QCheckBox* box : std::as_const(m_rights)) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_rightsTouched = true;
            markEdited();
        });
    }
    revalidate();
}

QWidget* RegisterRequestDialog::createRequestGroup()
{
    auto* group = new QGroupBox(tr("Request"), this);
    group->setAccessibleName(tr("Request"));

    m_received = new QDateTimeEdit(group);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_received->setAccessibleName(tr("Received, date and time in Stockholm"));
    m_received->setCalendarPopup(true);
    // Qt 6.4's editor has no time-zone mode: it holds the Stockholm wall-clock time as a zone-less value
    // (UTC spec, so no local daylight-saving gap can alter it); receipt() reads it as Stockholm time.
    m_received->setTimeSpec(Qt::UTC);
    const QDateTime now = m_session.clock().now().toTimeZone(StockholmTime::zone());
    const QTime nowToTheMinute(now.time().hour(), now.time().minute());
    m_received->setDateTime(QDateTime(now.date(), nowToTheMinute, Qt::UTC));
    m_received->setToolTip(tr("When the request reached any official channel, in Swedish time, even if it is "
                              "registered later"));

    m_dateOnly = new QCheckBox(tr("Exact time &unknown (date only)"), group);
    m_dateOnly->setObjectName(QStringLiteral("dateOnlyCheck"));
    m_dateOnly->setAccessibleName(tr("Exact time unknown, date only"));
    m_dateOnly->setToolTip(tr("For letters and other requests where only the date of arrival is known"));
    updateReceiptFormat();

    m_receiptProblem = ProblemLabel::create(QStringLiteral("receiptProblem"), tr("Problem with the receipt"), group);

    m_channel = new QComboBox(group);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setAccessibleName(tr("Channel"));
    for (Channel channel : Channels::all())
        m_channel->addItem(Channels::label(channel), Channels::code(channel));

    m_organisation = new QComboBox(group);
    m_organisation->setObjectName(QStringLiteral("organisationCombo"));
    m_organisation->setAccessibleName(tr("Organisation that received the request"));
    fillOrganisations();
    m_organisationProblem
        = ProblemLabel::create(QStringLiteral("organisationProblem"), tr("Problem with the organisation"), group);

    auto* receivedLabel = new QLabel(tr("&Received (Stockholm time):"), group);
    receivedLabel->setBuddy(m_received);
    auto* channelLabel = new QLabel(tr("&Channel:"), group);
    channelLabel->setBuddy(m_channel);
    auto* organisationLabel = new QLabel(tr("&Organisation:"), group);
    organisationLabel->setBuddy(m_organisation);

    auto* receivedRow = new QHBoxLayout;
    receivedRow->addWidget(m_received);
    receivedRow->addWidget(m_dateOnly);
    receivedRow->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(receivedLabel, receivedRow);
    form->addRow(channelLabel, m_channel);
    form->addRow(organisationLabel, m_organisation);
    // The messages wrap, so they sit below the form: QFormLayout gives a wrapped label too little height.
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addWidget(m_receiptProblem);
    layout->addWidget(m_organisationProblem);
    return group;
}

QWidget* RegisterRequestDialog::createRightsGroup()
{
    auto* group = new QGroupBox(tr("Rights asked for"), this);
    group->setAccessibleName(tr("Rights asked for"));
    auto* layout = new QVBoxLayout(group);
    for (RequestRight right : RequestRights::all()) {
        const QString text
            = tr("%1 (%2)", "right (article)").arg(RequestRights::label(right), RequestRights::article(right));
        auto* box = new QCheckBox(text, group);
        box->setObjectName(QStringLiteral("right_") + RequestRights::code(right));
        box->setAccessibleName(text);
        box->setProperty("rightCode", RequestRights::code(right));
        layout->addWidget(box);
        m_rights << box;
    }
    m_rightsProblem = ProblemLabel::create(QStringLiteral("rightsProblem"), tr("Problem with the rights"), group);
    layout->addWidget(m_rightsProblem);
    return group;
}

void RegisterRequestDialog::fillOrganisations()
{
    Result<QList<ControllerRecord>> controllers = m_session.controllers().all();
    if (!controllers) {
        m_organisationLoadError = controllers.error();
        return;
    }
    for (const ControllerRecord& controller : controllers.value()) {
        const QString text = controller.organisationNumber.isEmpty()
            ? controller.name
            : tr("%1 (%2)", "organisation (organisation number)").arg(controller.name, controller.organisationNumber);
        m_organisation->addItem(text, controller.id);
    }
    m_organisation->setPlaceholderText(tr("Choose the organisation…"));
    // With several, nothing is preselected: a request filed under the wrong organisation is a data breach.
    m_organisation->setCurrentIndex(m_organisation->count() == 1 ? 0 : -1);
}

ReceiptTime RegisterRequestDialog::receipt() const
{
    const QDateTime wallClock = m_received->dateTime();
    if (m_dateOnly->isChecked())
        return ReceiptTime::fromDate(wallClock.date());
    return ReceiptTime::fromInstant(QDateTime(wallClock.date(), wallClock.time(), StockholmTime::zone()));
}

QList<RequestRight> RegisterRequestDialog::selectedRights() const
{
    QList<RequestRight> rights;
    for (const QCheckBox* box : m_rights) {
        if (box->isChecked()) {
            if (std::optional<RequestRight> right = RequestRights::fromCode(box->property("rightCode").toString()))
                rights << *right;
        }
    }
    return rights;
}

void RegisterRequestDialog::updateReceiptFormat()
{
    m_received->setDisplayFormat(m_dateOnly->isChecked() ? dateFormat : dateTimeFormat);
}

void RegisterRequestDialog::markEdited()
{
    m_edited = true;
    revalidate();
}

void RegisterRequestDialog::revalidate()
{
    bool valid = true;

    // The core computes the dates and refuses a receipt in the future or before the GDPR applied.
    Result<Deadlines> deadlines = m_session.cases().previewDeadlines(receipt());
    if (deadlines)
        m_preview->showDeadlines(deadlines.value());
    else
        m_preview->clear();
    ProblemLabel::show(m_receiptProblem, deadlines ? QString() : deadlines.error(), true);
    valid = valid && deadlines.ok();

    QString organisationProblem = m_organisationLoadError;
    if (organisationProblem.isEmpty() && m_organisation->currentIndex() < 0) {
        organisationProblem = m_organisation->count() == 0
            ? tr("No organisation is registered in this database yet, so no request can be saved.")
            : tr("Choose the organisation that received the request.");
    }
    ProblemLabel::show(m_organisationProblem, organisationProblem,
                       m_organisationTouched || m_organisation->count() == 0);
    valid = valid && organisationProblem.isEmpty();

    const QString subjectProblem = m_subject->problem();
    ProblemLabel::show(m_subjectProblem, subjectProblem, m_subjectTouched);
    valid = valid && subjectProblem.isEmpty();

    const QString rightsProblem
        = selectedRights().isEmpty() ? tr("Tick at least one right that the request asks for.") : QString();
    ProblemLabel::show(m_rightsProblem, rightsProblem, m_rightsTouched);
    valid = valid && rightsProblem.isEmpty();

    m_saveButton->setEnabled(valid);
    growToFit();
}

void RegisterRequestDialog::growToFit()
{
    // A wrapped message needs height for its width, which the dialog's minimum size does not include;
    // without this the rows below it would be squeezed out of sight.
    QLayout* top = layout();
    // Before the first show the dialog has no real width yet; show() sizes it from the layout.
    if (!isVisible() || !top || !top->hasHeightForWidth())
        return;
    const int needed = top->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void RegisterRequestDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    ProblemLabel::show(m_saveError, QString(), true);
    const auto failed = [this](QLabel* where, const QString& message) {
        ProblemLabel::show(where, message, true);
        growToFit();
    };

    // A new subject and the request are one unit: the service registers both in one transaction.
    OpenRequest request;
    if (m_subject->isNewSubject())
        request.newSubject = m_subject->newSubject();
    else
        request.subjectId = m_subject->existingSubjectId().value_or(0);
    request.controller = QString::number(m_organisation->currentData().toLongLong());
    request.rights = selectedRights();
    request.channel = Channels::fromCode(m_channel->currentData().toString()).value_or(Channel::Email);
    request.received = receipt();
    Result<QList<CaseRecord>> opened = m_session.cases().openRequest(request);
    if (!opened) {
        failed(m_saveError, tr("The request was not saved: %1").arg(opened.error()));
        return;
    }
    m_opened = std::move(opened).value();
    accept();
}

void RegisterRequestDialog::reject()
{
    if (m_edited && m_opened.isEmpty() && !confirmDiscard())
        return;
    QDialog::reject();
}

bool RegisterRequestDialog::confirmDiscard()
{
    QMessageBox box(QMessageBox::Question, tr("Discard the request?"),
                    tr("The request has not been saved. Discard what you entered?"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardConfirmation"));
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace dsar
