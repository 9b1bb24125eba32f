#pragma once

#include "models/CaseViews.h"

#include <QHash>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace dsar {

// The left side of the main window, as in a mail client: the case list's saved views with how many cases each
// holds, then the other places of the workspace. Arrow keys move, and choosing an item (Enter, click) goes there.
class NavigationPane : public QWidget
{
    Q_OBJECT
public:
    enum class Place
    {
        Cases,
        Subjects,
        ProcessingRegister,
        Gallring,
        Dashboard,
    };

    explicit NavigationPane(QWidget* parent = nullptr);

    void setCounts(const QHash<CaseView, int>& counts);
    // Marks where the user is without emitting anything.
    void showView(CaseView view);
    void showPlace(Place place);
    // Places a role may not use are left out.
    void setPlaceAvailable(Place place, bool available);
    // Wide enough for every label with a three-digit count, in the current language and font.
    QSize sizeHint() const override;

signals:
    void viewChosen(CaseView view);
    void placeChosen(Place place);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void itemChosen(QTreeWidgetItem* item);
    QString viewText(CaseView view) const;

    QTreeWidget* m_tree = nullptr;
    QTreeWidgetItem* m_casesHeading = nullptr;
    QHash<CaseView, QTreeWidgetItem*> m_views;
    QHash<Place, QTreeWidgetItem*> m_places;
    QHash<CaseView, int> m_counts;
};

} // namespace dsar
