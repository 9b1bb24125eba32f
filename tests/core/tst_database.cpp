#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseIsMigrated();
    void foreignKeysAndWalAreOn();
    void reopeningAppliesNothingTwice();
    void mustExistRefusesMissingFileAndCreatesNothing();
    void newerDatabaseIsRefusedAndUntouched();
    void foreignFilesAreRefusedAndUntouched_data();
    void foreignFilesAreRefusedAndUntouched();
    void pathResolution();

private:
    static QByteArray fileHash(const QString& path);
};

QByteArray TestDatabase::fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestDatabase::freshDatabaseIsMigrated()
{
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    for (const char* table : { "controllers", "subjects", "requests", "cases", "audit_events", "settings" }) {
        Result<QVariant> count
            = SqlQuery::scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        QVERIFY2(count.ok(), table);
        QCOMPARE(count.value().toInt(), 0);
    }
}

void TestDatabase::foreignKeysAndWalAreOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(SqlQuery::scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QCOMPARE(SqlQuery::scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).value().toString(),
             QStringLiteral("wal"));
    // A request for a subject that does not exist is refused by the database itself.
    Status orphan = SqlQuery::run(*db.value(),
                                  QStringLiteral("INSERT INTO requests (controller_id, subject_id, channel, "
                                                 "received_date, registered_at, registered_by) VALUES (41, 42, "
                                                 "'email', '2027-03-05', '2027-03-05T10:00:00Z', 'x')"));
    QVERIFY(!orphan.ok());
}

void TestDatabase::reopeningAppliesNothingTwice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.sqlite"));
    QVERIFY(Database::openSqlite(path, Database::OpenMode::CreateIfMissing).ok());
    Result<std::unique_ptr<Database>> again = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(SqlQuery::scalar(*again.value(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).value().toInt(),
             Migrations::latestVersion());
}

void TestDatabase::mustExistRefusesMissingFileAndCreatesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QLatin1String("init")), qPrintable(db.error()));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::newerDatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(SqlQuery::run(*db.value(),
                              QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                             "VALUES (999, 'from the future', '2030-01-01T00:00:00Z')"))
                    .ok());
        // Fold the WAL into the main file so the file alone holds the state.
        QVERIFY(SqlQuery::run(*db.value(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> refused = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("newer version")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("999")), qPrintable(refused.error()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::foreignFilesAreRefusedAndUntouched_data()
{
    QTest::addColumn<bool>("sqlite");
    QTest::newRow("random bytes") << false;
    QTest::newRow("another program's SQLite database") << true;
}

void TestDatabase::foreignFilesAreRefusedAndUntouched()
{
    QFETCH(bool, sqlite);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (sqlite) {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> refused = Database::openSqlite(path, Database::OpenMode::MustExist);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("--db")), qPrintable(refused.error()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::pathResolution()
{
    qputenv("DSAR_DB", "/tmp/from-environment.sqlite");
    QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/option.sqlite")), QStringLiteral("/tmp/option.sqlite"));
    QCOMPARE(Database::resolvePath(QString()), QStringLiteral("/tmp/from-environment.sqlite"));
    qunsetenv("DSAR_DB");
    QCOMPARE(Database::resolvePath(QString()), Database::defaultPath());
    QVERIFY(Database::defaultPath().endsWith(QLatin1String("dsardesk.sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
