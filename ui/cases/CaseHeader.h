#pragma once

#include "domain/Records.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace dsar {

// The top of the case window: what the case is, where it stands, and every date that applies to it
// (the deadlines with their clock stops, as CaseService::byReferenceWithDeadlines computes them).
class CaseHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CaseHeader(QWidget* parent = nullptr);

    void setCase(const CaseRecord& record, QDate today);
    // The case could not be read: says why in place of its details.
    void setProblem(const QString& problem);
    void retranslateUi();

private:
    struct Row
    {
        QLabel* caption;
        QLabel* value;
    };
    Row addRow(QGridLayout* grid, const QString& objectName);
    // Shows the row with this value, or hides it when the value is empty.
    void setRow(const Row& row, const QString& value);
    void showDaysLeft(const CaseRecord& record, QDate today);

    QLabel* m_reference = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_daysLeft = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_warnings = nullptr;
    QGridLayout* m_requestGrid = nullptr;
    QGridLayout* m_deadlineGrid = nullptr;
    Row m_right {};
    Row m_subject {};
    Row m_organisation {};
    Row m_received {};
    Row m_channel {};
    Row m_handler {};
    Row m_linked {};
    Row m_due {};
    Row m_currentDue {};
    Row m_planning {};
    Row m_extendedDue {};
    Row m_extensionTarget {};
    Row m_internalTarget {};
    Row m_clock {};
    Row m_suspended {};
    Row m_restart {};
};

} // namespace dsar
