#include "ActivityList.h"

#include "ActivityItemDelegate.h"
#include "ProblemLabel.h"
#include "services/Session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace dsar {
namespace {

using ItemRole = ActivityItemDelegate::Role;
// The legal bases' codes, so a language switch can rewrite the summary without reading the register again.
constexpr int basesRole = ItemRole::FilterRole + 1;

QString shortLabel(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent:
        return ActivityList::tr("consent");
    case LegalBasis::Contract:
        return ActivityList::tr("contract");
    case LegalBasis::LegalObligation:
        return ActivityList::tr("legal obligation");
    case LegalBasis::VitalInterests:
        return ActivityList::tr("vital interests");
    case LegalBasis::PublicTask:
        return ActivityList::tr("public task");
    case LegalBasis::LegitimateInterests:
        return ActivityList::tr("legitimate interests");
    }
    return {};
}

// "Contract, legitimate interests": the legal bases in a few words, for the second line of the list.
void setSummary(QStandardItem* item)
{
    QStringList labels;
    for (const QString& code : item->data(basesRole).toStringList()) {
        if (std::optional<LegalBasis> basis = LegalBases::fromCode(code))
            labels << shortLabel(*basis);
    }
    QString summary = labels.join(QStringLiteral(", "));
    if (!summary.isEmpty())
        summary[0] = summary.at(0).toUpper();
    const QString name = item->text();
    item->setData(summary, ItemRole::SummaryRole);
    item->setData(QString(name + QLatin1Char(' ') + summary), ItemRole::FilterRole);
    item->setToolTip(summary.isEmpty() ? name : QString(name + QLatin1Char('\n') + summary));
}

} // namespace

ActivityList::ActivityList(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_organisations = new QComboBox(this);
    m_organisations->setObjectName(QStringLiteral("organisationCombo"));
    m_organisations->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisations->setMinimumContentsLength(16);
    m_organisationLabel = new QLabel(this);
    m_organisationLabel->setBuddy(m_organisations);
    m_detailsButton = new QPushButton(this);
    m_detailsButton->setObjectName(QStringLiteral("organisationDetailsButton"));
    m_newOrganisationButton = new QPushButton(this);
    m_newOrganisationButton->setObjectName(QStringLiteral("newOrganisationButton"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setClearButtonEnabled(true);
    m_activitiesLabel = new QLabel(this);
    m_activitiesLabel->setBuddy(m_filter);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ItemRole::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("activityList"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ActivityItemDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    setFocusProxy(m_view);
    m_problem = ProblemLabel::create(QStringLiteral("listProblem"), QString(), this);

    auto* organisationButtons = new QHBoxLayout;
    organisationButtons->addWidget(m_detailsButton);
    organisationButtons->addWidget(m_newOrganisationButton);
    organisationButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_organisationLabel);
    layout->addWidget(m_organisations);
    layout->addLayout(organisationButtons);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_activitiesLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);

    retranslateUi();
    connect(m_organisations, &QComboBox::currentIndexChanged, this, &ActivityList::organisationChosen);
    connect(m_detailsButton, &QPushButton::clicked, this, &ActivityList::organisationDetailsRequested);
    connect(m_newOrganisationButton, &QPushButton::clicked, this, &ActivityList::newOrganisationRequested);
    connect(m_filter, &QLineEdit::textChanged, this, &ActivityList::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActivityList::currentRowChanged);
}

void ActivityList::setCanEdit(bool canEdit)
{
    m_newOrganisationButton->setVisible(canEdit);
}

void ActivityList::reloadOrganisations(qint64 selectId)
{
    Result<QList<ControllerRecord>> controllers = m_session.controllers().all();
    {
        const QSignalBlocker blocker(m_organisations);
        m_organisations->clear();
        for (const ControllerRecord& controller : controllers ? controllers.value() : QList<ControllerRecord>())
            m_organisations->addItem(controller.name, controller.id);
        const int index = m_organisations->findData(selectId);
        m_organisations->setCurrentIndex(index >= 0 ? index : (m_organisations->count() > 0 ? 0 : -1));
        m_organisationIndex = m_organisations->currentIndex();
    }
    m_detailsButton->setEnabled(m_organisations->count() > 0);
    if (!controllers) {
        ProblemLabel::show(m_problem, tr("The organisations could not be read: %1").arg(controllers.error()), true);
        return;
    }
    reloadActivities(0);
}

void ActivityList::reloadActivities(qint64 selectId)
{
    m_silent = true;
    m_model->clear();
    m_activityId = 0;
    ProblemLabel::show(m_problem, QString(), false);
    if (organisationId() != 0) {
        Result<QList<ProcessingActivity>> activities = m_session.processingRegister().activities(organisationId());
        if (!activities)
            ProblemLabel::show(m_problem, tr("The processing activities could not be read: %1").arg(activities.error()),
                               true);
        for (const ProcessingActivity& activity : activities ? activities.value() : QList<ProcessingActivity>()) {
            auto* item = new QStandardItem(activity.name);
            item->setData(activity.id, ItemRole::IdRole);
            QStringList bases;
            for (const LegalBasisEntry& entry : activity.legalBases)
                bases << LegalBases::code(entry.basis);
            item->setData(bases, basesRole);
            setSummary(item);
            m_model->appendRow(item);
        }
    }
    m_silent = false;
    selectActivity(selectId);
}

qint64 ActivityList::organisationId() const
{
    return m_organisations->currentData().toLongLong();
}

QString ActivityList::organisationName() const
{
    return m_organisations->currentText();
}

int ActivityList::organisationCount() const
{
    return m_organisations->count();
}

qint64 ActivityList::firstActivityId() const
{
    return m_proxy->index(0, 0).data(ItemRole::IdRole).toLongLong();
}

void ActivityList::selectActivity(qint64 id)
{
    m_silent = true;
    m_activityId = id;
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), ItemRole::IdRole, id, 1, Qt::MatchExactly);
    if (id != 0 && !found.isEmpty()) {
        m_view->setCurrentIndex(found.first());
        m_view->scrollTo(found.first(), QAbstractItemView::PositionAtCenter);
    } else {
        m_view->selectionModel()->clear();
    }
    m_silent = false;
}

void ActivityList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityList::retranslateUi()
{
    m_organisationLabel->setText(tr("&Organisation:"));
    m_organisations->setAccessibleName(tr("Organisation"));
    m_detailsButton->setText(tr("&Details…"));
    m_detailsButton->setToolTip(tr("Show the organisation's contact details, DPO and supervisory authority"));
    m_newOrganisationButton->setText(tr("New or&ganisation…"));
    m_newOrganisationButton->setToolTip(tr("Add an organisation whose processing and requests you handle"));
    m_activitiesLabel->setText(tr("&Processing activities:"));
    m_filter->setPlaceholderText(tr("Filter by name or legal basis"));
    m_filter->setAccessibleName(tr("Filter the processing activities"));
    m_view->setAccessibleName(tr("Processing activities"));
    m_problem->setAccessibleName(tr("Problem with the register"));
    // The second lines are written in the language they were loaded in.
    for (int row = 0; row < m_model->rowCount(); ++row)
        setSummary(m_model->item(row));
}

void ActivityList::organisationChosen(int index)
{
    if (index == m_organisationIndex)
        return;
    if (m_leaveGuard && !m_leaveGuard()) {
        const QSignalBlocker blocker(m_organisations);
        m_organisations->setCurrentIndex(m_organisationIndex);
        return;
    }
    m_organisationIndex = index;
    reloadActivities(0);
    emit organisationChanged(organisationId());
}

void ActivityList::currentRowChanged(const QModelIndex& current, const QModelIndex&)
{
    if (m_silent)
        return;
    const qint64 id = current.data(ItemRole::IdRole).toLongLong();
    if (id == m_activityId)
        return;
    if (m_leaveGuard && !m_leaveGuard()) {
        selectActivity(m_activityId);
        return;
    }
    m_activityId = id;
    emit activityChanged(id);
}

void ActivityList::applyFilter(const QString& text)
{
    // Filtering hides rows, not the activity on the form: keep it selected when it is still listed.
    m_silent = true;
    m_proxy->setFilterFixedString(text);
    m_silent = false;
    selectActivity(m_activityId);
}

} // namespace dsar
