#include "DemoData.h"

#include "common/Clock.h"
#include "services/AccountService.h"
#include "services/DemoSubjects.h"
#include "services/RegisterExchange.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QFile>

namespace dsar {
namespace {

// A resource compiled into dsar_core (core/CMakeLists.txt).
Result<QByteArray> resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            DemoData::tr("The demonstration data %1 are missing from this build: %2").arg(path, file.errorString())
        };
    return file.readAll();
}

// One of the demonstration accounts, to act as.
Result<Actor> demoActor(const Database& db, const QString& name)
{
    Result<std::optional<UserRecord>> user = UserRepository(db).byName(name);
    if (!user || !user.value())
        return Error { DemoData::tr("The demonstration account %1 is missing.").arg(name) };
    return Actor { user.value()->id, user.value()->name, user.value()->role };
}

} // namespace

QList<NewAccount> DemoData::accounts()
{
    return { { QStringLiteral("admin"), Role::Admin, QStringLiteral("admin-demo") },
             { QStringLiteral("dpo"), Role::Dpo, QStringLiteral("dpo-demo") },
             { QStringLiteral("handlaggare"), Role::Handlaggare, QStringLiteral("handlaggare-demo") } };
}

Status DemoData::populate(Database& db, const Clock& clock, const LetterRenderer& renderer)
{
    // All or nothing: the services' own transactions become savepoints inside this one.
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<SignedIn> admin = AccountService::initialise(db, clock, accounts());
    if (!admin)
        return Error { admin.error() };
    const KeyRing& keys = admin->keys;
    // Organisations are the administrator's; requests are registered by the case handler, as in real work.
    // The organisations and their processing registers as their privacy notices describe them
    // (resources/demo/register.json, in the format of docs/register-format.md).
    Result<QByteArray> registerJson = resource(QStringLiteral(":/demo/register.json"));
    if (!registerJson)
        return Error { registerJson.error() };
    Result<RegisterDocument> document = RegisterDocument::fromJson(registerJson.value());
    if (!document)
        return Error { tr("The demonstration register cannot be read: %1").arg(document.error()) };
    RegisterExchange exchange(db, clock, admin->actor, keys);
    if (Result<ImportSummary> imported = exchange.importDocument(document.value()); !imported)
        return Error { tr("The demonstration register cannot be imported: %1").arg(imported.error()) };
    Result<Actor> handlerActor = demoActor(db, QStringLiteral("handlaggare"));
    if (!handlerActor)
        return Error { handlerActor.error() };
    Result<Actor> dpoActor = demoActor(db, QStringLiteral("dpo"));
    if (!dpoActor)
        return Error { dpoActor.error() };
    // Subjects with their holdings (Skatteverket's test personnummer, example.se addresses) and requests.
    Result<QByteArray> subjectsJson = resource(QStringLiteral(":/demo/subjects.json"));
    if (!subjectsJson)
        return Error { subjectsJson.error() };
    if (Status added = DemoSubjects::populate(subjectsJson.value(), db, clock, handlerActor.value(), dpoActor.value(),
                                              keys, renderer);
        !added)
        return Error { tr("The demonstration subjects cannot be added: %1").arg(added.error()) };
    return transaction.commit();
}

} // namespace dsar
