#include "CaseFilterBar.h"

#include "domain/CaseStatus.h"
#include "domain/RequestRight.h"
#include "models/CaseFilterProxyModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace dsar {

CaseFilterBar::CaseFilterBar(CaseFilterProxyModel& proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    m_statusLabel = new QLabel(this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel->setBuddy(m_statusCombo);

    m_rightLabel = new QLabel(this);
    m_rightCombo = new QComboBox(this);
    m_rightCombo->setObjectName(QStringLiteral("rightFilter"));
    m_rightCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rightLabel->setBuddy(m_rightCombo);

    m_overdueOnly = new QCheckBox(this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyFilter"));

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_statusCombo);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_rightLabel);
    layout->addWidget(m_rightCombo);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_overdueOnly);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search, 1);

    setTabOrder(m_statusCombo, m_rightCombo);
    setTabOrder(m_rightCombo, m_overdueOnly);
    setTabOrder(m_overdueOnly, m_search);

    retranslateUi();

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::applyStatus);
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::applyRight);
    connect(m_overdueOnly, &QCheckBox::toggled, &m_proxy, &CaseFilterProxyModel::setOverdueOnly);
    connect(m_search, &QLineEdit::textChanged, &m_proxy, &CaseFilterProxyModel::setSearchText);
}

void CaseFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseFilterBar::clearFilters()
{
    m_statusCombo->setCurrentIndex(0);
    m_rightCombo->setCurrentIndex(0);
    m_overdueOnly->setChecked(false);
    m_search->clear();
}

void CaseFilterBar::setStatus(std::optional<CaseStatus> status)
{
    m_statusCombo->setCurrentIndex(status ? std::max(0, m_statusCombo->findData(CaseStatuses::code(*status))) : 0);
}

void CaseFilterBar::setRight(std::optional<RequestRight> right)
{
    m_rightCombo->setCurrentIndex(right ? std::max(0, m_rightCombo->findData(RequestRights::code(*right))) : 0);
}

void CaseFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseFilterBar::retranslateUi()
{
    m_statusLabel->setText(tr("&Status:"));
    m_statusCombo->setAccessibleName(tr("Filter by status"));
    m_rightLabel->setText(tr("&Right:"));
    m_rightCombo->setAccessibleName(tr("Filter by right"));
    m_overdueOnly->setText(tr("&Overdue only"));
    m_overdueOnly->setAccessibleName(tr("Show overdue cases only"));
    m_searchLabel->setText(tr("S&earch:"));
    m_search->setPlaceholderText(tr("Reference, name, e-mail or personnummer"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setToolTip(tr("Find a case by its reference, or a data subject by name, e-mail or personnummer; "
                            "organisations match too (Ctrl+F)"));
    fillStatusCombo();
    fillRightCombo();
}

// The combos hold codes as item data, so a language switch keeps the chosen filter.
void CaseFilterBar::fillStatusCombo()
{
    const QString current = m_statusCombo->currentData().toString();
    const QSignalBlocker blocker(m_statusCombo);
    m_statusCombo->clear();
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (CaseStatus status : CaseStatuses::all())
        m_statusCombo->addItem(CaseStatuses::label(status), CaseStatuses::code(status));
    m_statusCombo->setCurrentIndex(std::max(0, m_statusCombo->findData(current)));
}

void CaseFilterBar::fillRightCombo()
{
    const QString current = m_rightCombo->currentData().toString();
    const QSignalBlocker blocker(m_rightCombo);
    m_rightCombo->clear();
    m_rightCombo->addItem(tr("All rights"), QString());
    for (RequestRight right : RequestRights::all())
        m_rightCombo->addItem(RequestRights::label(right), RequestRights::code(right));
    m_rightCombo->setCurrentIndex(std::max(0, m_rightCombo->findData(current)));
}

void CaseFilterBar::applyStatus()
{
    m_proxy.setStatusFilter(CaseStatuses::fromCode(m_statusCombo->currentData().toString()));
}

void CaseFilterBar::applyRight()
{
    m_proxy.setRightFilter(RequestRights::fromCode(m_rightCombo->currentData().toString()));
}

} // namespace dsar
