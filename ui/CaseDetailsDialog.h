#pragma once

#include "domain/Records.h"

#include <QDialog>

class QFormLayout;

namespace dsar {

// A read-only view of one case: what was asked, when it arrived, and every date that applies to it.
class CaseDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDetailsDialog(const CaseRecord& record, QDate today, QWidget* parent = nullptr);

private:
    void addRow(QFormLayout* form, const QString& label, const QString& value, const QString& objectName);
};

} // namespace dsar
