#include "crypto/Kdf.h"

#include <QTest>

using namespace dsar::crypto;

namespace {

ScryptParameters parameters(quint64 n, quint32 r, quint32 p)
{
    ScryptParameters result;
    result.n = n;
    result.r = r;
    result.p = p;
    return result;
}

// Small and fast, for the tests that are not about the cost.
const ScryptParameters Cheap = parameters(16, 1, 1);

} // namespace

class TestKdf : public QObject
{
    Q_OBJECT
private slots:
    void rfc7914Vectors_data();
    void rfc7914Vectors();
    void defaultParameters();
    void deterministic();
    void inputsMatter();
    void length_data();
    void length();
    void invalidParametersRefused_data();
    void invalidParametersRefused();
    void encode();
    void decodeValid_data();
    void decodeValid();
    void decodeInvalid_data();
    void decodeInvalid();
};

void TestKdf::rfc7914Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("key");
    // RFC 7914 section 12. The fourth vector (N = 2^20, r = 8) needs just over 1 GiB and is refused: see
    // invalidParametersRefused.
    QTest::newRow("RFC 7914 12 #1 empty")
        << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
        << QByteArray::fromHex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                               "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("RFC 7914 12 #2 password/NaCl")
        << QByteArrayLiteral("password") << QByteArrayLiteral("NaCl") << quint64(1024) << quint32(8) << quint32(16)
        << QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                               "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("RFC 7914 12 #3 pleaseletmein/SodiumChloride")
        << QByteArrayLiteral("pleaseletmein") << QByteArrayLiteral("SodiumChloride") << quint64(16384) << quint32(8)
        << quint32(1)
        << QByteArray::fromHex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                               "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestKdf::rfc7914Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, key);
    const dsar::Result<QByteArray> derived = Kdf::scrypt(password, salt, parameters(n, r, p), int(key.size()));
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(derived->toHex(), key.toHex());
}

void TestKdf::defaultParameters()
{
    // The defaults the application stores must themselves be accepted (32 MiB, above OpenSSL's own default limit).
    const ScryptParameters defaults;
    const dsar::Result<QByteArray> derived
        = Kdf::scrypt(QByteArrayLiteral("correct horse"), QByteArray(16, '\x5a'), defaults, 32);
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(derived->size(), 32);
}

void TestKdf::deterministic()
{
    const QByteArray password = QByteArrayLiteral("hunter2");
    const QByteArray salt = QByteArray::fromHex("0011223344556677");
    const dsar::Result<QByteArray> first = Kdf::scrypt(password, salt, Cheap, 32);
    const dsar::Result<QByteArray> second = Kdf::scrypt(password, salt, Cheap, 32);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value(), second.value());
    // scrypt ends in PBKDF2, so a shorter key is a prefix of a longer one.
    const dsar::Result<QByteArray> longer = Kdf::scrypt(password, salt, Cheap, 64);
    QVERIFY(longer.ok());
    QCOMPARE(longer->left(32), first.value());
}

void TestKdf::inputsMatter()
{
    const QByteArray password = QByteArrayLiteral("hunter2");
    const QByteArray salt = QByteArray::fromHex("0011223344556677");
    const QByteArray base = Kdf::scrypt(password, salt, Cheap, 32).value();
    QVERIFY(Kdf::scrypt(QByteArrayLiteral("hunter3"), salt, Cheap, 32).value() != base);
    QVERIFY(Kdf::scrypt(password, QByteArray::fromHex("0011223344556678"), Cheap, 32).value() != base);
    QVERIFY(Kdf::scrypt(password, salt, parameters(32, 1, 1), 32).value() != base);
    QVERIFY(Kdf::scrypt(password, salt, parameters(16, 2, 1), 32).value() != base);
    QVERIFY(Kdf::scrypt(password, salt, parameters(16, 1, 2), 32).value() != base);
}

void TestKdf::length_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("negative") << -1 << false;
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("one byte") << 1 << true;
    QTest::newRow("a key") << 32 << true;
    QTest::newRow("the maximum") << 1024 << true;
    QTest::newRow("one more than the maximum") << 1025 << false;
}

void TestKdf::length()
{
    QFETCH(int, length);
    QFETCH(bool, accepted);
    const dsar::Result<QByteArray> derived
        = Kdf::scrypt(QByteArrayLiteral("pw"), QByteArrayLiteral("salt"), Cheap, length);
    QCOMPARE(derived.ok(), accepted);
    if (accepted)
        QCOMPARE(derived->size(), length);
    else
        QVERIFY(derived.error().contains(QLatin1String("1024")));
}

void TestKdf::invalidParametersRefused_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::newRow("N zero") << quint64(0) << quint32(8) << quint32(1);
    QTest::newRow("N one") << quint64(1) << quint32(8) << quint32(1);
    QTest::newRow("N three") << quint64(3) << quint32(8) << quint32(1);
    QTest::newRow("N not a power of two") << quint64(30000) << quint32(8) << quint32(1);
    QTest::newRow("r zero") << quint64(1024) << quint32(0) << quint32(1);
    QTest::newRow("p zero") << quint64(1024) << quint32(8) << quint32(0);
    QTest::newRow("N not below 2^(16 r)") << (quint64(1) << 16) << quint32(1) << quint32(1);
    QTest::newRow("r times p at 2^30") << quint64(16) << quint32(1) << (quint32(1) << 30);
    QTest::newRow("RFC 7914 12 #4, just over 1 GiB") << (quint64(1) << 20) << quint32(8) << quint32(1);
    QTest::newRow("2 GiB") << (quint64(1) << 21) << quint32(8) << quint32(1);
    QTest::newRow("N 2^63") << (quint64(1) << 63) << quint32(8) << quint32(1);
    QTest::newRow("huge r") << quint64(16) << (quint32(1) << 31) << quint32(1);
    QTest::newRow("largest r and p") << quint64(16) << quint32(0xffffffff) << quint32(0xffffffff);
}

void TestKdf::invalidParametersRefused()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    const dsar::Result<QByteArray> derived
        = Kdf::scrypt(QByteArrayLiteral("pw"), QByteArrayLiteral("salt"), parameters(n, r, p), 32);
    QVERIFY(!derived.ok());
    QVERIFY(!derived.error().isEmpty());
    // A stored string with the same parameters is refused when it is read, not only when it is used.
    QVERIFY(!ScryptParameters::decode(parameters(n, r, p).encode()).ok());
}

void TestKdf::encode()
{
    QCOMPARE(ScryptParameters().encode(), QStringLiteral("scrypt$32768$8$1"));
    QCOMPARE(parameters(1024, 8, 16).encode(), QStringLiteral("scrypt$1024$8$16"));
}

void TestKdf::decodeValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::newRow("the default") << QStringLiteral("scrypt$32768$8$1") << quint64(32768) << quint32(8) << quint32(1);
    QTest::newRow("RFC 7914 #2") << QStringLiteral("scrypt$1024$8$16") << quint64(1024) << quint32(8) << quint32(16);
    QTest::newRow("smallest") << QStringLiteral("scrypt$2$1$1") << quint64(2) << quint32(1) << quint32(1);
    QTest::newRow("2^19, 512 MiB") << QStringLiteral("scrypt$524288$8$1") << quint64(524288) << quint32(8)
                                   << quint32(1);
}

void TestKdf::decodeValid()
{
    QFETCH(QString, text);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    const dsar::Result<ScryptParameters> decoded = ScryptParameters::decode(text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->n, n);
    QCOMPARE(decoded->r, r);
    QCOMPARE(decoded->p, p);
    QCOMPARE(decoded->encode(), text);
}

void TestKdf::decodeInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix only") << QStringLiteral("scrypt");
    QTest::newRow("two numbers") << QStringLiteral("scrypt$32768$8");
    QTest::newRow("trailing separator") << QStringLiteral("scrypt$32768$8$1$");
    QTest::newRow("four numbers") << QStringLiteral("scrypt$32768$8$1$0");
    QTest::newRow("capital prefix") << QStringLiteral("Scrypt$32768$8$1");
    QTest::newRow("other algorithm") << QStringLiteral("argon2id$32768$8$1");
    QTest::newRow("no prefix") << QStringLiteral("$32768$8$1");
    QTest::newRow("missing N") << QStringLiteral("scrypt$$8$1");
    QTest::newRow("N zero") << QStringLiteral("scrypt$0$8$1");
    QTest::newRow("N one") << QStringLiteral("scrypt$1$8$1");
    QTest::newRow("N not a power of two") << QStringLiteral("scrypt$30000$8$1");
    QTest::newRow("r zero") << QStringLiteral("scrypt$32768$0$1");
    QTest::newRow("p zero") << QStringLiteral("scrypt$32768$8$0");
    QTest::newRow("negative") << QStringLiteral("scrypt$-32768$8$1");
    QTest::newRow("plus sign") << QStringLiteral("scrypt$+32768$8$1");
    QTest::newRow("leading zero") << QStringLiteral("scrypt$032768$8$1");
    QTest::newRow("hexadecimal") << QStringLiteral("scrypt$0x8000$8$1");
    QTest::newRow("exponent") << QStringLiteral("scrypt$2e15$8$1");
    QTest::newRow("decimal point") << QStringLiteral("scrypt$32768$8$1.0");
    QTest::newRow("leading space") << QStringLiteral(" scrypt$32768$8$1");
    QTest::newRow("inner space") << QStringLiteral("scrypt$ 32768$8$1");
    QTest::newRow("trailing newline") << QStringLiteral("scrypt$32768$8$1\n");
    QTest::newRow("fullwidth digits") << QStringLiteral("scrypt$３２７６８$8$1");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("scrypt$32768$٨$1");
    QTest::newRow("r above 32 bits") << QStringLiteral("scrypt$32768$4294967296$1");
    QTest::newRow("N above 64 bits") << QStringLiteral("scrypt$18446744073709551616$8$1");
    QTest::newRow("too much memory") << QStringLiteral("scrypt$1048576$8$1");
}

void TestKdf::decodeInvalid()
{
    QFETCH(QString, text);
    const dsar::Result<ScryptParameters> decoded = ScryptParameters::decode(text);
    QVERIFY(!decoded.ok());
    QVERIFY(!decoded.error().isEmpty());
}

QTEST_APPLESS_MAIN(TestKdf)
#include "tst_kdf.moc"
