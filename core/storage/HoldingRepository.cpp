#include "HoldingRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "security/KeyRing.h"

namespace dsar {
namespace {

// The column name doubles as the associated data of the sealed value.
const QString valueColumn = QStringLiteral("holdings.value");

// The event date columns are named by their RetentionEvents codes.
QStringList eventColumns()
{
    QStringList columns;
    for (RetentionEvent event : RetentionEvents::all())
        columns << RetentionEvents::code(event);
    return columns;
}

QString selectHoldings()
{
    return QStringLiteral("SELECT id, subject_id, activity_id, system_name, category, field, value_enc, "
                          "provided_by_subject, created_at, updated_at, ")
        + eventColumns().join(QStringLiteral(", ")) + QStringLiteral(" FROM holdings");
}

QVariant dateOrNull(const std::optional<QDate>& date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

HoldingRepository::HoldingRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

QVariantList HoldingRepository::bindings(const Holding& holding, const QByteArray& sealedValue) const
{
    QVariantList values { holding.subjectId,
                          holding.activityId,
                          SqlQuery::text(holding.system),
                          SqlQuery::text(holding.category),
                          SqlQuery::text(holding.field),
                          sealedValue,
                          holding.providedBySubject ? 1 : 0 };
    for (RetentionEvent event : RetentionEvents::all())
        values << dateOrNull(holding.events.date(event));
    return values;
}

Result<qint64> HoldingRepository::insert(const Holding& holding, const QDateTime& now)
{
    Result<QByteArray> sealed = m_keys.seal(valueColumn, holding.value);
    if (!sealed)
        return Error { sealed.error() };
    const QStringList events = eventColumns();
    const QString sql = QStringLiteral("INSERT INTO holdings (subject_id, activity_id, system_name, category, field, "
                                       "value_enc, provided_by_subject, ")
        + events.join(QStringLiteral(", ")) + QStringLiteral(", created_at, updated_at) VALUES (")
        + QStringList(7 + events.size() + 2, QStringLiteral("?")).join(QStringLiteral(", "))
        + QStringLiteral(") RETURNING id");
    const QString at = now.toUTC().toString(Qt::ISODate);
    return SqlQuery::insert(m_db, sql, bindings(holding, sealed.value()) << at << at);
}

Status HoldingRepository::update(const Holding& holding, const QDateTime& now)
{
    Result<QByteArray> sealed = m_keys.seal(valueColumn, holding.value);
    if (!sealed)
        return Error { sealed.error() };
    QStringList assignments = {
        QStringLiteral("subject_id = ?"),         QStringLiteral("activity_id = ?"), QStringLiteral("system_name = ?"),
        QStringLiteral("category = ?"),           QStringLiteral("field = ?"),       QStringLiteral("value_enc = ?"),
        QStringLiteral("provided_by_subject = ?")
    };
    for (const QString& column : eventColumns())
        assignments << column + QStringLiteral(" = ?");
    assignments << QStringLiteral("updated_at = ?");
    return SqlQuery::run(m_db,
                         QStringLiteral("UPDATE holdings SET ") + assignments.join(QStringLiteral(", "))
                             + QStringLiteral(" WHERE id = ?"),
                         bindings(holding, sealed.value()) << now.toUTC().toString(Qt::ISODate) << holding.id);
}

Result<bool> HoldingRepository::remove(qint64 id)
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, QStringLiteral("DELETE FROM holdings WHERE id = ?"), { id });
    if (!query)
        return Error { query.error() };
    return query.value().numRowsAffected() > 0;
}

Result<std::optional<Holding>> HoldingRepository::byId(qint64 id) const
{
    Result<QList<Holding>> found = select(QStringLiteral("id = ?"), { id });
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return std::optional<Holding>();
    return std::optional<Holding>(found->first());
}

Result<QList<Holding>> HoldingRepository::forSubject(qint64 subjectId) const
{
    return select(QStringLiteral("subject_id = ?"), { subjectId });
}

Result<QList<Holding>> HoldingRepository::all() const
{
    return select(QString(), {});
}

Result<qint64> HoldingRepository::countForActivity(qint64 activityId) const
{
    Result<QVariant> count
        = SqlQuery::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM holdings WHERE activity_id = ?"), { activityId });
    if (!count)
        return Error { count.error() };
    return count.value().toLongLong();
}

Result<QList<Holding>> HoldingRepository::select(const QString& condition, const QVariantList& bindings) const
{
    QString sql = selectHoldings();
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    sql += QStringLiteral(" ORDER BY subject_id, system_name, category, field, id");
    Result<QSqlQuery> query = SqlQuery::exec(m_db, sql, bindings);
    if (!query)
        return Error { query.error() };
    QList<Holding> holdings;
    while (query.value().next()) {
        Result<Holding> holding = read(query.value());
        if (!holding)
            return Error { holding.error() };
        holdings << holding.value();
    }
    return holdings;
}

Result<Holding> HoldingRepository::read(const QSqlQuery& row) const
{
    Holding holding;
    holding.id = row.value(0).toLongLong();
    holding.subjectId = row.value(1).toLongLong();
    holding.activityId = row.value(2).toLongLong();
    holding.system = row.value(3).toString();
    holding.category = row.value(4).toString();
    holding.field = row.value(5).toString();
    Result<QString> value = m_keys.open(valueColumn, row.value(6).toByteArray());
    if (!value)
        return Error { value.error() };
    holding.value = value.value();
    holding.providedBySubject = row.value(7).toInt() != 0;
    holding.createdAt = QDateTime::fromString(row.value(8).toString(), Qt::ISODate);
    holding.updatedAt = QDateTime::fromString(row.value(9).toString(), Qt::ISODate);
    const QList<RetentionEvent> events = RetentionEvents::all();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QVariant date = row.value(int(10 + i));
        if (!date.isNull())
            holding.events.setDate(events.at(i), QDate::fromString(date.toString(), Qt::ISODate));
    }
    return holding;
}

} // namespace dsar
