// End-to-end tests of "dsarctl case assign|note|notes|attach|attachments|attachment" and what "case show"
// lists of them, on copies of one demonstration database made through dsarctl.
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace dsar::clitest;

namespace {

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

// A scanned letter: every byte value, zeros included.
QByteArray binaryLetter()
{
    QByteArray bytes("%PDF-1.4\n");
    for (int i = 0; i < 70000; ++i)
        bytes.append(char((i * 31 + i / 256) % 256));
    return bytes;
}

} // namespace

class TestDsarctlCaseWork : public QObject, public DsarctlHarness
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

    void assignAndUnassign();
    void assignRefusals_data();
    void assignRefusals();
    void notesFromStandardInputFileAndArgument();
    void aFinishedCaseTakesInternalNotesOnly();
    void attachAndGetTheFileBackByteIdentical();
    void attachmentOfAnotherCaseIsRefused();
    void anAlteredAttachmentIsNotWritten();
    void anAdministratorDoesNoCaseWork();
    void usageErrors_data();
    void usageErrors();
    void caseHelpListsTheNewActions();

private:
    QJsonObject shown(const QString& reference);
    // Changes the test's database behind dsarctl's back, as someone with the file but not the key could.
    bool execute(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_demo;
    QString m_open; // a case of the demonstration data just received, without a handler
    QString m_closed;
    QString m_other; // another open case
};

void TestDsarctlCaseWork::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());
    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);
    const Run listed = runAs(handlaggare, args({ "case", "list", "--json" }));
    EXPECT_EXIT(listed, 0);
    const QJsonArray cases = listed.json().toArray();
    for (const QJsonValue& value : cases) {
        const QJsonObject object = value.toObject();
        const QString status = object.value(QStringLiteral("status")).toString();
        const QString reference = object.value(QStringLiteral("reference")).toString();
        // A request just received has no handler yet; those in work have one ("my cases").
        const bool unassigned = object.value(QStringLiteral("assignee")).isNull();
        if (status == QLatin1String("received") && unassigned && m_open.isEmpty())
            m_open = reference;
        else if (status == QLatin1String("in-progress") && m_other.isEmpty()) {
            m_other = reference;
            QVERIFY(!unassigned);
        } else if (status == QLatin1String("closed") && m_closed.isEmpty())
            m_closed = reference;
    }
    QVERIFY(!m_open.isEmpty() && !m_other.isEmpty() && !m_closed.isEmpty());
    endTest();
}

bool TestDsarctlCaseWork::execute(const QString& sql)
{
    const QString name = QStringLiteral("tamper");
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        if (db.open())
            done = QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

QJsonObject TestDsarctlCaseWork::shown(const QString& reference)
{
    const Run run = runAs(handlaggare, args({ "case", "show", "--json" }) << reference);
    return run.exitCode == 0 ? run.json().toObject() : QJsonObject();
}

void TestDsarctlCaseWork::assignAndUnassign()
{
    const Run assigned = runAs(handlaggare, args({ "case", "assign" }) << m_open << dpo);
    EXPECT_EXIT(assigned, 0);
    QVERIFY2(assigned.mentions(m_open + QStringLiteral(" is now handled by dpo")), assigned.out.constData());
    QCOMPARE(shown(m_open).value(QStringLiteral("assignee")).toString(), dpo);
    const Run table = runAs(handlaggare, args({ "case", "show" }) << m_open);
    QVERIFY2(table.mentions(s("Handler:         dpo")), table.out.constData());
    // The audit trail says who assigned whom.
    const QJsonArray history = shown(m_open).value(QStringLiteral("history")).toArray();
    QCOMPARE(history.last().toObject().value(QStringLiteral("action")).toString(), s("case.assigned"));
    QCOMPARE(history.last().toObject().value(QStringLiteral("summary")).toString(),
             QStringLiteral("reference=%1 assignee=dpo previous=-").arg(m_open));

    const Run json = runAs(dpo, args({ "case", "assign", "--json" }) << m_open << handlaggare);
    EXPECT_EXIT(json, 0);
    QCOMPARE(json.json().toObject().value(QStringLiteral("assignee")).toString(), handlaggare);

    EXPECT_EXIT(runAs(handlaggare, args({ "case", "assign", "--none" }) << m_open), 0);
    QVERIFY(shown(m_open).value(QStringLiteral("assignee")).isNull());
    QVERIFY(runAs(handlaggare, args({ "case", "show" }) << m_open).mentions(s("Handler:         none")));
}

void TestDsarctlCaseWork::assignRefusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown account") << s("nobody") << false << s("There is no account named nobody");
    QTest::newRow("an administrator") << admin << false << s("does no case work");
    QTest::newRow("a closed case") << dpo << true << s("is finished");
}

void TestDsarctlCaseWork::assignRefusals()
{
    QFETCH(QString, user);
    QFETCH(bool, closed);
    QFETCH(QString, message);
    const QString reference = closed ? m_closed : m_open;
    const QJsonObject before = shown(reference);
    const Run refused = runAs(handlaggare, args({ "case", "assign" }) << reference << user);
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(message), refused.err.constData());
    QCOMPARE(shown(reference), before); // nor an audit event
}

void TestDsarctlCaseWork::notesFromStandardInputFileAndArgument()
{
    // Longer text from standard input, with Windows line ends and the subject's name in it.
    const QByteArray longer = "Ringde Anna kl. 10.\r\nHon skickar kopian av fakturan i morgon.\r\n";
    const Run fromInput = run(onDb(args({ "case", "note", "--kind", "internal" }) << m_open << s("-")),
                              environment(fixedToday, handlaggare), &longer);
    EXPECT_EXIT(fromInput, 0);
    QVERIFY2(fromInput.mentions(s("Added internal #")), fromInput.out.constData());
    QVERIFY(writeAll(path(s("svar.txt")), "Vi har tagit emot din begäran och svarar senast den 1 april.\n"));
    EXPECT_EXIT(
        runAs(handlaggare, args({ "case", "note", "--kind", "to-subject", "--file" }) << path(s("svar.txt")) << m_open),
        0);
    const Run fromArgument = runAs(
        handlaggare, args({ "case", "note", "--json", "--kind", "from-subject" }) << m_open << s("Tack, jag väntar."));
    EXPECT_EXIT(fromArgument, 0);
    QCOMPARE(fromArgument.json().toObject().value(QStringLiteral("kind")).toString(), s("from-subject"));
    QCOMPARE(fromArgument.json().toObject().value(QStringLiteral("author")).toString(), handlaggare);

    const Run listed = runAs(handlaggare, args({ "case", "notes", "--json" }) << m_open);
    EXPECT_EXIT(listed, 0);
    const QJsonArray notes = listed.json().toArray();
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes[0].toObject().value(QStringLiteral("kind")).toString(), s("internal"));
    QCOMPARE(notes[0].toObject().value(QStringLiteral("text")).toString(),
             s("Ringde Anna kl. 10.\nHon skickar kopian av fakturan i morgon."));
    QCOMPARE(notes[1].toObject().value(QStringLiteral("kind")).toString(), s("to-subject"));
    QCOMPARE(notes[1].toObject().value(QStringLiteral("text")).toString(),
             s("Vi har tagit emot din begäran och svarar senast den 1 april."));
    QCOMPARE(notes[2].toObject().value(QStringLiteral("text")).toString(), s("Tack, jag väntar."));

    // Only the internal ones, for the staff; only the messages, for a letter.
    const Run internal = runAs(handlaggare, args({ "case", "notes", "--json", "--kind", "internal" }) << m_open);
    QCOMPARE(internal.json().toArray().size(), 1);
    const Run toSubject = runAs(handlaggare, args({ "case", "notes", "--kind", "to-subject" }) << m_open);
    EXPECT_EXIT(toSubject, 0);
    QVERIFY(toSubject.mentions(s("svarar senast")));
    QVERIFY(!toSubject.mentions(s("Ringde Anna")));
    // Another case has none of them.
    QCOMPARE(runAs(handlaggare, args({ "case", "notes", "--json" }) << m_other).json().toArray().size(), 0);

    // case show: in JSON, and as text under separate headings.
    QCOMPARE(shown(m_open).value(QStringLiteral("notes")).toArray(), notes);
    const QString text = QString::fromUtf8(runAs(handlaggare, args({ "case", "show" }) << m_open).out);
    const qsizetype internalHeading = text.indexOf(s("Internal notes:"));
    const qsizetype messagesHeading = text.indexOf(s("Messages with the data subject:"));
    QVERIFY2(internalHeading >= 0 && messagesHeading > internalHeading, qPrintable(text));
    const qsizetype internalText = text.indexOf(s("Ringde Anna"));
    QVERIFY(internalText > internalHeading && internalText < messagesHeading);
    QVERIFY(text.indexOf(s("Tack, jag väntar.")) > messagesHeading);
    // The audit trail has the kinds, not the texts.
    QVERIFY(!text.section(s("History:"), 1).contains(s("Ringde")));
    QVERIFY(text.section(s("History:"), 1).contains(s("case.note_added  reference=") + m_open));
}

void TestDsarctlCaseWork::aFinishedCaseTakesInternalNotesOnly()
{
    const Run refused = runAs(handlaggare, args({ "case", "note", "--kind", "to-subject" }) << m_closed << s("Hej"));
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(s("internal notes only")), refused.err.constData());
    EXPECT_EXIT(runAs(handlaggare, args({ "case", "note", "--kind", "internal" }) << m_closed << s("Arkiverat.")), 0);
    QCOMPARE(runAs(handlaggare, args({ "case", "notes", "--json" }) << m_closed).json().toArray().size(), 1);
}

void TestDsarctlCaseWork::attachAndGetTheFileBackByteIdentical()
{
    const QByteArray letter = binaryLetter();
    QVERIFY(writeAll(path(s("brev från Anna.pdf")), letter));
    const Run attached
        = runAs(handlaggare, args({ "case", "attach", "--json" }) << m_open << path(s("brev från Anna.pdf")));
    EXPECT_EXIT(attached, 0);
    const QJsonObject attachment = attached.json().toObject();
    QCOMPARE(attachment.value(QStringLiteral("file_name")).toString(), s("brev från Anna.pdf"));
    QCOMPARE(attachment.value(QStringLiteral("sha256")).toString().toLatin1(), fileHash(path(s("brev från Anna.pdf"))));
    QCOMPARE(attachment.value(QStringLiteral("size")).toInteger(), letter.size());
    QCOMPARE(attachment.value(QStringLiteral("media_type")).toString(), s("application/pdf"));
    const QString id = QString::number(attachment.value(QStringLiteral("id")).toInteger());

    QVERIFY(writeAll(path(s("mail.eml")), "From: anna@example.org\r\nSubject: Hej\r\n\r\nText\r\n"));
    EXPECT_EXIT(runAs(handlaggare,
                      args({ "case", "attach", "--media-type", "message/rfc822" }) << m_open << path(s("mail.eml"))),
                0);
    const Run listed = runAs(handlaggare, args({ "case", "attachments", "--json" }) << m_open);
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.json().toArray().size(), 2);
    QCOMPARE(listed.json().toArray().first().toObject(), attachment);
    QCOMPARE(listed.json().toArray().last().toObject().value(QStringLiteral("media_type")).toString(),
             s("message/rfc822"));
    QCOMPARE(shown(m_open).value(QStringLiteral("attachments")).toArray(), listed.json().toArray());

    const Run written
        = runAs(handlaggare, args({ "case", "attachment", "--out" }) << path(s("ut.pdf")) << m_open << id);
    EXPECT_EXIT(written, 0);
    QVERIFY(readAll(path(s("ut.pdf"))) == letter);
    // To standard output, as it was.
    const Run piped = runAs(handlaggare, args({ "case", "attachment", "--out", "-" }) << m_open << id);
    EXPECT_EXIT(piped, 0);
    QVERIFY(piped.out == letter);

    const Run table = runAs(handlaggare, args({ "case", "show" }) << m_open);
    QVERIFY(table.mentions(s("brev från Anna.pdf")));
    QVERIFY(table.mentions(QString::fromLatin1(fileHash(path(s("brev från Anna.pdf"))))));
    // The file name is personal data; the audit trail has the hash and the size.
    const QString history = QString::fromUtf8(table.out).section(s("History:"), 1);
    QVERIFY(!history.contains(s("Anna")));
    QVERIFY(history.contains(s("sha256=") + QString::fromLatin1(fileHash(path(s("brev från Anna.pdf"))))));
}

void TestDsarctlCaseWork::attachmentOfAnotherCaseIsRefused()
{
    QVERIFY(writeAll(path(s("brev.txt")), "Hej"));
    const Run attached = runAs(handlaggare, args({ "case", "attach", "--json" }) << m_open << path(s("brev.txt")));
    EXPECT_EXIT(attached, 0);
    const QString id = QString::number(attached.json().toObject().value(QStringLiteral("id")).toInteger());
    const Run refused
        = runAs(handlaggare, args({ "case", "attachment", "--out" }) << path(s("ut.txt")) << m_other << id);
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(m_other + QStringLiteral(" has no attachment ") + id), refused.err.constData());
    QVERIFY(!QFile::exists(path(s("ut.txt"))));
    // Too large, or empty: refused before anything is stored.
    QVERIFY(writeAll(path(s("tom.txt")), QByteArray()));
    const Run empty = runAs(handlaggare, args({ "case", "attach" }) << m_open << path(s("tom.txt")));
    EXPECT_EXIT(empty, 1);
    QVERIFY2(empty.mentions(s("tom.txt is empty")), empty.err.constData());
    QFile large(path(s("stor.tif")));
    QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(25 * 1024 * 1024 + 1));
    large.close();
    const Run tooLarge = runAs(handlaggare, args({ "case", "attach" }) << m_open << path(s("stor.tif")));
    EXPECT_EXIT(tooLarge, 1);
    QVERIFY2(tooLarge.mentions(s("at most 25 MiB")), tooLarge.err.constData());
    QCOMPARE(runAs(handlaggare, args({ "case", "attachments", "--json" }) << m_open).json().toArray().size(), 1);
}

void TestDsarctlCaseWork::anAlteredAttachmentIsNotWritten()
{
    QVERIFY(writeAll(path(s("brev.txt")), "Jag vill ha ut mina uppgifter."));
    const Run attached = runAs(handlaggare, args({ "case", "attach", "--json" }) << m_open << path(s("brev.txt")));
    EXPECT_EXIT(attached, 0);
    const QString id = QString::number(attached.json().toObject().value(QStringLiteral("id")).toInteger());
    // Someone with the file but not the key changes the recorded hash: the stored file no longer proves itself.
    QVERIFY(execute(QStringLiteral("UPDATE case_attachments SET sha256 = '%1' WHERE id = %2")
                        .arg(QString(64, QLatin1Char('a')), id)));
    const Run refused
        = runAs(handlaggare, args({ "case", "attachment", "--out" }) << path(s("ut.txt")) << m_open << id);
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(s("was altered")), refused.err.constData());
    QVERIFY(!QFile::exists(path(s("ut.txt"))));
}

void TestDsarctlCaseWork::anAdministratorDoesNoCaseWork()
{
    QVERIFY(writeAll(path(s("brev.txt")), "Hej"));
    const QList<QStringList> commands = {
        args({ "case", "assign" }) << m_open << dpo,
        args({ "case", "note", "--kind", "internal" }) << m_open << s("Admin"),
        args({ "case", "notes" }) << m_open,
        args({ "case", "attach" }) << m_open << path(s("brev.txt")),
        args({ "case", "attachments" }) << m_open,
    };
    for (const QStringList& command : commands) {
        const Run refused = runAs(admin, command);
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.mentions(s("Refused:")), refused.err.constData());
    }
    QCOMPARE(runAs(handlaggare, args({ "case", "attachments", "--json" }) << m_open).json().toArray().size(), 0);
    QCOMPARE(runAs(handlaggare, args({ "case", "notes", "--json" }) << m_open).json().toArray().size(), 0);
}

void TestDsarctlCaseWork::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ref = s("DSAR-2027-00001");
    QTest::newRow("assign without a user") << (args({ "case", "assign" }) << ref) << s("Give a case reference");
    QTest::newRow("assign, a user and --none")
        << (args({ "case", "assign", "--none" }) << ref << dpo) << s("Give a case reference");
    QTest::newRow("assign, two users") << (args({ "case", "assign" }) << ref << dpo << handlaggare)
                                       << s("Give a case reference");
    QTest::newRow("note without --kind") << (args({ "case", "note" }) << ref << s("Text")) << s("--kind");
    QTest::newRow("note, unknown kind") << (args({ "case", "note", "--kind", "message" }) << ref << s("Text"))
                                        << s("Unknown kind \"message\"");
    QTest::newRow("note without text") << (args({ "case", "note", "--kind", "internal" }) << ref)
                                       << s("the text in quotes");
    QTest::newRow("note, text and --file")
        << (args({ "case", "note", "--kind", "internal", "--file", "x.txt" }) << ref << s("Text"))
        << s("the text in quotes");
    QTest::newRow("note, unquoted words")
        << (args({ "case", "note", "--kind", "internal" }) << ref << s("Ringde") << s("henne"))
        << s("the text in quotes");
    QTest::newRow("notes without a reference") << args({ "case", "notes" }) << s("Give one case reference");
    QTest::newRow("notes, unknown kind") << (args({ "case", "notes", "--kind", "secret" }) << ref) << s("Unknown kind");
    QTest::newRow("attach without a file") << (args({ "case", "attach" }) << ref) << s("Give a case reference");
    QTest::newRow("attachments, two references")
        << (args({ "case", "attachments" }) << ref << ref) << s("Give one case reference");
    QTest::newRow("attachment without an id")
        << (args({ "case", "attachment", "--out", "x" }) << ref) << s("attachment's number");
    QTest::newRow("attachment, id not a number")
        << (args({ "case", "attachment", "--out", "x" }) << ref << s("brev.pdf")) << s("attachment's number");
    QTest::newRow("attachment without --out") << (args({ "case", "attachment" }) << ref << s("1")) << s("--out");
    QTest::newRow("unknown option") << (args({ "case", "notes", "--all" }) << ref) << s("Unknown option");
    QTest::newRow("unknown action") << args({ "case", "annotate" }) << s("Unknown action \"annotate\"");
}

void TestDsarctlCaseWork::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QByteArray before = readAll(m_db);
    const Run result = runAs(handlaggare, arguments);
    EXPECT_EXIT(result, 2);
    QVERIFY2(result.errText().contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(readAll(m_db) == before);
}

void TestDsarctlCaseWork::caseHelpListsTheNewActions()
{
    const Run help = run(args({ "case", "--help" }), QString());
    EXPECT_EXIT(help, 0);
    for (const char* action : { "assign", "note", "notes", "attach", "attachments", "attachment" })
        QVERIFY2(help.out.contains(QByteArray(QByteArray("\n  ") + action + ' ')), help.out.constData());
    const Run usage = run(args({ "--help" }), QString());
    QVERIFY(usage.mentions(s("case attachment REF ID --out FILE")));
    const Run noteHelp = run(args({ "case", "note", "--help" }), QString());
    EXPECT_EXIT(noteHelp, 0);
    QVERIFY(noteHelp.mentions(s("from-subject")));
}

QTEST_GUILESS_MAIN(TestDsarctlCaseWork)
#include "tst_dsarctl_casework.moc"
