#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "storage/AuditLog.h"

#include <QDialog>

class QFormLayout;

namespace dsar {

// A read-only view of one case: what was asked, when it arrived, every date that applies to it, and its
// history from the audit trail (or why the history could not be read).
class CaseDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDetailsDialog(const CaseRecord& record, QDate today, const Result<QList<AuditEvent>>& history,
                      QWidget* parent = nullptr);

private:
    QWidget* createHistoryGroup(const Result<QList<AuditEvent>>& history);
    void addRow(QFormLayout* form, const QString& label, const QString& value, const QString& objectName);
};

} // namespace dsar
