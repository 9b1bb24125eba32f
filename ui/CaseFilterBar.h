#pragma once

#include "domain/CaseStatus.h"
#include "domain/RequestRight.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace dsar {

class CaseFilterProxyModel;

// The row of filters above the case list: status, right, overdue only, and the search field (reference, name,
// e-mail or personnummer).
// Drives the proxy directly; the proxy holds the filtering logic.
class CaseFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CaseFilterBar(CaseFilterProxyModel& proxy, QWidget* parent = nullptr);

    void focusSearch();
    void clearFilters();
    void setStatus(std::optional<CaseStatus> status);
    void setRight(std::optional<RequestRight> right);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillStatusCombo();
    void fillRightCombo();
    void applyStatus();
    void applyRight();

    CaseFilterProxyModel& m_proxy;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLabel* m_rightLabel = nullptr;
    QComboBox* m_rightCombo = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace dsar
