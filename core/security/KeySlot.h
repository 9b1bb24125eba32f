#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dsar {

// One account's password credential and its copy of the data key, as LUKS key slots: scrypt turns the
// password and a salt into a master secret; a verifier derived from it checks the password, and a key
// derived from it wraps the data key with AES-256-GCM. Only the salted, memory-hard derivation is
// stored, never the password; changing the password rewraps the same data key.
struct KeySlot
{
    Q_DECLARE_TR_FUNCTIONS(KeySlot)
public:
    QString kdf; // "scrypt$N$r$p"
    QByteArray salt;
    QByteArray verifier;
    QByteArray wrappedKey;

    static Result<KeySlot> create(const QString& userName, const QString& password, const QByteArray& dataKey,
                                  const crypto::ScryptParameters& parameters = {});
    // The data key, or an error when the password is wrong.
    Result<QByteArray> unlock(const QString& userName, const QString& password) const;
    // Does the scrypt work of a real check, so an unknown user name answers as slowly as a wrong password.
    static void burnEquivalentWork(const QString& password);

    static constexpr int MinimumPasswordLength = 8;
    static Status checkPasswordStrength(const QString& userName, const QString& password);
};

} // namespace dsar
