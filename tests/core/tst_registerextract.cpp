// The register extract (GDPR Art. 15) and the portability export (Art. 20) through CaseService on the in-memory
// database: what the extract says, that it holds exactly one subject's data, how it is recorded, sent and
// verified, and that every refusal says why and records nothing.
#include "TestSession.h"
#include "crypto/Crypto.h"
#include "extract/ExtractComposer.h"
#include "services/CaseService.h"
#include "services/HoldingService.h"
#include "services/RegisterService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

namespace {

const QDate received = QDate(2027, 3, 1);
const QDate today = QDate(2027, 3, 10);

// The composed extract as plain text, one block per line, so tests read what it says without a PDF.
class TextRenderer : public ExtractRenderer
{
public:
    Result<RenderedPdf> render(const ExtractDocument& document) const override
    {
        QStringList lines { document.title, document.documentId };
        for (const ExtractBlock& block : document.blocks) {
            lines << block.text;
            for (const auto& [label, value] : block.facts)
                lines << label + QStringLiteral(": ") + value;
            if (!block.table.header.isEmpty())
                lines << block.table.header.join(QStringLiteral(" | "));
            for (const QStringList& row : block.table.rows)
                lines << row.join(QStringLiteral(" | "));
        }
        return RenderedPdf { lines.join(QLatin1Char('\n')).toUtf8(), 1 };
    }
};

Recipient recipient(const QString& name, RecipientRole role, const QString& country = QStringLiteral("SE"))
{
    Recipient r;
    r.name = name;
    r.role = role;
    r.country = country;
    return r;
}

} // namespace

class TestRegisterExtract : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void everyArticle15ElementIsInTheExtract();
    void theEnglishExtractSpeaksEnglish();
    void aSubjectWithNoDataIsToldSo();
    void namesakesAndTheHouseholdNeverAppear();
    void withheldAndRedactedItemsCarryTheirLegalReference();
    void eachExtractIsRecordedWithItsHashAndAudited();
    void anExtractIsRefusedForTheWrongCaseOrLanguageAndRecordsNothing();
    void onlyAnExtractMadeAfterTheApprovalCanBeMarkedSent();
    void verifyTellsIssuedAlteredAndUnknown();
    void thePortabilityExportHoldsOnlyTheItemsInScope();
    void aFailedExportWritesAndRecordsNothing();

private:
    CaseService& cases() { return m_t->session->cases(); }
    qint64 addActivity(ProcessingActivity a);
    qint64 addHolding(qint64 subjectId, qint64 activityId, const QString& system, const QString& category,
                      const QString& field, const QString& value, bool providedBySubject = false,
                      RetentionEvents events = {});
    QString open(qint64 subjectId, RequestRight right);
    QString extractText(const QString& reference, const QString& language = QStringLiteral("sv"));
    void approve(const QString& reference);

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<CaseService> m_dpo;
    qint64 m_controller = 0;
    SubjectRecord m_subject;
    qint64 m_bookkeeping = 0;
    qint64 m_customers = 0;
    qint64 m_scoring = 0;
};

void TestRegisterExtract::init()
{
    m_t = std::make_unique<test::TestSession>(QDateTime(today, QTime(9, 0), Qt::UTC));
    m_controller = m_t->addController().id;
    m_subject = m_t->addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                QStringLiteral("tolvan@example.se"));
    m_dpo = std::make_unique<CaseService>(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Dpo),
                                          m_t->session->keys(), m_t->session->settings());

    ProcessingActivity bookkeeping;
    bookkeeping.name = QStringLiteral("Bokföring");
    bookkeeping.purposes = { QStringLiteral("Fullgöra bokföringsskyldigheten") };
    bookkeeping.legalBases = { { LegalBasis::LegalObligation, QString() } };
    bookkeeping.dataCategories = { { QStringLiteral("Räkenskapsinformation"), false } };
    bookkeeping.systems = { QStringLiteral("Ekonomisystem") };
    bookkeeping.retentionRule = QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §");
    bookkeeping.recipients
        = { recipient(QStringLiteral("Revisionsbyrån Norr AB"), RecipientRole::IndependentController) };
    m_bookkeeping = addActivity(bookkeeping);

    ProcessingActivity customers;
    customers.name = QStringLiteral("Kundregister");
    customers.purposes = { QStringLiteral("Administrera kundrelationen") };
    customers.legalBases = { { LegalBasis::Contract, QString() } };
    customers.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    customers.systems = { QStringLiteral("CRM") };
    customers.retentionRule = QStringLiteral("after-relationship-ended;2y");
    customers.recipients
        = { recipient(QStringLiteral("Mejlutskick AB"), RecipientRole::Processor),
            recipient(QStringLiteral("Molntjänst Inc."), RecipientRole::Processor, QStringLiteral("US")) };
    Transfer transfer;
    transfer.country = QStringLiteral("US");
    transfer.recipient = QStringLiteral("Molntjänst Inc.");
    transfer.safeguard = TransferSafeguard::StandardContractualClauses;
    customers.transfers = { transfer };
    m_customers = addActivity(customers);

    ProcessingActivity scoring;
    scoring.name = QStringLiteral("Kreditprövning");
    scoring.purposes = { QStringLiteral("Pröva kreditansökningar") };
    scoring.legalBases = { { LegalBasis::Contract, QString() } };
    scoring.dataCategories = { { QStringLiteral("Ekonomiska uppgifter"), false } };
    scoring.sources = { { SourceKind::CreditBureau, QStringLiteral("UC AB") } };
    scoring.systems = { QStringLiteral("Kreditsystem") };
    scoring.retentionRule = QStringLiteral("after-collection;3y");
    scoring.automatedDecision = AutomatedDecision { QStringLiteral("Poäng ur inkomst och betalningsanmärkningar"),
                                                    QStringLiteral("Under 40 poäng avslås ansökan automatiskt") };
    m_scoring = addActivity(scoring);
}

void TestRegisterExtract::cleanup()
{
    m_dpo.reset();
    m_t.reset();
}

qint64 TestRegisterExtract::addActivity(ProcessingActivity a)
{
    a.controllerId = m_controller;
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    Result<ProcessingActivity> added = asAdmin.add(a);
    if (!added)
        qFatal("cannot add the activity %s: %s", qPrintable(a.name), qPrintable(added.error()));
    return added->id;
}

qint64 TestRegisterExtract::addHolding(qint64 subjectId, qint64 activityId, const QString& system,
                                       const QString& category, const QString& field, const QString& value,
                                       bool providedBySubject, RetentionEvents events)
{
    HoldingInput input { category, field, value, providedBySubject, events };
    Result<Holding> added = m_t->session->holdings().add(subjectId, activityId, system, input);
    if (!added)
        qFatal("cannot add the holding %s: %s", qPrintable(field), qPrintable(added.error()));
    return added->id;
}

QString TestRegisterExtract::open(qint64 subjectId, RequestRight right)
{
    OpenRequest request;
    request.subjectId = subjectId;
    request.rights = { right };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    if (!opened)
        qFatal("cannot open a case: %s", qPrintable(opened.error()));
    const QString reference = opened->first().reference;
    if (Result<CaseRecord> working = cases().changeStatus(reference, CaseStatus::InProgress); !working)
        qFatal("cannot start the case: %s", qPrintable(working.error()));
    return reference;
}

QString TestRegisterExtract::extractText(const QString& reference, const QString& language)
{
    Result<WrittenDocument> written = cases().writeExtract(reference, language, TextRenderer());
    if (!written)
        qWarning("no extract: %s", qPrintable(written.error()));
    return written ? QString::fromUtf8(written->bytes) : QString();
}

void TestRegisterExtract::approve(const QString& reference)
{
    if (Result<QList<AssessmentRecord>> assessed = cases().assess(reference); !assessed)
        qFatal("cannot assess: %s", qPrintable(assessed.error()));
    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Du får ett registerutdrag.");
    if (Result<CaseRecord> proposed = cases().proposeDecision(reference, proposal); !proposed)
        qFatal("cannot propose: %s", qPrintable(proposed.error()));
    m_t->clock.setNow(m_t->clock.now().addSecs(60));
    if (Result<CaseRecord> approved = m_dpo->approveDecision(reference); !approved)
        qFatal("cannot approve: %s", qPrintable(approved.error()));
    m_t->clock.setNow(m_t->clock.now().addSecs(60));
}

void TestRegisterExtract::everyArticle15ElementIsInTheExtract()
{
    RetentionEvents invoiceYear;
    invoiceYear.fiscalYearEnd = QDate(2026, 12, 31);
    addHolding(m_subject.id, m_bookkeeping, QStringLiteral("Ekonomisystem"), QStringLiteral("Räkenskapsinformation"),
               QStringLiteral("Faktura"), QStringLiteral("Faktura 2026-118, 4 500 kr"), false, invoiceYear);
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    addHolding(m_subject.id, m_scoring, QStringLiteral("Kreditsystem"), QStringLiteral("Ekonomiska uppgifter"),
               QStringLiteral("Kreditpoäng"), QStringLiteral("62"));
    // A second processing with data in the same system and category: the table names the processing per row.
    ProcessingActivity service;
    service.name = QStringLiteral("Kundtjänst");
    service.purposes = { QStringLiteral("Besvara frågor") };
    service.legalBases = { { LegalBasis::LegitimateInterests, QStringLiteral("Att kunna svara kunden") } };
    service.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    service.systems = { QStringLiteral("CRM") };
    service.retentionRule = QStringLiteral("after-last-activity;1y");
    const qint64 serviceId = addActivity(service);
    RetentionEvents called;
    called.lastActivity = QDate(2027, 2, 1);
    addHolding(m_subject.id, serviceId, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("Telefon"), QStringLiteral("070-123 45 67"), true, called);
    const QString text = extractText(open(m_subject.id, RequestRight::Access));

    QVERIFY2(text.contains(QStringLiteral("Ja. Assessio Sverige AB behandlar personuppgifter om dig i 4 behandlingar")),
             qPrintable(text));
    // Art. 15(1)(a)-(d): purposes, legal basis, categories, recipients by name and role, retention with the date.
    QVERIFY(text.contains(QStringLiteral("Ändamål: Fullgöra bokföringsskyldigheten")));
    QVERIFY(text.contains(QStringLiteral("Rättslig grund: Rättslig förpliktelse (artikel 6.1 c)")));
    QVERIFY(text.contains(QStringLiteral("Kategorier av uppgifter: Räkenskapsinformation")));
    QVERIFY(text.contains(QStringLiteral("Revisionsbyrån Norr AB (Självständigt personuppgiftsansvarig)")));
    QVERIFY(text.contains(QStringLiteral("Molntjänst Inc. (Personuppgiftsbiträde, US)")));
    QVERIFY(
        text.contains(QStringLiteral("7:e året efter det kalenderår då räkenskapsåret avslutades (BFL 7 kap. 2 §)")));
    // BFL 7 kap. 2 §: fiscal year ending 2026-12-31 is kept through 2033-12-31.
    QVERIFY(text.contains(QStringLiteral("Dina uppgifter sparas till och med 2033-12-31.")));
    QVERIFY(text.contains(QStringLiteral("Räkenskapsinformation (behandling: Bokföring)")));
    QVERIFY(text.contains(QStringLiteral("Faktura | Faktura 2026-118, 4 500 kr | 2033-12-31")));
    QVERIFY(text.contains(QStringLiteral("2 år efter att avtalet eller kundrelationen upphörde")));
    // Art. 15(1)(g), (h) and 15(2).
    QVERIFY(text.contains(QStringLiteral("Varifrån uppgifterna kommer: UC AB (kreditupplysningsföretag)")));
    QVERIFY(text.contains(QStringLiteral("Logiken: Poäng ur inkomst och betalningsanmärkningar")));
    QVERIFY(text.contains(QStringLiteral("Under 40 poäng avslås ansökan automatiskt")));
    QVERIFY(
        text.contains(QStringLiteral("US, Molntjänst Inc., skyddsåtgärd: EU-kommissionens standardavtalsklausuler")));
    QVERIFY(text.contains(QStringLiteral("Inga automatiserade beslut eller profilering enligt artikel 22.")));
    // Art. 15(3): the copy per system and category.
    QVERIFY(text.contains(QStringLiteral("System: CRM")));
    QVERIFY(
        text.contains(QStringLiteral("E-post | tolvan@example.se | Kundregister | Tills vidare (se behandlingen)")));
    QVERIFY(text.contains(QStringLiteral("Telefon | 070-123 45 67 | Kundtjänst | 2028-02-01")));
    QVERIFY(
        text.contains(QStringLiteral("Rättslig grund: Berättigat intresse (artikel 6.1 f): Att kunna svara kunden")));
    // Art. 15(1)(e)-(f): the rights and the complaint to IMY with its address.
    for (const QString& right :
         { QStringLiteral("Rättelse:"), QStringLiteral("Radering:"), QStringLiteral("Begränsning:"),
           QStringLiteral("Invändning:"), QStringLiteral("Dataportabilitet:") })
        QVERIFY2(text.contains(right), qPrintable(right));
    QVERIFY(text.contains(QStringLiteral("Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm")));
    // DSL 3 kap. 10 §: the personnummer masked, never whole.
    QVERIFY(text.contains(QStringLiteral("Personnummer: 19121212-****")));
    QVERIFY(!text.contains(QStringLiteral("191212121212")));
    QVERIFY(!text.contains(QStringLiteral("1212-1212")));
}

void TestRegisterExtract::theEnglishExtractSpeaksEnglish()
{
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const QString text = extractText(open(m_subject.id, RequestRight::Access), QStringLiteral("en"));
    QVERIFY2(text.startsWith(QStringLiteral("Register extract\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Yes. Assessio Sverige AB processes personal data about you in one "
                                         "processing activity")));
    QVERIFY(text.contains(QStringLiteral("Legal basis: Contract (Article 6(1)(b))")));
    QVERIFY(text.contains(QStringLiteral("2 years after the contract or relationship ended")));
    QVERIFY(text.contains(QStringLiteral("the European Commission's standard contractual clauses")));
    QVERIFY(!text.contains(QStringLiteral("Ändamål")));
}

void TestRegisterExtract::aSubjectWithNoDataIsToldSo()
{
    const QString text = extractText(open(m_subject.id, RequestRight::Access));
    QVERIFY2(text.contains(QStringLiteral("Nej. Assessio Sverige AB behandlar inga personuppgifter om dig.")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Kopia av dina personuppgifter")));
    QVERIFY(text.contains(QStringLiteral("Integritetsskyddsmyndigheten")));
}

void TestRegisterExtract::namesakesAndTheHouseholdNeverAppear()
{
    // Same name, same e-mail domain, same postal address: another person all the same.
    NewSubject twin;
    twin.name = m_subject.name;
    twin.email = QStringLiteral("tolvan.t@example.se");
    twin.postalAddress = QStringLiteral("Storgatan 1, 111 22 Stockholm");
    const SubjectRecord other = m_t->session->subjects().add(twin).value();
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("Adress"), QStringLiteral("Storgatan 1, 111 22 Stockholm (A-1)"), true);
    addHolding(other.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("Adress"), QStringLiteral("Storgatan 1, 111 22 Stockholm (B-1)"), true);
    addHolding(other.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan.t@example.se"), true);
    // The same subject's data at another organisation is that organisation's to answer for.
    const qint64 elsewhere = m_t->addController(QStringLiteral("Coegi AB")).id;
    ProcessingActivity theirs;
    theirs.controllerId = elsewhere;
    theirs.name = QStringLiteral("Nyhetsbrev");
    theirs.purposes = { QStringLiteral("Skicka nyhetsbrev") };
    theirs.legalBases = { { LegalBasis::Consent, QString() } };
    theirs.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    theirs.systems = { QStringLiteral("Utskick") };
    theirs.retentionRule = QStringLiteral("while-consent-lasts");
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    const qint64 theirsId = asAdmin.add(theirs).value().id;
    addHolding(m_subject.id, theirsId, QStringLiteral("Utskick"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("A-at-coegi@example.se"), true);

    OpenRequest request;
    request.subjectId = m_subject.id;
    request.controller = QStringLiteral("Assessio Sverige AB");
    request.rights = { RequestRight::Access, RequestRight::Portability };
    request.received = ReceiptTime::fromDate(received);
    const QList<CaseRecord> opened = cases().openRequest(request).value();
    for (const CaseRecord& record : opened)
        QVERIFY(cases().changeStatus(record.reference, CaseStatus::InProgress).ok());
    const QString text = extractText(opened.at(0).reference);
    QVERIFY2(text.contains(QStringLiteral("(A-1)")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("(B-1)")));
    QVERIFY(!text.contains(QStringLiteral("tolvan.t@example.se")));
    QVERIFY(!text.contains(QStringLiteral("A-at-coegi")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(cases().assess(opened.at(1).reference).ok());
    Result<WrittenDocument> exported
        = cases().writePortabilityExport(opened.at(1).reference, IssuedDocument::Kind::ExportJson, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    const QString json = QString::fromUtf8(exported->bytes);
    QVERIFY2(json.contains(QStringLiteral("(A-1)")), qPrintable(json));
    QVERIFY(!json.contains(QStringLiteral("(B-1)")));
    QVERIFY(!json.contains(QStringLiteral("tolvan.t@example.se")));
    QVERIFY(!json.contains(QStringLiteral("A-at-coegi")));
}

void TestRegisterExtract::withheldAndRedactedItemsCarryTheirLegalReference()
{
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("Utkast"), QStringLiteral("Internt utkast om kunden"));
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("Samtalslogg"), QStringLiteral("Samtal med grannen Nils om Tolvan"));
    const QString reference = open(m_subject.id, RequestRight::Access);
    const QList<AssessmentRecord> items = cases().assess(reference).value();
    for (const AssessmentRecord& item : items) {
        AssessmentChange change;
        change.note = QStringLiteral("Bedömt av handläggaren");
        if (item.field == QLatin1String("Utkast")) {
            change.decision = ItemDecision::Withhold;
            change.legalReference = QStringLiteral("DSL 5 kap. 2 §");
        } else {
            change.decision = ItemDecision::Redact;
            change.legalReference = QStringLiteral("GDPR Art. 15(4)");
            change.after = QStringLiteral("Samtal med en granne om Tolvan");
        }
        Result<AssessmentRecord> changed = cases().changeAssessment(reference, item.id, change);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
    }
    const QString text = extractText(reference);
    QVERIFY2(!text.contains(QStringLiteral("Internt utkast om kunden")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("grannen Nils")));
    // GDPR Art. 15(4): the rest of the value is shown, the neighbour's name taken out.
    QVERIFY(text.contains(QStringLiteral("Samtalslogg | Samtal med en granne om Tolvan [maskerat: GDPR Art. 15(4)]")));
    QVERIFY(text.contains(QStringLiteral("Utkast (Kontaktuppgifter) | CRM | Lämnas inte ut | DSL 5 kap. 2 §")));
    QVERIFY(text.contains(QStringLiteral("Samtalslogg (Kontaktuppgifter) | CRM | Maskerat")));
}

void TestRegisterExtract::eachExtractIsRecordedWithItsHashAndAudited()
{
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const QString reference = open(m_subject.id, RequestRight::Access);
    const qint64 audited = m_t->countRows(QStringLiteral("audit_events"));
    Result<WrittenDocument> first = cases().writeExtract(reference, QStringLiteral("sv"), TextRenderer());
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->record.documentId, reference + QStringLiteral("-extract-1"));
    QCOMPARE(first->record.sha256, QString::fromLatin1(crypto::sha256(first->bytes).toHex()));
    QCOMPARE(first->record.items, 1);
    QCOMPARE(first->record.generatedBy, QStringLiteral("user"));
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), audited + 1);
    QVERIFY(QString::fromUtf8(first->bytes).contains(first->record.documentId));
    Result<WrittenDocument> second = cases().writeExtract(reference, QStringLiteral("en"), TextRenderer());
    QCOMPARE(second->record.documentId, reference + QStringLiteral("-extract-2"));
    const QList<IssuedDocument> documents = cases().documents(reference).value();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(1).language, QStringLiteral("en"));
    QCOMPARE(documents.at(0).sha256, first->record.sha256);
    QVERIFY(!documents.at(0).isSent());
}

void TestRegisterExtract::anExtractIsRefusedForTheWrongCaseOrLanguageAndRecordsNothing()
{
    const QString access = open(m_subject.id, RequestRight::Access);
    const QString erasure = open(m_subject.id, RequestRight::Erasure);
    OpenRequest request;
    request.subjectId = m_subject.id;
    request.rights = { RequestRight::Access };
    request.received = ReceiptTime::fromDate(received);
    const QString received = cases().openRequest(request).value().first().reference;
    const qint64 audited = m_t->countRows(QStringLiteral("audit_events"));

    Result<WrittenDocument> refused = cases().writeExtract(access, QStringLiteral("de"), TextRenderer());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Swedish (sv) or English (en)")), qPrintable(refused.error()));
    refused = cases().writeExtract(erasure, QStringLiteral("sv"), TextRenderer());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("answers a request for access")), qPrintable(refused.error()));
    // Before the case is taken into work the requester may not yet be identified.
    refused = cases().writeExtract(received, QStringLiteral("sv"), TextRenderer());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("this step needs a case that is")), qPrintable(refused.error()));
    refused = cases().writeExtract(QStringLiteral("DSAR-2027-99999"), QStringLiteral("sv"), TextRenderer());
    QVERIFY(!refused.ok());
    CaseService admin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin), m_t->session->keys(),
                      m_t->session->settings());
    refused = admin.writeExtract(access, QStringLiteral("sv"), TextRenderer());
    QVERIFY(!refused.ok());
    QCOMPARE(m_t->countRows(QStringLiteral("case_documents")), 0);
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events")), audited);
}

void TestRegisterExtract::onlyAnExtractMadeAfterTheApprovalCanBeMarkedSent()
{
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const QString reference = open(m_subject.id, RequestRight::Access);
    QVERIFY(!cases().markDocumentSent(reference, IssuedDocument::Kind::RegisterExtract, QStringLiteral("brev")).ok());
    QVERIFY(cases().writeExtract(reference, QStringLiteral("sv"), TextRenderer()).ok());
    Result<IssuedDocument> sent
        = cases().markDocumentSent(reference, IssuedDocument::Kind::RegisterExtract, QStringLiteral("brev"));
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().contains(QStringLiteral("must be approved")), qPrintable(sent.error()));

    approve(reference);
    sent = cases().markDocumentSent(reference, IssuedDocument::Kind::RegisterExtract, QStringLiteral("brev"));
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().contains(QStringLiteral("made before the decision was approved")), qPrintable(sent.error()));
    QVERIFY(cases().writeExtract(reference, QStringLiteral("sv"), TextRenderer()).ok());
    sent = cases().markDocumentSent(reference, IssuedDocument::Kind::RegisterExtract, QStringLiteral(" "));
    QVERIFY(!sent.ok());
    sent = cases().markDocumentSent(reference, IssuedDocument::Kind::RegisterExtract, QStringLiteral("brev"));
    QVERIFY2(sent.ok(), qPrintable(sent.error()));
    QCOMPARE(sent->documentId, reference + QStringLiteral("-extract-2"));
    QCOMPARE(sent->sentMethod, QStringLiteral("brev"));
    const QList<IssuedDocument> documents = cases().documents(reference).value();
    QVERIFY(!documents.at(0).isSent());
    QVERIFY(documents.at(1).isSent());
    QCOMPARE(documents.at(1).sentBy, QStringLiteral("user"));
    sent = cases().markDocumentSent(reference, IssuedDocument::Kind::RegisterExtract, QStringLiteral("brev"));
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().contains(QStringLiteral("already recorded as sent")), qPrintable(sent.error()));

    // The outcome letter names the extract that may be sent by its document id, not the one made before approval.
    Result<LetterFacts> facts = cases().letterFacts(reference, LetterKind::Outcome, QStringLiteral("en"));
    QVERIFY2(facts.ok(), qPrintable(facts.error()));
    QStringList done;
    for (const LetterLine& line : facts->done)
        done << line.what + QStringLiteral(" | ") + line.why;
    const int pages = documents.at(1).pages;
    QCOMPARE(done,
             QStringList { QStringLiteral("Register extract, document id %1-extract-2 (%2 %3, 1 item) | "
                                          "GDPR Art. 15(3)")
                               .arg(reference)
                               .arg(pages)
                               .arg(pages == 1 ? QStringLiteral("page") : QStringLiteral("pages")) });
}

void TestRegisterExtract::verifyTellsIssuedAlteredAndUnknown()
{
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const QString reference = open(m_subject.id, RequestRight::Access);
    const WrittenDocument written = cases().writeExtract(reference, QStringLiteral("sv"), TextRenderer()).value();

    DocumentCheck check = cases().verifyDocument(written.bytes, QString()).value();
    QCOMPARE(check.verdict, DocumentCheck::Verdict::Issued);
    QCOMPARE(check.caseReference, reference);
    QCOMPARE(check.documentId, written.record.documentId);
    QCOMPARE(check.kind, QStringLiteral("register-extract"));

    const QByteArray altered = QByteArray(written.bytes).replace("tolvan@example.se", "other@example.se");
    check = cases().verifyDocument(altered, written.record.documentId).value();
    QCOMPARE(check.verdict, DocumentCheck::Verdict::Altered);
    QCOMPARE(check.issuedSha256, written.record.sha256);
    QCOMPARE(check.caseReference, reference);

    check = cases().verifyDocument(QByteArrayLiteral("%PDF-1.4 something else"), QString()).value();
    QCOMPARE(check.verdict, DocumentCheck::Verdict::Unknown);
    check = cases().verifyDocument(altered, QStringLiteral("DSAR-2027-09999-extract-1")).value();
    QCOMPARE(check.verdict, DocumentCheck::Verdict::Unknown);
}

void TestRegisterExtract::thePortabilityExportHoldsOnlyTheItemsInScope()
{
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    addHolding(m_subject.id, m_scoring, QStringLiteral("Kreditsystem"), QStringLiteral("Ekonomiska uppgifter"),
               QStringLiteral("Kreditpoäng"), QStringLiteral("62"), false);
    const QString reference = open(m_subject.id, RequestRight::Portability);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.json"));
    Result<WrittenDocument> refused = cases().writePortabilityExport(reference, IssuedDocument::Kind::ExportJson, path);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("assess")), qPrintable(refused.error()));
    QVERIFY(!QFile::exists(path));

    QVERIFY(cases().assess(reference).ok());
    Result<WrittenDocument> written = cases().writePortabilityExport(reference, IssuedDocument::Kind::ExportJson, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, written->bytes);
    QCOMPARE(written->record.sha256, QString::fromLatin1(crypto::sha256(bytes).toHex()));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("document_id")).toString(), reference + QStringLiteral("-export-1"));
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    // GDPR Art. 20(1): the credit score was not provided by the subject.
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("tolvan@example.se"));
    QCOMPARE(written->record.items, 1);

    const QString csvPath = dir.filePath(QStringLiteral("data.csv"));
    written = cases().writePortabilityExport(reference, IssuedDocument::Kind::ExportCsv, csvPath);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->record.documentId, reference + QStringLiteral("-export-2"));
    QVERIFY(written->bytes.startsWith("\xEF\xBB\xBF"
                                      "controller,activity,system"));
    QVERIFY(!written->bytes.contains("62"));
    // An access case has no portability export.
    QVERIFY(
        !cases()
             .writePortabilityExport(open(m_subject.id, RequestRight::Access), IssuedDocument::Kind::ExportJson, path)
             .ok());
}

void TestRegisterExtract::aFailedExportWritesAndRecordsNothing()
{
    addHolding(m_subject.id, m_customers, QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"),
               QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"), true);
    const QString reference = open(m_subject.id, RequestRight::Portability);
    QVERIFY(cases().assess(reference).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/data.json"));
    Result<WrittenDocument> failed = cases().writePortabilityExport(reference, IssuedDocument::Kind::ExportJson, path);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("Nothing was recorded")), qPrintable(failed.error()));
    QCOMPARE(m_t->countRows(QStringLiteral("case_documents")), 0);
    // A folder where the file should go: even root cannot write a file over it.
    failed = cases().writePortabilityExport(reference, IssuedDocument::Kind::ExportJson, dir.path());
    QVERIFY(!failed.ok());
    QVERIFY(QFileInfo(dir.path()).isDir());
    QCOMPARE(m_t->countRows(QStringLiteral("case_documents")), 0);
}

QTEST_GUILESS_MAIN(TestRegisterExtract)
#include "tst_registerextract.moc"
