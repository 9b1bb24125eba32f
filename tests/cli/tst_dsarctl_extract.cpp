// End-to-end tests of "dsarctl extract" (the register extract, GDPR Art. 15), "extract sent|list|verify" and
// "dsarctl export" (the portability export, Art. 20) on copies of one demonstration database made through dsarctl,
// with the cases and the two namesakes of one household prepared once. The PDF's text is read with pdftotext and
// its structure checked with qpdf where they are installed.
#include "DsarctlHarness.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace dsar::clitest;

namespace {

const QString nextDay = QStringLiteral("2027-03-11");

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A one-page PDF as another program makes it: no footer of ours, a title of its own.
QByteArray foreignPdf(const QByteArray& title)
{
    const QByteArray content = "BT /F1 12 Tf 72 760 Td (Kvartalsrapport, Dokument-id saknas) Tj ET";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
        ">> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title (" + title + ") /Producer (Kontorspaket 12) >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 6 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Every occurrence of `from` in the bytes, also as the UTF-16BE a PDF's text strings may use, replaced by `to`
// (of the same length, so the cross-reference table stays right).
QByteArray replacedSameLength(QByteArray bytes, const QString& from, const QString& to)
{
    if (from.size() != to.size())
        return {};
    bytes.replace(from.toUtf8(), to.toUtf8());
    QByteArray wideFrom;
    QByteArray wideTo;
    for (qsizetype i = 0; i < from.size(); ++i) {
        wideFrom += char(from.at(i).unicode() >> 8);
        wideFrom += char(from.at(i).unicode() & 0xff);
        wideTo += char(to.at(i).unicode() >> 8);
        wideTo += char(to.at(i).unicode() & 0xff);
    }
    bytes.replace(wideFrom, wideTo);
    bytes.replace(from.toUtf8().toHex(), to.toUtf8().toHex());
    bytes.replace(from.toUtf8().toHex().toUpper(), to.toUtf8().toHex().toUpper());
    bytes.replace(wideFrom.toHex(), wideTo.toHex());
    bytes.replace(wideFrom.toHex().toUpper(), wideTo.toHex().toUpper());
    return bytes;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestDsarctlExtract : public QObject, public DsarctlHarness
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init()
    {
        QVERIFY(startTest());
        QVERIFY(QFile::copy(m_demo, m_db));
    }
    void cleanup() { endTest(); }

    void extractIsWrittenAndRecorded();
    void extractIsAValidPdf();
    void extractText_data();
    void extractText();
    void oneActivityIsNamedInTheSingular_data();
    void oneActivityIsNamedInTheSingular();
    void verify_data();
    void verify();
    void sentOnlyAfterTheApproval();
    void refusals_data();
    void refusals();
    void exportHoldsWhatTheAssessmentPutInScope();
    void exportRefusals_data();
    void exportRefusals();
    void onlyTheSubjectsOwnData();

private:
    Run runOn(const QString& today, const QString& user, const QStringList& arguments) const
    {
        return run(onDb(arguments), environment(today, user));
    }
    QString openCase(const QString& right, const QString& controller, const QString& subject);
    qint64 addSubject(const QString& name, const QString& email, const QString& address);
    bool importHoldings(const QString& subject, const QString& activity, const QString& system, const QByteArray& csv);
    // The rows of case_documents, read past dsarctl: what a refused command must not have added to.
    int documentRows() const;
    // The PDF's text (pdftotext), or a null string when pdftotext is not installed or fails.
    QString pdfText(const QString& pdf) const;
    QJsonObject writtenExtract(const QString& reference, const QString& out, const QString& language = s("sv"),
                               const QString& today = fixedToday);
    QStringList substituted(QStringList arguments, const QString& reference) const;

    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_demo;
    QString m_tolvan;
    // Prepared in initTestCase, in every copy of the database.
    QString m_access; // Tolvan at Assessio, in progress
    QString m_erasure; // Sven Prov at Allkontor, in progress
    QString m_waiting; // Tolvan at Assessio, awaiting identification
    QString m_received; // Tolvan at Assessio, received and not yet started
    QString m_portability; // Tolvan at Assessio, in progress, not assessed
    QString m_householdAccess; // Alex Hushållsson (A) at Assessio, in progress
    QString m_householdPortability; // the same A, portability, in progress
    QString m_oneActivity; // Anna Andersson at Mora Kontorsteam, in progress: two holdings in one activity
};

void TestDsarctlExtract::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());
    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);
    QString sven;
    QString anna;
    for (const auto& [query, id] : { std::pair { "121212+1212", &m_tolvan }, std::pair { "Sven Prov", &sven },
                                     std::pair { "a.andersson@example.org", &anna } }) {
        const Run found = runAs(handlaggare, args({ "subject", "find", "--json", query }));
        EXPECT_EXIT(found, 0);
        QCOMPARE(found.json().toArray().size(), 1);
        *id = QString::number(found.json().toArray().first().toObject().value(QStringLiteral("id")).toInteger());
    }
    const QString assessio = s("Assessio Sverige AB");
    m_access = openCase(s("access"), assessio, m_tolvan);
    m_erasure = openCase(s("erasure"), s("Allkontor Teknisk Service AB"), sven);
    m_waiting = openCase(s("access"), assessio, m_tolvan);
    m_portability = openCase(s("portability"), assessio, m_tolvan);
    m_oneActivity = openCase(s("access"), s("Mora Kontorsteam AB"), anna);
    for (const QString* reference : { &m_access, &m_erasure, &m_waiting, &m_portability, &m_oneActivity })
        QVERIFY(!reference->isEmpty());
    EXPECT_EXIT(runAs(handlaggare,
                      args({ "case", "identify" })
                          << m_waiting << args({ "--request", "--kind", "identity", "--reason", "Okänd avsändare" })),
                0);
    const Run received = runAs(handlaggare,
                               args({ "case", "open", "--json", "--right", "access", "--controller" })
                                   << assessio << s("--received") << fixedToday << s("--subject") << m_tolvan);
    EXPECT_EXIT(received, 0);
    m_received = received.json().toArray().first().toObject().value(QStringLiteral("reference")).toString();
    QVERIFY(!m_received.isEmpty());

    // A household: two people of the same name, at the same address, with e-mail at the same domain. Each has
    // holdings whose values say whose they are; A's third datum was not provided by A (outside Art. 20).
    const QString address = s("Lillgatan 7, 123 45 Byn");
    const qint64 a = addSubject(s("Alex Hushållsson"), s("alex@hushallet.example"), address);
    const qint64 b = addSubject(s("Alex Hushållsson"), s("alex.b@hushallet.example"), address);
    QVERIFY(a > 0 && b > 0 && a != b);
    const QString nyhetsbrev = s("Assessio Sverige AB/Nyhetsbrev");
    const QString utbildning = s("Assessio Sverige AB/Utbildningsregister");
    for (const auto& [id, who] : { std::pair { a, "A" }, std::pair { b, "B" } }) {
        const QByteArray tag = QByteArray("Value-of-") + who;
        QVERIFY(importHoldings(QString::number(id), nyhetsbrev, s("Nyhetsbrevsverktyg"),
                               "category,field,value,provided_by_subject\r\nKontaktuppgifter,Prenumeration," + tag
                                   + "-1,true\r\n"));
        QVERIFY(importHoldings(QString::number(id), utbildning, s("Utbildningsregister"),
                               "category,field,value,provided_by_subject\r\nKontaktuppgifter,Konto," + tag
                                   + "-2,true\r\nKontaktuppgifter,Kursnotering," + tag + "-3,false\r\n"));
    }
    m_householdAccess = openCase(s("access"), assessio, QString::number(a));
    m_householdPortability = openCase(s("portability"), assessio, QString::number(a));
    QVERIFY(!m_householdAccess.isEmpty() && !m_householdPortability.isEmpty());
    QCOMPARE(documentRows(), 0);
    endTest();
}

QString TestDsarctlExtract::openCase(const QString& right, const QString& controller, const QString& subject)
{
    const Run opened = runAs(handlaggare,
                             args({ "case", "open", "--json", "--right" })
                                 << right << s("--controller") << controller << s("--received") << fixedToday
                                 << s("--subject") << subject);
    if (opened.exitCode != 0) {
        qWarning("%s", describe(opened, 0).constData());
        return {};
    }
    const QString reference = opened.json().toArray().first().toObject().value(QStringLiteral("reference")).toString();
    const Run started = runAs(handlaggare, args({ "case", "status" }) << reference << s("in-progress"));
    if (started.exitCode != 0) {
        qWarning("%s", describe(started, 0).constData());
        return {};
    }
    return reference;
}

qint64 TestDsarctlExtract::addSubject(const QString& name, const QString& email, const QString& address)
{
    const Run added = runAs(handlaggare,
                            args({ "subject", "add", "--json", "--name" })
                                << name << s("--email") << email << s("--address") << address);
    if (added.exitCode != 0)
        qWarning("%s", describe(added, 0).constData());
    return added.json().toObject().value(QStringLiteral("id")).toInteger(-1);
}

bool TestDsarctlExtract::importHoldings(const QString& subject, const QString& activity, const QString& system,
                                        const QByteArray& csv)
{
    const QString file = path(QStringLiteral("holdings-%1.csv").arg(subject));
    if (!writeAll(file, csv))
        return false;
    const Run imported = runAs(handlaggare,
                               args({ "holdings", "import", "--subject" })
                                   << subject << s("--system") << system << s("--activity") << activity << file);
    if (imported.exitCode != 0)
        qWarning("%s", describe(imported, 0).constData());
    return imported.exitCode == 0;
}

int TestDsarctlExtract::documentRows() const
{
    const QString name = QStringLiteral("documents");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM case_documents")) && query.next())
                rows = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString TestDsarctlExtract::pdfText(const QString& pdf) const
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QJsonObject TestDsarctlExtract::writtenExtract(const QString& reference, const QString& out, const QString& language,
                                               const QString& today)
{
    const Run written = runOn(
        today, handlaggare, args({ "extract", "--json" }) << reference << s("--out") << out << s("--lang") << language);
    if (written.exitCode != 0)
        qWarning("%s", describe(written, 0).constData());
    return written.exitCode == 0 ? written.json().toObject() : QJsonObject();
}

QStringList TestDsarctlExtract::substituted(QStringList arguments, const QString& reference) const
{
    for (QString& argument : arguments) {
        if (argument == QLatin1String("REF"))
            argument = reference;
        else if (argument == QLatin1String("OUT"))
            argument = path(s("out.pdf"));
        else if (argument == QLatin1String("OUTJSON"))
            argument = path(s("out.json"));
    }
    return arguments;
}

void TestDsarctlExtract::extractIsWrittenAndRecorded()
{
    const QString pdf = path(s("registerutdrag.pdf"));
    const Run written = runAs(handlaggare, args({ "extract", "--json" }) << m_access << s("--out") << pdf);
    EXPECT_EXIT(written, 0);
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    const QJsonObject record = written.json().toObject();
    QCOMPARE(record.value(QStringLiteral("case")).toString(), m_access);
    QCOMPARE(record.value(QStringLiteral("kind")).toString(), s("register-extract"));
    QCOMPARE(record.value(QStringLiteral("language")).toString(), s("sv"));
    QCOMPARE(record.value(QStringLiteral("document_id")).toString(), m_access + s("-extract-1"));
    QCOMPARE(record.value(QStringLiteral("sha256")).toString().toLatin1(), fileHash(pdf));
    QCOMPARE(record.value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(record.value(QStringLiteral("pages")).toInt() >= 1);
    // Tolvan's four holdings at Assessio (three in recruitment, one newsletter address).
    QCOMPARE(record.value(QStringLiteral("items")).toInt(), 4);
    QCOMPARE(record.value(QStringLiteral("generated_by")).toString(), handlaggare);
    QVERIFY(!record.value(QStringLiteral("sent")).toBool());
    QVERIFY(record.value(QStringLiteral("sent_at")).isNull());

    // The next one is number 2, and both are listed.
    const QString second = path(s("registerutdrag-2.pdf"));
    const Run again = runAs(handlaggare, args({ "extract", "--json" }) << m_access << s("--out") << second);
    EXPECT_EXIT(again, 0);
    QCOMPARE(again.json().toObject().value(QStringLiteral("document_id")).toString(), m_access + s("-extract-2"));
    QCOMPARE(again.json().toObject().value(QStringLiteral("sha256")).toString().toLatin1(), fileHash(second));
    QVERIFY(fileHash(second) != fileHash(pdf)); // the document id is on every page
    const Run listed = runAs(handlaggare, args({ "extract", "list", "--json" }) << m_access);
    EXPECT_EXIT(listed, 0);
    const QJsonArray documents = listed.json().toArray();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).toObject().value(QStringLiteral("document_id")).toString(), m_access + s("-extract-1"));
    QCOMPARE(documents.at(1).toObject().value(QStringLiteral("document_id")).toString(), m_access + s("-extract-2"));
    QCOMPARE(documentRows(), 2);

    // For people: the file, the id and how to record the sending.
    const Run plain = runAs(handlaggare, args({ "extract" }) << m_access << s("--out") << path(s("third.pdf")));
    EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.mentions(m_access + s("-extract-3")), plain.out.constData());
    QVERIFY2(plain.mentions(s("dsarctl extract sent ") + m_access), plain.out.constData());
}

void TestDsarctlExtract::extractIsAValidPdf()
{
    const QString pdf = path(s("registerutdrag.pdf"));
    QVERIFY(!writtenExtract(m_access, pdf).isEmpty());
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed");
    QProcess check;
    check.start(qpdf, { QStringLiteral("--check"), pdf });
    QVERIFY(check.waitForFinished(20000));
    const QByteArray output = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("No syntax or stream encoding errors found"), output.constData());
}

void TestDsarctlExtract::extractText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("pageOf"); // "%1 of %2" in the language
    QTest::newRow("Swedish") << s("sv") << s("Registerutdrag") << s("Sida %1 av %2");
    QTest::newRow("English") << s("en") << s("Register extract") << s("Page %1 of %2");
}

void TestDsarctlExtract::extractText()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, pageOf);
    const QString pdf = path(s("registerutdrag.pdf"));
    const QJsonObject record = writtenExtract(m_access, pdf, language);
    QVERIFY(!record.isEmpty());
    QCOMPARE(record.value(QStringLiteral("language")).toString(), language);
    const int pages = record.value(QStringLiteral("pages")).toInt();
    QVERIFY(pages >= 1);
    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    // pdftotext separates pages with a form feed.
    QCOMPARE(int(text.count(QLatin1Char('\f'))), pages);
    for (const QString& expected : QStringList {
             s("Tolvan Tolvansson"), s("19121212-****"), title, pageOf.arg(1).arg(pages), pageOf.arg(pages).arg(pages),
             m_access + s("-extract-1"), s("Integritetsskyddsmyndigheten"), s("Assessio Sverige AB"),
             // The copy (Art. 15(3)): the values themselves.
             s("Testutvecklare, ref. 2024-17"), s("tolvan@example.se") })
        QVERIFY2(text.contains(expected), qPrintable(expected + s(" is missing from:\n") + text.left(3000)));
    // DSL 3 kap. 10 §: never the full personnummer, in any form.
    for (const QString& forbidden : { s("19121212-1212"), s("191212121212"), s("121212-1212"), s("1212121212") })
        QVERIFY2(!text.contains(forbidden), qPrintable(forbidden));
    // Every page names the document.
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    for (int page = 0; page < pages; ++page) {
        QVERIFY2(pageTexts.at(page).contains(m_access + s("-extract-1")), qPrintable(QString::number(page + 1)));
        QVERIFY2(pageTexts.at(page).contains(pageOf.arg(page + 1).arg(pages)), qPrintable(QString::number(page + 1)));
    }
}

void TestDsarctlExtract::oneActivityIsNamedInTheSingular_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("plural"); // the sentence's plural form, wrong for one activity
    QTest::newRow("Swedish") << s("sv") << s("Mora Kontorsteam AB behandlar personuppgifter om dig i")
                             << s("i 1 behandlingar");
    QTest::newRow("English") << s("en") << s("Mora Kontorsteam AB processes personal data about you in")
                             << s("in 1 processing activities");
}

void TestDsarctlExtract::oneActivityIsNamedInTheSingular()
{
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, plural);
    const QString pdf = path(s("registerutdrag.pdf"));
    const QJsonObject record = writtenExtract(m_oneActivity, pdf, language);
    QVERIFY(!record.isEmpty());
    QCOMPARE(record.value(QStringLiteral("items")).toInt(), 2);
    const QString raw = pdfText(pdf);
    if (raw.isNull())
        QSKIP("pdftotext is not installed");
    const QString text = raw.simplified();
    QVERIFY2(text.contains(sentence), qPrintable(text.left(2000)));
    // ExtractComposer's "i %2 behandlingar" / "in %2 processing activities" for any number.
    QVERIFY2(!text.contains(plural), qPrintable(text.left(2000)));
}

void TestDsarctlExtract::verify_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("change"); // what is done to the written file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("as written") << s("sv") << s("none") << 0 << s("issued");
    QTest::newRow("as written, English") << s("en") << s("none") << 0 << s("issued");
    QTest::newRow("one byte appended") << s("sv") << s("append") << 1 << s("altered");
    QTest::newRow("one byte appended, English") << s("en") << s("append") << 1 << s("altered");
    // The title no longer names the document: the footer on every page still does (PdfInspector).
    QTest::newRow("title changed") << s("sv") << s("title") << 1 << s("altered");
    QTest::newRow("title changed, English") << s("en") << s("title") << 1 << s("altered");
    QTest::newRow("a text file") << s("sv") << s("text") << 1 << s("unknown");
    QTest::newRow("a PDF made elsewhere") << s("sv") << s("foreign") << 1 << s("unknown");
}

void TestDsarctlExtract::verify()
{
    QFETCH(QString, language);
    QFETCH(QString, change);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    const QString pdf = path(s("registerutdrag.pdf"));
    const QJsonObject record = writtenExtract(m_access, pdf, language);
    QVERIFY(!record.isEmpty());
    const QString documentId = m_access + s("-extract-1");
    const QString issuedHash = record.value(QStringLiteral("sha256")).toString();

    QString checked = pdf;
    if (change == QLatin1String("append")) {
        QVERIFY(writeAll(path(s("changed.pdf")), readAll(pdf) + '\n'));
        checked = path(s("changed.pdf"));
    } else if (change == QLatin1String("title")) {
        // The same length, so the file stays a readable PDF: the title now ends in "...-extract-9".
        const QByteArray changed = replacedSameLength(readAll(pdf), documentId, m_access + s("-extract-9"));
        QVERIFY(changed != readAll(pdf));
        QVERIFY(writeAll(path(s("changed.pdf")), changed));
        checked = path(s("changed.pdf"));
    } else if (change == QLatin1String("text")) {
        QVERIFY(writeAll(path(s("note.txt")), "Registerutdrag " + documentId.toUtf8() + "\n"));
        checked = path(s("note.txt"));
    } else if (change == QLatin1String("foreign")) {
        QVERIFY(writeAll(path(s("other.pdf")), foreignPdf("Kvartalsrapport 2027")));
        checked = path(s("other.pdf"));
    }

    const Run verified = runAs(handlaggare, args({ "extract", "verify", "--json" }) << checked);
    EXPECT_EXIT(verified, exitCode);
    const QJsonObject answer = verified.json().toObject();
    QCOMPARE(answer.value(QStringLiteral("verdict")).toString(), verdict);
    QCOMPARE(answer.value(QStringLiteral("sha256")).toString().toLatin1(), fileHash(checked));
    if (verdict == QLatin1String("unknown")) {
        QVERIFY(answer.value(QStringLiteral("document_id")).isNull());
        QVERIFY(answer.value(QStringLiteral("case")).isNull());
    } else {
        QCOMPARE(answer.value(QStringLiteral("document_id")).toString(), documentId);
        QCOMPARE(answer.value(QStringLiteral("case")).toString(), m_access);
        QCOMPARE(answer.value(QStringLiteral("kind")).toString(), s("register-extract"));
        QCOMPARE(answer.value(QStringLiteral("issued_sha256")).toString(), issuedHash);
        QCOMPARE(answer.value(QStringLiteral("generated_by")).toString(), handlaggare);
    }

    // For people: the same verdict in words, the same exit code.
    const Run plain = runAs(handlaggare, args({ "extract", "verify" }) << checked);
    EXPECT_EXIT(plain, exitCode);
    if (verdict == QLatin1String("issued")) {
        QVERIFY2(plain.mentions(s("Issued by this database")) && plain.mentions(documentId), plain.out.constData());
    } else if (verdict == QLatin1String("altered")) {
        QVERIFY2(plain.errText().contains(s("ALTERED")) && plain.errText().contains(documentId), plain.err.constData());
    } else {
        QVERIFY2(plain.errText().contains(s("is not a document this database issued")), plain.err.constData());
    }
    QCOMPARE(documentRows(), 1); // verifying records nothing
}

void TestDsarctlExtract::sentOnlyAfterTheApproval()
{
    const Run nothingYet = runAs(handlaggare, args({ "extract", "sent" }) << m_access);
    EXPECT_EXIT(nothingYet, 1);
    QVERIFY2(nothingYet.mentions(s("no register extract has been made")), nothingYet.err.constData());

    QVERIFY(!writtenExtract(m_access, path(s("early.pdf"))).isEmpty());
    const Run unapproved = runAs(handlaggare, args({ "extract", "sent" }) << m_access);
    EXPECT_EXIT(unapproved, 1);
    QVERIFY2(unapproved.mentions(s("the decision must be approved")), unapproved.err.constData());

    EXPECT_EXIT(runAs(handlaggare, args({ "case", "assess" }) << m_access), 0);
    EXPECT_EXIT(
        runAs(handlaggare, args({ "case", "propose" }) << m_access << s("--summary") << s("Här är dina uppgifter.")),
        0);
    const Run proposed = runAs(handlaggare, args({ "extract", "sent" }) << m_access);
    EXPECT_EXIT(proposed, 1);
    QVERIFY2(proposed.mentions(s("the decision must be approved")), proposed.err.constData());
    // Approved the next day, so that the first extract is unmistakably older than the approval (instants are
    // stored to the second).
    EXPECT_EXIT(runOn(nextDay, dpo, args({ "case", "approve" }) << m_access), 0);

    const Run stale = runOn(nextDay, handlaggare, args({ "extract", "sent" }) << m_access);
    EXPECT_EXIT(stale, 1);
    QVERIFY2(stale.mentions(s("made before the decision was approved")), stale.err.constData());
    QVERIFY2(stale.mentions(m_access + s("-extract-1")), stale.err.constData());

    QVERIFY(!writtenExtract(m_access, path(s("approved.pdf")), s("sv"), nextDay).isEmpty());
    const Run sent = runOn(nextDay, handlaggare, args({ "extract", "sent", "--json", "--method", "brev" }) << m_access);
    EXPECT_EXIT(sent, 0);
    QJsonObject record = sent.json().toObject();
    QCOMPARE(record.value(QStringLiteral("document_id")).toString(), m_access + s("-extract-2"));
    QVERIFY(record.value(QStringLiteral("sent")).toBool());
    QCOMPARE(record.value(QStringLiteral("sent_method")).toString(), s("brev"));
    QCOMPARE(record.value(QStringLiteral("sent_by")).toString(), handlaggare);

    const Run twice = runOn(nextDay, handlaggare, args({ "extract", "sent" }) << m_access);
    EXPECT_EXIT(twice, 1);
    QVERIFY2(twice.mentions(s("already recorded as sent")), twice.err.constData());
    QVERIFY2(twice.mentions(nextDay), twice.err.constData());

    const Run listed = runOn(nextDay, handlaggare, args({ "extract", "list", "--json" }) << m_access);
    EXPECT_EXIT(listed, 0);
    const QJsonArray documents = listed.json().toArray();
    QCOMPARE(documents.size(), 2);
    QVERIFY(!documents.at(0).toObject().value(QStringLiteral("sent")).toBool());
    record = documents.at(1).toObject();
    QCOMPARE(record.value(QStringLiteral("document_id")).toString(), m_access + s("-extract-2"));
    QVERIFY(record.value(QStringLiteral("sent")).toBool());
    QCOMPARE(record.value(QStringLiteral("sent_method")).toString(), s("brev"));
    QVERIFY(!record.value(QStringLiteral("sent_at")).isNull());
    // verify tells when and how it went out.
    const Run verified
        = runOn(nextDay, handlaggare, args({ "extract", "verify", "--json" }) << path(s("approved.pdf")));
    EXPECT_EXIT(verified, 0);
    QCOMPARE(verified.json().toObject().value(QStringLiteral("sent_method")).toString(), s("brev"));
}

void TestDsarctlExtract::refusals_data()
{
    QTest::addColumn<QString>("prepared"); // which prepared case REF stands for
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("arguments"); // after "extract"; OUT is the test's out.pdf
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown case") << s("access") << handlaggare << args({ "DSAR-2027-09999", "--out", "OUT" }) << 1
                                  << s("There is no case DSAR-2027-09999");
    QTest::newRow("--lang de") << s("access") << handlaggare << args({ "REF", "--out", "OUT", "--lang", "de" }) << 1
                               << s("Swedish (sv) or English (en), not \"de\"");
    QTest::newRow("no --out") << s("access") << handlaggare << args({ "REF" }) << 2
                              << s("Give one case reference and the file");
    QTest::newRow("no reference") << s("access") << handlaggare << args({ "--out", "OUT" }) << 2
                                  << s("Give one case reference and the file");
    QTest::newRow("an erasure case") << s("erasure") << handlaggare << args({ "REF", "--out", "OUT" }) << 1
                                     << s("a register extract answers a request for access");
    QTest::newRow("awaiting identification")
        << s("waiting") << handlaggare << args({ "REF", "--out", "OUT" }) << 1 << s("Awaiting identification");
    QTest::newRow("received, not started")
        << s("received") << handlaggare << args({ "REF", "--out", "OUT" }) << 1 << s("this step needs a case that is");
    QTest::newRow("an administrator") << s("access") << admin << args({ "REF", "--out", "OUT" }) << 1
                                      << s("you are signed in as admin");
    QTest::newRow("unwritable --out") << s("access") << handlaggare << args({ "REF", "--out", "/proc/nope/x.pdf" }) << 1
                                      << s("cannot be written");
    QTest::newRow("sent, unknown case") << s("access") << handlaggare << args({ "sent", "DSAR-2027-09999" }) << 1
                                        << s("There is no case DSAR-2027-09999");
    QTest::newRow("sent, empty method") << s("access") << handlaggare << args({ "sent", "REF", "--method", " " }) << 1
                                        << s("say how it was sent");
    QTest::newRow("list, unknown case") << s("access") << handlaggare << args({ "list", "DSAR-2027-09999" }) << 1
                                        << s("There is no case DSAR-2027-09999");
    QTest::newRow("verify, missing file")
        << s("access") << handlaggare << args({ "verify", "OUT" }) << 1 << s("cannot be read");
}

void TestDsarctlExtract::refusals()
{
    QFETCH(QString, prepared);
    QFETCH(QString, user);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QHash<QString, QString> references { { s("access"), m_access },
                                               { s("erasure"), m_erasure },
                                               { s("waiting"), m_waiting },
                                               { s("received"), m_received } };
    const QString reference = references.value(prepared);
    QVERIFY(!reference.isEmpty());
    const QByteArray before = fileHash(m_db);
    const Run refused = runAs(user, args({ "extract" }) << substituted(arguments, reference));
    EXPECT_EXIT(refused, exitCode);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(message), refused.err.constData());
    QVERIFY(!QFile::exists(path(s("out.pdf"))));
    QCOMPARE(documentRows(), 0);
    QCOMPARE(fileHash(m_db), before); // not even an audit event
    const Run listed = runAs(handlaggare, args({ "extract", "list", "--json" }) << reference);
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.json().toArray().size(), 0);
}

void TestDsarctlExtract::exportHoldsWhatTheAssessmentPutInScope()
{
    const QString json = path(s("data.json"));
    const Run early
        = runAs(handlaggare, args({ "export" }) << m_portability << s("--format") << s("json") << s("--out") << json);
    EXPECT_EXIT(early, 1);
    QVERIFY2(early.mentions(s("assess the subject's data first")), early.err.constData());
    QVERIFY(!QFile::exists(json));
    QCOMPARE(documentRows(), 0);

    const Run assessed = runAs(handlaggare, args({ "case", "assess", "--json" }) << m_portability);
    EXPECT_EXIT(assessed, 0);
    // The draft: only the newsletter address is provided by Tolvan and held on consent; the CV (recruitment,
    // legitimate interests) is put in scope by hand, so the export must follow the assessment, not the draft.
    QString cv;
    int drafted = 0;
    for (const QJsonValue& item : assessed.json().toArray()) {
        drafted += item.toObject().value(QStringLiteral("decision")).toString() == QLatin1String("in-scope") ? 1 : 0;
        if (item.toObject().value(QStringLiteral("field")).toString() == QLatin1String("CV (bilaga)"))
            cv = QString::number(item.toObject().value(QStringLiteral("id")).toInteger());
    }
    QVERIFY(!cv.isEmpty());
    QCOMPARE(drafted, 1);
    EXPECT_EXIT(
        runAs(handlaggare,
              args({ "case", "assess" }) << m_portability << s("--item") << cv << s("--decision") << s("in-scope")),
        0);
    const Run assessment = runAs(handlaggare, args({ "case", "assess", "--json" }) << m_portability);
    EXPECT_EXIT(assessment, 0);
    const Run subject = runAs(handlaggare, args({ "subject", "show", "--json" }) << m_tolvan);
    EXPECT_EXIT(subject, 0);
    QHash<qint64, QString> values;
    for (const QJsonValue& holding : subject.json().toObject().value(QStringLiteral("holdings")).toArray())
        values.insert(holding.toObject().value(QStringLiteral("id")).toInteger(),
                      holding.toObject().value(QStringLiteral("value")).toString());
    QStringList inScope;
    QStringList excluded;
    for (const QJsonValue& value : assessment.json().toArray()) {
        const QJsonObject item = value.toObject();
        const QString entry = item.value(QStringLiteral("field")).toString() + s(" = ")
            + values.value(item.value(QStringLiteral("holding_id")).toInteger());
        (item.value(QStringLiteral("decision")).toString() == QLatin1String("in-scope") ? inScope : excluded) << entry;
    }
    QCOMPARE(inScope.size(), 2);
    QVERIFY(!excluded.isEmpty());

    const Run written = runAs(
        handlaggare, args({ "export", "--json" }) << m_portability << s("--format") << s("json") << s("--out") << json);
    EXPECT_EXIT(written, 0);
    const QJsonObject record = written.json().toObject();
    QCOMPARE(record.value(QStringLiteral("document_id")).toString(), m_portability + s("-export-1"));
    QCOMPARE(record.value(QStringLiteral("kind")).toString(), s("export-json"));
    QCOMPARE(record.value(QStringLiteral("items")).toInt(), 2);
    QCOMPARE(record.value(QStringLiteral("sha256")).toString().toLatin1(), fileHash(json));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(json), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("document_id")).toString(), m_portability + s("-export-1"));
    QCOMPARE(root.value(QStringLiteral("case_reference")).toString(), m_portability);
    QCOMPARE(root.value(QStringLiteral("data_subject")).toObject().value(QStringLiteral("name")).toString(),
             s("Tolvan Tolvansson"));
    QStringList exported;
    for (const QJsonValue& value : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.value(QStringLiteral("controller")).toString(), s("Assessio Sverige AB"));
        exported << item.value(QStringLiteral("field")).toString() + s(" = ")
                + item.value(QStringLiteral("value")).toString();
    }
    QCOMPARE(sorted(exported), sorted(inScope));

    const QString csv = path(s("data.csv"));
    const Run asCsv = runAs(
        handlaggare, args({ "export", "--json" }) << m_portability << s("--format") << s("csv") << s("--out") << csv);
    EXPECT_EXIT(asCsv, 0);
    // One counter for both formats.
    QCOMPARE(asCsv.json().toObject().value(QStringLiteral("document_id")).toString(), m_portability + s("-export-2"));
    QCOMPARE(asCsv.json().toObject().value(QStringLiteral("kind")).toString(), s("export-csv"));
    const QByteArray table = readAll(csv);
    QVERIFY2(table.startsWith("\xEF\xBB\xBF"
                              "controller,activity,system,category,field,value,provided_by_subject,legal_bases,"
                              "collected\r\n"),
             table.left(200).constData());
    QCOMPARE(table.count("\r\n"), qsizetype(1 + inScope.size()));
    for (const QString& entry : std::as_const(excluded))
        QVERIFY2(!table.contains(QByteArray(entry.section(s(" = "), 0, 0).toUtf8() + ',')), qPrintable(entry));

    // The JSON export is recognised as issued; changed, it is altered.
    const Run verified = runAs(handlaggare, args({ "extract", "verify", "--json" }) << json);
    EXPECT_EXIT(verified, 0);
    QCOMPARE(verified.json().toObject().value(QStringLiteral("verdict")).toString(), s("issued"));
    QCOMPARE(verified.json().toObject().value(QStringLiteral("document_id")).toString(),
             m_portability + s("-export-1"));
    QCOMPARE(verified.json().toObject().value(QStringLiteral("case")).toString(), m_portability);
    QVERIFY(writeAll(path(s("changed.json")), readAll(json).replace("Assessio Sverige AB", "Assessio Norge AB")));
    const Run changed = runAs(handlaggare, args({ "extract", "verify", "--json" }) << path(s("changed.json")));
    EXPECT_EXIT(changed, 1);
    QCOMPARE(changed.json().toObject().value(QStringLiteral("verdict")).toString(), s("altered"));
    QCOMPARE(changed.json().toObject().value(QStringLiteral("document_id")).toString(), m_portability + s("-export-1"));

    // Sending waits for the approved decision, then marks the latest export.
    const Run unapproved = runAs(handlaggare, args({ "export", "sent" }) << m_portability);
    EXPECT_EXIT(unapproved, 1);
    QVERIFY2(unapproved.mentions(s("the decision must be approved")), unapproved.err.constData());
    EXPECT_EXIT(runAs(handlaggare,
                      args({ "case", "propose" }) << m_portability << s("--summary") << s("Här är dina uppgifter.")),
                0);
    EXPECT_EXIT(runOn(nextDay, dpo, args({ "case", "approve" }) << m_portability), 0);
    const Run stale = runOn(nextDay, handlaggare, args({ "export", "sent" }) << m_portability);
    EXPECT_EXIT(stale, 1);
    QVERIFY2(stale.mentions(s("made before the decision was approved")), stale.err.constData());
    const QString fresh = path(s("fresh.json"));
    EXPECT_EXIT(runOn(nextDay, handlaggare,
                      args({ "export" }) << m_portability << s("--format") << s("json") << s("--out") << fresh),
                0);
    const Run sent = runOn(nextDay, handlaggare, args({ "export", "sent", "--json" }) << m_portability);
    EXPECT_EXIT(sent, 0);
    QCOMPARE(sent.json().toObject().value(QStringLiteral("document_id")).toString(), m_portability + s("-export-3"));
    QCOMPARE(sent.json().toObject().value(QStringLiteral("sent_method")).toString(), s("e-post"));
    QCOMPARE(documentRows(), 3);
}

void TestDsarctlExtract::exportRefusals_data()
{
    QTest::addColumn<QString>("prepared");
    QTest::addColumn<QStringList>("arguments"); // after "export"; OUTJSON is the test's out.json
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("--format xml") << s("portability") << args({ "REF", "--format", "xml", "--out", "OUTJSON" }) << 2
                                  << s("--format is json or csv, not \"xml\"");
    QTest::newRow("no --out") << s("portability") << args({ "REF", "--format", "json" }) << 2
                              << s("Give one case reference, the format and the file");
    QTest::newRow("unwritable --out") << s("portability")
                                      << args({ "REF", "--format", "json", "--out", "/proc/nope/x.json" }) << 1
                                      << s("Nothing was recorded");
    QTest::newRow("an access case") << s("access") << args({ "REF", "--format", "json", "--out", "OUTJSON" }) << 1
                                    << s("answers a request for portability");
    QTest::newRow("unknown case") << s("portability")
                                  << args({ "DSAR-2027-09999", "--format", "csv", "--out", "OUTJSON" }) << 1
                                  << s("There is no case DSAR-2027-09999");
    QTest::newRow("sent before any export")
        << s("portability") << args({ "sent", "REF" }) << 1 << s("no export has been made");
}

void TestDsarctlExtract::exportRefusals()
{
    QFETCH(QString, prepared);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString reference = prepared == QLatin1String("access") ? m_access : m_portability;
    // Assessed, so that only the refusal under test stands in the way.
    if (prepared == QLatin1String("portability"))
        EXPECT_EXIT(runAs(handlaggare, args({ "case", "assess" }) << reference), 0);
    const Run refused = runAs(handlaggare, args({ "export" }) << substituted(arguments, reference));
    EXPECT_EXIT(refused, exitCode);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains(message), refused.err.constData());
    QVERIFY(!QFile::exists(path(s("out.json"))));
    QCOMPARE(documentRows(), 0);
}

void TestDsarctlExtract::onlyTheSubjectsOwnData()
{
    // The two are namesakes: a search by name finds both.
    const Run namesakes = runAs(handlaggare, args({ "subject", "find", "--json" }) << s("Alex Hushållsson"));
    EXPECT_EXIT(namesakes, 0);
    QCOMPARE(namesakes.json().toArray().size(), 2);
    const QStringList ofA { s("Value-of-A-1"), s("Value-of-A-2"), s("Value-of-A-3") };

    const QString pdf = path(s("registerutdrag.pdf"));
    const QJsonObject record = writtenExtract(m_householdAccess, pdf);
    QVERIFY(!record.isEmpty());
    QCOMPARE(record.value(QStringLiteral("items")).toInt(), 3);
    const QString text = pdfText(pdf);
    if (!text.isNull()) {
        for (const QString& value : ofA)
            QVERIFY2(text.contains(value), qPrintable(value + s(" is missing from:\n") + text.left(3000)));
        QVERIFY2(!text.contains(s("Value-of-B")), qPrintable(text));
        QVERIFY2(!text.contains(s("alex.b@")), qPrintable(text));
    }

    EXPECT_EXIT(runAs(handlaggare, args({ "case", "assess" }) << m_householdPortability), 0);
    const QString json = path(s("data.json"));
    const Run exported = runAs(handlaggare,
                               args({ "export", "--json" })
                                   << m_householdPortability << s("--format") << s("json") << s("--out") << json);
    EXPECT_EXIT(exported, 0);
    QCOMPARE(exported.json().toObject().value(QStringLiteral("items")).toInt(), 2);
    const QByteArray bytes = readAll(json);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("data_subject")).toObject().value(QStringLiteral("email")).toString(),
             s("alex@hushallet.example"));
    QStringList values;
    for (const QJsonValue& item : root.value(QStringLiteral("items")).toArray())
        values << item.toObject().value(QStringLiteral("value")).toString();
    // A's third datum was not provided by A: in the extract, not in the export (Art. 20(1)).
    QCOMPARE(sorted(values), (QStringList { s("Value-of-A-1"), s("Value-of-A-2") }));
    QVERIFY(!bytes.contains("Value-of-B"));
    QVERIFY(!bytes.contains("alex.b@"));
    const QString csv = path(s("data.csv"));
    EXPECT_EXIT(runAs(handlaggare,
                      args({ "export" }) << m_householdPortability << s("--format") << s("csv") << s("--out") << csv),
                0);
    const QByteArray table = readAll(csv);
    QVERIFY(table.contains("Value-of-A-1") && table.contains("Value-of-A-2"));
    QVERIFY(!table.contains("Value-of-A-3"));
    QVERIFY(!table.contains("Value-of-B"));
    if (text.isNull())
        QSKIP("pdftotext is not installed: the extract's text was not checked");
}

QTEST_GUILESS_MAIN(TestDsarctlExtract)
#include "tst_dsarctl_extract.moc"
