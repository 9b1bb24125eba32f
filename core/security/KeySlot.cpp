#include "KeySlot.h"

#include "crypto/Aead.h"
#include "crypto/Crypto.h"

namespace dsar {
namespace {

constexpr int SaltSize = 16;

QByteArray slotAssociatedData(const QString& userName)
{
    return QByteArrayLiteral("dsar/key-slot/v1:") + userName.toUtf8();
}

struct Derived
{
    QByteArray verifier;
    QByteArray wrappingKey;
};

Result<Derived> derive(const QString& password, const QByteArray& salt, const crypto::ScryptParameters& parameters)
{
    QByteArray passwordBytes = password.toUtf8();
    Result<QByteArray> master = crypto::Kdf::scrypt(passwordBytes, salt, parameters, crypto::KeySize);
    crypto::wipe(passwordBytes);
    if (!master)
        return Error { master.error() };
    Derived derived { crypto::hmacSha256(master.value(), QByteArrayLiteral("dsar/password-verifier/v1")),
                      crypto::hmacSha256(master.value(), QByteArrayLiteral("dsar/key-wrapping/v1")) };
    crypto::wipe(master.value());
    return derived;
}

} // namespace

Status KeySlot::checkPasswordStrength(const QString& userName, const QString& password)
{
    if (password.size() < MinimumPasswordLength)
        return Error { tr("The password must have at least %1 characters.").arg(MinimumPasswordLength) };
    if (password.compare(userName, Qt::CaseInsensitive) == 0)
        return Error { tr("The password must not be the user name.") };
    return {};
}

Result<KeySlot> KeySlot::create(const QString& userName, const QString& password, const QByteArray& dataKey,
                                const crypto::ScryptParameters& parameters)
{
    Result<QByteArray> salt = crypto::randomBytes(SaltSize);
    if (!salt)
        return Error { salt.error() };
    Result<Derived> derived = derive(password, salt.value(), parameters);
    if (!derived)
        return Error { derived.error() };
    Result<QByteArray> wrapped = crypto::Aead::seal(derived->wrappingKey, dataKey, slotAssociatedData(userName));
    crypto::wipe(derived.value().wrappingKey);
    if (!wrapped)
        return Error { wrapped.error() };
    return KeySlot { parameters.encode(), salt.value(), derived->verifier, wrapped.value() };
}

Result<QByteArray> KeySlot::unlock(const QString& userName, const QString& password) const
{
    Result<crypto::ScryptParameters> parameters = crypto::ScryptParameters::decode(kdf);
    if (!parameters)
        return Error { parameters.error() };
    Result<Derived> derived = derive(password, salt, parameters.value());
    if (!derived)
        return Error { derived.error() };
    if (!crypto::constantTimeEquals(derived->verifier, verifier)) {
        crypto::wipe(derived.value().wrappingKey);
        return Error { tr("Wrong password.") };
    }
    Result<QByteArray> dataKey = crypto::Aead::open(derived->wrappingKey, wrappedKey, slotAssociatedData(userName));
    crypto::wipe(derived.value().wrappingKey);
    if (!dataKey)
        return Error { tr("The account's key slot is damaged; an administrator must set a new password.") };
    return dataKey;
}

void KeySlot::burnEquivalentWork(const QString& password)
{
    // The same scrypt work as a real check, so an unknown user name answers as slowly as a wrong password.
    (void)derive(password, QByteArray(SaltSize, '\0'), crypto::ScryptParameters {});
}

} // namespace dsar
