#pragma once

#include "services/HoldingService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dsar {

class Session;

// The gallring list: every holding past its retain-until date (HoldingService::gallring()), grouped by
// organisation, system and processing activity, with the data subject, the field, the date and how many days
// it is overdue. The systems' owners delete the data; a role with Permission::ExecuteErasure (the DPO) then
// confirms here that they are gone (GDPR Art. 5(1)(e)). Other roles see the list only.
class GallringWindow : public QWidget
{
    Q_OBJECT
public:
    explicit GallringWindow(Session& session, QWidget* parent = nullptr);

    int count() const { return static_cast<int>(m_items.size()); }
    // Writes the list as CSV through HoldingService (audited) and says how it went; the Export button asks
    // for the file first.
    void exportTo(const QString& path);

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillTree();
    QList<const GallringItem*> selectedItems() const;
    void confirmErased();
    void updateButtons();
    void showMessage(const QString& problem, const QString& note = {});

    Session& m_session;
    const bool m_canConfirm;
    QList<GallringItem> m_items;
    QString m_loadError;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_emptyNote = nullptr;
    QLabel* m_roleNote = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_confirmButton = nullptr;
    bool m_retranslatePending = false;
};

} // namespace dsar
