#pragma once

#include "calendar/Deadlines.h"

#include <QGroupBox>

class QLabel;

namespace dsar {

// The dates a request received at a given time would get, as the core computes them; shown live in
// the registration form so staff see the deadline before they save.
class DeadlinePreview : public QGroupBox
{
    Q_OBJECT
public:
    explicit DeadlinePreview(QWidget* parent = nullptr);

    void showDeadlines(const Deadlines& deadlines);
    void clear();

private:
    QLabel* addRow(const QString& label, const QString& objectName);

    QLabel* m_received = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_extendedDue = nullptr;
    QLabel* m_extensionTarget = nullptr;
    QLabel* m_internalTarget = nullptr;
    QLabel* m_warnings = nullptr;
};

} // namespace dsar
