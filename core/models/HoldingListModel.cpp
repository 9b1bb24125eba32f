#include "HoldingListModel.h"

#include "common/Clock.h"

#include <algorithm>

namespace dsar {

HoldingListModel::HoldingListModel(HoldingService& service, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_clock(clock)
    , m_today(clock.today())
{ }

void HoldingListModel::setSubject(qint64 subjectId)
{
    m_subjectId = subjectId;
    reload();
}

void HoldingListModel::reload()
{
    Result<QList<HoldingView>> holdings
        = m_subjectId > 0 ? m_service.forSubject(m_subjectId) : Result<QList<HoldingView>>(QList<HoldingView>());
    beginResetModel();
    m_today = m_clock.today();
    if (holdings) {
        m_holdings = std::move(holdings).value();
        m_lastError.clear();
    } else {
        m_holdings.clear();
        m_lastError = holdings.error();
    }
    endResetModel();
}

int HoldingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_holdings.size());
}

int HoldingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int HoldingListModel::rowOf(qint64 holdingId) const
{
    for (qsizetype row = 0; row < m_holdings.size(); ++row) {
        if (m_holdings.at(row).holding.id == holdingId)
            return static_cast<int>(row);
    }
    return -1;
}

int HoldingListModel::pastRetentionCount() const
{
    return static_cast<int>(std::count_if(m_holdings.begin(), m_holdings.end(), [this](const HoldingView& view) {
        return isPastRetention(view.retention, m_today);
    }));
}

bool HoldingListModel::isPastRetention(const RetentionOutcome& outcome, QDate today)
{
    return outcome.kind == RetentionOutcome::Kind::RetainUntil && outcome.retainUntil < today;
}

int HoldingListModel::daysOverdue(const RetentionOutcome& outcome, QDate today)
{
    return isPastRetention(outcome, today) ? static_cast<int>(outcome.retainUntil.daysTo(today)) : 0;
}

QString HoldingListModel::retentionText(const RetentionOutcome& outcome, QDate today)
{
    const QString text = RetentionEngine::describe(outcome);
    if (!isPastRetention(outcome, today))
        return text;
    return tr("%1 – due for erasure").arg(text);
}

QString HoldingListModel::ruleText(const QString& encodedRule)
{
    Result<RetentionRule> rule = RetentionRule::parse(encodedRule);
    if (!rule)
        return encodedRule;
    QString text;
    const QString anchor = RetentionAnchors::label(rule->anchor);
    if (!rule->period)
        text = anchor;
    else if (rule->anchor == RetentionAnchor::UntilProjectEnds)
        text = tr("until the project ends, and %1 more").arg(rule->period->label());
    else
        text = tr("%1 %2", "period anchor: 2 years after collection").arg(rule->period->label(), anchor);
    if (rule->anchor == RetentionAnchor::KeptWithReason && !rule->reason.isEmpty())
        text = tr("%1: %2", "kept for a stated reason: reason").arg(text, rule->reason);
    if (!rule->legalReference.isEmpty())
        text = tr("%1 (%2)", "rule (legal reference)").arg(text, rule->legalReference);
    // Anchor labels read after a period ("2 years after ..."); alone they start the sentence.
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString HoldingListModel::legalBasesText(const QList<LegalBasisEntry>& bases)
{
    QStringList labels;
    for (const LegalBasisEntry& entry : bases)
        labels << LegalBases::label(entry.basis);
    return labels.join(QStringLiteral("; "));
}

QVariant HoldingListModel::displayData(const HoldingView& view, int column) const
{
    switch (column) {
    case OrganisationColumn:
        return view.controllerName;
    case ActivityColumn:
        return view.activityName;
    case SystemColumn:
        return view.holding.system;
    case CategoryColumn:
        return view.holding.category;
    case FieldColumn:
        return view.holding.field;
    case ValueColumn: {
        // One line per row; the tooltip has all of it.
        const qsizetype newline = view.holding.value.indexOf(QLatin1Char('\n'));
        return newline < 0 ? view.holding.value : view.holding.value.left(newline) + QStringLiteral(" …");
    }
    case ProvidedColumn:
        return view.holding.providedBySubject ? tr("Yes") : tr("No");
    case LegalBasisColumn:
        return legalBasesText(view.legalBases);
    case RetainUntilColumn:
        return retentionText(view.retention, m_today);
    default:
        return {};
    }
}

QVariant HoldingListModel::sortData(const HoldingView& view, int column) const
{
    switch (column) {
    case RetainUntilColumn:
        // Dated holdings first, by date; then those without a date.
        return view.retention.kind == RetentionOutcome::Kind::RetainUntil ? view.retention.retainUntil
                                                                          : QDate(9999, 12, 31);
    case ProvidedColumn:
        return view.holding.providedBySubject;
    default:
        return displayData(view, column);
    }
}

QString HoldingListModel::toolTip(const HoldingView& view, int column) const
{
    switch (column) {
    case ValueColumn:
        return view.holding.value;
    case ProvidedColumn:
        // GDPR Art. 20(1): portability covers the data the subject provided.
        return view.holding.providedBySubject ? tr("Provided by the data subject (covered by data portability)")
                                              : tr("Not provided by the data subject");
    case LegalBasisColumn: {
        QStringList lines;
        for (const LegalBasisEntry& entry : view.legalBases) {
            lines << (entry.note.isEmpty()
                          ? LegalBases::label(entry.basis)
                          : tr("%1: %2", "legal basis: note").arg(LegalBases::label(entry.basis), entry.note));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case RetainUntilColumn:
        return tr("%1\nRule: %2").arg(retentionText(view.retention, m_today), ruleText(view.retentionRule));
    default:
        return displayData(view, column).toString();
    }
}

QVariant HoldingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HoldingView& view = m_holdings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(view, index.column());
    case Qt::ToolTipRole:
        return toolTip(view, index.column());
    case SortRole:
        return sortData(view, index.column());
    case HoldingIdRole:
        return view.holding.id;
    case RetainUntilRole:
        return view.retention.kind == RetentionOutcome::Kind::RetainUntil ? view.retention.retainUntil : QDate();
    case IsPastRetentionRole:
        return isPastRetention(view.retention, m_today);
    case DaysOverdueRole:
        return daysOverdue(view.retention, m_today);
    default:
        return {};
    }
}

QVariant HoldingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ProvidedColumn)
        return tr("Whether the data subject provided the data (the right to data portability covers them)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case ActivityColumn:
        return tr("Processing activity");
    case SystemColumn:
        return tr("System");
    case CategoryColumn:
        return tr("Category");
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case ProvidedColumn:
        return tr("From subject");
    case LegalBasisColumn:
        return tr("Legal basis");
    case RetainUntilColumn:
        return tr("Retain until");
    default:
        return {};
    }
}

} // namespace dsar
