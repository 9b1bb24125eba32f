#include "AssessmentTableModel.h"

#include "DisplayFormat.h"

namespace dsar {
namespace {

// The item without its system, which has a column of its own.
QString whatOf(const AssessmentRecord& item)
{
    if (!item.field.isEmpty())
        return item.field;
    return item.category.isEmpty() ? item.activityName : item.category;
}

QString byAt(const QString& text, const QString& who, const QDateTime& at)
{
    return text.arg(who, DisplayFormat::stockholmTimestamp(at));
}

} // namespace

AssessmentTableModel::AssessmentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AssessmentTableModel::setItems(const QList<AssessmentRecord>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const AssessmentRecord* AssessmentTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void AssessmentTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AssessmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AssessmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssessmentRecord& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, index.column());
    case Qt::ToolTipRole:
        return toolTip(item, index.column());
    case Qt::TextAlignmentRole:
        // A long note makes a row tall; every cell starts on its first line.
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

QString AssessmentTableModel::displayText(const AssessmentRecord& item, int column) const
{
    switch (column) {
    case ItemColumn:
        return whatOf(item);
    case ActivityColumn:
        return item.activityName;
    case SystemColumn:
        return item.system;
    case DecisionColumn:
        // GDPR Art. 16: the correction is part of the decision.
        if (item.decision == ItemDecision::Rectify && !item.after.isEmpty())
            return tr("%1: %2", "rectify: corrected value").arg(ItemDecisions::label(item.decision), item.after);
        return ItemDecisions::label(item.decision);
    case GroundColumn:
        return groundText(item);
    case RetainUntilColumn:
        return item.retainUntil.isValid() ? DisplayFormat::longDate(item.retainUntil) : QString();
    case StateColumn:
        return stateText(item);
    case NoteColumn:
        return item.note;
    default:
        return {};
    }
}

QString AssessmentTableModel::toolTip(const AssessmentRecord& item, int column) const
{
    switch (column) {
    case ItemColumn:
        return tr("%1\nDecided by %2, %3")
            .arg(item.describe(), item.decidedBy, DisplayFormat::stockholmTimestamp(item.decidedAt));
    case DecisionColumn:
        if (item.decision == ItemDecision::Rectify && !item.after.isEmpty())
            return tr("Before: %1\nAfter: %2").arg(item.before, item.after);
        return {};
    case GroundColumn:
        if (const std::optional<ItemGround> ground = ItemGrounds::find(item.ground))
            return QStringLiteral("%1: %2").arg(ground->article, ground->label);
        return {};
    case NoteColumn:
        return item.note;
    default:
        return {};
    }
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case ActivityColumn:
        return tr("Processing activity");
    case SystemColumn:
        return tr("System");
    case DecisionColumn:
        return tr("Decision");
    case GroundColumn:
        return tr("Ground and legal reference");
    case RetainUntilColumn:
        return tr("Kept until");
    case StateColumn:
        return tr("Carried out");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QString AssessmentTableModel::groundText(const AssessmentRecord& item)
{
    QStringList parts;
    if (const std::optional<ItemGround> ground = ItemGrounds::find(item.ground))
        parts << ground->article;
    else if (!item.ground.isEmpty())
        parts << item.ground;
    if (!item.legalReference.isEmpty())
        parts << item.legalReference;
    return parts.join(QStringLiteral("; "));
}

QString AssessmentTableModel::stateText(const AssessmentRecord& item)
{
    if (item.followupDoneAt.isValid())
        return byAt(tr("Erased after the retention period by %1, %2"), item.followupDoneBy, item.followupDoneAt);
    if (item.liftedAt.isValid())
        return byAt(tr("Restriction lifted by %1, %2"), item.liftedBy, item.liftedAt);
    if (item.doneAt.isValid()) {
        switch (item.decision) {
        case ItemDecision::Erase:
            return byAt(tr("Erased by %1, %2"), item.doneBy, item.doneAt);
        case ItemDecision::Rectify:
            return byAt(tr("Corrected by %1, %2"), item.doneBy, item.doneAt);
        case ItemDecision::Restrict:
            return byAt(tr("Restricted by %1, %2"), item.doneBy, item.doneAt);
        case ItemDecision::Stop:
            return byAt(tr("Stopped by %1, %2"), item.doneBy, item.doneAt);
        default:
            return byAt(tr("Done by %1, %2"), item.doneBy, item.doneAt);
        }
    }
    switch (item.decision) {
    case ItemDecision::Keep:
        // The follow-up erasure falls due once the date kept until has passed.
        return item.retainUntil.isValid() ? tr("Kept; follow-up erasure scheduled") : tr("Kept");
    case ItemDecision::Erase:
    case ItemDecision::Rectify:
    case ItemDecision::Restrict:
    case ItemDecision::Stop:
        return tr("Not done yet");
    default:
        return QStringLiteral("–");
    }
}

} // namespace dsar
