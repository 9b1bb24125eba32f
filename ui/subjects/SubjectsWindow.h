#pragma once

#include "domain/Records.h"
#include "services/HoldingService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace dsar {

class HoldingListModel;
class HoldingTreeModel;
class Session;
class SubjectList;

// The data subjects and what the organisations hold about each: on the left a searchable list, on the right
// the chosen subject's details and every holding, grouped by organisation and system, with its processing
// activity, legal basis and retain-until date (GDPR Art. 15(1)). A role with Permission::WorkCase adds, changes,
// removes and imports holdings through HoldingService, which checks again.
class SubjectsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SubjectsWindow(Session& session, QWidget* parent = nullptr);

    // Shows this subject; false when the list does not have it.
    bool showSubject(qint64 subjectId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createDetailsSide();
    QWidget* createHoldingsPanel(QWidget* parent);
    void retranslateUi();
    void refresh();
    void subjectChosen();
    void showDetails(const std::optional<SubjectRecord>& subject);
    void reloadHoldings(qint64 selectHoldingId = 0);
    void updateHoldingsHeader();
    void updateButtons();
    void treeRebuilt();
    void fitColumns();
    std::optional<HoldingView> currentHolding() const;
    void addHolding();
    void editHolding();
    void removeHolding();
    void importHoldings();
    void showMessage(const QString& problem, const QString& note = {});

    Session& m_session;
    const bool m_canWork;
    SubjectList* m_subjects = nullptr;
    HoldingListModel* m_model = nullptr;
    HoldingTreeModel* m_treeModel = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_listProblem = nullptr;
    QWidget* m_detailsPanel = nullptr;
    QLabel* m_noSubject = nullptr;
    QLabel* m_name = nullptr;
    QList<QLabel*> m_captions; // personnummer, e-mail, phone, postal address
    QList<QLabel*> m_values;
    QLabel* m_holdingsTitle = nullptr;
    QLabel* m_holdingsCount = nullptr;
    QLabel* m_emptyNote = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    bool m_retranslatePending = false;
};

} // namespace dsar
