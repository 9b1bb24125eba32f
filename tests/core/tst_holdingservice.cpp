// Data holdings: entered and imported per subject, system and processing activity; checked against the
// register; sealed at rest; their retain-until dates from the retention engine; the gallring list.
#include "TestSession.h"
#include "services/HoldingService.h"
#include "services/RegisterService.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

namespace {

// Assessio's CRM: two years after the contract ended (its privacy notice).
ProcessingActivity crm(qint64 controllerId)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = QStringLiteral("CRM-system");
    a.purposes = { QStringLiteral("Administrera kundrelationen") };
    a.legalBases = { { LegalBasis::Contract, QString() } };
    a.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false }, { QStringLiteral("Orderhistorik"), false } };
    a.systems = { QStringLiteral("CRM") };
    a.retentionRule = QStringLiteral("after-relationship-ended;2y");
    return a;
}

// Newsletter lists: 180 days after the send-out.
ProcessingActivity newsletter(qint64 controllerId)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = QStringLiteral("Nyhetsbrev");
    a.purposes = { QStringLiteral("Skicka nyhetsbrev") };
    a.legalBases = { { LegalBasis::Consent, QString() } };
    a.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    a.systems = { QStringLiteral("Nyhetsbrevsverktyg") };
    a.retentionRule = QStringLiteral("after-send-out;180d");
    return a;
}

HoldingInput input(const QString& category, const QString& field, const QString& value)
{
    HoldingInput in;
    in.category = category;
    in.field = field;
    in.value = value;
    return in;
}

} // namespace

class TestHoldingService : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_t = std::make_unique<test::TestSession>();
        m_controller = m_t->addController().id;
        RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                                m_t->session->keys());
        Result<ProcessingActivity> added = asAdmin.add(crm(m_controller));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_crm = added->id;
        added = asAdmin.add(newsletter(m_controller));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_newsletter = added->id;
        m_subject = m_t->addSubject().id;
    }
    void cleanup() { m_t.reset(); }

    void addedHoldingsShowTheirProcessingAndRetainUntil()
    {
        HoldingInput email
            = input(QStringLiteral("kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("tolvan@example.se"));
        email.providedBySubject = true;
        email.events.collected = QDate(2024, 5, 2);
        email.events.relationshipEnded = QDate(2025, 1, 15);
        Result<Holding> added = holdings().add(m_subject, m_crm, QStringLiteral("crm"), email);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->category, QStringLiteral("Kontaktuppgifter")); // the register's spelling
        QCOMPARE(added->system, QStringLiteral("CRM"));

        Result<QList<HoldingView>> views = holdings().forSubject(m_subject);
        QVERIFY2(views.ok(), qPrintable(views.error()));
        QCOMPARE(views->size(), 1);
        const HoldingView& view = views->first();
        QCOMPARE(view.holding.value, QStringLiteral("tolvan@example.se"));
        QVERIFY(view.holding.providedBySubject);
        QCOMPARE(view.activityName, QStringLiteral("CRM-system"));
        QCOMPARE(view.controllerName, QStringLiteral("Assessio Sverige AB"));
        QCOMPARE(view.legalBases.first().basis, LegalBasis::Contract);
        // Two years after the contract ended.
        QCOMPARE(view.retention.kind, RetentionOutcome::Kind::RetainUntil);
        QCOMPARE(view.retention.retainUntil, QDate(2027, 1, 15));
        QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'holding.added'")), 1);
    }

    void valuesAreSealedAtRest()
    {
        QVERIFY(holdings()
                    .add(m_subject, m_crm, QStringLiteral("CRM"),
                         input(QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"),
                               QStringLiteral("hemlig.adress@example.se")))
                    .ok());
        Result<QVariant> stored
            = SqlQuery::scalar(m_t->session->database(), QStringLiteral("SELECT value_enc FROM holdings"));
        QVERIFY(stored.ok());
        QVERIFY(!stored->toByteArray().contains("hemlig"));
        Result<QVariant> audit = SqlQuery::scalar(m_t->session->database(),
                                                  QStringLiteral("SELECT summary FROM audit_events WHERE action = "
                                                                 "'holding.added'"));
        QVERIFY(!audit->toString().contains(QStringLiteral("hemlig")));
    }

    void holdingsOutsideTheRegisterAreRefused_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("collected");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown system") << "Ekonomisystem"
                                        << "Kontaktuppgifter"
                                        << "x" << QDate() << "not one of the systems of \"CRM-system\" (CRM)";
        QTest::newRow("unknown category") << "CRM"
                                          << "Hälsa"
                                          << "x" << QDate() << "not a data category of \"CRM-system\"";
        QTest::newRow("no value") << "CRM"
                                  << "Kontaktuppgifter"
                                  << "  " << QDate() << "no value";
        QTest::newRow("future event") << "CRM"
                                      << "Kontaktuppgifter"
                                      << "x" << QDate(2027, 3, 11) << "after today";
    }
    void holdingsOutsideTheRegisterAreRefused()
    {
        QFETCH(QString, system);
        QFETCH(QString, category);
        QFETCH(QString, value);
        QFETCH(QDate, collected);
        QFETCH(QString, expected);
        HoldingInput in = input(category, QStringLiteral("Fält"), value);
        if (collected.isValid())
            in.events.collected = collected;
        Result<Holding> refused = holdings().add(m_subject, m_crm, system, in);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
        QCOMPARE(m_t->countRows(QStringLiteral("holdings")), 0);
    }

    void aFiscalYearMustEndOnAMonthsLastDay()
    {
        ProcessingActivity bookkeeping = crm(m_controller);
        bookkeeping.name = QStringLiteral("Bokföring");
        bookkeeping.retentionRule = QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §");
        RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                                m_t->session->keys());
        const qint64 id = asAdmin.add(bookkeeping)->id;
        HoldingInput invoice = input(QStringLiteral("Orderhistorik"), QStringLiteral("Faktura"), QStringLiteral("1"));
        invoice.events.fiscalYearEnd = QDate(2025, 6, 15);
        Result<Holding> refused = holdings().add(m_subject, id, QStringLiteral("CRM"), invoice);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QStringLiteral("fiscal_year_end")), qPrintable(refused.error()));
        // So one bad row can never break the subject's view or the gallring list.
        const QByteArray file = "category,field,value,fiscal_year_end\nOrderhistorik,Faktura,1,2025-06-15\n";
        Result<HoldingImportReport> report
            = holdings().import(m_subject, id, QStringLiteral("CRM"), HoldingFile::parse(file, HoldingFileFormat::Csv));
        QVERIFY(report.ok() && !report->ok());
        QVERIFY2(report->problemReport().startsWith(QStringLiteral("line 2, column fiscal_year_end")),
                 qPrintable(report->problemReport()));
        invoice.events.fiscalYearEnd = QDate(2025, 6, 30);
        QVERIFY(holdings().add(m_subject, id, QStringLiteral("CRM"), invoice).ok());
        QVERIFY(holdings().gallring().ok());
    }

    void importIsAllOrNothing()
    {
        const QByteArray bad = "category,field,value,collected\n"
                               "Kontaktuppgifter,E-post,a@example.se,2026-01-02\n"
                               "Hälsa,Diagnos,x,\n"
                               "Orderhistorik,Order,4711,2027-04-01\n";
        Result<HoldingImportReport> report = holdings().import(m_subject, m_crm, QStringLiteral("CRM"),
                                                               HoldingFile::parse(bad, HoldingFileFormat::Csv));
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(!report->ok());
        QCOMPARE(report->added, 0);
        QCOMPARE(report->problems.size(), 2);
        QVERIFY2(report->problemReport().startsWith(QStringLiteral("line 3, column category: \"Hälsa\"")),
                 qPrintable(report->problemReport()));
        QVERIFY(
            report->problemReport().contains(QStringLiteral("line 4, column collected: 2027-04-01 is after today")));
        QCOMPARE(m_t->countRows(QStringLiteral("holdings")), 0);
        QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'holdings.imported'")), 0);

        const QByteArray good = "category,field,value,provided_by_subject,relationship_ended\n"
                                "Kontaktuppgifter,E-post,a@example.se,ja,2025-06-30\n"
                                "Orderhistorik,Order,4711,nej,2025-06-30\n";
        report = holdings().import(m_subject, m_crm, QStringLiteral("CRM"),
                                   HoldingFile::parse(good, HoldingFileFormat::Csv));
        QVERIFY2(report.ok() && report->ok(), qPrintable(report.ok() ? report->problemReport() : report.error()));
        QCOMPARE(report->added, 2);
        QCOMPARE(m_t->countRows(QStringLiteral("holdings")), 2);
        QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'holdings.imported'")), 1);
        const QList<HoldingView> views = holdings().forSubject(m_subject).value();
        QCOMPARE(views.first().retention.retainUntil, QDate(2027, 6, 30));
    }

    void anActivityWithHoldingsCannotBeRemoved()
    {
        Result<Holding> added = holdings().add(
            m_subject, m_newsletter, QStringLiteral("Nyhetsbrevsverktyg"),
            input(QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("a@example.se")));
        QVERIFY(added.ok());
        RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                                m_t->session->keys());
        Status refused = asAdmin.remove(m_newsletter);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("1 holding(s)")), qPrintable(refused.error()));
        QVERIFY(holdings().remove(added->id).ok());
        QVERIFY(asAdmin.remove(m_newsletter).ok());
    }

    void gallringListsWhatIsPastItsDate()
    {
        // 180 days after a send-out on 2026-08-01: kept until 2027-01-28, due since.
        HoldingInput sent
            = input(QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("a@example.se"));
        sent.events.sentOut = QDate(2026, 8, 1);
        const qint64 due = holdings().add(m_subject, m_newsletter, QStringLiteral("Nyhetsbrevsverktyg"), sent)->id;
        // Sent out recently: kept.
        sent.events.sentOut = QDate(2027, 3, 1);
        const qint64 kept = holdings().add(m_subject, m_newsletter, QStringLiteral("Nyhetsbrevsverktyg"), sent)->id;
        // The customer relationship lasts: no date yet.
        QVERIFY(holdings()
                    .add(m_subject, m_crm, QStringLiteral("CRM"),
                         input(QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("x")))
                    .ok());

        Result<QList<GallringItem>> list = holdings().gallring();
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().view.holding.id, due);
        QCOMPARE(list->first().view.retention.retainUntil, QDate(2027, 1, 28));
        QCOMPARE(list->first().subjectName, QStringLiteral("Tolvan Tolvansson"));
        QCOMPARE(list->first().view.controllerName, QStringLiteral("Assessio Sverige AB"));

        // Only the DPO confirms erasure, and only of what is due.
        QVERIFY(!holdings().confirmErased({ due }).ok());
        HoldingService asDpo(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Dpo), m_t->session->keys());
        Status notDue = asDpo.confirmErased({ due, kept });
        QVERIFY(!notDue.ok());
        QVERIFY2(notDue.error().contains(QStringLiteral("not due")), qPrintable(notDue.error()));
        QCOMPARE(m_t->countRows(QStringLiteral("holdings")), 3); // nothing changed
        QVERIFY(asDpo.confirmErased({ due }).ok());
        QCOMPARE(m_t->countRows(QStringLiteral("holdings")), 2);
        QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'holding.erased'")), 1);
        QVERIFY(asDpo.gallring()->isEmpty());
    }

    void gallringExportNamesWhatToDeleteNotTheValues()
    {
        HoldingInput sent
            = input(QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("hemlig@example.se"));
        sent.events.sentOut = QDate(2026, 8, 1);
        const qint64 due = holdings().add(m_subject, m_newsletter, QStringLiteral("Nyhetsbrevsverktyg"), sent)->id;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gallring.csv"));
        Result<int> written = holdings().exportGallring(path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "organisation,system,activity,holding_id,subject,"));
        QVERIFY(csv.contains(QStringLiteral("Assessio Sverige AB,Nyhetsbrevsverktyg,Nyhetsbrev,%1,Tolvan Tolvansson,"
                                            "Kontaktuppgifter,E-post,2027-01-28,41")
                                 .arg(due)
                                 .toUtf8()));
        QVERIFY(!csv.contains("hemlig"));
        QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'gallring.exported'")), 1);
        // A file that cannot be written changes nothing.
        QVERIFY(!holdings().exportGallring(dir.filePath(QStringLiteral("missing/folder/g.csv"))).ok());
        QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'gallring.exported'")), 1);
        HoldingService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                               m_t->session->keys());
        QVERIFY(!asAdmin.exportGallring(path).ok());
    }

    void permissions()
    {
        HoldingService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                               m_t->session->keys());
        const HoldingInput in
            = input(QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("a@example.se"));
        QVERIFY(!asAdmin.add(m_subject, m_crm, QStringLiteral("CRM"), in).ok());
        QVERIFY(!asAdmin.forSubject(m_subject).ok());
        QVERIFY(!asAdmin.gallring().ok());
        QCOMPARE(m_t->countRows(QStringLiteral("holdings")), 0);
    }

    void activitiesAreFoundByIdOrName()
    {
        QCOMPARE(holdings().resolveActivity(QString::number(m_crm))->name, QStringLiteral("CRM-system"));
        QCOMPARE(holdings().resolveActivity(QStringLiteral("crm-system"))->id, m_crm);
        QVERIFY(!holdings().resolveActivity(QStringLiteral("Bokföring")).ok());
        const qint64 other = m_t->addController(QStringLiteral("Coegi")).id;
        RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                                m_t->session->keys());
        QVERIFY(asAdmin.add(crm(other)).ok());
        Result<ProcessingActivity> ambiguous = holdings().resolveActivity(QStringLiteral("CRM-system"));
        QVERIFY(!ambiguous.ok());
        QVERIFY2(ambiguous.error().contains(QStringLiteral("Coegi/CRM-system")), qPrintable(ambiguous.error()));
        QCOMPARE(holdings().resolveActivity(QStringLiteral("Coegi/CRM-system"))->controllerId, other);
    }

private:
    HoldingService& holdings() { return m_t->session->holdings(); }

    std::unique_ptr<test::TestSession> m_t;
    qint64 m_controller = 0;
    qint64 m_crm = 0;
    qint64 m_newsletter = 0;
    qint64 m_subject = 0;
};

QTEST_GUILESS_MAIN(TestHoldingService)
#include "tst_holdingservice.moc"
