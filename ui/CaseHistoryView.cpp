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
    static const QList<std::pair<QLatin1String, const char*>> labels = {
        { QLatin1String("case.opened"), QT_TR_NOOP("Case opened") },
        { QLatin1String("case.purged"), QT_TR_NOOP("Case purged") },
        { QLatin1String("case.status_changed"), QT_TR_NOOP("Status changed") },
        { QLatin1String("case.assigned"), QT_TR_NOOP("Handler assigned") },
        { QLatin1String("case.unassigned"), QT_TR_NOOP("Handler removed") },
        { QLatin1String("case.note_added"), QT_TR_NOOP("Note added") },
        { QLatin1String("case.attachment_added"), QT_TR_NOOP("File attached") },
        { QLatin1String("case.identification_requested"), QT_TR_NOOP("Identification requested") },
        { QLatin1String("case.identification_answered"), QT_TR_NOOP("Identification answered") },
        { QLatin1String("case.identity_not_confirmed"), QT_TR_NOOP("Closed: identity not confirmed") },
        { QLatin1String("case.extension_requested"), QT_TR_NOOP("Extension requested") },
        { QLatin1String("case.extension_approved"), QT_TR_NOOP("Extension approved") },
        { QLatin1String("case.assessed"), QT_TR_NOOP("Assessment begun") },
        { QLatin1String("case.item_assessed"), QT_TR_NOOP("Item assessed") },
        { QLatin1String("case.decision_proposed"), QT_TR_NOOP("Decision proposed") },
        { QLatin1String("case.decision_approved"), QT_TR_NOOP("Decision approved") },
        { QLatin1String("case.erasure_done"), QT_TR_NOOP("Erasure done") },
        { QLatin1String("case.followup_erased"), QT_TR_NOOP("Follow-up erasure done") },
        { QLatin1String("case.recipient_notified"), QT_TR_NOOP("Recipient notified (Art. 19)") },
        { QLatin1String("case.processing_stopped"), QT_TR_NOOP("Processing stopped") },
        { QLatin1String("case.restriction_lifted"), QT_TR_NOOP("Restriction lifted") },
        { QLatin1String("case.letter_generated"), QT_TR_NOOP("Letter written") },
        { QLatin1String("case.letter_sent"), QT_TR_NOOP("Letter sent") },
        { QLatin1String("case.document_generated"), QT_TR_NOOP("Extract or export made") },
        { QLatin1String("case.document_sent"), QT_TR_NOOP("Extract or export sent") },
    };
    for (const auto& [known, label] : labels) {
        if (code == known)
            return tr(label);
    }
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
