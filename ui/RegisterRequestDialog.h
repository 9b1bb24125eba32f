#pragma once

#include "calendar/ReceiptTime.h"
#include "domain/Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace dsar {

class DeadlinePreview;
class Session;
class SubjectChooser;

// The form for one incoming request: when and how it arrived, to which organisation, from whom, and
// which rights it asks for. Every check and date comes from the core services; the form only shows them.
class RegisterRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterRequestDialog(Session& session, QWidget* parent = nullptr);

    // The cases opened by Save; empty until the dialog was accepted.
    const QList<CaseRecord>& openedCases() const { return m_opened; }

public slots:
    // Asks before throwing away typed input.
    void reject() override;

private:
    QWidget* createRequestGroup();
    QWidget* createRightsGroup();
    void fillOrganisations();
    ReceiptTime receipt() const;
    QList<RequestRight> selectedRights() const;
    void updateReceiptFormat();
    void markEdited();
    void revalidate();
    void growToFit();
    void save();
    bool confirmDiscard();

    Session& m_session;
    QDateTimeEdit* m_received = nullptr;
    QCheckBox* m_dateOnly = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_organisation = nullptr;
    SubjectChooser* m_subject = nullptr;
    QList<QCheckBox*> m_rights;
    DeadlinePreview* m_preview = nullptr;
    QLabel* m_receiptProblem = nullptr;
    QLabel* m_organisationProblem = nullptr;
    QLabel* m_subjectProblem = nullptr;
    QLabel* m_rightsProblem = nullptr;
    QLabel* m_saveError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QString m_organisationLoadError;
    QList<CaseRecord> m_opened;
    bool m_edited = false;
    bool m_subjectTouched = false;
    bool m_rightsTouched = false;
    bool m_organisationTouched = false;
};

} // namespace dsar
