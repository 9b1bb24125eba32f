#pragma once

#include "common/Result.h"
#include "security/KeyRing.h"
#include "services/Actor.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;

struct NewAccount
{
    QString name;
    Role role = Role::Handlaggare;
    QString password;
};

struct SignedIn
{
    Actor actor;
    KeyRing keys;
};

// Staff accounts and their key slots. Logging in checks the password against the account's salted scrypt
// derivation and unwraps the data key; failures make the next attempt wait longer.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    AccountService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);

    // A new database's data key and its first accounts, in one transaction; refused once accounts exist.
    static Result<SignedIn> initialise(Database& db, const Clock& clock, const QList<NewAccount>& accounts);
    static Result<SignedIn> login(Database& db, const Clock& clock, const QString& name, const QString& password);
    // The wait after `failures` failed attempts in a row: none for the first two, then 2, 4, 8 ... seconds,
    // at most 15 minutes.
    static int lockoutSeconds(int failures);

    Result<UserRecord> addUser(const NewAccount& account);
    Result<QList<UserRecord>> users() const;
    Status disable(const QString& name);
    // Your own password, or (as admin) anyone's. The same data key is wrapped again.
    Status changePassword(const QString& name, const QString& newPassword);

    static Status validateName(const QString& name);

private:
    Result<UserRecord> existingUser(const QString& name) const;
    static Result<UserRecord> createAccount(Database& db, const Clock& clock, const QString& actorName,
                                            const NewAccount& account, const KeyRing& keys);
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
