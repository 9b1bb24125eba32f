#pragma once

#include "storage/AuditLog.h"

#include <QTableWidget>

namespace dsar {

// A case's audit trail, oldest first: when (Stockholm time), who, what, and the recorded summary.
// GDPR Art. 5(2): staff and the DPO can see who did what to a case, and when.
class CaseHistoryView : public QTableWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        SummaryColumn,
        ColumnCount
    };

    explicit CaseHistoryView(QWidget* parent = nullptr);

    void setEvents(const QList<AuditEvent>& events);
    // "Case opened" for "case.opened"; a code without a label is shown as it is.
    static QString actionLabel(const QString& code);
};

} // namespace dsar
