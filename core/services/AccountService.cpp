#include "AccountService.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace dsar {
namespace {

Status audit(const Database& db, const KeyRing& keys, const Clock& clock, const QString& actor, const char* action,
             qint64 userId, const QString& summary)
{
    return AuditLog(db, keys).append(
        { 0, clock.wallClockNow(), actor, QString::fromLatin1(action), QStringLiteral("user"), userId, summary });
}

} // namespace

AccountService::AccountService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

int AccountService::lockoutSeconds(int failures)
{
    if (failures < 3)
        return 0;
    return std::min(900, 1 << std::min(failures - 2, 10));
}

Status AccountService::validateName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch()) {
        return Error { tr("\"%1\" is not a valid user name: use 2 to 32 lower-case letters a-z, digits, '.', '_' or "
                          "'-', starting with a letter.")
                           .arg(name.left(40)) };
    }
    return {};
}

Result<UserRecord> AccountService::createAccount(Database& db, const Clock& clock, const QString& actorName,
                                                 const NewAccount& account, const KeyRing& keys)
{
    if (Status valid = validateName(account.name); !valid)
        return Error { valid.error() };
    if (Status strong = KeySlot::checkPasswordStrength(account.name, account.password); !strong)
        return Error { strong.error() };
    UserRepository users(db);
    Result<std::optional<UserRecord>> existing = users.byName(account.name);
    if (!existing)
        return Error { existing.error() };
    if (existing.value())
        return Error { tr("There is already an account named %1.").arg(account.name) };
    Result<KeySlot> slot = KeySlot::create(account.name, account.password, keys.dataKey());
    if (!slot)
        return Error { slot.error() };
    UserRecord user;
    user.name = account.name;
    user.role = account.role;
    user.slot = slot.value();
    user.createdAt = clock.now();
    Result<qint64> id = users.insert(user, clock.now());
    if (!id)
        return Error { id.error() };
    user.id = id.value();
    if (Status logged = audit(db, keys, clock, actorName.isEmpty() ? account.name : actorName, "user.added", user.id,
                              QStringLiteral("name=%1 role=%2").arg(user.name, Roles::code(user.role)));
        !logged)
        return Error { logged.error() };
    return user;
}

Result<SignedIn> AccountService::initialise(Database& db, const Clock& clock, const QList<NewAccount>& accounts)
{
    if (accounts.isEmpty())
        return Error { tr("Name the first administrator.") };
    UserRepository users(db);
    Result<qint64> existing = users.count();
    if (!existing)
        return Error { existing.error() };
    if (existing.value() > 0)
        return Error { tr("This database already has accounts; sign in as an administrator to add more.") };
    if (accounts.first().role != Role::Admin)
        return Error { tr("The first account must be an administrator.") };

    Result<QByteArray> dataKey = KeyRing::generateDataKey();
    if (!dataKey)
        return Error { dataKey.error() };
    Result<KeyRing> keys = KeyRing::fromDataKey(dataKey.value());
    crypto::wipe(dataKey.value());
    if (!keys)
        return Error { keys.error() };

    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status stored = users.storeKeyId(keys->keyId(), clock.now()); !stored)
        return Error { stored.error() };
    Actor first;
    for (const NewAccount& account : accounts) {
        Result<UserRecord> created = createAccount(db, clock, accounts.first().name, account, keys.value());
        if (!created)
            return Error { tr("Account %1: %2").arg(account.name, created.error()) };
        if (first.userId == 0)
            first = Actor { created->id, created->name, created->role };
    }
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return SignedIn { first, std::move(keys).value() };
}

Result<SignedIn> AccountService::login(Database& db, const Clock& clock, const QString& name, const QString& password)
{
    const QString refused = tr("Unknown user or wrong password.");
    UserRepository users(db);
    const QDateTime now = clock.wallClockNow();
    // Failed attempts are counted per typed name, whether or not the account exists, so the waits do not tell
    // which names are accounts.
    const QString throttleKey = QString::fromLatin1(
        crypto::sha256(QByteArrayLiteral("dsar-login-throttle:") + name.trimmed().toLower().toUtf8()).toHex());
    Result<LoginThrottle> throttle = users.throttle(throttleKey);
    if (!throttle)
        return Error { throttle.error() };
    if (throttle->lockedUntil.isValid() && throttle->lockedUntil > now) {
        const qint64 wait = std::max<qint64>(1, now.secsTo(throttle->lockedUntil));
        return Error { tr("Too many failed attempts: wait %n second(s) and try again.", nullptr, int(wait)) };
    }
    // Returns the refusal; also kept on the account (when it exists) for the administrators' user list.
    auto fail = [&](const UserRecord* user) -> Result<SignedIn> {
        const int failures = throttle->failures + 1;
        const int wait = lockoutSeconds(failures);
        const QDateTime lockedUntil = wait > 0 ? now.addSecs(wait) : QDateTime();
        (void)users.recordThrottle(throttleKey, { failures, lockedUntil });
        if (user)
            (void)users.recordLoginOutcome(user->id, user->failedLogins + 1, lockedUntil);
        return Error { refused };
    };

    Result<std::optional<UserRecord>> found = users.byName(name.trimmed());
    if (!found)
        return Error { found.error() };
    if (!found.value()) {
        Result<qint64> count = users.count();
        if (count && count.value() == 0) {
            return Error { tr("This database has no accounts. Create a new database with its first administrator: "
                              "\"dsarctl --db PATH init --admin NAME\" (or --demo for demonstration data).") };
        }
        KeySlot::burnEquivalentWork(password);
        return fail(nullptr);
    }
    const UserRecord& user = *found.value();
    Result<QByteArray> dataKey = user.slot.unlock(user.name, password);
    if (!dataKey)
        return fail(&user);
    if (user.disabled) {
        crypto::wipe(dataKey.value());
        return Error { tr("The account %1 is disabled. Ask an administrator.").arg(user.name) };
    }
    Result<KeyRing> keys = KeyRing::fromDataKey(dataKey.value());
    crypto::wipe(dataKey.value());
    if (!keys)
        return Error { keys.error() };
    Result<QByteArray> keyId = users.keyId();
    if (!keyId)
        return Error { keyId.error() };
    if (!crypto::constantTimeEquals(keyId.value(), keys->keyId()))
        return Error { tr("The account's key does not belong to this database. Ask an administrator.") };
    (void)users.recordThrottle(throttleKey, {});
    if (user.failedLogins > 0)
        (void)users.recordLoginOutcome(user.id, 0, QDateTime());
    return SignedIn { Actor { user.id, user.name, user.role }, std::move(keys).value() };
}

Result<UserRecord> AccountService::addUser(const NewAccount& account)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageAccounts); !allowed)
        return Error { allowed.error() };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<UserRecord> created = createAccount(m_db, m_clock, m_actor.userName, account, m_keys);
    if (!created)
        return created;
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return created;
}

Result<QList<UserRecord>> AccountService::users() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageAccounts); !allowed)
        return Error { allowed.error() };
    return UserRepository(m_db).all();
}

Result<UserRecord> AccountService::existingUser(const QString& name) const
{
    Result<std::optional<UserRecord>> found = UserRepository(m_db).byName(name);
    if (!found)
        return Error { found.error() };
    if (!found.value())
        return Error { tr("There is no account named %1.").arg(name.left(40)) };
    return *found.value();
}

Status AccountService::disable(const QString& name)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageAccounts); !allowed)
        return allowed;
    if (name == m_actor.userName)
        return Error { tr("You cannot disable your own account; ask another administrator.") };
    UserRepository users(m_db);
    Result<UserRecord> found = existingUser(name);
    if (!found)
        return Error { found.error() };
    if (found->disabled)
        return Error { tr("The account %1 is already disabled.").arg(name) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status done = users.setDisabled(found->id, true, m_clock.now()); !done)
        return done;
    if (Status logged = audit(m_db, m_keys, m_clock, m_actor.userName, "user.disabled", found->id,
                              QStringLiteral("name=%1").arg(name));
        !logged)
        return logged;
    return transaction.commit();
}

Status AccountService::changePassword(const QString& name, const QString& newPassword)
{
    if (name != m_actor.userName) {
        if (Status allowed = Permissions::check(m_actor.role, Permission::ManageAccounts); !allowed)
            return Error { tr("Only an administrator may set another account's password. %1").arg(allowed.error()) };
    }
    if (Status strong = KeySlot::checkPasswordStrength(name, newPassword); !strong)
        return strong;
    UserRepository users(m_db);
    Result<UserRecord> found = existingUser(name);
    if (!found)
        return Error { found.error() };
    Result<KeySlot> slot = KeySlot::create(name, newPassword, m_keys.dataKey());
    if (!slot)
        return Error { slot.error() };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status done = users.updateSlot(found->id, slot.value(), m_clock.now()); !done)
        return done;
    if (Status logged = audit(m_db, m_keys, m_clock, m_actor.userName, "user.password_changed", found->id,
                              QStringLiteral("name=%1").arg(name));
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace dsar
