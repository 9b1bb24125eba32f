// The register extract and the data export in the case's decision panel, as the handläggare uses them: the
// extract made from the language menu and shown with QPdfView, saved exactly as recorded and printed; the export
// written; the latest one marked as delivered once the decision is approved. Refusals show the service's message.
#include "TestSession.h"
#include "cases/CaseDecisionPanel.h"
#include "cases/DocumentsSection.h"
#include "cases/PdfPreviewDialog.h"
#include "crypto/Crypto.h"
#include "services/RegisterService.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

class TestDocumentsSection : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theExtractIsPreviewedSavedAndPrintedAsRecorded();
    void deliveryWaitsForTheApprovedDecision();
    void aPortabilityCaseExportsItsData();
    void otherRightsShowNoExtract();

private:
    QString open(RequestRight right);
    void show(const QString& reference);
    template <typename T>
    T* child(const QString& name) const
    {
        T* found = m_panel->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    PdfPreviewDialog* visiblePreview() const;

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<CaseDecisionPanel> m_panel;
    SubjectRecord m_subject;
    qint64 m_activity = 0;
};

void TestDocumentsSection::init()
{
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC));
    const qint64 controller = m_t->addController().id;
    m_subject = m_t->addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                QStringLiteral("tolvan@example.se"));
    ProcessingActivity customers;
    customers.controllerId = controller;
    customers.name = QStringLiteral("Kundregister");
    customers.purposes = { QStringLiteral("Administrera kundrelationen") };
    customers.legalBases = { { LegalBasis::Contract, QString() } };
    customers.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    customers.systems = { QStringLiteral("CRM") };
    customers.retentionRule = QStringLiteral("after-relationship-ended;2y");
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    m_activity = asAdmin.add(customers).value().id;
    HoldingInput email {
        QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true, {}
    };
    QVERIFY(m_t->session->holdings().add(m_subject.id, m_activity, QStringLiteral("CRM"), email).ok());
}

void TestDocumentsSection::cleanup()
{
    m_panel.reset();
    m_t.reset();
}

QString TestDocumentsSection::open(RequestRight right)
{
    OpenRequest request;
    request.subjectId = m_subject.id;
    request.rights = { right };
    request.received = ReceiptTime::fromDate(QDate(2027, 3, 1));
    const QString reference = m_t->session->cases().openRequest(request).value().first().reference;
    if (!m_t->session->cases().changeStatus(reference, CaseStatus::InProgress))
        qFatal("cannot start %s", qPrintable(reference));
    return reference;
}

void TestDocumentsSection::show(const QString& reference)
{
    m_panel = std::make_unique<CaseDecisionPanel>(*m_t->session, reference);
    m_panel->resize(1100, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

PdfPreviewDialog* TestDocumentsSection::visiblePreview() const
{
    for (PdfPreviewDialog* dialog : m_panel->findChildren<PdfPreviewDialog*>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestDocumentsSection::theExtractIsPreviewedSavedAndPrintedAsRecorded()
{
    const QString reference = open(RequestRight::Access);
    show(reference);
    auto* section = child<DocumentsSection>(QStringLiteral("documentsSection"));
    QVERIFY(section->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("documentsEmpty"))->isVisible());
    auto* button = child<QPushButton>(QStringLiteral("makeExtractButton"));
    QVERIFY(button->isEnabled());
    QVERIFY(!child<QPushButton>(QStringLiteral("exportDataButton"))->isEnabled()); // access, not portability
    // The subject's language is chosen from the button's menu.
    QMenu* languages = button->menu();
    QVERIFY(languages);
    QCOMPARE(languages->actions().size(), 2);
    languages->actions().at(1)->trigger(); // English

    PdfPreviewDialog* preview = visiblePreview();
    QVERIFY(preview);
    QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(preview->document()->pageCount() >= 1);
    const QList<IssuedDocument> documents = m_t->session->cases().documents(reference).value();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().language, QStringLiteral("en"));
    QCOMPARE(preview->documentId(), reference + QStringLiteral("-extract-1"));
    QVERIFY(preview->document()->getAllText(0).text().contains(QStringLiteral("Register extract")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extract.pdf"));
    QVERIFY(preview->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(crypto::sha256(saved.readAll()).toHex()), documents.first().sha256);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(preview->printTo(printer));
    QPdfDocument printed;
    QCOMPARE(printed.load(dir.filePath(QStringLiteral("printed.pdf"))), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), preview->document()->pageCount());
    preview->close();

    auto* table = child<QTableWidget>(QStringLiteral("documentsTable"));
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), documents.first().documentId);
    QCOMPARE(table->item(0, 2)->text(), documents.first().sha256.left(12));
    QVERIFY(child<QPushButton>(QStringLiteral("markDocumentSentButton"))->isEnabled());
}

void TestDocumentsSection::deliveryWaitsForTheApprovedDecision()
{
    const QString reference = open(RequestRight::Access);
    show(reference);
    auto* section = child<DocumentsSection>(QStringLiteral("documentsSection"));
    QVERIFY(section->makeExtract(QStringLiteral("sv")));
    QVERIFY(!section->markSent(IssuedDocument::Kind::RegisterExtract, QStringLiteral("brev")));
    QTRY_VERIFY(child<QLabel>(QStringLiteral("documentsMessage"))->text().contains(QStringLiteral("approved")));
    QVERIFY(!m_t->session->cases().documents(reference).value().first().isSent());

    QVERIFY(m_t->session->cases().assess(reference).ok());
    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Du får ett registerutdrag.");
    QVERIFY(m_t->session->cases().proposeDecision(reference, proposal).ok());
    CaseService dpo(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Dpo), m_t->session->keys(),
                    m_t->session->settings());
    m_t->clock.setNow(m_t->clock.now().addSecs(60));
    QVERIFY(dpo.approveDecision(reference).ok());
    m_t->clock.setNow(m_t->clock.now().addSecs(60));
    QVERIFY(section->makeExtract(QStringLiteral("sv")));
    QVERIFY(section->markSent(IssuedDocument::Kind::RegisterExtract, QStringLiteral("brev")));
    auto* table = child<QTableWidget>(QStringLiteral("documentsTable"));
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("brev"));
    QCOMPARE(table->item(0, 5)->text(), QString());
}

void TestDocumentsSection::aPortabilityCaseExportsItsData()
{
    const QString reference = open(RequestRight::Portability);
    show(reference);
    auto* section = child<DocumentsSection>(QStringLiteral("documentsSection"));
    QVERIFY(child<QPushButton>(QStringLiteral("exportDataButton"))->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.json"));
    QVERIFY(!section->exportTo(path, IssuedDocument::Kind::ExportJson));
    QTRY_VERIFY(child<QLabel>(QStringLiteral("documentsMessage"))->text().contains(QStringLiteral("assess")));
    QVERIFY(m_t->session->cases().assess(reference).ok());
    QVERIFY(section->exportTo(path, IssuedDocument::Kind::ExportJson));
    QVERIFY(QFile::exists(path));
    QTRY_COMPARE(child<QTableWidget>(QStringLiteral("documentsTable"))->rowCount(), 1);
}

void TestDocumentsSection::otherRightsShowNoExtract()
{
    show(open(RequestRight::Erasure));
    QVERIFY(!child<DocumentsSection>(QStringLiteral("documentsSection"))->isVisible());
}

QTEST_MAIN(TestDocumentsSection)
#include "tst_documentssection.moc"
