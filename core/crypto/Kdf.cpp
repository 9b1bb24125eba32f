#include "Kdf.h"

#include "Crypto.h"

#include <QStringList>

#include <limits>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <optional>

namespace dsar::crypto {

namespace {

constexpr int MaxLength = 1024;
constexpr quint64 MiB = quint64(1) << 20;
// A derivation that needs more than this would stall or kill the program on an ordinary office computer.
constexpr quint64 MaxMemory = quint64(1) << 30;

// What OpenSSL allocates: V is N + 2 blocks and B is p blocks of 128 * r bytes (its scrypt_alg). Every factor is
// bounded first, so the product cannot overflow. Nothing when it is above MaxMemory. This bound also keeps
// r * p below 2^30, OpenSSL's limit for RFC 7914 section 2's p <= (2^32 - 1) * 32 / (128 * r).
std::optional<quint64> requiredMemory(const ScryptParameters& parameters)
{
    if (parameters.r > MaxMemory / 128 || parameters.n > MaxMemory || parameters.p > MaxMemory)
        return std::nullopt;
    const quint64 bytes = 128 * quint64(parameters.r) * (parameters.n + 2 + parameters.p);
    if (bytes > MaxMemory)
        return std::nullopt;
    return bytes;
}

Status validate(const ScryptParameters& parameters)
{
    const quint64 n = parameters.n;
    if (n < 2 || (n & (n - 1)) != 0)
        return Error { Kdf::tr("The scrypt cost N must be a power of two greater than 1.") };
    if (parameters.r == 0 || parameters.p == 0)
        return Error { Kdf::tr("The scrypt parameters r and p must be positive.") };
    // RFC 7914 section 2: N < 2^(128 * r / 8).
    if (16 * quint64(parameters.r) < 64 && n >= (quint64(1) << (16 * parameters.r)))
        return Error { Kdf::tr("The scrypt cost N must be less than 2^(16 * r).") };
    if (!requiredMemory(parameters))
        return Error { Kdf::tr("The scrypt parameters need more than %1 MiB of memory.").arg(MaxMemory / MiB) };
    return {};
}

// Only plain decimal digits, no sign, space or leading zero, so that a stored string has one spelling.
bool parsePositive(const QString& text, quint64 max, quint64* value)
{
    if (text.isEmpty() || text.size() > 20 || text.front() == u'0')
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    bool ok = false;
    *value = text.toULongLong(&ok);
    return ok && *value <= max;
}

} // namespace

QString ScryptParameters::encode() const
{
    return QStringLiteral("scrypt$%1$%2$%3").arg(n).arg(r).arg(p);
}

Result<ScryptParameters> ScryptParameters::decode(const QString& text)
{
    const QStringList parts = text.split(u'$');
    quint64 n = 0;
    quint64 r = 0;
    quint64 p = 0;
    if (parts.size() != 4 || parts.at(0) != QLatin1String("scrypt"))
        return Error { Kdf::tr("The password hash parameters are not in the form scrypt$N$r$p.") };
    if (!parsePositive(parts.at(1), std::numeric_limits<quint64>::max(), &n)
        || !parsePositive(parts.at(2), std::numeric_limits<quint32>::max(), &r)
        || !parsePositive(parts.at(3), std::numeric_limits<quint32>::max(), &p))
        return Error { Kdf::tr("The password hash parameters N, r and p must be positive whole numbers.") };
    ScryptParameters parameters;
    parameters.n = n;
    parameters.r = quint32(r);
    parameters.p = quint32(p);
    // Parameters that Kdf::scrypt would refuse are refused here, where they are read.
    if (Status status = validate(parameters); !status)
        return Error { status.error() };
    return parameters;
}

Result<QByteArray> Kdf::scrypt(const QByteArray& password, const QByteArray& salt, const ScryptParameters& parameters,
                               int length)
{
    if (length < 1 || length > MaxLength)
        return Error { tr("The derived key must be between 1 and %1 bytes long.").arg(MaxLength) };
    if (Status status = validate(parameters); !status)
        return Error { status.error() };
    const quint64 memory = requiredMemory(parameters).value_or(MaxMemory);

    QByteArray key(length, Qt::Uninitialized);
    // OpenSSL's default limit is 32 MiB; set it to what these parameters need, plus a margin for rounding.
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), parameters.n,
                       parameters.r, parameters.p, memory + MiB, reinterpret_cast<unsigned char*>(key.data()),
                       size_t(key.size()))
        != 1) {
        wipe(key);
        ERR_clear_error(); // do not leave the reason for an unrelated later OpenSSL caller
        return Error { tr("The password could not be hashed (scrypt failed).") };
    }
    return key;
}

} // namespace dsar::crypto
