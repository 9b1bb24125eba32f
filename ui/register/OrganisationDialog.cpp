#include "OrganisationDialog.h"

#include "ProblemLabel.h"
#include "ReadOnly.h"
#include "security/Permission.h"
#include "services/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsar {

OrganisationDialog::OrganisationDialog(Session& session, std::optional<ControllerRecord> organisation, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_organisation(std::move(organisation))
{
    setObjectName(QStringLiteral("organisationDialog"));
    const bool canEdit = Permissions::allows(session.actor().role, Permission::ManageRegister);
    setWindowTitle(m_organisation ? tr("Organisation: %1").arg(m_organisation->name) : tr("New organisation"));
    setAccessibleName(windowTitle());
    const ControllerRecord shown = m_organisation.value_or(ControllerRecord {});

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = addField(QStringLiteral("organisationName"), tr("&Name:"), shown.name);
    m_number = addField(QStringLiteral("organisationNumber"), tr("Organisation n&umber:"), shown.organisationNumber);
    m_number->setPlaceholderText(tr("NNNNNN-NNNN"));
    m_address = addField(QStringLiteral("organisationAddress"), tr("&Postal address:"), shown.postalAddress);
    m_email = addField(QStringLiteral("organisationEmail"), tr("&E-mail:"), shown.email);
    m_phone = addField(QStringLiteral("organisationPhone"), tr("P&hone:"), shown.phone);
    m_dpo = addField(QStringLiteral("organisationDpo"), tr("&Data protection officer:"), shown.dpoContact);
    m_dpo->setPlaceholderText(tr("e.g. dataskyddsombud@example.se"));
    m_authority
        = addField(QStringLiteral("organisationAuthority"), tr("Supervisory &authority:"), shown.supervisoryAuthority);
    m_authority->setPlaceholderText(tr("Empty: %1").arg(ControllerService::defaultSupervisoryAuthority()));
    m_joint = addField(QStringLiteral("organisationJoint"), tr("&Joint controllership:"), shown.jointControllership);
    m_joint->setPlaceholderText(tr("The joint arrangement (GDPR Art. 26), if any, e.g. the group's name"));
    for (QLineEdit* field : { m_name, m_number, m_address, m_email, m_phone, m_dpo, m_authority, m_joint })
        ReadOnly::set(field, !canEdit);
    // Wide enough for the supervisory authority's address on one line.
    m_authority->setMinimumWidth(
        m_authority->fontMetrics().horizontalAdvance(ControllerService::defaultSupervisoryAuthority())
        + fontMetrics().averageCharWidth() * 4);

    m_error = ProblemLabel::create(QStringLiteral("organisationError"), tr("Why the organisation was not saved"), this);
    m_buttons = new QDialogButtonBox(
        canEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setObjectName(QStringLiteral("saveOrganisationButton"));
        save->setDefault(true);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
}

QLineEdit* OrganisationDialog::addField(const QString& objectName, const QString& label, const QString& value)
{
    auto* field = new QLineEdit(value, this);
    field->setObjectName(objectName);
    auto* text = new QLabel(label, this);
    text->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(text, field);
    return field;
}

NewController OrganisationDialog::input() const
{
    NewController input;
    input.name = m_name->text();
    input.organisationNumber = m_number->text();
    input.postalAddress = m_address->text();
    input.email = m_email->text();
    input.phone = m_phone->text();
    input.dpoContact = m_dpo->text();
    input.jointControllership = m_joint->text();
    input.supervisoryAuthority = m_authority->text();
    return input;
}

void OrganisationDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)) {
        QDialog::accept();
        return;
    }
    // The service validates and stores; a refusal leaves every field as typed.
    Result<ControllerRecord> saved = m_organisation ? m_session.controllers().update(m_organisation->id, input())
                                                    : m_session.controllers().add(input());
    if (!saved) {
        ProblemLabel::show(m_error, tr("The organisation was not saved: %1").arg(saved.error()), true);
        adjustSize();
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace dsar
