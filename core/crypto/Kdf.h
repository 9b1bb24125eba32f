#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dsar::crypto {

// scrypt (RFC 7914) through OpenSSL's EVP_PBE_scrypt: a salted, memory-hard password hash.
struct ScryptParameters
{
    quint64 n = quint64(1) << 15; // CPU/memory cost: 2^15 with r = 8 uses 32 MiB
    quint32 r = 8;
    quint32 p = 1;

    // "scrypt$N$r$p" for storage next to the salt, and back.
    QString encode() const;
    static Result<ScryptParameters> decode(const QString& text);
};

class Kdf
{
    Q_DECLARE_TR_FUNCTIONS(Kdf)
public:
    static Result<QByteArray> scrypt(const QByteArray& password, const QByteArray& salt,
                                     const ScryptParameters& parameters, int length);
};

} // namespace dsar::crypto
