#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace dsar {

class Database;

// Prepared statements with bound values (never concatenated input); every failure becomes an Error.
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)
public:
    // Prepares and executes; positional '?' bindings in order.
    static Result<QSqlQuery> exec(const Database& db, const QString& sql, const QVariantList& bindings = {});
    // For statements whose rows are not needed.
    static Status run(const Database& db, const QString& sql, const QVariantList& bindings = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    static Result<QVariant> scalar(const Database& db, const QString& sql, const QVariantList& bindings = {});
    // INSERT ... RETURNING id (SQLite >= 3.35 and PostgreSQL both support RETURNING).
    // Empty text is stored as NULL (so UNIQUE columns allow many "none").
    static QVariant nullIfEmpty(const QString& value)
    {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    }
    // For NOT NULL text columns: a null QString would be bound as NULL.
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    static Result<qint64> insert(const Database& db, const QString& sql, const QVariantList& bindings = {});
};

} // namespace dsar
