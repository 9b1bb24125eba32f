#pragma once

#include "domain/Decision.h"

#include <QAbstractTableModel>

namespace dsar {

// A case's assessed items, one row each: what and where, the decision with its ground and legal reference, how
// long a kept item stays, and whether the decision has been carried out. Read-only: items change through
// CaseService::changeAssessment.
class AssessmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ItemColumn,
        ActivityColumn,
        SystemColumn,
        DecisionColumn,
        GroundColumn,
        RetainUntilColumn,
        StateColumn,
        NoteColumn,
        ColumnCount
    };
    // The item's id, for the row's index in any column.
    static constexpr int ItemIdRole = Qt::UserRole;

    explicit AssessmentTableModel(QObject* parent = nullptr);

    void setItems(const QList<AssessmentRecord>& items);
    const QList<AssessmentRecord>& items() const { return m_items; }
    // The row's item; nullptr outside the rows.
    const AssessmentRecord* itemAt(int row) const;
    // Headers and texts again, in the language now installed.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "GDPR Art. 17(3)(b); BFL 7 kap. 2 §": the ground's article (or its code) and the legal reference.
    static QString groundText(const AssessmentRecord& item);
    // What has been done about the item, by whom and when; "–" when nothing needs doing.
    static QString stateText(const AssessmentRecord& item);

private:
    QString displayText(const AssessmentRecord& item, int column) const;
    QString toolTip(const AssessmentRecord& item, int column) const;

    QList<AssessmentRecord> m_items;
};

} // namespace dsar
