#pragma once

#include "services/HoldingService.h"

#include <QAbstractTableModel>
#include <QDate>

namespace dsar {

class Clock;

// One data subject's holdings as a table, over the holding service, in its order (organisation, system,
// category, field): where each datum lives, for which processing and on which legal basis, and until when it
// may be kept (GDPR Art. 15(1)(a)-(d)). The service has no change signal: call reload() after a change.
// Presentation (colours) is added in the UI.
class HoldingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OrganisationColumn,
        ActivityColumn,
        SystemColumn,
        CategoryColumn,
        FieldColumn,
        ValueColumn,
        ProvidedColumn,
        LegalBasisColumn,
        RetainUntilColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value to sort by (dates as QDate)
        HoldingIdRole,
        RetainUntilRole, // QDate; invalid when the rule gives no date (yet)
        IsPastRetentionRole,
        DaysOverdueRole,
    };

    HoldingListModel(HoldingService& service, const Clock& clock, QObject* parent = nullptr);

    // Shows this subject's holdings; 0 shows none.
    void setSubject(qint64 subjectId);
    qint64 subject() const { return m_subjectId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const HoldingView& holdingAt(int row) const { return m_holdings.at(row); }
    // The row of holding id, or -1.
    int rowOf(qint64 holdingId) const;
    int pastRetentionCount() const;
    QDate today() const { return m_today; }
    // Empty when the last load worked; otherwise what went wrong.
    QString lastError() const { return m_lastError; }

    // The retain-until date is the last day the data may be kept (RetentionEngine): past it, they are due
    // for erasure.
    static bool isPastRetention(const RetentionOutcome& outcome, QDate today);
    // Days since the retain-until date; 0 when it has not passed or there is none.
    static int daysOverdue(const RetentionOutcome& outcome, QDate today);
    // RetentionEngine::describe(), and for a passed date that the data are due for erasure: text as well as
    // colour.
    static QString retentionText(const RetentionOutcome& outcome, QDate today);
    // "2 years after the contract or relationship ended (BFL 7 kap. 2 §)" for a rule's text form.
    static QString ruleText(const QString& encodedRule);
    static QString legalBasesText(const QList<LegalBasisEntry>& bases);

public slots:
    void reload();

private:
    QVariant displayData(const HoldingView& view, int column) const;
    QVariant sortData(const HoldingView& view, int column) const;
    QString toolTip(const HoldingView& view, int column) const;

    HoldingService& m_service;
    const Clock& m_clock;
    qint64 m_subjectId = 0;
    QList<HoldingView> m_holdings;
    QDate m_today;
    QString m_lastError;
};

} // namespace dsar
