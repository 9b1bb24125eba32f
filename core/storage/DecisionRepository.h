#pragma once

#include "common/Result.h"
#include "domain/Decision.h"

#include <optional>

namespace dsar {

class Database;
class KeyRing;

// A case's decision (case_decisions, one per case) and its assessed items (case_assessments). Texts that may
// hold personal data are sealed.
class DecisionRepository
{
public:
    DecisionRepository(const Database& db, const KeyRing& keys);

    // Inserts or replaces the case's proposal; clears an earlier approval.
    Status saveProposal(const DecisionRecord& record);
    Status approve(qint64 caseId, const QString& approvedBy, const QDateTime& approvedAt);
    Result<std::optional<DecisionRecord>> forCase(qint64 caseId) const;

    Result<qint64> insertItem(const AssessmentRecord& item);
    // Writes decision, ground, legal reference, retain-until, note, before/after and who decided.
    Status updateItem(const AssessmentRecord& item);
    Status markItemsDone(const QList<qint64>& ids, const QString& by, const QDateTime& at);
    Status markLifted(qint64 id, const QString& by, const QDateTime& at);
    Status markFollowUpDone(qint64 id, const QString& by, const QDateTime& at);
    Result<QList<AssessmentRecord>> items(qint64 caseId) const;
    Result<std::optional<AssessmentRecord>> item(qint64 id) const;
    // Kept items whose retain-until date is before `today` and whose follow-up erasure is not done, oldest first.
    Result<QList<AssessmentRecord>> dueFollowUps(QDate today) const;

private:
    Result<QList<AssessmentRecord>> readItems(const QString& where, const QVariantList& bindings) const;

    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
