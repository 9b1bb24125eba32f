// The key ring's sealing of values: text and binary content, each bound to its column and unreadable with
// another data key.
#include "security/KeyRing.h"

#include <QTest>

using namespace dsar;

namespace {

KeyRing newRing()
{
    return KeyRing::fromDataKey(KeyRing::generateDataKey().value()).value();
}

// Every byte value, twice, and bytes that are not UTF-8: what a scanned letter or a PDF contains.
QByteArray binarySample()
{
    QByteArray bytes;
    for (int round = 0; round < 2; ++round) {
        for (int value = 0; value < 256; ++value)
            bytes.append(char(value));
    }
    return bytes + QByteArray("\xC3\x28\xFF\xFE\x00\x00", 6);
}

} // namespace

class TestKeyRing : public QObject
{
    Q_OBJECT
private slots:
    void textRoundTrip()
    {
        const KeyRing ring = newRing();
        const QString text = QStringLiteral("Ring Tolvan på 070-000 12 12 – åäö");
        Result<QByteArray> sealed = ring.seal(QStringLiteral("case_notes.body"), text);
        QVERIFY(sealed.ok());
        QVERIFY(!sealed->contains(text.toUtf8()));
        QCOMPARE(ring.open(QStringLiteral("case_notes.body"), sealed.value()).value(), text);
    }

    void bytesRoundTripUnchanged_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("every byte value and invalid UTF-8") << binarySample();
        QTest::newRow("one zero byte") << QByteArray(1, '\0');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("a megabyte") << QByteArray(1024 * 1024, '\x7f');
    }

    void bytesRoundTripUnchanged()
    {
        QFETCH(QByteArray, plain);
        const KeyRing ring = newRing();
        const QString column = QStringLiteral("case_attachments.content");
        Result<QByteArray> sealed = ring.sealBytes(column, plain);
        QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
        QVERIFY(sealed->size() > plain.size()); // nonce and tag
        if (plain.size() > 16)
            QVERIFY(!sealed->contains(plain.left(64)));
        Result<QByteArray> opened = ring.openBytes(column, sealed.value());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), plain);
    }

    void textAndBytesAreOneConstruction()
    {
        // The same AEAD under the same field key: sealed UTF-8 bytes open as text, and text as its UTF-8.
        const KeyRing ring = newRing();
        const QString column = QStringLiteral("case_notes.body");
        QCOMPARE(ring.open(column, ring.sealBytes(column, "\xC3\xA5r").value()).value(), QStringLiteral("år"));
        QCOMPARE(ring.openBytes(column, ring.seal(column, QStringLiteral("år")).value()).value(),
                 QByteArray("\xC3\xA5r"));
    }

    void bytesAreBoundToTheirColumn()
    {
        const KeyRing ring = newRing();
        const QByteArray sealed = ring.sealBytes(QStringLiteral("case_attachments.content"), binarySample()).value();
        Result<QByteArray> elsewhere = ring.openBytes(QStringLiteral("case_attachments.file_name"), sealed);
        QVERIFY(!elsewhere.ok());
        QVERIFY2(elsewhere.error().contains(QLatin1String("case_attachments.file_name")),
                 qPrintable(elsewhere.error()));
        QVERIFY(elsewhere.error().contains(QLatin1String("altered")));
    }

    void alteredBytesAreRefused()
    {
        const KeyRing ring = newRing();
        const QString column = QStringLiteral("case_attachments.content");
        const QByteArray sealed = ring.sealBytes(column, binarySample()).value();
        for (qsizetype at : { qsizetype(0), qsizetype(5), sealed.size() / 2, sealed.size() - 1 }) {
            QByteArray altered = sealed;
            altered[at] = char(altered[at] ^ 0x01);
            QVERIFY2(!ring.openBytes(column, altered).ok(), qPrintable(QString::number(at)));
        }
        QVERIFY(!ring.openBytes(column, sealed.left(sealed.size() - 1)).ok());
    }

    void anotherKeyOpensNothing()
    {
        const QString column = QStringLiteral("case_attachments.content");
        const QByteArray sealed = newRing().sealBytes(column, binarySample()).value();
        QVERIFY(!newRing().openBytes(column, sealed).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
