#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace dsar {

class Session;

// The left side of the register window: the organisations, and the processing activities of the chosen one
// with their legal bases, narrowed by a filter. Before the user moves to another organisation or activity
// the leave guard is asked; when it says no, the choice goes back.
class ActivityList : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityList(Session& session, QWidget* parent = nullptr);

    // Returns false when the user stays where they are (e.g. cancels leaving unsaved changes).
    void setLeaveGuard(std::function<bool()> guard) { m_leaveGuard = std::move(guard); }
    void setCanEdit(bool canEdit);

    // Reload from the services and select by id (0: the first), without asking the guard or emitting.
    void reloadOrganisations(qint64 selectId = 0);
    void reloadActivities(qint64 selectId);
    qint64 organisationId() const;
    QString organisationName() const;
    int organisationCount() const;
    qint64 activityId() const { return m_activityId; }
    // The first activity listed (0: none).
    qint64 firstActivityId() const;
    // Selects an activity (0: none) without asking the guard or emitting.
    void selectActivity(qint64 id);

signals:
    void organisationChanged(qint64 id);
    void activityChanged(qint64 id);
    void organisationDetailsRequested();
    void newOrganisationRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void organisationChosen(int index);
    void currentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void applyFilter(const QString& text);

    Session& m_session;
    std::function<bool()> m_leaveGuard;
    QLabel* m_organisationLabel = nullptr;
    QComboBox* m_organisations = nullptr;
    QPushButton* m_detailsButton = nullptr;
    QPushButton* m_newOrganisationButton = nullptr;
    QLabel* m_activitiesLabel = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_problem = nullptr;
    qint64 m_activityId = 0;
    int m_organisationIndex = -1;
    bool m_silent = false;
};

} // namespace dsar
