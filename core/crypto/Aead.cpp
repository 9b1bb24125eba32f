#include "Aead.h"

#include "Crypto.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace dsar::crypto {

namespace {

// The sealed form: format (1) | nonce (12) | ciphertext | tag (16).
constexpr char FormatVersion = 0x01;
constexpr int NonceSize = 12; // NIST SP 800-38D 8.2.2: 96-bit random IVs
constexpr int TagSize = 16; // NIST SP 800-38D 5.2.1.2: the full 128-bit tag
constexpr int HeaderSize = 1 + NonceSize;
constexpr int Overhead = HeaderSize + TagSize;
// EVP takes int lengths; longer values would have to be split, and nothing we store comes near 2 GiB.
constexpr qsizetype MaxInputSize = std::numeric_limits<int>::max() - Overhead;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data, qsizetype offset = 0)
{
    return reinterpret_cast<unsigned char*>(data.data() + offset);
}

Status checkKey(const QByteArray& key)
{
    if (key.size() != KeySize)
        return Error { Aead::tr("The encryption key must be %1 bytes long.").arg(KeySize) };
    return {};
}

Status checkSizes(const QByteArray& text, const QByteArray& associatedData)
{
    if (text.size() > MaxInputSize || associatedData.size() > MaxInputSize)
        return Error { Aead::tr("The data is too large to be encrypted in one piece.") };
    return {};
}

Error cipherFailed()
{
    // The reason stays in OpenSSL's per-thread queue otherwise, where an unrelated later caller (Qt's TLS
    // backend, for one) would find it.
    ERR_clear_error();
    return Error { Aead::tr("The encryption library failed.") };
}

Error openFailed()
{
    // One message for a wrong key, altered bytes and other associated data: the tag cannot tell them apart.
    ERR_clear_error();
    return Error { Aead::tr("The data could not be decrypted: wrong key or altered data.") };
}

} // namespace

Result<QByteArray> Aead::seal(const QByteArray& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (Status status = checkKey(key); !status)
        return Error { status.error() };
    // NIST SP 800-38D 8.3: with random 96-bit nonces, at most 2^32 messages may be sealed under one key.
    Result<QByteArray> nonce = randomBytes(NonceSize);
    if (!nonce)
        return Error { nonce.error() };
    return sealWithNonce(key, nonce.value(), plaintext, associatedData);
}

Result<QByteArray> Aead::sealWithNonce(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                       const QByteArray& associatedData)
{
    if (Status status = checkKey(key); !status)
        return Error { status.error() };
    if (nonce.size() != NonceSize)
        return Error { tr("The nonce must be %1 bytes long.").arg(NonceSize) };
    if (Status status = checkSizes(plaintext, associatedData); !status)
        return Error { status.error() };

    const CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return cipherFailed();
    QByteArray sealed(Overhead + plaintext.size(), Qt::Uninitialized);
    sealed[0] = FormatVersion;
    std::copy(nonce.cbegin(), nonce.cend(), sealed.begin() + 1);

    int length = 0;
    // The key and nonce are set in a second call, after the nonce length (SP 800-38D allows other lengths).
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1)
        return cipherFailed();
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData), int(associatedData.size())) != 1)
        return cipherFailed();
    int written = 0;
    if (EVP_EncryptUpdate(context.get(), bytes(sealed, HeaderSize), &length, bytes(plaintext), int(plaintext.size()))
        != 1)
        return cipherFailed();
    written += length;
    if (EVP_EncryptFinal_ex(context.get(), bytes(sealed, HeaderSize + written), &length) != 1)
        return cipherFailed();
    written += length;
    if (written != plaintext.size()
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize, bytes(sealed, HeaderSize + written)) != 1)
        return cipherFailed();
    return sealed;
}

Result<QByteArray> Aead::open(const QByteArray& key, const QByteArray& sealed, const QByteArray& associatedData)
{
    if (Status status = checkKey(key); !status)
        return Error { status.error() };
    if (sealed.size() < Overhead)
        return Error { tr("The encrypted data is too short; it is damaged or not encrypted data.") };
    if (sealed.at(0) != FormatVersion)
        return Error { tr("The encrypted data is in an unknown format.") };
    if (Status status = checkSizes(sealed, associatedData); !status)
        return Error { status.error() };

    const CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return cipherFailed();
    const qsizetype ciphertextSize = sealed.size() - Overhead;
    QByteArray tag = sealed.right(TagSize); // a writable copy: OpenSSL's SET_TAG takes a non-const pointer
    int length = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(sealed) + 1) != 1)
        return cipherFailed();
    if (!associatedData.isEmpty()
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData), int(associatedData.size())) != 1)
        return cipherFailed();

    QByteArray plaintext(ciphertextSize, Qt::Uninitialized);
    int written = 0;
    if (EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, bytes(sealed) + HeaderSize, int(ciphertextSize))
        != 1) {
        wipe(plaintext);
        return cipherFailed();
    }
    written += length;
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, bytes(tag)) != 1) {
        wipe(plaintext);
        return cipherFailed();
    }
    // The plaintext is written before the tag is checked: it is wiped, never returned, when the check fails.
    if (EVP_DecryptFinal_ex(context.get(), bytes(plaintext, written), &length) != 1) {
        wipe(plaintext);
        return openFailed();
    }
    written += length;
    if (written != ciphertextSize) {
        wipe(plaintext);
        return cipherFailed();
    }
    return plaintext;
}

} // namespace dsar::crypto
