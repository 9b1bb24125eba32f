// A stolen database file leaks no subject's name, personnummer or e-mail; exact-match search still works
// through the blind indexes; without the right key nothing opens.
#include "PdfLetterRenderer.h"
#include "TestSession.h"
#include "services/DemoData.h"
#include "storage/SqlQuery.h"
#include "storage/SubjectRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

class TestEncryptionAtRest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rawFileHoldsNoPersonalData_data();
    void rawFileHoldsNoPersonalData();
    void blindIndexesFindExactMatches();
    void anotherKeyOpensNothing();

private:
    QByteArray rawBytes() const;
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock { QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC) };
};

void TestEncryptionAtRest::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("stolen.sqlite"));
    std::unique_ptr<Database> db = Database::openSqlite(m_path, Database::OpenMode::CreateIfMissing).value();
    const Status populated = DemoData::populate(*db, m_clock, PdfLetterRenderer());
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
}

QByteArray TestEncryptionAtRest::rawBytes() const
{
    QByteArray bytes;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") }) {
        QFile file(m_path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestEncryptionAtRest::rawFileHoldsNoPersonalData_data()
{
    QTest::addColumn<QString>("secret");
    // The demo subjects (Skatteverket's test personnummer), in every written form.
    for (const char* value :
         { "Tolvan Tolvansson", "Tolvansson", "Britt-Marie Exempelsson", "Exempelsson", "Karin Lindqvist",
           "tolvan@example.se", "britt-marie@example.se", "sven.prov@example.com", "191212121212", "19121212-1212",
           "121212-1212", "1212121212", "194408139089", "19440813-9089", "440813-9089", "4408139089", "199006022397",
           "900602-2397", "Testgatan 12", "070-000 12 12",
           // and what the organisations hold about them (holding values)
           "K-104-2291", "Mikrolån 250 000 kr", "GA1.2.1184736", "Kvarngatan 3", "Kontorsstol Ergo",
           "CV_Tolvansson.pdf" })
        QTest::newRow(value) << QString::fromUtf8(value);
}

void TestEncryptionAtRest::rawFileHoldsNoPersonalData()
{
    QFETCH(QString, secret);
    const QByteArray bytes = rawBytes();
    QVERIFY(bytes.size() > 10000);
    QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    // Nor as UTF-16, in case a driver stored text that way.
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    QVERIFY(!bytes.contains(utf16));
}

void TestEncryptionAtRest::blindIndexesFindExactMatches()
{
    std::unique_ptr<Database> db = Database::openSqlite(m_path, Database::OpenMode::MustExist).value();
    Result<SignedIn> handler
        = AccountService::login(*db, m_clock, QStringLiteral("handlaggare"), QStringLiteral("handlaggare-demo"));
    QVERIFY(handler.ok());
    SubjectRepository subjects(*db, handler->keys);
    const std::optional<SubjectRecord> byNumber = subjects.byPersonalId(QStringLiteral("191212121212")).value();
    QVERIFY(byNumber.has_value());
    QCOMPARE(byNumber->name, QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(subjects.byEmail(QStringLiteral("tolvan@example.se"))->size(), 1);
    QCOMPARE(subjects.byEmail(QStringLiteral("nobody@example.se"))->size(), 0);
    QVERIFY(!subjects.byPersonalId(QStringLiteral("199006022398")).value().has_value());
}

void TestEncryptionAtRest::anotherKeyOpensNothing()
{
    // The file copied to another machine: without an account's password there is no key, and a key of
    // another database opens no value.
    std::unique_ptr<Database> db = Database::openSqlite(m_path, Database::OpenMode::MustExist).value();
    QVERIFY(!AccountService::login(*db, m_clock, QStringLiteral("handlaggare"), QStringLiteral("guess-guess")).ok());
    KeyRing stranger = KeyRing::fromDataKey(KeyRing::generateDataKey().value()).value();
    Result<QList<SubjectRecord>> read = SubjectRepository(*db, stranger).all();
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QLatin1String("could not be decrypted")), qPrintable(read.error()));
}

QTEST_MAIN(TestEncryptionAtRest)
#include "tst_encryptionatrest.moc"
