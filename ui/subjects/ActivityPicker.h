#pragma once

#include "register/ProcessingActivity.h"

#include <QObject>

#include <optional>

class QComboBox;
class QFormLayout;
class QWidget;

namespace dsar {

class Session;

// Where a holding belongs, as the processing register offers it: organisation, then one of its processing
// activities, then one of that activity's systems. Adds its three rows to a form, so the labels line up with
// the rest of the dialog. An activity that lists no systems lets the user type one.
class ActivityPicker : public QObject
{
    Q_OBJECT
public:
    ActivityPicker(Session& session, QWidget* parent);

    void addRowsTo(QFormLayout* form);
    void retranslate();
    // Chooses these if the register has them; otherwise keeps the current choice.
    void select(qint64 controllerId, qint64 activityId, const QString& system);

    std::optional<ProcessingActivity> activity() const;
    QString system() const;
    // Why the register could not be read (or has nothing to choose from); empty when it could.
    QString loadProblem() const { return m_loadProblem; }

signals:
    void activityChanged();
    void systemChanged();

private:
    void loadOrganisations();
    void loadActivities();
    void loadSystems();

    Session& m_session;
    QComboBox* m_organisation = nullptr;
    QComboBox* m_activity = nullptr;
    QComboBox* m_system = nullptr;
    QList<ProcessingActivity> m_activities;
    QString m_loadProblem;
    QFormLayout* m_form = nullptr;
};

} // namespace dsar
