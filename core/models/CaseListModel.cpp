#include "CaseListModel.h"

#include "services/CaseService.h"

#include <QLocale>

namespace dsar {

CaseListModel::CaseListModel(CaseService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &CaseService::casesChanged, this, &CaseListModel::reload);
    reload();
}

void CaseListModel::reload()
{
    Result<QList<CaseRecord>> cases = m_service.list();
    beginResetModel();
    m_today = m_service.today();
    if (cases) {
        m_cases = std::move(cases).value();
        m_lastError.clear();
    } else {
        m_cases.clear();
        m_lastError = cases.error();
    }
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::daysLeftText(const CaseRecord& record, QDate today)
{
    if (!record.isOpen())
        return tr("Closed");
    const int days = record.daysLeft(today);
    if (days == 0)
        return tr("Due today");
    if (days > 0)
        return tr("%n day(s) left", nullptr, days);
    return tr("%n day(s) overdue", nullptr, -days);
}

QVariant CaseListModel::displayData(const CaseRecord& record, int column) const
{
    const QLocale locale;
    switch (column) {
    case ReferenceColumn:
        return record.reference;
    case RightColumn:
        return RequestRights::label(record.right);
    case SubjectColumn:
        return record.subjectName;
    case ControllerColumn:
        return record.controllerName;
    case ChannelColumn:
        return Channels::label(record.channel);
    case ReceivedColumn:
        return locale.toString(record.received.stockholmDate, QLocale::ShortFormat);
    case DueColumn:
        return locale.toString(record.currentDue, QLocale::ShortFormat);
    case DaysLeftColumn:
        return daysLeftText(record, m_today);
    case StatusColumn:
        return CaseStatuses::label(record.status);
    default:
        return {};
    }
}

QVariant CaseListModel::sortData(const CaseRecord& record, int column) const
{
    switch (column) {
    case ReceivedColumn:
        return record.received.stockholmDate;
    case DueColumn:
        return record.currentDue;
    case DaysLeftColumn:
        // Closed cases sort after every open one.
        return record.isOpen() ? record.daysLeft(m_today) : std::numeric_limits<int>::max();
    case ReferenceColumn:
        return record.reference;
    default:
        return displayData(record, column);
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRecord& record = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(record, index.column());
    case Qt::AccessibleTextRole:
        return displayData(record, index.column());
    case SortRole:
        return sortData(record, index.column());
    case CaseIdRole:
        return record.id;
    case ReferenceRole:
        return record.reference;
    case RightCodeRole:
        return RequestRights::code(record.right);
    case StatusCodeRole:
        return CaseStatuses::code(record.status);
    case DaysLeftRole:
        return record.daysLeft(m_today);
    case IsOpenRole:
        return record.isOpen();
    case IsOverdueRole:
        return record.isOverdue(m_today);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case RightColumn:
        return tr("Right");
    case SubjectColumn:
        return tr("Data subject");
    case ControllerColumn:
        return tr("Organisation");
    case ChannelColumn:
        return tr("Channel");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    case DaysLeftColumn:
        return tr("Days left");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace dsar
