#include "ActivityPicker.h"

#include "services/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dsar {

ActivityPicker::ActivityPicker(Session& session, QWidget* parent)
    : QObject(parent)
    , m_session(session)
{
    const auto makeCombo = [parent](const QString& objectName) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(objectName);
        // Activity and system names can be long; the dialog, not the longest name, decides the width.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(30);
        return combo;
    };
    m_organisation = makeCombo(QStringLiteral("organisationCombo"));
    m_activity = makeCombo(QStringLiteral("activityCombo"));
    m_system = makeCombo(QStringLiteral("systemCombo"));
    m_system->setInsertPolicy(QComboBox::NoInsert);

    connect(m_organisation, &QComboBox::currentIndexChanged, this, &ActivityPicker::loadActivities);
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        loadSystems();
        emit activityChanged();
    });
    connect(m_system, &QComboBox::currentTextChanged, this, &ActivityPicker::systemChanged);
    loadOrganisations();
}

void ActivityPicker::addRowsTo(QFormLayout* form)
{
    m_form = form;
    for (QComboBox* combo : { m_organisation, m_activity, m_system }) {
        auto* label = new QLabel(combo->parentWidget());
        label->setBuddy(combo);
        form->addRow(label, combo);
    }
    retranslate();
}

void ActivityPicker::retranslate()
{
    m_organisation->setAccessibleName(tr("Organisation"));
    m_activity->setAccessibleName(tr("Processing activity"));
    m_system->setAccessibleName(tr("System"));
    if (m_system->lineEdit())
        m_system->lineEdit()->setPlaceholderText(tr("The register names no systems; type the system's name"));
    if (!m_form)
        return;
    const QList<std::pair<QComboBox*, QString>> labels = { { m_organisation, tr("&Organisation:") },
                                                           { m_activity, tr("Processing &activity:") },
                                                           { m_system, tr("S&ystem:") } };
    for (const auto& [combo, text] : labels) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(combo)))
            label->setText(text);
    }
}

void ActivityPicker::loadOrganisations()
{
    Result<QList<ControllerRecord>> controllers = m_session.controllers().all();
    if (!controllers) {
        m_loadProblem = controllers.error();
        return;
    }
    if (controllers->isEmpty())
        m_loadProblem = tr("There are no organisations yet. An administrator adds them and their processing "
                           "register first.");
    const QSignalBlocker blocker(m_organisation);
    for (const ControllerRecord& controller : controllers.value())
        m_organisation->addItem(controller.name, controller.id);
    m_organisation->setCurrentIndex(controllers->isEmpty() ? -1 : 0);
    loadActivities();
}

void ActivityPicker::loadActivities()
{
    m_activities.clear();
    {
        const QSignalBlocker blocker(m_activity);
        m_activity->clear();
        const qint64 controllerId = m_organisation->currentData().toLongLong();
        if (controllerId > 0) {
            Result<QList<ProcessingActivity>> activities = m_session.processingRegister().activities(controllerId);
            if (activities)
                m_activities = std::move(activities).value();
            else
                m_loadProblem = activities.error();
        }
        for (qsizetype i = 0; i < m_activities.size(); ++i)
            m_activity->addItem(m_activities.at(i).name, QVariant::fromValue(i));
        m_activity->setCurrentIndex(m_activities.isEmpty() ? -1 : 0);
        m_activity->setEnabled(!m_activities.isEmpty());
    }
    loadSystems();
    emit activityChanged();
}

void ActivityPicker::loadSystems()
{
    const QSignalBlocker blocker(m_system);
    m_system->clear();
    const std::optional<ProcessingActivity> chosen = activity();
    // GDPR Art. 30(1): the register says where the data live; only an activity without systems takes any.
    const bool free = chosen && chosen->systems.isEmpty();
    m_system->setEditable(free);
    if (chosen)
        m_system->addItems(chosen->systems);
    m_system->setCurrentIndex(free || !chosen || chosen->systems.isEmpty() ? -1 : 0);
    if (free)
        m_system->setEditText(QString());
    m_system->setEnabled(chosen.has_value());
    retranslate();
    emit systemChanged();
}

void ActivityPicker::select(qint64 controllerId, qint64 activityId, const QString& system)
{
    if (const int organisation = m_organisation->findData(controllerId); organisation >= 0)
        m_organisation->setCurrentIndex(organisation);
    for (qsizetype i = 0; i < m_activities.size(); ++i) {
        if (m_activities.at(i).id == activityId)
            m_activity->setCurrentIndex(static_cast<int>(i));
    }
    if (m_system->isEditable()) {
        m_system->setEditText(system);
    } else if (const int index = m_system->findText(system); index >= 0) {
        m_system->setCurrentIndex(index);
    }
}

std::optional<ProcessingActivity> ActivityPicker::activity() const
{
    const int index = m_activity->currentIndex();
    if (index < 0 || index >= m_activities.size())
        return std::nullopt;
    return m_activities.at(index);
}

QString ActivityPicker::system() const
{
    return m_system->currentText().trimmed();
}

} // namespace dsar
