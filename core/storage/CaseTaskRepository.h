#pragma once

#include "common/Result.h"
#include "domain/Decision.h"
#include "letters/LetterRecord.h"

namespace dsar {

class Database;
class KeyRing;

// What a decision sets in motion: erasure tasks per system, Art. 19 notifications per recipient, processing
// stops (the suppression list), and the letters generated and sent.
class CaseTaskRepository
{
public:
    CaseTaskRepository(const Database& db, const KeyRing& keys);

    Status insertErasureTask(qint64 caseId, const QString& system);
    Status completeErasureTask(qint64 taskId, const QString& by, const QDateTime& at);
    Result<QList<ErasureTask>> erasureTasks(qint64 caseId) const;

    // ON CONFLICT DO NOTHING: a recipient is listed once per case.
    Status insertNotification(qint64 caseId, const QString& recipient, const QString& role);
    Status recordNotification(const RecipientNotification& notification);
    Result<QList<RecipientNotification>> notifications(qint64 caseId) const;

    Status insertStop(const ProcessingStop& stop);
    // Every stop of a subject, or of all subjects when subjectId is 0.
    Result<QList<ProcessingStop>> stops(qint64 subjectId) const;
    Result<QList<ProcessingStop>> stopsForCase(qint64 caseId) const;

    Result<qint64> insertLetter(const LetterRecord& letter);
    Status markLetterSent(qint64 letterId, const QString& by, const QDateTime& at, const QString& method);
    Result<QList<LetterRecord>> letters(qint64 caseId) const;
    Result<int> letterCount(qint64 caseId, LetterKind kind) const;

private:
    Result<QList<ProcessingStop>> readStops(const QString& where, const QVariantList& bindings) const;

    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
