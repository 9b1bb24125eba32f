// LetterPdf: composed letters as A4 PDF/A-1b, read back with Qt PDF: pages, extractable text, the footer on
// every page, nothing cut.
#include "LetterPdf.h"
#include "letters/LetterTemplates.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

namespace {

LetterFacts facts(LetterKind kind, const QString& language)
{
    LetterFacts f;
    f.kind = kind;
    f.language = language;
    f.letterDate = QDate(2027, 3, 10);
    f.controller.id = 1;
    f.controller.name = QStringLiteral("Assessio Sverige AB");
    f.controller.organisationNumber = QStringLiteral("556036-0793");
    f.controller.postalAddress = QStringLiteral("Box 1, 111 22 Stockholm");
    f.controller.email = QStringLiteral("dataskydd@example.se");
    f.controller.dpoContact = QStringLiteral("Dataskyddsombudet, dpo@example.se");
    f.subject.name = QStringLiteral("Tolvan Tolvansson");
    f.subject.postalAddress = QStringLiteral("Storgatan 1, 111 22 Stockholm");
    f.caseRecord.reference = QStringLiteral("DSAR-2027-00042");
    f.caseRecord.right = RequestRight::Erasure;
    f.caseRecord.received = ReceiptTime::fromDate(QDate(2027, 3, 5));
    f.caseRecord.due = QDate(2027, 4, 5);
    f.decisionSummary = QStringLiteral("Vi har raderat det vi inte behöver.");
    return f;
}

LetterPdfMeta meta(const LetterFacts& f, const QString& documentId)
{
    return { documentId, f.controller, f.subject, f.letterDate };
}

struct ReadBack
{
    int pages = 0;
    QStringList text; // per page
    QString title;
};

// Through a file: QPdfDocument loads a file synchronously.
ReadBack readBack(const QByteArray& pdf)
{
    ReadBack read;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
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
    read.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    return read;
}

Result<QByteArray> render(const LetterFacts& f, const QString& body, const QString& documentId)
{
    Result<ComposedLetter> letter = LetterComposer::compose(f, body);
    if (!letter)
        return Error { letter.error() };
    return LetterPdf::render(letter.value(), meta(f, documentId));
}

} // namespace

class TestLetterPdf : public QObject
{
    Q_OBJECT
private slots:
    void onePageLetter();
    void longLetterRunsOverPages();
    void valuesPrintAsWritten();
    void everyDefaultTemplateRenders();
};

void TestLetterPdf::onePageLetter()
{
    const LetterFacts f = facts(LetterKind::Acknowledgement, QStringLiteral("sv"));
    Result<QByteArray> pdf
        = render(f, LetterTemplates::defaultBody(f.kind, f.language), QStringLiteral("L-2027-00042-1"));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(pdf->startsWith("%PDF-"));
    // PDF/A-1b: identified as such, fonts embedded (DejaVu Sans).
    QVERIFY(pdf->contains("pdfaid:part"));
    QVERIFY(pdf->contains("DejaVuSans"));
    QVERIFY(pdf->contains("/FontFile2"));
    const ReadBack read = readBack(pdf.value());
    QCOMPARE(read.pages, 1);
    const QString& page = read.text.first();
    QVERIFY2(page.contains(QStringLiteral("Tolvan Tolvansson")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("Storgatan 1")));
    QVERIFY(page.contains(QStringLiteral("Assessio Sverige AB")));
    QVERIFY(page.contains(QStringLiteral("556036-0793")));
    QVERIFY(page.contains(QStringLiteral("Dataskyddsombud")));
    QVERIFY(page.contains(QStringLiteral("DSAR-2027-00042")));
    QVERIFY(page.contains(QStringLiteral("2027-03-10")));
    QVERIFY(page.contains(QStringLiteral("Vi har tagit emot din begäran")));
    QVERIFY(page.contains(QStringLiteral("2027-04-05")));
    QVERIFY(page.contains(QStringLiteral("Sida 1 av 1")));
    QVERIFY(page.contains(QStringLiteral("L-2027-00042-1")));
    QCOMPARE(read.title, QStringLiteral("Vi har tagit emot din begäran"));
}

void TestLetterPdf::longLetterRunsOverPages()
{
    LetterFacts f = facts(LetterKind::Outcome, QStringLiteral("sv"));
    for (int row = 1; row <= 70; ++row) {
        f.done << LetterLine { QStringLiteral("Uppgift nummer %1 i kundregistret").arg(row), QStringLiteral("CRM"),
                               QDate(2027, 3, 9), QStringLiteral("Art. 17.1 a") };
    }
    // A word longer than a line wraps anywhere instead of running off the page.
    const QString longWord = QStringLiteral("Långtord") + QString(150, QLatin1Char('x')) + QStringLiteral("Slut");
    f.decisionSummary = QStringLiteral("Inledning. ") + longWord + QStringLiteral(" Avslutning.");
    Result<QByteArray> pdf
        = render(f, LetterTemplates::defaultBody(f.kind, f.language), QStringLiteral("L-2027-00042-2"));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const ReadBack read = readBack(pdf.value());
    QVERIFY2(read.pages >= 2, qPrintable(QString::number(read.pages)));
    const QString all = read.text.join(QLatin1Char('\n'));
    for (int page = 1; page <= read.pages; ++page) {
        const QString& text = read.text.at(page - 1);
        QVERIFY2(text.contains(QStringLiteral("Sida %1 av %2").arg(page).arg(read.pages)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("L-2027-00042-2")));
        // Every page names the organisation and the case.
        QVERIFY(text.contains(QStringLiteral("Assessio Sverige AB")));
        QVERIFY(text.contains(QStringLiteral("DSAR-2027-00042")));
    }
    // Nothing lost between pages: every row, once.
    for (int row = 1; row <= 70; ++row) {
        const QString line = QStringLiteral("Uppgift nummer %1 i kundregistret").arg(row);
        QVERIFY2(all.count(line) == 1, qPrintable(line));
    }
    QVERIFY(all.contains(QStringLiteral("Långtord")));
    QVERIFY(all.contains(QStringLiteral("xSlut")));
    QVERIFY(QString(all).remove(QRegularExpression(QStringLiteral("\\s"))).contains(longWord));
    QVERIFY(read.text.last().contains(QStringLiteral("Med vänlig hälsning")));
}

void TestLetterPdf::valuesPrintAsWritten()
{
    LetterFacts f = facts(LetterKind::Acknowledgement, QStringLiteral("en"));
    f.subject.name = QStringLiteral("*Anna* [x](y) <b>Åsa</b>");
    Result<QByteArray> pdf
        = render(f, LetterTemplates::defaultBody(f.kind, f.language), QStringLiteral("L-2027-00042-3"));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const ReadBack read = readBack(pdf.value());
    QCOMPARE(read.pages, 1);
    QVERIFY2(read.text.first().contains(QStringLiteral("Dear *Anna* [x](y) <b>Åsa</b>,")),
             qPrintable(read.text.first()));
    QVERIFY(read.text.first().contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(read.text.first().contains(QStringLiteral("5 April 2027")));
}

void TestLetterPdf::everyDefaultTemplateRenders()
{
    for (const QString& language : LetterComposer::languages()) {
        for (LetterKind kind : LetterKinds::all()) {
            LetterFacts f = facts(kind, language);
            f.identificationReason = QStringLiteral("BankID");
            f.extensionReason = QStringLiteral("Many systems");
            f.caseRecord.extendedDue = QDate(2027, 6, 7);
            f.refusalReasons = QStringLiteral("Reasons");
            f.refusalLegalReference = QStringLiteral("GDPR Art. 12(5)(b)");
            f.feeAmount = QStringLiteral("350 kr");
            f.feeReasons = QStringLiteral("Repeated");
            f.restrictionLiftedOn = QDate(2027, 4, 1);
            f.restrictionLiftReason = QStringLiteral("Checked");
            Result<QByteArray> pdf = render(f, LetterTemplates::defaultBody(kind, language), QStringLiteral("X-1"));
            QVERIFY2(pdf.ok(), qPrintable(LetterKinds::code(kind) + QLatin1Char(' ') + pdf.error()));
            const ReadBack read = readBack(pdf.value());
            QVERIFY2(read.pages >= 1, qPrintable(LetterKinds::code(kind)));
            QVERIFY(read.text.first().contains(QStringLiteral("Tolvan Tolvansson")));
        }
    }
}

QTEST_MAIN(TestLetterPdf)
#include "tst_letterpdf.moc"
