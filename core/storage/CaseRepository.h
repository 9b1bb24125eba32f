#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QHash>

#include <optional>

class QSqlQuery;

namespace dsar {

class Database;
class KeyRing;

// Which cases a list shows. Empty optionals do not filter.
struct CaseFilter
{
    std::optional<CaseStatus> status;
    std::optional<RequestRight> right;
    std::optional<qint64> subjectId;
    bool openOnly = false;
    // Open cases whose current due date is before this date.
    std::optional<QDate> overdueOn;
    // Open cases due from the first date through the second, inclusive.
    std::optional<std::pair<QDate, QDate>> dueBetween;
    // Only the first cases by current due date and reference (the case list's first screen).
    std::optional<int> firstByDue;
};

struct NewRequestRow
{
    qint64 controllerId = 0;
    qint64 subjectId = 0;
    Channel channel = Channel::Email;
    ReceiptTime received;
    QDateTime registeredAt;
    QString registeredBy;
};

class CaseRepository
{
public:
    CaseRepository(const Database& db, const KeyRing& keys);

    // "DSAR-2027-00042": the next number of the year; call inside the opening transaction.
    Result<QString> nextReference(int year);
    Result<qint64> insertRequest(const NewRequestRow& request);
    // Inserts the case row; reads requestId, reference, right, status, deadlines and timestamps.
    Result<qint64> insertCase(const CaseRecord& record);
    // The new status; closedAt is set when the case is finished (invalid: left as it is).
    Status updateStatus(qint64 caseId, CaseStatus status, const QDateTime& closedAt, const QDateTime& now);
    // The stored deadlines after a clock stop or an extension: due, extendedDue, extensionTarget, internalTarget,
    // currentDue and extended.
    Status updateDeadlines(const CaseRecord& record, const QDateTime& now);

    Result<QList<CaseRecord>> list(const CaseFilter& filter) const;
    // When the answer went out (outcome letter sent, or the refusal): kept once set.
    Status setAnsweredAt(qint64 caseId, const QDateTime& at);
    Result<std::optional<CaseRecord>> byReference(const QString& reference) const;
    Result<std::optional<CaseRecord>> byId(qint64 id) const;

private:
    // With names, the subjects' names already opened by this query, by subject id.
    Result<CaseRecord> readCase(const QSqlQuery& row, QHash<qint64, QString>* names = nullptr) const;
    Result<std::optional<CaseRecord>> single(const QString& condition, const QVariant& key) const;
    Result<QStringList> referencesOfRequest(qint64 requestId, qint64 exceptCaseId) const;
    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
