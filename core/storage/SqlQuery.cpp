#include "SqlQuery.h"

#include "Database.h"
#include "common/Logging.h"

#include <QSqlError>

namespace dsar {

Result<QSqlQuery> SqlQuery::exec(const Database& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << sql << query.lastError().text();
        return Error { tr("The database refused a statement: %1").arg(query.lastError().text()) };
    }
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStorage) << "exec failed:" << sql << query.lastError().text();
        return Error { tr("The database could not carry out a statement: %1").arg(query.lastError().text()) };
    }
    return query;
}

Status SqlQuery::run(const Database& db, const QString& sql, const QVariantList& bindings)
{
    Result<QSqlQuery> query = exec(db, sql, bindings);
    if (!query)
        return Error { query.error() };
    return {};
}

Result<QVariant> SqlQuery::scalar(const Database& db, const QString& sql, const QVariantList& bindings)
{
    Result<QSqlQuery> query = exec(db, sql, bindings);
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Result<qint64> SqlQuery::insert(const Database& db, const QString& sql, const QVariantList& bindings)
{
    Result<QVariant> id = scalar(db, sql, bindings);
    if (!id)
        return Error { id.error() };
    if (!id.value().isValid())
        return Error { tr("The database did not return the new row's id.") };
    return id.value().toLongLong();
}

} // namespace dsar
