#include "Database.h"

#include "Migrations.h"
#include "SqlQuery.h"
#include "common/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace dsar {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("dsar-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString Database::newerVersionMessage(const QString& path, int version)
{
    return tr("The database %1 was written by a newer version of DSAR Desk (schema %2; this version knows up to "
              "%3). It has not been changed. Update DSAR Desk to open it.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(Migrations::latestVersion());
}

Result<int> Database::readVersionWithoutWriting(const QString& path)
{
    const QString name = nextConnectionName();
    Result<int> version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            version = Error { tr("Cannot open the database %1: %2").arg(path, db.lastError().text()) };
        } else {
            Database reader(name, path, Backend::SQLite);
            version = Migrations::installedVersion(reader);
            reader.m_connectionName.clear(); // the outer scope removes the connection
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

Database::Database(QString connectionName, QString path, Backend backend)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_backend(backend)
{ }

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("dsardesk.sqlite"));
}

QString Database::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("DSAR_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, OpenMode mode)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!info.exists() && mode == OpenMode::MustExist) {
            return Error { tr("There is no database at %1. Create it with \"dsarctl --db %1 init --admin NAME\" "
                              "(or --demo for demonstration data) or choose another file with --db.")
                               .arg(QDir::toNativeSeparators(path)) };
        }
        if (info.exists() && !info.isFile())
            return Error { tr("%1 is not a file. Choose a database file with --db.").arg(path) };
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return Error { tr("Cannot create the folder %1 for the database. Check the permissions or choose "
                              "another place with --db.")
                               .arg(QDir::toNativeSeparators(info.absolutePath())) };
        }
    }

    if (!inMemory && QFileInfo::exists(path)) {
        // Check the version on a read-only connection first: refusing a newer or foreign database must not
        // even fold its write-ahead log into the file.
        Result<int> version = readVersionWithoutWriting(path);
        if (!version)
            return Error { version.error() };
        if (version.value() > Migrations::latestVersion())
            return Error { newerVersionMessage(path, version.value()) };
        if (version.value() == 0 && mode == OpenMode::MustExist) {
            return Error { tr("%1 is not a DSAR Desk database (it is empty). Remove it and create the database with "
                              "\"dsarctl --db %1 init --admin NAME\", or choose another file with --db.")
                               .arg(QDir::toNativeSeparators(path)) };
        }
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::unique_ptr<Database> database(new Database(name, path, Backend::SQLite));
    if (!database->connection().open()) {
        return Error { tr("Cannot open the database %1: %2").arg(path, database->connection().lastError().text()) };
    }
    if (Status prepared = database->prepareSqlite(); !prepared)
        return Error { prepared.error() };
    return database;
}

Status Database::prepareSqlite()
{
    // Read the schema version before anything writes: a newer database must be left untouched.
    Result<int> found = Migrations::installedVersion(*this);
    if (!found)
        return Error { found.error() };
    if (found.value() > Migrations::latestVersion()) {
        return Error { tr("The database %1 was written by a newer version of DSAR Desk (schema %2; this version "
                          "knows up to %3). It has not been changed. Update DSAR Desk to open it.")
                           .arg(m_path)
                           .arg(found.value())
                           .arg(Migrations::latestVersion()) };
    }
    if (Status fk = SqlQuery::run(*this, QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk;
    // Deleted rows are overwritten, so purged data does not linger in free pages.
    if (Status secure = SqlQuery::run(*this, QStringLiteral("PRAGMA secure_delete = ON")); !secure)
        return secure;
    if (m_path != QLatin1String(":memory:")) {
        // Readers never block the writer; a crash never leaves a half-written page.
        if (Status wal = SqlQuery::run(*this, QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
            return wal;
        if (Status sync = SqlQuery::run(*this, QStringLiteral("PRAGMA synchronous = NORMAL")); !sync)
            return sync;
    }
    return Migrations::apply(*this);
}

int Database::schemaVersion() const
{
    Result<int> version = Migrations::installedVersion(*this);
    return version ? version.value() : -1;
}

} // namespace dsar
