#include "CaseListModel.h"

#include "services/CaseService.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <optional>

namespace dsar {
namespace {

// Each text's place in the order of QString::localeAwareCompare (a QCollator in the default locale, empty text
// before any other), equal texts sharing one. Sort keys compare as the collator does, so each distinct text is
// keyed once and the keys are sorted.
QList<int> collationRanks(const QStringList& texts)
{
    QHash<QString, int> distinctIndex;
    QStringList distinct;
    QList<int> textToDistinct;
    textToDistinct.reserve(texts.size());
    for (const QString& text : texts) {
        auto found = distinctIndex.constFind(text);
        if (found == distinctIndex.cend()) {
            found = distinctIndex.insert(text, int(distinct.size()));
            distinct << text;
        }
        textToDistinct << *found;
    }
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(distinct.size());
    for (const QString& text : std::as_const(distinct))
        keys.push_back(collator.sortKey(text));
    const auto compare = [&](int a, int b) {
        const QString& left = distinct.at(a);
        const QString& right = distinct.at(b);
        if (left.isEmpty() || right.isEmpty())
            return int(!left.isEmpty()) - int(!right.isEmpty());
        return keys.at(a).compare(keys.at(b));
    };
    QList<int> order(distinct.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return compare(a, b) < 0; });
    QList<int> distinctRank(distinct.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && compare(order.at(i - 1), order.at(i)) != 0)
            ++rank;
        distinctRank[order.at(i)] = rank;
    }
    QList<int> ranks;
    ranks.reserve(texts.size());
    for (int index : std::as_const(textToDistinct))
        ranks << distinctRank.at(index);
    return ranks;
}

} // namespace

CaseListModel::CaseListModel(CaseService& service, QObject* parent, Loading loading)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &CaseService::casesChanged, this, &CaseListModel::reload);
    if (loading == Loading::Now)
        reload();
}

void CaseListModel::reload()
{
    load(m_service.list(), true);
}

void CaseListModel::loadFirst(int rows)
{
    CaseFilter first;
    first.firstByDue = rows;
    load(m_service.list(first), false);
}

void CaseListModel::load(Result<QList<CaseRecord>> cases, bool complete)
{
    beginResetModel();
    m_today = m_service.today();
    for (QList<int>& ranks : m_textRanks)
        ranks.clear();
    if (cases) {
        m_cases = std::move(cases).value();
        m_lastError.clear();
        m_complete = complete;
    } else {
        m_cases.clear();
        m_lastError = cases.error();
        m_complete = true; // nothing more is coming
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
        return QLocale().toString(record.received.stockholmDate, QLocale::ShortFormat);
    case DueColumn:
        return QLocale().toString(record.currentDue, QLocale::ShortFormat);
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
        return sortDays(record);
    case ReferenceColumn:
        return record.reference;
    default:
        return displayData(record, column);
    }
}

int CaseListModel::sortDays(const CaseRecord& record) const
{
    // Closed cases sort after every open one.
    return record.isOpen() ? record.daysLeft(m_today) : std::numeric_limits<int>::max();
}

bool CaseListModel::sortsBefore(int leftRow, int rightRow, int column) const
{
    const CaseRecord& left = m_cases.at(leftRow);
    const CaseRecord& right = m_cases.at(rightRow);
    switch (column) {
    case ReceivedColumn:
        return left.received.stockholmDate < right.received.stockholmDate;
    case DueColumn:
        return left.currentDue < right.currentDue;
    case DaysLeftColumn:
        return sortDays(left) < sortDays(right);
    default: {
        const QList<int>& ranks = textRanks(column);
        return ranks.at(leftRow) < ranks.at(rightRow);
    }
    }
}

const QList<int>& CaseListModel::textRanks(int column) const
{
    QList<int>& ranks = m_textRanks.at(column);
    if (ranks.size() == m_cases.size())
        return ranks;
    // A right's, channel's or status's label is the same for every case that has it: translated once each.
    const auto labelOf = [column](const CaseRecord& record) -> std::optional<int> {
        switch (column) {
        case RightColumn:
            return int(record.right);
        case ChannelColumn:
            return int(record.channel);
        case StatusColumn:
            return int(record.status);
        default:
            return std::nullopt;
        }
    };
    QHash<int, QString> labels;
    QStringList texts;
    texts.reserve(m_cases.size());
    for (const CaseRecord& record : m_cases) {
        const std::optional<int> label = labelOf(record);
        if (!label) {
            texts << sortData(record, column).toString();
            continue;
        }
        auto known = labels.constFind(*label);
        if (known == labels.cend())
            known = labels.insert(*label, sortData(record, column).toString());
        texts << *known;
    }
    ranks = collationRanks(texts);
    return ranks;
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
