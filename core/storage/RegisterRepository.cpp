#include "RegisterRepository.h"

#include "Database.h"
#include "SqlQuery.h"

namespace dsar {
namespace {

// Child tables, in the order they are written.
const QStringList childTables
    = { QStringLiteral("activity_purposes"),        QStringLiteral("activity_legal_bases"),
        QStringLiteral("activity_data_categories"), QStringLiteral("activity_subject_categories"),
        QStringLiteral("activity_sources"),         QStringLiteral("activity_recipients"),
        QStringLiteral("activity_transfers"),       QStringLiteral("activity_systems") };

const QString selectActivities
    = QStringLiteral("SELECT id, controller_id, name, special_condition, automated_logic, automated_significance, "
                     "retention_rule, retention_note FROM processing_activities");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// Unknown codes can only come from a database changed outside the app (the CHECK constraints refuse them).
Error badCode(const QString& table, const QString& code)
{
    return Error { RegisterRepository::tr("The register table %1 holds an unknown code \"%2\". The database was "
                                          "changed outside DSAR Desk; restore it from a backup.")
                       .arg(table, code) };
}

Result<ProcessingActivity> readActivity(const QSqlQuery& row)
{
    ProcessingActivity activity;
    activity.id = row.value(0).toLongLong();
    activity.controllerId = row.value(1).toLongLong();
    activity.name = row.value(2).toString();
    if (!row.value(3).isNull()) {
        activity.specialCondition = SpecialCategoryConditions::fromCode(row.value(3).toString());
        if (!activity.specialCondition)
            return badCode(QStringLiteral("processing_activities"), row.value(3).toString());
    }
    if (!row.value(4).isNull())
        activity.automatedDecision = AutomatedDecision { row.value(4).toString(), row.value(5).toString() };
    activity.retentionRule = row.value(6).toString();
    activity.retentionNote = row.value(7).toString();
    return activity;
}

} // namespace

RegisterRepository::RegisterRepository(const Database& db)
    : m_db(db)
{ }

Result<qint64> RegisterRepository::insert(const ProcessingActivity& activity, const QDateTime& now)
{
    const QString at = now.toUTC().toString(Qt::ISODate);
    Result<qint64> id = SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO processing_activities (controller_id, name, special_condition, automated_logic, "
                       "automated_significance, retention_rule, retention_note, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { activity.controllerId, SqlQuery::text(activity.name),
          activity.specialCondition ? QVariant(SpecialCategoryConditions::code(*activity.specialCondition))
                                    : nullText(),
          activity.automatedDecision ? QVariant(SqlQuery::text(activity.automatedDecision->logic)) : nullText(),
          activity.automatedDecision ? QVariant(SqlQuery::text(activity.automatedDecision->significance)) : nullText(),
          SqlQuery::text(activity.retentionRule), SqlQuery::text(activity.retentionNote), at, at });
    if (!id)
        return id;
    ProcessingActivity stored = activity;
    stored.id = id.value();
    if (Status children = insertChildren(stored); !children)
        return Error { children.error() };
    return id;
}

Status RegisterRepository::replace(const ProcessingActivity& activity, const QDateTime& now)
{
    Status updated = SqlQuery::run(
        m_db,
        QStringLiteral("UPDATE processing_activities SET controller_id = ?, name = ?, special_condition = ?, "
                       "automated_logic = ?, automated_significance = ?, retention_rule = ?, retention_note = ?, "
                       "updated_at = ? WHERE id = ?"),
        { activity.controllerId, SqlQuery::text(activity.name),
          activity.specialCondition ? QVariant(SpecialCategoryConditions::code(*activity.specialCondition))
                                    : nullText(),
          activity.automatedDecision ? QVariant(SqlQuery::text(activity.automatedDecision->logic)) : nullText(),
          activity.automatedDecision ? QVariant(SqlQuery::text(activity.automatedDecision->significance)) : nullText(),
          SqlQuery::text(activity.retentionRule), SqlQuery::text(activity.retentionNote),
          now.toUTC().toString(Qt::ISODate), activity.id });
    if (!updated)
        return updated;
    if (Status deleted = deleteChildren(activity.id); !deleted)
        return deleted;
    return insertChildren(activity);
}

Result<bool> RegisterRepository::remove(qint64 id)
{
    Result<QSqlQuery> query
        = SqlQuery::exec(m_db, QStringLiteral("DELETE FROM processing_activities WHERE id = ?"), { id });
    if (!query)
        return Error { query.error() };
    return query.value().numRowsAffected() > 0;
}

Result<std::optional<ProcessingActivity>> RegisterRepository::byId(qint64 id) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectActivities + QStringLiteral(" WHERE id = ?"), { id });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<ProcessingActivity>();
    Result<ProcessingActivity> activity = readActivity(query.value());
    if (!activity)
        return Error { activity.error() };
    if (Status children = readChildren(activity.value()); !children)
        return Error { children.error() };
    return std::optional<ProcessingActivity>(std::move(activity).value());
}

Result<QList<ProcessingActivity>> RegisterRepository::forController(qint64 controllerId) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, selectActivities + QStringLiteral(" WHERE controller_id = ? ORDER BY name, id"), { controllerId });
    if (!query)
        return Error { query.error() };
    QList<ProcessingActivity> activities;
    while (query.value().next()) {
        Result<ProcessingActivity> activity = readActivity(query.value());
        if (!activity)
            return Error { activity.error() };
        activities.append(std::move(activity).value());
    }
    for (ProcessingActivity& activity : activities) {
        if (Status children = readChildren(activity); !children)
            return Error { children.error() };
    }
    return activities;
}

Result<std::optional<qint64>> RegisterRepository::idByName(qint64 controllerId, const QString& name) const
{
    Result<QVariant> id = SqlQuery::scalar(
        m_db, QStringLiteral("SELECT id FROM processing_activities WHERE controller_id = ? AND name = ?"),
        { controllerId, name });
    if (!id)
        return Error { id.error() };
    if (!id.value().isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(id.value().toLongLong());
}

Status RegisterRepository::deleteChildren(qint64 id)
{
    for (const QString& table : childTables) {
        // Table names are the constants above, never input.
        if (Status done = SqlQuery::run(m_db,
                                        QStringLiteral("DELETE FROM ") + table
                                            + QStringLiteral(" WHERE "
                                                             "activity_id = ?"),
                                        { id });
            !done)
            return done;
    }
    return {};
}

Status RegisterRepository::insertChildren(const ProcessingActivity& a)
{
    auto run = [this](const QString& sql, const QVariantList& values) {
        return SqlQuery::run(m_db, sql, values);
    };
    for (int i = 0; i < a.purposes.size(); ++i) {
        if (Status s = run(QStringLiteral("INSERT INTO activity_purposes (activity_id, position, purpose) "
                                          "VALUES (?, ?, ?)"),
                           { a.id, i, SqlQuery::text(a.purposes.at(i)) });
            !s)
            return s;
    }
    for (int i = 0; i < a.legalBases.size(); ++i) {
        const LegalBasisEntry& entry = a.legalBases.at(i);
        if (Status s = run(QStringLiteral("INSERT INTO activity_legal_bases (activity_id, position, basis, note) "
                                          "VALUES (?, ?, ?, ?)"),
                           { a.id, i, LegalBases::code(entry.basis), SqlQuery::text(entry.note) });
            !s)
            return s;
    }
    for (int i = 0; i < a.dataCategories.size(); ++i) {
        const DataCategory& category = a.dataCategories.at(i);
        if (Status s = run(QStringLiteral("INSERT INTO activity_data_categories (activity_id, position, name, "
                                          "special) VALUES (?, ?, ?, ?)"),
                           { a.id, i, SqlQuery::text(category.name), category.special ? 1 : 0 });
            !s)
            return s;
    }
    for (int i = 0; i < a.subjectCategories.size(); ++i) {
        if (Status s = run(QStringLiteral("INSERT INTO activity_subject_categories (activity_id, position, "
                                          "category) VALUES (?, ?, ?)"),
                           { a.id, i, SqlQuery::text(a.subjectCategories.at(i)) });
            !s)
            return s;
    }
    for (int i = 0; i < a.sources.size(); ++i) {
        const Source& source = a.sources.at(i);
        if (Status s = run(QStringLiteral("INSERT INTO activity_sources (activity_id, position, kind, name) "
                                          "VALUES (?, ?, ?, ?)"),
                           { a.id, i, SourceKinds::code(source.kind), SqlQuery::text(source.name) });
            !s)
            return s;
    }
    for (int i = 0; i < a.recipients.size(); ++i) {
        const Recipient& r = a.recipients.at(i);
        if (Status s = run(QStringLiteral("INSERT INTO activity_recipients (activity_id, position, name, role, "
                                          "country, purpose) VALUES (?, ?, ?, ?, ?, ?)"),
                           { a.id, i, SqlQuery::text(r.name), RecipientRoles::code(r.role), SqlQuery::text(r.country),
                             SqlQuery::text(r.purpose) });
            !s)
            return s;
    }
    for (int i = 0; i < a.transfers.size(); ++i) {
        const Transfer& t = a.transfers.at(i);
        if (Status s = run(QStringLiteral("INSERT INTO activity_transfers (activity_id, position, country, "
                                          "recipient, safeguard, note) VALUES (?, ?, ?, ?, ?, ?)"),
                           { a.id, i, SqlQuery::text(t.country), SqlQuery::text(t.recipient),
                             t.safeguard ? QVariant(TransferSafeguards::code(*t.safeguard)) : nullText(),
                             SqlQuery::text(t.note) });
            !s)
            return s;
    }
    for (int i = 0; i < a.systems.size(); ++i) {
        if (Status s = run(QStringLiteral("INSERT INTO activity_systems (activity_id, position, system_name) "
                                          "VALUES (?, ?, ?)"),
                           { a.id, i, SqlQuery::text(a.systems.at(i)) });
            !s)
            return s;
    }
    return {};
}

Status RegisterRepository::readChildren(ProcessingActivity& a) const
{
    auto rows = [this, &a](const QString& sql) {
        return SqlQuery::exec(m_db, sql, { a.id });
    };

    Result<QSqlQuery> q
        = rows(QStringLiteral("SELECT purpose FROM activity_purposes WHERE activity_id = ? ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next())
        a.purposes << q.value().value(0).toString();

    q = rows(QStringLiteral("SELECT basis, note FROM activity_legal_bases WHERE activity_id = ? ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next()) {
        const std::optional<LegalBasis> basis = LegalBases::fromCode(q.value().value(0).toString());
        if (!basis)
            return badCode(QStringLiteral("activity_legal_bases"), q.value().value(0).toString());
        a.legalBases.append({ *basis, q.value().value(1).toString() });
    }

    q = rows(
        QStringLiteral("SELECT name, special FROM activity_data_categories WHERE activity_id = ? ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next())
        a.dataCategories.append({ q.value().value(0).toString(), q.value().value(1).toInt() != 0 });

    q = rows(
        QStringLiteral("SELECT category FROM activity_subject_categories WHERE activity_id = ? ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next())
        a.subjectCategories << q.value().value(0).toString();

    q = rows(QStringLiteral("SELECT kind, name FROM activity_sources WHERE activity_id = ? ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next()) {
        const std::optional<SourceKind> kind = SourceKinds::fromCode(q.value().value(0).toString());
        if (!kind)
            return badCode(QStringLiteral("activity_sources"), q.value().value(0).toString());
        a.sources.append({ *kind, q.value().value(1).toString() });
    }

    q = rows(QStringLiteral("SELECT name, role, country, purpose FROM activity_recipients WHERE activity_id = ? "
                            "ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next()) {
        const std::optional<RecipientRole> role = RecipientRoles::fromCode(q.value().value(1).toString());
        if (!role)
            return badCode(QStringLiteral("activity_recipients"), q.value().value(1).toString());
        a.recipients.append(
            { q.value().value(0).toString(), *role, q.value().value(2).toString(), q.value().value(3).toString() });
    }

    q = rows(QStringLiteral("SELECT country, recipient, safeguard, note FROM activity_transfers WHERE activity_id = ? "
                            "ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next()) {
        Transfer transfer { q.value().value(0).toString(), q.value().value(1).toString(), std::nullopt,
                            q.value().value(3).toString() };
        if (!q.value().value(2).isNull()) {
            transfer.safeguard = TransferSafeguards::fromCode(q.value().value(2).toString());
            if (!transfer.safeguard)
                return badCode(QStringLiteral("activity_transfers"), q.value().value(2).toString());
        }
        a.transfers.append(transfer);
    }

    q = rows(QStringLiteral("SELECT system_name FROM activity_systems WHERE activity_id = ? ORDER BY position"));
    if (!q)
        return Error { q.error() };
    while (q.value().next())
        a.systems << q.value().value(0).toString();
    return {};
}

} // namespace dsar
