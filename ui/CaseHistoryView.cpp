#include "CaseHistoryView.h"

#include "DisplayFormat.h"

#include <QHeaderView>

namespace dsar {

CaseHistoryView::CaseHistoryView(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("caseHistory"));
    setAccessibleName(tr("History of the case"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({ tr("Time"), tr("By"), tr("Action"), tr("Summary") });
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    setShowGrid(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list; arrows move within it.
    setTabKeyNavigation(false);
    // The summary wraps within the dialog's width instead of hiding behind a horizontal scroll bar; the
    // rows grow to fit it.
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

QString CaseHistoryView::actionLabel(const QString& code)
{
    if (code == QLatin1String("case.opened"))
        return tr("Case opened");
    if (code == QLatin1String("case.purged"))
        return tr("Case purged");
    if (code == QLatin1String("case.status_changed"))
        return tr("Status changed");
    return code;
}

void CaseHistoryView::setEvents(const QList<AuditEvent>& events)
{
    clearContents();
    setRowCount(static_cast<int>(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const AuditEvent& event = events.at(row);
        auto* time = new QTableWidgetItem(DisplayFormat::stockholmTimestamp(event.occurredAt));
        time->setToolTip(tr("%1 (Stockholm time)").arg(DisplayFormat::stockholmDateTime(event.occurredAt)));
        auto* action = new QTableWidgetItem(actionLabel(event.action));
        action->setData(Qt::UserRole, event.action);
        auto* summary = new QTableWidgetItem(event.summary);
        summary->setToolTip(event.summary);
        auto* actor = new QTableWidgetItem(event.actor);
        // A wrapped summary makes a row tall; every cell starts on its first line.
        for (QTableWidgetItem* item : { time, actor, action, summary })
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        setItem(row, TimeColumn, time);
        setItem(row, ActorColumn, actor);
        setItem(row, ActionColumn, action);
        setItem(row, SummaryColumn, summary);
    }
    for (int column = TimeColumn; column < SummaryColumn; ++column)
        resizeColumnToContents(column);
}

} // namespace dsar
