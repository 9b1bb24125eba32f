#include "TestSession.h"

#include "storage/SqlQuery.h"

#include <QTest>

namespace dsar::test {

TestSession::TestSession(QDateTime utcNow)
    : clock(utcNow)
{
    Result<std::unique_ptr<Database>> database
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing);
    if (!database)
        qFatal("cannot open an in-memory database: %s", qPrintable(database.error()));
    session = std::make_unique<Session>(std::move(database).value(), clock, Actor { QStringLiteral("tester") });
}

ControllerRecord TestSession::addController(const QString& name)
{
    NewController controller;
    controller.name = name;
    Result<ControllerRecord> added = session->controllers().add(controller);
    if (!added)
        qFatal("cannot add a controller: %s", qPrintable(added.error()));
    return added.value();
}

SubjectRecord TestSession::addSubject(const QString& name, const QString& personalId, const QString& email)
{
    Result<SubjectRecord> added = session->subjects().add({ name, personalId, email, QString(), QString() });
    if (!added)
        qFatal("cannot add a subject: %s", qPrintable(added.error()));
    return added.value();
}

qint64 TestSession::countRows(const QString& table) const
{
    // Table names come from the tests themselves, never from input.
    Result<QVariant> count = SqlQuery::scalar(session->database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return count ? count.value().toLongLong() : -1;
}

} // namespace dsar::test
