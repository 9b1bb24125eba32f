#include "DecisionRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "security/KeyRing.h"

#include <QSqlQuery>

namespace dsar {
namespace {

// The column names double as the associated data of the sealed values.
const QString summaryColumn = QStringLiteral("case_decisions.summary");
const QString reasonsColumn = QStringLiteral("case_decisions.reasons");
const QString factsColumn = QStringLiteral("case_decisions.facts");
const QString balancingColumn = QStringLiteral("case_decisions.balancing");
const QString noteColumn = QStringLiteral("case_assessments.note");
const QString beforeColumn = QStringLiteral("case_assessments.before");
const QString afterColumn = QStringLiteral("case_assessments.after");

const QString itemColumns = QStringLiteral(
    "id, case_id, holding_id, activity_id, system, category, field, decision, ground, legal_reference, "
    "retain_until, note_enc, before_enc, after_enc, decided_by, decided_at, done_by, done_at, lifted_by, lifted_at, "
    "followup_done_by, followup_done_at");

QString instant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime readInstant(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Empty stays NULL: nothing worth a ciphertext.
Result<QVariant> sealText(const KeyRing& keys, const QString& column, const QString& text)
{
    return keys.sealOptional(column, text.isEmpty() ? QString() : text);
}

Result<QString> openText(const KeyRing& keys, const QString& column, const QVariant& value)
{
    if (value.isNull())
        return QString();
    return keys.open(column, value.toByteArray());
}

} // namespace

DecisionRepository::DecisionRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

Status DecisionRepository::saveProposal(const DecisionRecord& record)
{
    Result<QByteArray> summary = m_keys.seal(summaryColumn, record.summary);
    Result<QVariant> reasons = sealText(m_keys, reasonsColumn, record.reasons);
    Result<QVariant> facts = sealText(m_keys, factsColumn, record.facts);
    Result<QVariant> balancing = sealText(m_keys, balancingColumn, record.balancing);
    for (const QString& error : { summary.error(), reasons.error(), facts.error(), balancing.error() }) {
        if (!error.isEmpty())
            return Error { error };
    }
    if (Status removed
        = SqlQuery::run(m_db, QStringLiteral("DELETE FROM case_decisions WHERE case_id = ?"), { record.caseId });
        !removed)
        return removed;
    return SqlQuery::run(
        m_db,
        QStringLiteral("INSERT INTO case_decisions (case_id, outcome, ground, summary_enc, reasons_enc, "
                       "legal_reference, facts_enc, fee_amount, balancing_enc, proposed_by, proposed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { record.caseId, DecisionOutcomes::code(record.outcome), SqlQuery::text(DecisionGrounds::code(record.ground)),
          summary.value(), reasons.value(), SqlQuery::text(record.legalReference), facts.value(),
          SqlQuery::text(record.feeAmount), balancing.value(), record.proposedBy, instant(record.proposedAt) });
}

Status DecisionRepository::approve(qint64 caseId, const QString& approvedBy, const QDateTime& approvedAt)
{
    return SqlQuery::run(m_db,
                         QStringLiteral("UPDATE case_decisions SET approved_by = ?, approved_at = ? WHERE case_id = ?"),
                         { approvedBy, instant(approvedAt), caseId });
}

Result<std::optional<DecisionRecord>> DecisionRepository::forCase(qint64 caseId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("SELECT id, case_id, outcome, ground, summary_enc, reasons_enc, legal_reference, facts_enc, "
                       "fee_amount, balancing_enc, proposed_by, proposed_at, approved_by, approved_at FROM "
                       "case_decisions WHERE case_id = ?"),
        { caseId });
    if (!query)
        return Error { query.error() };
    QSqlQuery& row = query.value();
    if (!row.next())
        return std::optional<DecisionRecord>();
    DecisionRecord record;
    record.id = row.value(0).toLongLong();
    record.caseId = row.value(1).toLongLong();
    record.outcome = DecisionOutcomes::fromCode(row.value(2).toString()).value_or(DecisionOutcome::Granted);
    record.ground = DecisionGrounds::fromCode(row.value(3).toString()).value_or(DecisionGround::None);
    Result<QString> summary = m_keys.open(summaryColumn, row.value(4).toByteArray());
    Result<QString> reasons = openText(m_keys, reasonsColumn, row.value(5));
    Result<QString> facts = openText(m_keys, factsColumn, row.value(7));
    Result<QString> balancing = openText(m_keys, balancingColumn, row.value(9));
    for (const QString& error : { summary.error(), reasons.error(), facts.error(), balancing.error() }) {
        if (!error.isEmpty())
            return Error { error };
    }
    record.summary = summary.value();
    record.reasons = reasons.value();
    record.legalReference = row.value(6).toString();
    record.facts = facts.value();
    record.feeAmount = row.value(8).toString();
    record.balancing = balancing.value();
    record.proposedBy = row.value(10).toString();
    record.proposedAt = readInstant(row.value(11));
    record.approvedBy = row.value(12).toString();
    record.approvedAt = readInstant(row.value(13));
    return std::optional<DecisionRecord>(record);
}

Result<qint64> DecisionRepository::insertItem(const AssessmentRecord& item)
{
    Result<QVariant> note = sealText(m_keys, noteColumn, item.note);
    Result<QVariant> before = sealText(m_keys, beforeColumn, item.before);
    Result<QVariant> after = sealText(m_keys, afterColumn, item.after);
    for (const QString& error : { note.error(), before.error(), after.error() }) {
        if (!error.isEmpty())
            return Error { error };
    }
    return SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO case_assessments (case_id, holding_id, activity_id, system, category, field, "
                       "decision, ground, legal_reference, retain_until, note_enc, before_enc, after_enc, decided_by, "
                       "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { item.caseId, optionalId(item.holdingId), optionalId(item.activityId), SqlQuery::text(item.system),
          SqlQuery::text(item.category), SqlQuery::text(item.field), ItemDecisions::code(item.decision),
          SqlQuery::text(item.ground), SqlQuery::text(item.legalReference), optionalDate(item.retainUntil),
          note.value(), before.value(), after.value(), item.decidedBy, instant(item.decidedAt) });
}

Status DecisionRepository::updateItem(const AssessmentRecord& item)
{
    Result<QVariant> note = sealText(m_keys, noteColumn, item.note);
    Result<QVariant> before = sealText(m_keys, beforeColumn, item.before);
    Result<QVariant> after = sealText(m_keys, afterColumn, item.after);
    for (const QString& error : { note.error(), before.error(), after.error() }) {
        if (!error.isEmpty())
            return Error { error };
    }
    return SqlQuery::run(m_db,
                         QStringLiteral("UPDATE case_assessments SET decision = ?, ground = ?, legal_reference = ?, "
                                        "retain_until = ?, note_enc = ?, before_enc = ?, after_enc = ?, "
                                        "decided_by = ?, decided_at = ? WHERE id = ?"),
                         { ItemDecisions::code(item.decision), SqlQuery::text(item.ground),
                           SqlQuery::text(item.legalReference), optionalDate(item.retainUntil), note.value(),
                           before.value(), after.value(), item.decidedBy, instant(item.decidedAt), item.id });
}

Status DecisionRepository::markItemsDone(const QList<qint64>& ids, const QString& by, const QDateTime& at)
{
    for (qint64 id : ids) {
        Status done
            = SqlQuery::run(m_db, QStringLiteral("UPDATE case_assessments SET done_by = ?, done_at = ? WHERE id = ?"),
                            { by, instant(at), id });
        if (!done)
            return done;
    }
    return {};
}

Status DecisionRepository::markLifted(qint64 id, const QString& by, const QDateTime& at)
{
    return SqlQuery::run(m_db, QStringLiteral("UPDATE case_assessments SET lifted_by = ?, lifted_at = ? WHERE id = ?"),
                         { by, instant(at), id });
}

Status DecisionRepository::markFollowUpDone(qint64 id, const QString& by, const QDateTime& at)
{
    return SqlQuery::run(
        m_db, QStringLiteral("UPDATE case_assessments SET followup_done_by = ?, followup_done_at = ? WHERE id = ?"),
        { by, instant(at), id });
}

Result<QList<AssessmentRecord>> DecisionRepository::items(qint64 caseId) const
{
    return readItems(QStringLiteral("case_id = ? ORDER BY system, category, field, id"), { caseId });
}

Result<std::optional<AssessmentRecord>> DecisionRepository::item(qint64 id) const
{
    Result<QList<AssessmentRecord>> found = readItems(QStringLiteral("id = ?"), { id });
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return std::optional<AssessmentRecord>();
    return std::optional<AssessmentRecord>(found->constFirst());
}

Result<QList<AssessmentRecord>> DecisionRepository::dueFollowUps(QDate today) const
{
    // The retain-until date is the last day the item may be kept (RetentionEngine's convention).
    return readItems(QStringLiteral("decision = 'keep' AND retain_until IS NOT NULL AND retain_until < ? AND "
                                    "followup_done_at IS NULL ORDER BY retain_until, id"),
                     { today.toString(Qt::ISODate) });
}

Result<QList<AssessmentRecord>> DecisionRepository::readItems(const QString& where, const QVariantList& bindings) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, QStringLiteral("SELECT %1 FROM case_assessments WHERE %2").arg(itemColumns, where), bindings);
    if (!query)
        return Error { query.error() };
    QList<AssessmentRecord> items;
    QSqlQuery& row = query.value();
    while (row.next()) {
        AssessmentRecord item;
        item.id = row.value(0).toLongLong();
        item.caseId = row.value(1).toLongLong();
        item.holdingId = row.value(2).toLongLong();
        item.activityId = row.value(3).toLongLong();
        item.system = row.value(4).toString();
        item.category = row.value(5).toString();
        item.field = row.value(6).toString();
        item.decision = ItemDecisions::fromCode(row.value(7).toString()).value_or(ItemDecision::Include);
        item.ground = row.value(8).toString();
        item.legalReference = row.value(9).toString();
        item.retainUntil = QDate::fromString(row.value(10).toString(), Qt::ISODate);
        Result<QString> note = openText(m_keys, noteColumn, row.value(11));
        Result<QString> before = openText(m_keys, beforeColumn, row.value(12));
        Result<QString> after = openText(m_keys, afterColumn, row.value(13));
        for (const QString& error : { note.error(), before.error(), after.error() }) {
            if (!error.isEmpty())
                return Error { error };
        }
        item.note = note.value();
        item.before = before.value();
        item.after = after.value();
        item.decidedBy = row.value(14).toString();
        item.decidedAt = readInstant(row.value(15));
        item.doneBy = row.value(16).toString();
        item.doneAt = readInstant(row.value(17));
        item.liftedBy = row.value(18).toString();
        item.liftedAt = readInstant(row.value(19));
        item.followupDoneBy = row.value(20).toString();
        item.followupDoneAt = readInstant(row.value(21));
        items << item;
    }
    return items;
}

} // namespace dsar
