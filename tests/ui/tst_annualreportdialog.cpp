// The annual report from the dashboard: the year and the language chosen in the dialog, a real PDF made by
// DashboardService through the report library and shown in the preview; a year core refuses is said in its words.
#include "PdfExtractRenderer.h"
#include "PdfInspector.h"
#include "TestSession.h"
#include "cases/PdfPreviewDialog.h"
#include "dashboard/AnnualReportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPdfDocument>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

class TestAnnualReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void offersTheYearsSinceTheGdprAndThisYearFirst();
    void makesTheReportAsPdfInThePreview();
    void aRefusedYearShowsCoresMessage();

private:
    template <typename T>
    T* child(QWidget* parent, const QString& name) const
    {
        auto* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<QWidget> m_host; // the dashboard's place: the preview opens beside the dialog
};

void TestAnnualReportDialog::init()
{
    // Today is 10 March 2027; three requests this year, one last year.
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Dpo);
    m_t->addController();
    const qint64 subject = m_t->addSubject().id;
    for (const QDate received : { QDate(2026, 11, 2), QDate(2027, 1, 20), QDate(2027, 2, 12), QDate(2027, 3, 5) }) {
        OpenRequest request;
        request.subjectId = subject;
        request.rights = { RequestRight::Access };
        request.received = ReceiptTime::fromDate(received);
        if (!m_t->session->cases().openRequest(request))
            qFatal("cannot open a request");
    }
    m_host = std::make_unique<QWidget>();
}

void TestAnnualReportDialog::cleanup()
{
    m_host.reset();
    m_t.reset();
}

void TestAnnualReportDialog::offersTheYearsSinceTheGdprAndThisYearFirst()
{
    AnnualReportDialog dialog(*m_t->session, m_host.get());
    auto* year = child<QSpinBox>(&dialog, QStringLiteral("annualReportYear"));
    QCOMPARE(year->minimum(), 2018);
    QCOMPARE(year->maximum(), 2027);
    QCOMPARE(year->value(), 2027);
    QVERIFY(!year->accessibleName().isEmpty());
    auto* language = child<QComboBox>(&dialog, QStringLiteral("annualReportLanguage"));
    QCOMPARE(language->count(), 2);
    QCOMPARE(language->itemData(0).toString(), QStringLiteral("sv"));
    QCOMPARE(language->itemData(1).toString(), QStringLiteral("en"));
    // This year is not over: the dialog says the report counts to today.
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("annualReportHint"))->text().contains(QStringLiteral("2027")));

    // Tab goes year, language, then the button that makes the report.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    year->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), language);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&dialog, QStringLiteral("makeAnnualReportButton")));

    const QString path = qEnvironmentVariable("ANNUAL_REPORT_DIALOG_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(dialog.grab().save(path));
}

void TestAnnualReportDialog::makesTheReportAsPdfInThePreview()
{
    auto* dialog = new AnnualReportDialog(*m_t->session, m_host.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    child<QSpinBox>(dialog, QStringLiteral("annualReportYear"))->setValue(2027);
    child<QComboBox>(dialog, QStringLiteral("annualReportLanguage"))->setCurrentIndex(1); // English
    child<QPushButton>(dialog, QStringLiteral("makeAnnualReportButton"))->click();

    auto* preview = m_host->findChild<PdfPreviewDialog*>();
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QTRY_VERIFY(m_host->findChild<AnnualReportDialog*>() == nullptr); // closed and gone; the preview stays
    QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(preview->documentId(), QStringLiteral("DSAR-ANNUAL-2027"));
    QVERIFY(preview->document()->getAllText(0).text().contains(QStringLiteral("Annual report 2027")));

    // The bytes saved are a PDF that names itself as the report, with the pages the preview shows.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("annual.pdf"));
    QVERIFY(preview->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    const PdfInspector::Reading reading = PdfInspector::read(bytes);
    QVERIFY(reading.readable);
    QCOMPARE(reading.documentId, QStringLiteral("DSAR-ANNUAL-2027"));
    QVERIFY(reading.pages >= 1);
    QCOMPARE(reading.pages, preview->document()->pageCount());
    const QString keep = qEnvironmentVariable("ANNUAL_REPORT_PDF");
    if (!keep.isEmpty())
        QVERIFY(QFile::copy(path, keep));
    preview->close();
}

void TestAnnualReportDialog::aRefusedYearShowsCoresMessage()
{
    AnnualReportDialog dialog(*m_t->session, m_host.get());
    dialog.show();
    QVERIFY(dialog.makeReport(2017, QStringLiteral("sv")) == nullptr);
    auto* problem = child<QLabel>(&dialog, QStringLiteral("annualReportProblem"));
    QVERIFY(problem->isVisible());
    const QString expected
        = m_t->session->dashboard().annualReport(2017, QStringLiteral("sv"), PdfExtractRenderer()).error();
    QVERIFY(expected.contains(QStringLiteral("2018")));
    QCOMPARE(problem->text(), expected);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_host->findChild<PdfPreviewDialog*>() == nullptr);

    // The next report that is made clears the message.
    PdfPreviewDialog* preview = dialog.makeReport(2026, QStringLiteral("sv"));
    QVERIFY(preview);
    QVERIFY(problem->isHidden());
    QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(preview->document()->getAllText(0).text().contains(QStringLiteral("Årsrapport 2026")));
    preview->close();
}

QTEST_MAIN(TestAnnualReportDialog)
#include "tst_annualreportdialog.moc"
