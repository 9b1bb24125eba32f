#include "crypto/Aead.h"
#include "crypto/Crypto.h"

#include <QTest>

using namespace dsar::crypto;

namespace {

// The one message for a failed tag check: it must not say whether the key, the data or the AAD was wrong.
const QString DecryptionFailed = QStringLiteral("The data could not be decrypted: wrong key or altered data.");

QByteArray newKey()
{
    const dsar::Result<QByteArray> key = randomBytes(KeySize);
    return key ? key.value() : QByteArray();
}

} // namespace

class TestAead : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers_data();
    void knownAnswers();
    void roundTrip_data();
    void roundTrip();
    void eachSealUsesANewNonce();
    void tamperingAnyByteFails();
    void wrongKeyFails();
    void wrongAssociatedDataFails_data();
    void wrongAssociatedDataFails();
    void wrongKeySizeRefused_data();
    void wrongKeySizeRefused();
    void wrongNonceSizeRefused_data();
    void wrongNonceSizeRefused();
    void truncatedInputRefused();
    void unknownFormatRefused_data();
    void unknownFormatRefused();
};

void TestAead::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("associatedData");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    // McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", Appendix B: the AES-256 cases with a
    // 96-bit IV (17 and 18 use other IV lengths, which the sealed format does not allow).
    const QByteArray zeroKey(32, '\0');
    const QByteArray key = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
    QTest::newRow("GCM test case 13: empty plaintext")
        << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray() << QByteArray()
        << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("GCM test case 14: one zero block")
        << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray(16, '\0')
        << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
        << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("GCM test case 15: four blocks, no AAD")
        << key << nonce << QByteArray()
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255")
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad")
        << QByteArray::fromHex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("GCM test case 16: partial block, AAD")
        << key << nonce << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestAead::knownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, associatedData);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    const QByteArray expected = QByteArray(1, '\x01') + nonce + ciphertext + tag;

    const dsar::Result<QByteArray> sealed = Aead::sealWithNonce(key, nonce, plaintext, associatedData);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->toHex(), expected.toHex());

    const dsar::Result<QByteArray> opened = Aead::open(key, expected, associatedData);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened->toHex(), plaintext.toHex());
}

void TestAead::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("associatedData");
    QTest::newRow("without associated data") << QByteArrayLiteral("Anna Andersson") << QByteArray();
    QTest::newRow("with associated data") << QByteArrayLiteral("Anna Andersson") << QByteArrayLiteral("subjects.name");
    QTest::newRow("empty plaintext") << QByteArray() << QByteArray();
    QTest::newRow("empty plaintext, associated data") << QByteArray() << QByteArrayLiteral("subjects.note");
    QTest::newRow("UTF-8") << QStringLiteral("Åsa Öberg, Malmö").toUtf8() << QByteArrayLiteral("subjects.name");
    QTest::newRow("binary with zeros") << QByteArray("\0\1\2\0\xff", 5) << QByteArray("\0", 1);
    QTest::newRow("one MiB") << QByteArray(1 << 20, 'x') << QByteArrayLiteral("attachments.content");
}

void TestAead::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, associatedData);
    const QByteArray key = newKey();

    const dsar::Result<QByteArray> sealed = Aead::seal(key, plaintext, associatedData);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->size(), 1 + 12 + plaintext.size() + 16);
    QCOMPARE(sealed->at(0), '\x01');
    if (plaintext.size() >= 8)
        QVERIFY(!sealed->contains(plaintext));

    const dsar::Result<QByteArray> opened = Aead::open(key, sealed.value(), associatedData);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), plaintext);
}

void TestAead::eachSealUsesANewNonce()
{
    const QByteArray key = newKey();
    const QByteArray plaintext = QByteArrayLiteral("the same personal data");
    const dsar::Result<QByteArray> first = Aead::seal(key, plaintext);
    const dsar::Result<QByteArray> second = Aead::seal(key, plaintext);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value() != second.value());
    QVERIFY(first->mid(1, 12) != second->mid(1, 12));
    for (const QByteArray& sealed : { first.value(), second.value() }) {
        const dsar::Result<QByteArray> opened = Aead::open(key, sealed);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), plaintext);
    }
}

void TestAead::tamperingAnyByteFails()
{
    const QByteArray key = newKey();
    const QByteArray associatedData = QByteArrayLiteral("cases.description");
    const dsar::Result<QByteArray> sealed = Aead::seal(key, QByteArrayLiteral("Art. 15 request"), associatedData);
    QVERIFY(sealed.ok());
    // Every byte: the format byte, the nonce, the ciphertext and the tag; the lowest and the highest bit.
    for (qsizetype i = 0; i < sealed->size(); ++i) {
        for (const char bit : { '\x01', '\x80' }) {
            QByteArray tampered = sealed.value();
            tampered[i] = char(tampered.at(i) ^ bit);
            const dsar::Result<QByteArray> opened = Aead::open(key, tampered, associatedData);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 altered, still opened").arg(i)));
            if (i > 0)
                QCOMPARE(opened.error(), DecryptionFailed);
        }
    }
}

void TestAead::wrongKeyFails()
{
    const QByteArray key = newKey();
    const dsar::Result<QByteArray> sealed = Aead::seal(key, QByteArrayLiteral("19800101-1234"));
    QVERIFY(sealed.ok());

    const dsar::Result<QByteArray> otherKey = Aead::open(newKey(), sealed.value());
    QVERIFY(!otherKey.ok());
    QCOMPARE(otherKey.error(), DecryptionFailed);

    QByteArray oneBitOff = key;
    oneBitOff[31] = char(oneBitOff.at(31) ^ 0x01);
    const dsar::Result<QByteArray> nearKey = Aead::open(oneBitOff, sealed.value());
    QVERIFY(!nearKey.ok());
    QCOMPARE(nearKey.error(), DecryptionFailed);
}

void TestAead::wrongAssociatedDataFails_data()
{
    QTest::addColumn<QByteArray>("sealedWith");
    QTest::addColumn<QByteArray>("openedWith");
    QTest::newRow("another column") << QByteArrayLiteral("subjects.name") << QByteArrayLiteral("subjects.email");
    QTest::newRow("one byte more") << QByteArrayLiteral("subjects.name") << QByteArrayLiteral("subjects.name ");
    QTest::newRow("missing") << QByteArrayLiteral("subjects.name") << QByteArray();
    QTest::newRow("added") << QByteArray() << QByteArrayLiteral("subjects.name");
    QTest::newRow("another row") << QByteArrayLiteral("subjects:17") << QByteArrayLiteral("subjects:71");
}

void TestAead::wrongAssociatedDataFails()
{
    QFETCH(QByteArray, sealedWith);
    QFETCH(QByteArray, openedWith);
    const QByteArray key = newKey();
    const dsar::Result<QByteArray> sealed = Aead::seal(key, QByteArrayLiteral("anna@example.se"), sealedWith);
    QVERIFY(sealed.ok());
    const dsar::Result<QByteArray> opened = Aead::open(key, sealed.value(), openedWith);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), DecryptionFailed);
}

void TestAead::wrongKeySizeRefused_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("AES-128") << 16;
    QTest::newRow("AES-192") << 24;
    QTest::newRow("one byte short") << 31;
    QTest::newRow("one byte long") << 33;
    QTest::newRow("double") << 64;
}

void TestAead::wrongKeySizeRefused()
{
    QFETCH(int, size);
    const QByteArray key(size, '\x42');
    const dsar::Result<QByteArray> sealed = Aead::seal(key, QByteArrayLiteral("data"));
    QVERIFY(!sealed.ok());
    QVERIFY(sealed.error().contains(QLatin1String("32")));
    QVERIFY(!Aead::sealWithNonce(key, QByteArray(12, '\0'), QByteArrayLiteral("data"), {}).ok());

    // A well-formed sealed value, so that only the key size can be the reason.
    const dsar::Result<QByteArray> good = Aead::seal(newKey(), QByteArrayLiteral("data"));
    QVERIFY(good.ok());
    const dsar::Result<QByteArray> opened = Aead::open(key, good.value());
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().contains(QLatin1String("32")));
}

void TestAead::wrongNonceSizeRefused_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("64 bits") << 8;
    QTest::newRow("one byte short") << 11;
    QTest::newRow("one byte long") << 13;
    QTest::newRow("128 bits") << 16;
}

void TestAead::wrongNonceSizeRefused()
{
    QFETCH(int, size);
    const dsar::Result<QByteArray> sealed
        = Aead::sealWithNonce(newKey(), QByteArray(size, '\0'), QByteArrayLiteral("data"), {});
    QVERIFY(!sealed.ok());
    QVERIFY(!sealed.error().isEmpty());
}

void TestAead::truncatedInputRefused()
{
    const QByteArray key = newKey();
    const dsar::Result<QByteArray> sealed = Aead::seal(key, QByteArrayLiteral("Art. 17 erasure"));
    QVERIFY(sealed.ok());
    for (qsizetype length = 0; length < sealed->size(); ++length) {
        const dsar::Result<QByteArray> opened = Aead::open(key, sealed->left(length));
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("%1 bytes opened").arg(length)));
        QVERIFY(!opened.error().isEmpty());
    }
    // Shorter than format + nonce + tag: refused before any decryption, with its own message.
    QVERIFY(Aead::open(key, sealed->left(28)).error() != DecryptionFailed);
    QVERIFY(!Aead::open(key, QByteArray(sealed.value()).append('\0')).ok());
}

void TestAead::unknownFormatRefused_data()
{
    QTest::addColumn<char>("format");
    QTest::newRow("zero") << '\x00';
    QTest::newRow("next version") << '\x02';
    QTest::newRow("all bits") << '\xff';
}

void TestAead::unknownFormatRefused()
{
    QFETCH(char, format);
    const QByteArray key = newKey();
    const dsar::Result<QByteArray> sealed = Aead::seal(key, QByteArrayLiteral("data"));
    QVERIFY(sealed.ok());
    QByteArray other = sealed.value();
    other[0] = format;
    const dsar::Result<QByteArray> opened = Aead::open(key, other);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error() != DecryptionFailed);
}

QTEST_APPLESS_MAIN(TestAead)
#include "tst_aead.moc"
