#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace dsar {

// The one storage connection. Holds the connection name, never a QSqlDatabase member (Qt's advice).
// SQLite by default; the SQL is kept portable so a PostgreSQL backend fits through the same class.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL,
    };
    enum class OpenMode
    {
        CreateIfMissing,
        MustExist,
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the SQLite file (":memory:" for tests), refuses a database written by a newer version
    // without touching it, then turns on foreign keys and WAL and applies pending migrations.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path, OpenMode mode);

    // --db PATH, else DSAR_DB, else dsardesk.sqlite in QStandardPaths::AppDataLocation.
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultPath();

    QSqlDatabase connection() const;
    Backend backend() const { return m_backend; }
    QString path() const { return m_path; }
    int schemaVersion() const;

private:
    friend class Transaction;
    Database(QString connectionName, QString path, Backend backend);
    Status prepareSqlite();
    static Result<int> readVersionWithoutWriting(const QString& path);
    static QString newerVersionMessage(const QString& path, int version);

    QString m_connectionName;
    QString m_path;
    Backend m_backend;
    int m_transactionDepth = 0;
};

} // namespace dsar
