// The work on a case (issue 5 item 1): who handles it, internal notes kept apart from the messages with the
// data subject, and attachments kept sealed with their SHA-256. Each write is the service's: permission,
// validation, the change and its audit event in one transaction, one signal.
#include "TestSession.h"
#include "domain/CaseWorkflow.h"
#include "services/CaseService.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dsar;

namespace {

const QString password = QStringLiteral("case-work-password");

// What a refusal must leave exactly as it was.
struct Snapshot
{
    qint64 notes = -1;
    qint64 attachments = -1;
    qint64 events = -1;
    QString assignee;
    bool operator==(const Snapshot&) const = default;
};

} // namespace

class TestCaseWork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void assignToAHandlerAndBack();
    void assignmentRefusals_data();
    void assignmentRefusals();
    void aFinishedCaseKeepsItsHandler();
    void notesAreKeptApartByKind();
    void noteRefusals_data();
    void noteRefusals();
    void aNoteAtTheLengthLimit();
    void aFinishedCaseTakesInternalNotesOnly();
    void workIsSealedAtRest();
    void attachmentRoundTrip();
    void mediaTypes_data();
    void mediaTypes();
    void attachmentRefusals_data();
    void attachmentRefusals();
    void anAttachmentAtTheSizeLimit();
    void alteredAttachmentsAreDetected_data();
    void alteredAttachmentsAreDetected();
    void unknownAttachment();
    void anAdministratorDoesNoCaseWork();
    void auditEventsHoldNoPersonalData();

private:
    CaseService service(Role role, const QString& name) const;
    CaseService& cases() { return m_session->cases(); }
    QString openCase(const QDate& received = QDate(2027, 3, 1));
    qint64 count(const QString& table) const;
    Snapshot snapshot(const QString& reference);
    QByteArray rawBytes() const;
    QList<AuditEvent> events() const;

    FixedClock m_clock { QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC) };
    QTemporaryDir m_templateDir;
    QString m_template;
    qint64 m_subjectId = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    QString m_reference;
};

// One database with the accounts, an organisation and a subject, copied for each test (scrypt is slow).
void TestCaseWork::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(QStringLiteral("template.sqlite"));
    std::unique_ptr<Database> db = Database::openSqlite(m_template, Database::OpenMode::CreateIfMissing).value();
    Result<SignedIn> admin
        = AccountService::initialise(*db, m_clock,
                                     { { QStringLiteral("admin"), Role::Admin, password },
                                       { QStringLiteral("handlaggare"), Role::Handlaggare, password },
                                       { QStringLiteral("kollega"), Role::Handlaggare, password },
                                       { QStringLiteral("dpo"), Role::Dpo, password },
                                       { QStringLiteral("slutat"), Role::Handlaggare, password } });
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    AccountService accounts(*db, m_clock, admin->actor, admin->keys);
    QVERIFY(accounts.disable(QStringLiteral("slutat")).ok());
    NewController controller;
    controller.name = QStringLiteral("Assessio Sverige AB");
    QVERIFY(ControllerService(*db, m_clock, admin->actor, admin->keys).add(controller).ok());
    const Actor handler { 0, QStringLiteral("handlaggare"), Role::Handlaggare };
    Result<SubjectRecord> subject
        = SubjectService(*db, m_clock, handler, admin->keys)
              .add({ QStringLiteral("Tolvan Tolvansson"), QString(), QString(), QString(), QString() });
    QVERIFY2(subject.ok(), qPrintable(subject.error()));
    m_subjectId = subject->id;
}

void TestCaseWork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cases.sqlite"));
    QVERIFY(QFile::copy(m_template, m_path));
    Result<std::unique_ptr<Database>> db = Database::openSqlite(m_path, Database::OpenMode::MustExist);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Result<std::unique_ptr<Session>> session
        = Session::login(std::move(db).value(), m_clock, QStringLiteral("handlaggare"), password);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    m_session = std::move(session).value();
    m_reference = openCase();
    QVERIFY(!m_reference.isEmpty());
}

void TestCaseWork::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

CaseService TestCaseWork::service(Role role, const QString& name) const
{
    return CaseService(m_session->database(), m_clock, Actor { 0, name, role }, m_session->keys(),
                       m_session->settings());
}

QString TestCaseWork::openCase(const QDate& received)
{
    OpenRequest request;
    request.subjectId = m_subjectId;
    request.rights = { RequestRight::Access };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    return opened ? opened->constFirst().reference : QString();
}

qint64 TestCaseWork::count(const QString& table) const
{
    Result<QVariant> rows = SqlQuery::scalar(m_session->database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return rows ? rows->toLongLong() : -1;
}

Snapshot TestCaseWork::snapshot(const QString& reference)
{
    Result<CaseRecord> record = cases().byReference(reference);
    return { count(QStringLiteral("case_notes")), count(QStringLiteral("case_attachments")),
             count(QStringLiteral("audit_events")), record ? record->assignee : QStringLiteral("?") };
}

QByteArray TestCaseWork::rawBytes() const
{
    QByteArray bytes;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") }) {
        QFile file(m_path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QList<AuditEvent> TestCaseWork::events() const
{
    Result<QList<AuditEvent>> all = AuditLog(m_session->database(), m_session->keys()).all();
    return all ? all.value() : QList<AuditEvent>();
}

void TestCaseWork::assignToAHandlerAndBack()
{
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseRecord> assigned = cases().assign(m_reference, QStringLiteral("kollega"));
    QVERIFY2(assigned.ok(), qPrintable(assigned.error()));
    QCOMPARE(assigned->assignee, QStringLiteral("kollega"));
    QCOMPARE(cases().byReference(m_reference)->assignee, QStringLiteral("kollega"));
    // The DPO works cases too; account names are lower case, whatever was typed.
    QCOMPARE(cases().assign(m_reference, QStringLiteral(" DPO ")).value().assignee, QStringLiteral("dpo"));
    QCOMPARE(cases().byReference(m_reference)->assignee, QStringLiteral("dpo"));
    Result<CaseRecord> unassigned = cases().assign(m_reference, QString());
    QVERIFY2(unassigned.ok(), qPrintable(unassigned.error()));
    QVERIFY(unassigned->assignee.isEmpty());
    QVERIFY(cases().byReference(m_reference)->assignee.isEmpty());
    QCOMPARE(changed.count(), 3);

    QStringList summaries;
    for (const AuditEvent& event : events()) {
        if (event.action.startsWith(QLatin1String("case.assigned")) || event.action == QLatin1String("case.unassigned"))
            summaries << event.action + QLatin1Char(' ') + event.summary;
    }
    QCOMPARE(summaries,
             QStringList({ QStringLiteral("case.assigned reference=%1 assignee=kollega previous=-").arg(m_reference),
                           QStringLiteral("case.assigned reference=%1 assignee=dpo previous=kollega").arg(m_reference),
                           QStringLiteral("case.unassigned reference=%1 previous=dpo").arg(m_reference) }));
}

void TestCaseWork::assignmentRefusals_data()
{
    QTest::addColumn<QString>("already"); // assigned first, when not empty
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown account") << QString() << QStringLiteral("nobody")
                                     << QStringLiteral("There is no account named nobody");
    QTest::newRow("disabled account") << QString() << QStringLiteral("slutat") << QStringLiteral("is disabled");
    QTest::newRow("an administrator") << QString() << QStringLiteral("admin")
                                      << QStringLiteral("which does no case work");
    QTest::newRow("the same handler again")
        << QStringLiteral("kollega") << QStringLiteral("kollega") << QStringLiteral("is already assigned to kollega");
    QTest::newRow("unassigning an unassigned case")
        << QString() << QString() << QStringLiteral("has no handler to unassign");
}

void TestCaseWork::assignmentRefusals()
{
    QFETCH(QString, already);
    QFETCH(QString, user);
    QFETCH(QString, message);
    if (!already.isEmpty())
        QVERIFY(cases().assign(m_reference, already).ok());
    const Snapshot before = snapshot(m_reference);
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseRecord> refused = cases().assign(m_reference, user);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(snapshot(m_reference), before);
    QCOMPARE(changed.count(), 0);
}

void TestCaseWork::aFinishedCaseKeepsItsHandler()
{
    QVERIFY(cases().assign(m_reference, QStringLiteral("kollega")).ok());
    QVERIFY(cases().changeStatus(m_reference, CaseStatus::Withdrawn).ok());
    QVERIFY(CaseWorkflow::isFinal(CaseStatus::Withdrawn));
    const Snapshot before = snapshot(m_reference);
    for (const QString& user : { QStringLiteral("dpo"), QString() }) {
        Result<CaseRecord> refused = cases().assign(m_reference, user);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("is finished")), qPrintable(refused.error()));
    }
    QCOMPARE(snapshot(m_reference), before);
    QCOMPARE(before.assignee, QStringLiteral("kollega"));
}

void TestCaseWork::notesAreKeptApartByKind()
{
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseNote> internal = cases().addNote(m_reference, CaseNote::Kind::Internal,
                                                QStringLiteral("  Ring tillbaka efter lunch.\r\nKolla CRM först.\n"));
    QVERIFY2(internal.ok(), qPrintable(internal.error()));
    QCOMPARE(internal->body, QStringLiteral("Ring tillbaka efter lunch.\nKolla CRM först."));
    m_clock.setNow(m_clock.now().addSecs(60));
    QVERIFY(
        cases().addNote(m_reference, CaseNote::Kind::ToSubject, QStringLiteral("Vi har tagit emot din begäran.")).ok());
    m_clock.setNow(m_clock.now().addSecs(60));
    QVERIFY(
        cases().addNote(m_reference, CaseNote::Kind::FromSubject, QStringLiteral("Jag vill ha svaret per post.")).ok());
    QCOMPARE(changed.count(), 3);

    // Another case's notes are its own.
    const QString other = openCase();
    QVERIFY(cases().addNote(other, CaseNote::Kind::Internal, QStringLiteral("Annat ärende.")).ok());

    Result<QList<CaseNote>> notes = cases().notes(m_reference);
    QVERIFY2(notes.ok(), qPrintable(notes.error()));
    QCOMPARE(notes->size(), 3);
    QCOMPARE(notes->at(0).kind, CaseNote::Kind::Internal);
    QCOMPARE(notes->at(0).body, internal->body);
    QCOMPARE(notes->at(0).id, internal->id);
    QCOMPARE(notes->at(1).kind, CaseNote::Kind::ToSubject);
    QCOMPARE(notes->at(1).body, QStringLiteral("Vi har tagit emot din begäran."));
    QCOMPARE(notes->at(2).kind, CaseNote::Kind::FromSubject);
    QCOMPARE(notes->at(2).createdAt, m_clock.now());
    for (const CaseNote& note : notes.value())
        QCOMPARE(note.author, QStringLiteral("handlaggare"));
    // Stored by kind code, so that a letter to the subject can never pick up an internal note by mistake.
    QCOMPARE(count(QStringLiteral("case_notes WHERE kind = 'internal'")), 2);
    QCOMPARE(count(QStringLiteral("case_notes WHERE kind = 'to-subject'")), 1);
    QCOMPARE(count(QStringLiteral("case_notes WHERE kind = 'from-subject'")), 1);
    QCOMPARE(cases().notes(other)->size(), 1);

    QCOMPARE(CaseNoteKinds::fromCode(QStringLiteral("To-Subject")), CaseNote::Kind::ToSubject);
    QVERIFY(!CaseNoteKinds::fromCode(QStringLiteral("message")));
    QCOMPARE(CaseNoteKinds::codeList(), QStringLiteral("internal, to-subject, from-subject"));
}

void TestCaseWork::noteRefusals_data()
{
    QTest::addColumn<QString>("reference"); // empty: the test's case
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty note");
    QTest::newRow("only white space") << QString() << QStringLiteral(" \n\t ") << QStringLiteral("empty note");
    QTest::newRow("one character too long")
        << QString() << QString(CaseService::MaxNoteLength + 1, QLatin1Char('x')) << QStringLiteral("at most 20000");
    QTest::newRow("unknown case") << QStringLiteral("DSAR-2027-99999") << QStringLiteral("Text")
                                  << QStringLiteral("There is no case DSAR-2027-99999");
}

void TestCaseWork::noteRefusals()
{
    QFETCH(QString, reference);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Snapshot before = snapshot(m_reference);
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseNote> refused
        = cases().addNote(reference.isEmpty() ? m_reference : reference, CaseNote::Kind::Internal, text);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(snapshot(m_reference), before);
    QCOMPARE(changed.count(), 0);
}

void TestCaseWork::aNoteAtTheLengthLimit()
{
    // Surrounding white space does not count.
    const QString text
        = QStringLiteral("  ") + QString(CaseService::MaxNoteLength, QChar(0x00E5)) + QStringLiteral("\n");
    Result<CaseNote> added = cases().addNote(m_reference, CaseNote::Kind::FromSubject, text);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(cases().notes(m_reference)->constFirst().body.size(), CaseService::MaxNoteLength);
}

void TestCaseWork::aFinishedCaseTakesInternalNotesOnly()
{
    QVERIFY(cases().changeStatus(m_reference, CaseStatus::Withdrawn).ok());
    const Snapshot before = snapshot(m_reference);
    for (CaseNote::Kind kind : { CaseNote::Kind::ToSubject, CaseNote::Kind::FromSubject }) {
        Result<CaseNote> refused = cases().addNote(m_reference, kind, QStringLiteral("Ett sent brev."));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("internal notes only")), qPrintable(refused.error()));
    }
    QCOMPARE(snapshot(m_reference), before);
    QVERIFY(cases().addNote(m_reference, CaseNote::Kind::Internal, QStringLiteral("Arkiverat.")).ok());
    QCOMPARE(count(QStringLiteral("case_notes")), before.notes + 1);
}

void TestCaseWork::workIsSealedAtRest()
{
    const QString noteText = QStringLiteral("Tolvan ringde om fakturan K-7781-Q och sin skuld");
    const QString fileName = QStringLiteral("Begaran_fran_Tolvan_Xyzzyson.txt");
    const QByteArray content = "Hej! Jag vill ha ut mina uppgifter. Mvh Tolvan Xyzzyson, Plommonvagen 17";
    QVERIFY(cases().addNote(m_reference, CaseNote::Kind::FromSubject, noteText).ok());
    QVERIFY(cases().attach(m_reference, fileName, content).ok());
    const QByteArray bytes = rawBytes();
    QVERIFY(bytes.size() > 10000);
    for (const QByteArray& secret : { noteText.toUtf8(), QByteArray("K-7781-Q"), fileName.toUtf8(),
                                      QByteArray("Xyzzyson"), content, QByteArray("Plommonvagen") })
        QVERIFY2(!bytes.contains(secret), secret.constData());
    // The key ring opens them, each under its own column.
    QCOMPARE(cases().notes(m_reference)->constFirst().body, noteText);
    QCOMPARE(cases().attachments(m_reference)->constFirst().fileName, fileName);
    Result<QVariant> sealedName
        = SqlQuery::scalar(m_session->database(), QStringLiteral("SELECT file_name_enc FROM case_attachments"));
    QVERIFY(!m_session->keys().open(QStringLiteral("case_notes.body"), sealedName->toByteArray()).ok());
}

void TestCaseWork::attachmentRoundTrip()
{
    QByteArray content("%PDF-1.7\n");
    for (int value = 0; value < 4096; ++value)
        content.append(char(value * 7));
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseAttachment> added
        = cases().attach(m_reference, QStringLiteral("/home/anna/Hämtade filer/brev.pdf"), content);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(changed.count(), 1);
    const QString expectedHash
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(added->sha256, expectedHash);
    QCOMPARE(added->fileName, QStringLiteral("brev.pdf")); // not the folder it came from
    QCOMPARE(added->size, content.size());
    QCOMPARE(added->mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(added->addedBy, QStringLiteral("handlaggare"));
    QCOMPARE(added->addedAt, m_clock.now());

    Result<QList<CaseAttachment>> listed = cases().attachments(m_reference);
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().id, added->id);
    QCOMPARE(listed->constFirst().sha256, expectedHash);
    QCOMPARE(listed->constFirst().size, content.size());
    QCOMPARE(listed->constFirst().fileName, QStringLiteral("brev.pdf"));
    QVERIFY(cases().attachments(openCase())->isEmpty());

    Result<QByteArray> back = cases().attachmentContent(added->id);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value(), content);
}

void TestCaseWork::mediaTypes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    const QByteArray mail = "From: tolvan@example.se\r\nTo: dataskydd@example.se\r\nSubject: Registerutdrag\r\n"
                            "Date: Mon, 1 Mar 2027 10:00:00 +0100\r\n\r\nHej!\r\n";
    QTest::newRow("a PDF by name and content")
        << QStringLiteral("brev.pdf") << QByteArray("%PDF-1.4\n%...") << QString() << QStringLiteral("application/pdf");
    QTest::newRow("an e-mail") << QStringLiteral("begaran.eml") << mail << QString()
                               << QStringLiteral("message/rfc822");
    QTest::newRow("a PDF without a suffix, by its content")
        << QStringLiteral("skanning") << QByteArray("%PDF-1.4\n%...") << QString() << QStringLiteral("application/pdf");
    QTest::newRow("given, in capitals") << QStringLiteral("brev") << QByteArray("text")
                                        << QStringLiteral("Message/RFC822") << QStringLiteral("message/rfc822");
    QTest::newRow("given, not known here")
        << QStringLiteral("x.bin") << QByteArray("\x01\x02") << QStringLiteral("application/x-dsar-test")
        << QStringLiteral("application/x-dsar-test");
}

void TestCaseWork::mediaTypes()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, given);
    QFETCH(QString, expected);
    Result<CaseAttachment> added = cases().attach(m_reference, fileName, content, given);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->mediaType, expected);
    QCOMPARE(cases().attachments(m_reference)->constFirst().mediaType, expected);
}

void TestCaseWork::attachmentRefusals_data()
{
    QTest::addColumn<QString>("reference"); // empty: the test's case
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QString() << QStringLiteral("brev.pdf") << QByteArray() << QString()
                                << QStringLiteral("brev.pdf is empty");
    QTest::newRow("one byte over 25 MiB")
        << QString() << QStringLiteral("stor.tif") << QByteArray(CaseService::MaxAttachmentSize + 1, 'x') << QString()
        << QStringLiteral("at most 25 MiB");
    QTest::newRow("no name") << QString() << QStringLiteral(" /tmp/ ") << QByteArray("x") << QString()
                             << QStringLiteral("Give the file's name");
    QTest::newRow("a control character in the name") << QString() << QStringLiteral("brev\n.pdf") << QByteArray("x")
                                                     << QString() << QStringLiteral("control characters");
    QTest::newRow("not a media type") << QString() << QStringLiteral("brev.pdf") << QByteArray("x")
                                      << QStringLiteral("pdf") << QStringLiteral("\"pdf\" is not a media type");
    QTest::newRow("unknown case") << QStringLiteral("DSAR-2027-99999") << QStringLiteral("brev.pdf") << QByteArray("x")
                                  << QString() << QStringLiteral("There is no case");
}

void TestCaseWork::attachmentRefusals()
{
    QFETCH(QString, reference);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    QFETCH(QString, message);
    const Snapshot before = snapshot(m_reference);
    QSignalSpy changed(&cases(), &CaseService::casesChanged);
    Result<CaseAttachment> refused
        = cases().attach(reference.isEmpty() ? m_reference : reference, fileName, content, mediaType);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(snapshot(m_reference), before);
    QCOMPARE(changed.count(), 0);
}

void TestCaseWork::anAttachmentAtTheSizeLimit()
{
    QByteArray content(CaseService::MaxAttachmentSize, '\0');
    content[0] = 'A';
    content[content.size() - 1] = 'Z';
    Result<CaseAttachment> added = cases().attach(m_reference, QStringLiteral("skanning.tif"), content);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->size, CaseService::MaxAttachmentSize);
    Result<QByteArray> back = cases().attachmentContent(added->id);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == content);
}

void TestCaseWork::alteredAttachmentsAreDetected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    // One byte of the ciphertext changed: AES-GCM's tag refuses it.
    QTest::newRow("a ciphertext byte flipped")
        << QStringLiteral("flip") << QStringLiteral("was altered in the database");
    // A valid ciphertext of the same column, moved from the other attachment: it opens, but its SHA-256 is not
    // the one recorded.
    QTest::newRow("another attachment's ciphertext") << QStringLiteral("swap") << QStringLiteral("its SHA-256 is");
    QTest::newRow("the recorded hash changed")
        << QStringLiteral("hash")
        << QStringLiteral("not the 0000000000000000000000000000000000000000000000000000000000000000 recorded");
}

void TestCaseWork::alteredAttachmentsAreDetected()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    const QByteArray letter = "Hej! Jag vill ha ut mina uppgifter enligt artikel 15.";
    const qint64 first = cases().attach(m_reference, QStringLiteral("brev.txt"), letter).value().id;
    const qint64 second
        = cases().attach(m_reference, QStringLiteral("svar.txt"), "Annan text, samma kolumn.").value().id;
    QCOMPARE(cases().attachmentContent(first).value(), letter);

    Database& db = m_session->database();
    const QString select = QStringLiteral("SELECT content_enc FROM case_attachments WHERE id = ?");
    const QString update = QStringLiteral("UPDATE case_attachments SET content_enc = ? WHERE id = ?");
    if (change == QLatin1String("flip")) {
        QByteArray sealed = SqlQuery::scalar(db, select, { first }).value().toByteArray();
        QVERIFY(sealed.size() > 40);
        sealed[20] = char(sealed[20] ^ 0x01);
        QVERIFY(SqlQuery::run(db, update, { sealed, first }).ok());
    } else if (change == QLatin1String("swap")) {
        const QByteArray other = SqlQuery::scalar(db, select, { second }).value().toByteArray();
        QVERIFY(SqlQuery::run(db, update, { other, first }).ok());
    } else {
        QVERIFY(SqlQuery::run(db, QStringLiteral("UPDATE case_attachments SET sha256 = ? WHERE id = ?"),
                              { QString(64, QLatin1Char('0')), first })
                    .ok());
    }
    Result<QByteArray> read = cases().attachmentContent(first);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QLatin1String("was altered")), qPrintable(read.error()));
    QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    QVERIFY2(read.error().contains(QLatin1String("restore the database")), qPrintable(read.error()));
    QCOMPARE(cases().attachmentContent(second).value(), QByteArray("Annan text, samma kolumn."));
}

void TestCaseWork::unknownAttachment()
{
    Result<QByteArray> missing = cases().attachmentContent(999);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QLatin1String("There is no attachment 999")), qPrintable(missing.error()));
}

void TestCaseWork::anAdministratorDoesNoCaseWork()
{
    const qint64 attachment = cases().attach(m_reference, QStringLiteral("brev.txt"), "Hej").value().id;
    CaseService asAdmin = service(Role::Admin, QStringLiteral("admin"));
    QSignalSpy changed(&asAdmin, &CaseService::casesChanged);
    const Snapshot before = snapshot(m_reference);
    const QList<QString> errors = {
        asAdmin.assign(m_reference, QStringLiteral("kollega")).error(),
        asAdmin.addNote(m_reference, CaseNote::Kind::Internal, QStringLiteral("Admin skriver")).error(),
        asAdmin.attach(m_reference, QStringLiteral("x.txt"), "x").error(),
        asAdmin.notes(m_reference).error(),
        asAdmin.attachments(m_reference).error(),
        asAdmin.attachmentContent(attachment).error(),
    };
    for (const QString& error : errors) {
        QVERIFY2(error.startsWith(QLatin1String("Refused:")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("admin")), qPrintable(error));
    }
    QCOMPARE(snapshot(m_reference), before);
    QCOMPARE(changed.count(), 0);
    // The DPO does the handläggare's work.
    CaseService asDpo = service(Role::Dpo, QStringLiteral("dpo"));
    QVERIFY(asDpo.addNote(m_reference, CaseNote::Kind::Internal, QStringLiteral("DPO:s anteckning")).ok());
    QCOMPARE(asDpo.notes(m_reference)->constFirst().author, QStringLiteral("dpo"));
}

void TestCaseWork::auditEventsHoldNoPersonalData()
{
    const QString noteText = QStringLiteral("Tolvan berättade om sin sjukskrivning");
    const QString fileName = QStringLiteral("Tolvan_Tolvansson_brev.pdf");
    const QByteArray content = "%PDF-1.4 Tolvan Tolvansson 191212-1212";
    QVERIFY(cases().assign(m_reference, QStringLiteral("kollega")).ok());
    const qint64 noteId = cases().addNote(m_reference, CaseNote::Kind::ToSubject, noteText).value().id;
    const CaseAttachment attachment = cases().attach(m_reference, fileName, content).value();
    const qint64 caseId = cases().byReference(m_reference)->id;

    QStringList summaries;
    for (const AuditEvent& event : events()) {
        QVERIFY2(!event.summary.contains(QLatin1String("Tolvan")), qPrintable(event.summary));
        QVERIFY(!event.summary.contains(QLatin1String("sjukskrivning")));
        QVERIFY(!event.summary.contains(QLatin1String("brev")));
        QVERIFY(!event.summary.contains(QLatin1String("1212")));
        if (event.entityType == QLatin1String("case") && event.entityId == caseId)
            summaries << event.action + QLatin1Char(' ') + event.summary;
    }
    QVERIFY(summaries.contains(QStringLiteral("case.note_added reference=%1 note=%2 kind=to-subject")
                                   .arg(m_reference, QString::number(noteId))));
    QVERIFY(summaries.contains(
        QStringLiteral("case.attachment_added reference=%1 attachment=%2 media_type=application/pdf size=%3 sha256=%4")
            .arg(m_reference, QString::number(attachment.id), QString::number(content.size()), attachment.sha256)));
    for (const AuditEvent& event : events()) {
        if (event.action.startsWith(QLatin1String("case.")))
            QCOMPARE(event.actor, QStringLiteral("handlaggare"));
    }
    // The chain still holds.
    Result<AuditVerification> verified = AuditLog(m_session->database(), m_session->keys()).verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

QTEST_GUILESS_MAIN(TestCaseWork)
#include "tst_casework.moc"
