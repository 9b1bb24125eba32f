#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dsar::crypto {

// A narrow facade over OpenSSL 3 (as KeePassXC's src/crypto): OpenSSL's types stay in the .cpp files and
// its errors become Error values.

constexpr int KeySize = 32; // AES-256 and HMAC-SHA256 keys, in bytes

// Cryptographically secure random bytes (RAND_bytes); an error when the generator fails.
Result<QByteArray> randomBytes(int count);
QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// Compares without leaking where the first difference is (CRYPTO_memcmp).
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
// Overwrites the bytes before they are freed (OPENSSL_cleanse).
void wipe(QByteArray& secret);

} // namespace dsar::crypto
