// ExtractPdf: the composed register extract as A4 PDF/A-1b, read back with Qt PDF: real text on every page,
// "Sida N av M" and the document id in every footer, the table header repeated where a table runs over a page,
// long values wrapped and never cut, and PdfInspector reading the document id back.
#include "ExtractPdf.h"
#include "PdfInspector.h"
#include "extract/ExtractComposer.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

namespace {

struct ReadBack
{
    int pages = 0;
    QStringList text; // per page
};

ReadBack readBack(const QByteArray& pdf, QTemporaryDir& dir)
{
    ReadBack read;
    const QString path = dir.filePath(QStringLiteral("extract.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return read;
    file.close();
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return read;
    read.pages = document.pageCount();
    for (int page = 0; page < read.pages; ++page)
        read.text << document.getAllText(page).text();
    return read;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

ExtractFacts facts(int items, const QString& language)
{
    ExtractFacts f;
    f.language = language;
    f.date = QDate(2027, 3, 10);
    f.documentId = QStringLiteral("DSAR-2027-00042-extract-1");
    f.controller.name = QStringLiteral("Assessio Sverige AB");
    f.controller.organisationNumber = QStringLiteral("556036-0793");
    f.controller.postalAddress = QStringLiteral("Box 1, 111 22 Stockholm");
    f.controller.email = QStringLiteral("dataskydd@example.se");
    f.controller.dpoContact = QStringLiteral("Dataskyddsombudet, dpo@example.se");
    f.supervisoryAuthority = QStringLiteral("Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm");
    f.subject.name = QStringLiteral("Tolvan Tolvansson");
    f.subject.personalId = QStringLiteral("191212121212");
    f.subject.postalAddress = QStringLiteral("Storgatan 1, 111 22 Stockholm");
    f.caseRecord.reference = QStringLiteral("DSAR-2027-00042");
    f.caseRecord.received = ReceiptTime::fromDate(QDate(2027, 3, 5));
    ProcessingActivity activity;
    activity.id = 7;
    activity.name = QStringLiteral("Testning");
    activity.purposes = { QStringLiteral("Bedöma kandidater") };
    activity.legalBases = { { LegalBasis::Consent, QString() } };
    activity.dataCategories = { { QStringLiteral("Testresultat"), false } };
    activity.retentionRule = QStringLiteral("after-collection;2y");
    f.activities = { activity };
    for (int i = 0; i < items; ++i) {
        ExtractItem item;
        item.view.holding.activityId = 7;
        item.view.holding.system = QStringLiteral("Testplattform");
        item.view.holding.category = QStringLiteral("Testresultat");
        item.view.holding.field = QStringLiteral("Svar %1").arg(i + 1, 4, 10, QLatin1Char('0'));
        item.view.holding.value = QStringLiteral("Värde %1").arg(i + 1);
        item.view.activityName = activity.name;
        item.view.retention = RetentionOutcome::until(QDate(2029, 3, 5));
        f.items << item;
    }
    return f;
}

} // namespace

class TestExtractPdf : public QObject
{
    Q_OBJECT
private slots:
    void aShortExtractIsOneArchivalDocumentWithRealText();
    void aLongCopyRunsOverPagesWithTheHeaderRepeatedAndEveryRow();
    void aLongValueWrapsAndIsNeverCut();
    void qpdfFindsNoErrors();
    void theInspectorReadsTheDocumentIdBack();
};

void TestExtractPdf::aShortExtractIsOneArchivalDocumentWithRealText()
{
    Result<RenderedPdf> pdf = ExtractPdf::render(ExtractComposer::compose(facts(3, QStringLiteral("sv"))));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(pdf->pdf.startsWith("%PDF-"));
    // PDF/A-1b: identified as such, fonts embedded.
    QVERIFY(pdf->pdf.contains("pdfaid:part"));
    QVERIFY(pdf->pdf.contains("/FontFile2"));
    QTemporaryDir dir;
    const ReadBack read = readBack(pdf->pdf, dir);
    QCOMPARE(read.pages, pdf->pages);
    const QString all = read.text.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Registerutdrag")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Tolvan Tolvansson")));
    QVERIFY(all.contains(QStringLiteral("19121212-****")));
    QVERIFY(all.contains(QStringLiteral("Värde 3")));
    QVERIFY(all.contains(QStringLiteral("Integritetsskyddsmyndigheten")));
    for (int page = 0; page < read.pages; ++page) {
        QVERIFY2(read.text.at(page).contains(QStringLiteral("Sida %1 av %2").arg(page + 1).arg(read.pages)),
                 qPrintable(read.text.at(page)));
        QVERIFY(read.text.at(page).contains(QStringLiteral("Dokument-id: DSAR-2027-00042-extract-1")));
    }
}

void TestExtractPdf::aLongCopyRunsOverPagesWithTheHeaderRepeatedAndEveryRow()
{
    constexpr int items = 300;
    Result<RenderedPdf> pdf = ExtractPdf::render(ExtractComposer::compose(facts(items, QStringLiteral("en"))));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY2(pdf->pages >= 6, qPrintable(QString::number(pdf->pages)));
    QTemporaryDir dir;
    const ReadBack read = readBack(pdf->pdf, dir);
    QCOMPARE(read.pages, pdf->pages);
    // Every row once, in order.
    const QString all = read.text.join(QLatin1Char('\n'));
    qsizetype from = 0;
    for (int i = 1; i <= items; ++i) {
        const QString field = QStringLiteral("Svar %1").arg(i, 4, 10, QLatin1Char('0'));
        const qsizetype at = all.indexOf(field, from);
        QVERIFY2(at >= 0, qPrintable(field));
        QCOMPARE(all.count(field), 1);
        from = at;
    }
    // Pages after the first that continue the table open with its header row.
    int continued = 0;
    for (int page = 1; page < read.pages; ++page) {
        const QString& text = read.text.at(page);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(read.pages)));
        if (text.contains(QStringLiteral("Svar "))) {
            QVERIFY2(text.contains(QStringLiteral("Kept until")), qPrintable(text.left(300)));
            ++continued;
        }
    }
    QVERIFY(continued >= 4);
}

void TestExtractPdf::aLongValueWrapsAndIsNeverCut()
{
    ExtractFacts f = facts(2, QStringLiteral("sv"));
    // A word far wider than its column, and a value longer than a page.
    const QString word = QStringLiteral("Ordutanmellanrum").repeated(12);
    QStringList sentences;
    for (int i = 1; i <= 260; ++i)
        sentences << QStringLiteral("Mening %1 i ett mycket långt fritextsvar.").arg(i);
    f.items[0].view.holding.value = word;
    f.items[1].view.holding.value = sentences.join(QLatin1Char(' '));
    Result<RenderedPdf> pdf = ExtractPdf::render(ExtractComposer::compose(f));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QTemporaryDir dir;
    const ReadBack read = readBack(pdf->pdf, dir);
    const QString all = withoutSpace(read.text.join(QString()));
    QVERIFY2(all.contains(word), "the wide word is cut");
    for (int i = 1; i <= 260; ++i)
        QVERIFY2(all.contains(withoutSpace(QStringLiteral("Mening %1 i ett").arg(i))), qPrintable(QString::number(i)));
    QVERIFY(read.pages >= 2);
}

void TestExtractPdf::qpdfFindsNoErrors()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QSKIP("qpdf is not installed (Debian: qpdf)");
    Result<RenderedPdf> pdf = ExtractPdf::render(ExtractComposer::compose(facts(120, QStringLiteral("sv"))));
    QVERIFY(pdf.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extract.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf->pdf);
    file.close();
    QProcess check;
    check.start(qpdf, { QStringLiteral("--check"), path });
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);
    QVERIFY(check.readAllStandardOutput().contains("No syntax or stream encoding errors"));
}

void TestExtractPdf::theInspectorReadsTheDocumentIdBack()
{
    Result<RenderedPdf> pdf = ExtractPdf::render(ExtractComposer::compose(facts(3, QStringLiteral("en"))));
    QVERIFY(pdf.ok());
    const PdfInspector::Reading reading = PdfInspector::read(pdf->pdf);
    QVERIFY(reading.readable);
    QCOMPARE(reading.pages, pdf->pages);
    QCOMPARE(reading.documentId, QStringLiteral("DSAR-2027-00042-extract-1"));
    QVERIFY(!PdfInspector::read(QByteArrayLiteral("not a pdf")).readable);
}

QTEST_MAIN(TestExtractPdf)
#include "tst_extractpdf.moc"
