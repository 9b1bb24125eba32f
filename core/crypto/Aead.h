#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dsar::crypto {

// AES-256-GCM with a fresh random 96-bit nonce per message. The sealed form is self-describing:
// format byte (1) | nonce (12) | ciphertext | tag (16). The associated data (e.g. "subjects.name") binds a
// value to its place, so a ciphertext moved to another column does not open.
class Aead
{
    Q_DECLARE_TR_FUNCTIONS(Aead)
public:
    static Result<QByteArray> seal(const QByteArray& key, const QByteArray& plaintext,
                                   const QByteArray& associatedData = {});
    // Fails (without revealing why in detail) for a wrong key, altered data or other associated data.
    static Result<QByteArray> open(const QByteArray& key, const QByteArray& sealed,
                                   const QByteArray& associatedData = {});
    // For known-answer tests only: seal with a given nonce.
    static Result<QByteArray> sealWithNonce(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                            const QByteArray& associatedData);
};

} // namespace dsar::crypto
