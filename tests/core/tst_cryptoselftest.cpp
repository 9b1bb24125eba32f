#include "crypto/SelfTest.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dsar::crypto;

class TestCryptoSelfTest : public QObject
{
    Q_OBJECT
private slots:
    void passes();
    void isRepeatable();
};

void TestCryptoSelfTest::passes()
{
    QElapsedTimer timer;
    timer.start();
    const dsar::Status status = SelfTest::run();
    QVERIFY2(status.ok(), qPrintable(status.error()));
    // It runs at every start-up; the time is reported, not asserted, as shared build machines vary too much.
    qDebug("SelfTest::run() took %lld ms", timer.elapsed());
}

void TestCryptoSelfTest::isRepeatable()
{
    // No state survives a run: a second run (e.g. after the settings are reloaded) passes as well.
    for (int i = 0; i < 3; ++i) {
        const dsar::Status status = SelfTest::run();
        QVERIFY2(status.ok(), qPrintable(status.error()));
    }
}

QTEST_APPLESS_MAIN(TestCryptoSelfTest)
#include "tst_cryptoselftest.moc"
