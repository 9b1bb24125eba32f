#include "SelfTest.h"

#include "Aead.h"
#include "Crypto.h"
#include "Kdf.h"

#include <QByteArray>

namespace dsar::crypto {

namespace {

// The expected values are public test vectors, so they are compared with ==; constantTimeEquals is tested on
// its own, since a broken comparison must not make every other test pass.

// The primitive's name, e.g. "SHA-256", is shown as is; descriptive names are translated by the caller.
Error failed(const QString& primitive)
{
    return Error { SelfTest::tr("The cryptographic self-test of %1 failed; the program cannot protect personal "
                                "data with this OpenSSL library.")
                       .arg(primitive) };
}

bool sha256Passes()
{
    // FIPS 180-2 Appendix B.1.
    return sha256(QByteArrayLiteral("abc"))
        == QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

bool hmacSha256Passes()
{
    // RFC 4231 section 4.3, test case 2.
    return hmacSha256(QByteArrayLiteral("Jefe"), QByteArrayLiteral("what do ya want for nothing?"))
        == QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

bool comparisonPasses()
{
    const QByteArray a = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    QByteArray b = a;
    b[15] = char(0xfe);
    return constantTimeEquals(a, a) && !constantTimeEquals(a, b) && !constantTimeEquals(a, a.left(15));
}

bool randomPasses()
{
    // Not a statistical test: it catches a generator that fails or returns constant output.
    const Result<QByteArray> first = randomBytes(32);
    const Result<QByteArray> second = randomBytes(32);
    return first && second && first->size() == 32 && second->size() == 32 && first.value() != second.value();
}

Status aesGcmPasses()
{
    // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", test case 16 (AES-256, 96-bit IV, AAD).
    const QByteArray key = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
    const QByteArray associatedData = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray plaintext = QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                                     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray expected = QByteArray::fromHex("01"
                                                    "cafebabefacedbaddecaf888"
                                                    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                                    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                                    "76fc6ece0f4e1768cddf8853bb2d551b");

    const Result<QByteArray> sealed = Aead::sealWithNonce(key, nonce, plaintext, associatedData);
    if (!sealed || sealed.value() != expected)
        return failed(SelfTest::tr("AES-256-GCM encryption"));
    const Result<QByteArray> opened = Aead::open(key, expected, associatedData);
    if (!opened || opened.value() != plaintext)
        return failed(SelfTest::tr("AES-256-GCM decryption"));
    QByteArray tampered = expected;
    tampered[20] = char(tampered.at(20) ^ 0x01);
    if (Aead::open(key, tampered, associatedData))
        return failed(SelfTest::tr("AES-256-GCM tamper detection"));
    // seal() must draw a fresh nonce each time (NIST SP 800-38D 8.2.2): the same message sealed twice differs.
    const Result<QByteArray> first = Aead::seal(key, plaintext, associatedData);
    const Result<QByteArray> second = Aead::seal(key, plaintext, associatedData);
    if (!first || !second || first.value() == second.value())
        return failed(SelfTest::tr("AES-256-GCM nonce generation"));
    return {};
}

Status scryptPasses()
{
    // RFC 7914 section 12, the first two vectors (the second needs about 1 MiB and a few milliseconds).
    const Result<QByteArray> first = Kdf::scrypt({}, {}, ScryptParameters { 16, 1, 1 }, 64);
    if (!first
        || first.value()
            != QByteArray::fromHex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                   "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"))
        return failed(QStringLiteral("scrypt"));
    const Result<QByteArray> second
        = Kdf::scrypt(QByteArrayLiteral("password"), QByteArrayLiteral("NaCl"), ScryptParameters { 1024, 8, 16 }, 64);
    if (!second
        || second.value()
            != QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                   "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"))
        return failed(QStringLiteral("scrypt"));
    return {};
}

} // namespace

Status SelfTest::run()
{
    if (!sha256Passes())
        return failed(QStringLiteral("SHA-256"));
    if (!hmacSha256Passes())
        return failed(QStringLiteral("HMAC-SHA256"));
    if (!comparisonPasses())
        return failed(tr("constant-time comparison"));
    if (!randomPasses())
        return failed(tr("the random number generator"));
    if (Status status = aesGcmPasses(); !status)
        return status;
    return scryptPasses();
}

} // namespace dsar::crypto
