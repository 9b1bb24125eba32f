#include "UserRepository.h"

#include "Database.h"
#include "SqlQuery.h"

namespace dsar {
namespace {

const QString selectUsers = QStringLiteral("SELECT id, name, role, disabled, failed_logins, locked_until, kdf, salt, "
                                           "verifier, wrapped_key, created_at FROM users");

UserRecord readUser(const QSqlQuery& row)
{
    UserRecord user;
    user.id = row.value(0).toLongLong();
    user.name = row.value(1).toString();
    user.role = Roles::fromCode(row.value(2).toString()).value_or(Role::Handlaggare);
    user.disabled = row.value(3).toInt() != 0;
    user.failedLogins = row.value(4).toInt();
    if (!row.value(5).isNull())
        user.lockedUntil = QDateTime::fromString(row.value(5).toString(), Qt::ISODateWithMs);
    user.slot.kdf = row.value(6).toString();
    user.slot.salt = row.value(7).toByteArray();
    user.slot.verifier = row.value(8).toByteArray();
    user.slot.wrappedKey = row.value(9).toByteArray();
    user.createdAt = QDateTime::fromString(row.value(10).toString(), Qt::ISODate);
    return user;
}

QString iso(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

UserRepository::UserRepository(const Database& db)
    : m_db(db)
{ }

Result<qint64> UserRepository::insert(const UserRecord& user, const QDateTime& now)
{
    return SqlQuery::insert(m_db,
                            QStringLiteral("INSERT INTO users (name, role, disabled, kdf, salt, verifier, wrapped_key, "
                                           "created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            { user.name, Roles::code(user.role), user.slot.kdf, user.slot.salt, user.slot.verifier,
                              user.slot.wrappedKey, iso(now), iso(now) });
}

Result<std::optional<UserRecord>> UserRepository::byName(const QString& name) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectUsers + QStringLiteral(" WHERE name = ?"), { name });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(query.value()));
}

Result<QList<UserRecord>> UserRepository::all() const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectUsers + QStringLiteral(" ORDER BY name"));
    if (!query)
        return Error { query.error() };
    QList<UserRecord> users;
    while (query.value().next())
        users.append(readUser(query.value()));
    return users;
}

Status UserRepository::updateSlot(qint64 id, const KeySlot& slot, const QDateTime& now)
{
    return SqlQuery::run(m_db,
                         QStringLiteral("UPDATE users SET kdf = ?, salt = ?, verifier = ?, wrapped_key = ?, "
                                        "failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?"),
                         { slot.kdf, slot.salt, slot.verifier, slot.wrappedKey, iso(now), id });
}

Status UserRepository::setDisabled(qint64 id, bool disabled, const QDateTime& now)
{
    return SqlQuery::run(m_db, QStringLiteral("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?"),
                         { disabled ? 1 : 0, iso(now), id });
}

Status UserRepository::recordLoginOutcome(qint64 id, int failedLogins, const QDateTime& lockedUntil)
{
    return SqlQuery::run(
        m_db, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
        { failedLogins, lockedUntil.isValid() ? QVariant(iso(lockedUntil)) : QVariant(QMetaType::fromType<QString>()),
          id });
}

Result<qint64> UserRepository::count() const
{
    Result<QVariant> count = SqlQuery::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!count)
        return Error { count.error() };
    return count.value().toLongLong();
}

Result<LoginThrottle> UserRepository::throttle(const QString& nameKey) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, QStringLiteral("SELECT failures, locked_until FROM login_throttle WHERE name_key = ?"), { nameKey });
    if (!query)
        return Error { query.error() };
    LoginThrottle throttle;
    if (query.value().next()) {
        throttle.failures = query.value().value(0).toInt();
        if (!query.value().value(1).isNull())
            throttle.lockedUntil = QDateTime::fromString(query.value().value(1).toString(), Qt::ISODateWithMs);
    }
    return throttle;
}

Status UserRepository::recordThrottle(const QString& nameKey, const LoginThrottle& throttle)
{
    if (throttle.failures == 0)
        return SqlQuery::run(m_db, QStringLiteral("DELETE FROM login_throttle WHERE name_key = ?"), { nameKey });
    return SqlQuery::run(
        m_db,
        QStringLiteral("INSERT INTO login_throttle (name_key, failures, locked_until) VALUES (?, ?, ?) "
                       "ON CONFLICT (name_key) DO UPDATE SET failures = excluded.failures, "
                       "locked_until = excluded.locked_until"),
        { nameKey, throttle.failures,
          throttle.lockedUntil.isValid() ? QVariant(iso(throttle.lockedUntil))
                                         : QVariant(QMetaType::fromType<QString>()) });
}

Result<QByteArray> UserRepository::keyId() const
{
    Result<QVariant> id = SqlQuery::scalar(m_db, QStringLiteral("SELECT key_id FROM keystore WHERE id = 1"));
    if (!id)
        return Error { id.error() };
    return id.value().toByteArray();
}

Status UserRepository::storeKeyId(const QByteArray& keyId, const QDateTime& now)
{
    return SqlQuery::run(m_db, QStringLiteral("INSERT INTO keystore (id, key_id, created_at) VALUES (1, ?, ?)"),
                         { keyId, iso(now) });
}

} // namespace dsar
