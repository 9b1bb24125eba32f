#include "crypto/Crypto.h"

#include <QSet>
#include <QTest>

using namespace dsar::crypto;

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void sha256Vectors_data();
    void sha256Vectors();
    void hmacSha256Vectors_data();
    void hmacSha256Vectors();
    void randomBytesLength_data();
    void randomBytesLength();
    void randomBytesRefusesNegativeCount();
    void randomBytesDoNotRepeat();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void wipeZeroes();
    void wipeLeavesSharedCopiesAlone();
    void wipeEmpty();
};

void TestCrypto::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-2 Appendix B; the empty and 896-bit messages are the usual companions (e.g. di-mgt.com.au's
    // test vector list), their digests checked with Python's hashlib.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray::fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("FIPS 180-2 B.1 abc") << QByteArrayLiteral(
        "abc") << QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("FIPS 180-2 B.2 448 bits")
        << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray::fromHex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("896 bits") << QByteArrayLiteral(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
        "klmnopqrlmnopqrsmnopqrstnopqrstu")
                              << QByteArray::fromHex(
                                     "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    QTest::newRow("FIPS 180-2 B.3 one million a")
        << QByteArray(1000000, 'a')
        << QByteArray::fromHex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestCrypto::sha256Vectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(sha256(message).toHex(), digest.toHex());
}

void TestCrypto::hmacSha256Vectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    // RFC 4231 section 4; test case 5 publishes only the first 128 bits of the MAC.
    QTest::newRow("RFC 4231 1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                                << QByteArray::fromHex(
                                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 2 short key")
        << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
        << QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                                << QByteArray::fromHex(
                                       "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("RFC 4231 4") << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
                                << QByteArray(50, '\xcd')
                                << QByteArray::fromHex(
                                       "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("RFC 4231 5 truncated") << QByteArray(20, '\x0c') << QByteArrayLiteral("Test With Truncation")
                                          << QByteArray::fromHex("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("RFC 4231 6 key longer than a block")
        << QByteArray(131, '\xaa') << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray::fromHex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("RFC 4231 7 key and data longer than a block")
        << QByteArray(131, '\xaa')
        << QByteArrayLiteral("This is a test using a larger than block-size key and a larger than block-size data. "
                             "The key needs to be hashed before being used by the HMAC algorithm.")
        << QByteArray::fromHex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    // Not in RFC 4231: an empty key must still give a MAC, not an error (value as published on Wikipedia's HMAC
    // page and computed independently with Python's hmac module).
    QTest::newRow("empty key and data") << QByteArray() << QByteArray()
                                        << QByteArray::fromHex(
                                               "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

void TestCrypto::hmacSha256Vectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    const QByteArray actual = hmacSha256(key, data);
    QCOMPARE(actual.size(), 32);
    QCOMPARE(actual.left(mac.size()).toHex(), mac.toHex());
}

void TestCrypto::randomBytesLength_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("a nonce") << 12;
    QTest::newRow("a key") << 32;
    QTest::newRow("many") << 100000;
}

void TestCrypto::randomBytesLength()
{
    QFETCH(int, count);
    const dsar::Result<QByteArray> bytes = randomBytes(count);
    QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
    QCOMPARE(bytes->size(), count);
}

void TestCrypto::randomBytesRefusesNegativeCount()
{
    const dsar::Result<QByteArray> bytes = randomBytes(-1);
    QVERIFY(!bytes.ok());
    QVERIFY(!bytes.error().isEmpty());
}

void TestCrypto::randomBytesDoNotRepeat()
{
    // 1000 draws of 128 bits: a repeat (or an all-zero draw) means a broken generator, not bad luck.
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        const dsar::Result<QByteArray> bytes = randomBytes(16);
        QVERIFY(bytes.ok());
        QVERIFY(bytes.value() != QByteArray(16, '\0'));
        QVERIFY(!seen.contains(bytes.value()));
        seen.insert(bytes.value());
    }
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    const QByteArray mac = QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QByteArray firstDiffers = mac;
    firstDiffers[0] = char(firstDiffers.at(0) ^ 0x01);
    QByteArray lastDiffers = mac;
    lastDiffers[31] = char(lastDiffers.at(31) ^ 0x80);
    QTest::newRow("same bytes") << mac << QByteArray(mac.constData(), mac.size()) << true;
    QTest::newRow("first byte differs") << mac << firstDiffers << false;
    QTest::newRow("last byte differs") << mac << lastDiffers << false;
    QTest::newRow("prefix") << mac << mac.left(31) << false;
    QTest::newRow("longer") << mac << QByteArray(mac).append('\0') << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("empty and not") << QByteArray() << mac << false;
    QTest::newRow("embedded zero") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(dsar::crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(dsar::crypto::constantTimeEquals(b, a), equal);
}

void TestCrypto::wipeZeroes()
{
    QByteArray secret("correct horse battery staple");
    const qsizetype size = secret.size();
    secret.detach();
    const char* buffer = secret.constData();
    wipe(secret);
    // The same buffer, now all zeros: the bytes were overwritten in place, not replaced by a fresh array.
    QCOMPARE(secret.constData(), buffer);
    QCOMPARE(secret, QByteArray(size, '\0'));
}

void TestCrypto::wipeLeavesSharedCopiesAlone()
{
    const QByteArray original("shared secret");
    QByteArray copy = original;
    wipe(copy);
    QCOMPARE(copy, QByteArray(original.size(), '\0'));
    QCOMPARE(original, QByteArray("shared secret"));
}

void TestCrypto::wipeEmpty()
{
    QByteArray empty;
    wipe(empty);
    QVERIFY(empty.isEmpty());
}

QTEST_APPLESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
