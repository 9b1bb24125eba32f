#pragma once

#include "domain/Records.h"
#include "services/ControllerService.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dsar {

class Session;

// An organisation's details (the controller of GDPR Art. 4(7)): name, number, contact details, DPO,
// supervisory authority and joint controllership. Adds a new organisation or changes one through
// ControllerService; for a role that may not, it only shows them.
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    // Without an organisation the dialog adds a new one.
    OrganisationDialog(Session& session, std::optional<ControllerRecord> organisation, QWidget* parent = nullptr);

    // The organisation as stored by the last successful save.
    const std::optional<ControllerRecord>& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    QLineEdit* addField(const QString& objectName, const QString& label, const QString& value);
    NewController input() const;

    Session& m_session;
    std::optional<ControllerRecord> m_organisation;
    std::optional<ControllerRecord> m_saved;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_dpo = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_joint = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dsar
