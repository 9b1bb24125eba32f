#pragma once

#include "common/Result.h"
#include "domain/CaseStatus.h"
#include "domain/RequestRight.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dsar {

class Database;

// The counts behind the DPO's dashboard, as SQL aggregates: the open cases are counted, not read, so the figures
// stay quick with many cases. No personal data is read here.
class DashboardRepository
{
public:
    explicit DashboardRepository(const Database& db);

    struct OpenGroup
    {
        CaseStatus status = CaseStatus::Received;
        RequestRight right = RequestRight::Access;
        int count = 0;
    };
    Result<QList<OpenGroup>> openByStatusAndRight() const;
    // Open cases whose current due date lies in [from, to] (either may be invalid: unbounded).
    Result<int> openDueBetween(QDate from, QDate to) const;
    Result<QList<std::pair<QDate, int>>> openDuePerDay(QDate from, QDate to) const;

    struct ExtensionRow
    {
        QString reference;
        QString reasonCode;
        bool approved = false;
    };
    // The extensions of open cases.
    Result<QList<ExtensionRow>> openExtensions() const;

    struct AnsweredRow
    {
        QString reference;
        QDate received;
        QDate due; // the current due date, extended when extended
        QDateTime answeredAt;
    };
    // Cases answered within [from, to), instants in UTC.
    Result<QList<AnsweredRow>> answeredBetween(const QDateTime& from, const QDateTime& to) const;

    // For the annual report: what happened to requests received in [from, to].
    struct CountRow
    {
        QString code; // a right, an extension reason, an outcome or an item ground
        QString detail; // the extension's approval ("approved"/""), a refusal's legal reference
        int count = 0;
    };
    Result<QList<CountRow>> requestsPerRight(QDate from, QDate to) const;
    Result<QList<CountRow>> extensionsPerReason(QDate from, QDate to) const;
    // Approved refusals and partial refusals, by outcome and legal reference.
    Result<QList<CountRow>> refusals(QDate from, QDate to) const;
    // Items kept under an exception (GDPR Art. 17(3)) or restricted, by ground, in approved decisions.
    Result<QList<CountRow>> itemGrounds(QDate from, QDate to, const QString& decision) const;

private:
    Result<QList<CountRow>> counts(const QString& sql, QDate from, QDate to) const;

private:
    const Database& m_db;
};

} // namespace dsar
