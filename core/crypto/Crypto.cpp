#include "Crypto.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace dsar::crypto {

namespace {

constexpr int Sha256Size = 32;

struct MacDeleter
{
    void operator()(EVP_MAC* mac) const { EVP_MAC_free(mac); }
};
struct MacContextDeleter
{
    void operator()(EVP_MAC_CTX* context) const { EVP_MAC_CTX_free(context); }
};

const unsigned char* bytes(const QByteArray& data)
{
    // constData() is never null, not even for a null QByteArray, so an empty key or message is still valid input.
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// An empty result for a failed digest or MAC. The reason is dropped from OpenSSL's per-thread queue, where an
// unrelated later caller (Qt's TLS backend, for one) would otherwise find it.
QByteArray failedDigest()
{
    ERR_clear_error();
    return {};
}

} // namespace

Result<QByteArray> randomBytes(int count)
{
    if (count < 0)
        return Error { QCoreApplication::translate("Crypto", "A negative number of random bytes was requested.") };
    QByteArray result(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(result.data()), count) != 1) {
        ERR_clear_error();
        return Error { QCoreApplication::translate("Crypto", "The random number generator failed.") };
    }
    return result;
}

// FIPS 180-4. An empty result means OpenSSL failed; SelfTest::run() catches a broken digest at start-up.
QByteArray sha256(const QByteArray& data)
{
    QByteArray digest(Sha256Size, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_Q_digest(nullptr, "SHA256", nullptr, data.constData(), size_t(data.size()),
                     reinterpret_cast<unsigned char*>(digest.data()), &length)
            != 1
        || length != size_t(Sha256Size))
        return failedDigest();
    return digest;
}

// RFC 2104 with SHA-256 (test vectors: RFC 4231). An empty result means OpenSSL failed.
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    const std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return failedDigest();
    const std::unique_ptr<EVP_MAC_CTX, MacContextDeleter> context(EVP_MAC_CTX_new(mac.get()));
    if (!context)
        return failedDigest();
    char digestName[] = "SHA256";
    const OSSL_PARAM parameters[]
        = { OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0), OSSL_PARAM_construct_end() };
    QByteArray result(Sha256Size, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_init(context.get(), bytes(key), size_t(key.size()), parameters) != 1
        || EVP_MAC_update(context.get(), bytes(data), size_t(data.size())) != 1
        || EVP_MAC_final(context.get(), reinterpret_cast<unsigned char*>(result.data()), &length, size_t(result.size()))
            != 1
        || length != size_t(Sha256Size))
        return failedDigest();
    return result;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // The lengths of a MAC or a hash are public; only the contents must not leak through timing.
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

void wipe(QByteArray& secret)
{
    // OPENSSL_cleanse cannot be optimised away as a dead store, unlike memset before a free. If the bytes are
    // implicitly shared with another QByteArray, data() detaches and only this copy is overwritten: keep a secret
    // in one QByteArray and do not copy it.
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
}

} // namespace dsar::crypto
