#pragma once

#include "common/Result.h"
#include "security/KeySlot.h"
#include "security/Role.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace dsar {

class Database;

struct UserRecord
{
    qint64 id = 0;
    QString name;
    Role role = Role::Handlaggare;
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    KeySlot slot;
    QDateTime createdAt;
};

// Failed sign-in attempts for one typed user name (known or not).
struct LoginThrottle
{
    int failures = 0;
    QDateTime lockedUntil;
};

class UserRepository
{
public:
    explicit UserRepository(const Database& db);
    Result<qint64> insert(const UserRecord& user, const QDateTime& now);
    Result<std::optional<UserRecord>> byName(const QString& name) const;
    Result<QList<UserRecord>> all() const;
    Status updateSlot(qint64 id, const KeySlot& slot, const QDateTime& now);
    Status setDisabled(qint64 id, bool disabled, const QDateTime& now);
    Status recordLoginOutcome(qint64 id, int failedLogins, const QDateTime& lockedUntil);
    Result<qint64> count() const;
    Result<LoginThrottle> throttle(const QString& nameKey) const;
    // A default LoginThrottle clears the record.
    Status recordThrottle(const QString& nameKey, const LoginThrottle& throttle);

    // The key store: which data key the database uses.
    Result<QByteArray> keyId() const;
    Status storeKeyId(const QByteArray& keyId, const QDateTime& now);

private:
    const Database& m_db;
};

} // namespace dsar
