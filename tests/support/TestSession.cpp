#include "TestSession.h"

#include "storage/SqlQuery.h"

#include <QTest>

namespace dsar::test {

const QString TestSession::adminPassword = QStringLiteral("admin-password");
const QString TestSession::userPassword = QStringLiteral("user-password");

TestSession::TestSession(QDateTime utcNow, Role role)
    : clock(utcNow)
{
    Result<std::unique_ptr<Database>> database
        = Database::openSqlite(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing);
    if (!database)
        qFatal("cannot open an in-memory database: %s", qPrintable(database.error()));
    QList<NewAccount> accounts = { { QStringLiteral("admin"), Role::Admin, adminPassword } };
    if (role != Role::Admin)
        accounts.append({ QStringLiteral("user"), role, userPassword });
    Result<SignedIn> admin = AccountService::initialise(*database.value(), clock, accounts);
    if (!admin)
        qFatal("cannot create the test accounts: %s", qPrintable(admin.error()));
    Result<SignedIn> signedIn = role == Role::Admin
        ? std::move(admin)
        : AccountService::login(*database.value(), clock, QStringLiteral("user"), userPassword);
    if (!signedIn)
        qFatal("cannot sign in: %s", qPrintable(signedIn.error()));
    session = std::make_unique<Session>(std::move(database).value(), clock, std::move(signedIn).value());
}

Actor TestSession::actorWithRole(Role role) const
{
    return Actor { 0, QStringLiteral("role-") + Roles::code(role), role };
}

ControllerRecord TestSession::addController(const QString& name)
{
    NewController controller;
    controller.name = name;
    ControllerService asAdmin(session->database(), clock, actorWithRole(Role::Admin), session->keys());
    Result<ControllerRecord> added = asAdmin.add(controller);
    if (!added)
        qFatal("cannot add a controller: %s", qPrintable(added.error()));
    return added.value();
}

SubjectRecord TestSession::addSubject(const QString& name, const QString& personalId, const QString& email)
{
    SubjectService asHandler(session->database(), clock, actorWithRole(Role::Handlaggare), session->keys());
    Result<SubjectRecord> added = asHandler.add({ name, personalId, email, QString(), QString() });
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
