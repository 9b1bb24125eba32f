// End-to-end tests of "dsarctl case identify|extend|approve-extension" (issue 5 items 2 and 3) on copies of one
// demonstration database made through dsarctl, with DSAR_TODAY moved day by day as a case goes on.
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dsar::clitest;

class TestDsarctlDecisions : public QObject, public DsarctlHarness
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

    void identifyStopsTheClockAndTheAnswerMovesTheDueDate();
    void lateRequestIsRecordedWithAWarning();
    void closeNotConfirmedOnlyAfterTheWait();
    void extendThenTheDpoApproves();
    void extensionAfterTheDueDateIsRefused();
    void refusalsSayWhy();
    void usageErrors_data();
    void usageErrors();
    void caseHelpListsTheActions();

private:
    Run runOn(const QString& today, const QString& user, const QStringList& arguments) const
    {
        return run(onDb(arguments), environment(today, user));
    }
    // A new access case for Tolvan at Assessio, received on `received` and registered the same day.
    QString openCase(const QString& received);
    QJsonObject shown(const QString& reference, const QString& today);

    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_demo;
    QString m_subject;
};

void TestDsarctlDecisions::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());
    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);
    const Run found = runAs(handlaggare, args({ "subject", "find", "--json", "121212+1212" }));
    EXPECT_EXIT(found, 0);
    QCOMPARE(found.json().toArray().size(), 1);
    m_subject = QString::number(found.json().toArray().first().toObject().value(QStringLiteral("id")).toInteger());
    endTest();
}

QString TestDsarctlDecisions::openCase(const QString& received)
{
    const Run opened = runOn(
        received, handlaggare,
        args({ "case", "open", "--json", "--right", "access", "--controller", "Assessio Sverige AB", "--received" })
            << received << s("--subject") << m_subject);
    if (opened.exitCode != 0)
        qWarning("%s", describe(opened, 0).constData());
    return opened.json().toArray().first().toObject().value(QStringLiteral("reference")).toString();
}

QJsonObject TestDsarctlDecisions::shown(const QString& reference, const QString& today)
{
    return runOn(today, handlaggare, args({ "case", "show", "--json" }) << reference).json().toObject();
}

void TestDsarctlDecisions::identifyStopsTheClockAndTheAnswerMovesTheDueDate()
{
    const QString reference = openCase(s("2027-03-05"));
    QVERIFY(!reference.isEmpty());
    const Run asked
        = runOn(s("2027-03-08"), handlaggare,
                args({ "case", "identify" })
                    << reference
                    << args({ "--request", "--kind", "identity", "--reason",
                              "Avsändaradressen finns inte i kundregistret", "--on", "2027-03-08", "--json" }));
    EXPECT_EXIT(asked, 0);
    QJsonObject record = asked.json().toObject();
    QCOMPARE(record.value(QStringLiteral("status")).toString(), s("awaiting-identification"));
    QVERIFY(record.value(QStringLiteral("clock_stopped")).toBool());
    QCOMPARE(record.value(QStringLiteral("warnings")).toArray().size(), 0);
    QJsonArray episodes = record.value(QStringLiteral("identifications")).toArray();
    QCOMPARE(episodes.size(), 1);
    QCOMPARE(episodes.first().toObject().value(QStringLiteral("requested_on")).toString(), s("2027-03-08"));
    QVERIFY(episodes.first().toObject().value(QStringLiteral("open")).toBool());

    const Run answered
        = runOn(s("2027-03-15"), handlaggare,
                args({ "case", "identify" })
                    << reference
                    << args({ "--answered", "2027-03-15", "--method", "bankid", "--outcome", "confirmed", "--json" }));
    EXPECT_EXIT(answered, 0);
    record = answered.json().toObject();
    QCOMPARE(record.value(QStringLiteral("status")).toString(), s("in-progress"));
    QVERIFY(!record.value(QStringLiteral("clock_stopped")).toBool());
    QCOMPARE(record.value(QStringLiteral("suspended_days")).toInt(), 7);
    QCOMPARE(record.value(QStringLiteral("due")).toString(), s("2027-04-12"));
    QCOMPARE(record.value(QStringLiteral("one_month_due")).toString(), s("2027-04-12"));
    QCOMPARE(record.value(QStringLiteral("extended_due")).toString(), s("2027-06-14"));
    QCOMPARE(record.value(QStringLiteral("restart_due")).toString(), s("2027-04-15"));
    QCOMPARE(record.value(QStringLiteral("planning_due")).toString(), s("2027-04-12"));
    QVERIFY(!record.value(QStringLiteral("extended")).toBool());
    episodes = record.value(QStringLiteral("identifications")).toArray();
    QCOMPARE(episodes.first().toObject().value(QStringLiteral("method")).toString(), s("bankid"));
    QCOMPARE(episodes.first().toObject().value(QStringLiteral("outcome")).toString(), s("confirmed"));
    // Stored: "case show" sees the new date.
    const QJsonObject show = shown(reference, s("2027-03-15"));
    QCOMPARE(show.value(QStringLiteral("due")).toString(), s("2027-04-12"));
    QCOMPARE(show.value(QStringLiteral("suspended_days")).toInt(), 7);
    QCOMPARE(show.value(QStringLiteral("restart_due")).toString(), s("2027-04-15"));
}

void TestDsarctlDecisions::lateRequestIsRecordedWithAWarning()
{
    const QString reference = openCase(s("2027-03-05"));
    // Without --on: today, 11 March, one working day after the window closed on 10 March.
    const Run asked
        = runOn(s("2027-03-11"), handlaggare,
                args({ "case", "identify" })
                    << reference << args({ "--request", "--kind", "identity", "--reason", "Okänd avsändare" }));
    EXPECT_EXIT(asked, 0);
    QVERIFY2(asked.errText().contains(s("warning:")), asked.err.constData());
    QVERIFY2(asked.errText().contains(s("2027-03-10")), asked.err.constData());
    // --method alone: answered today, identity confirmed.
    const Run answered
        = runOn(s("2027-03-18"), handlaggare,
                args({ "case", "identify" }) << reference << args({ "--method", "known-email", "--json" }));
    EXPECT_EXIT(answered, 0);
    const QJsonObject record = answered.json().toObject();
    QCOMPARE(record.value(QStringLiteral("status")).toString(), s("in-progress"));
    QCOMPARE(record.value(QStringLiteral("suspended_days")).toInt(), 0);
    QCOMPARE(record.value(QStringLiteral("due")).toString(), s("2027-04-05"));
    QVERIFY(record.value(QStringLiteral("restart_due")).isNull());
    QCOMPARE(record.value(QStringLiteral("warnings")).toArray().size(), 1);
    const QJsonObject episode = record.value(QStringLiteral("identifications")).toArray().first().toObject();
    QCOMPARE(episode.value(QStringLiteral("answered_on")).toString(), s("2027-03-18"));
    QCOMPARE(episode.value(QStringLiteral("outcome")).toString(), s("confirmed"));
}

void TestDsarctlDecisions::closeNotConfirmedOnlyAfterTheWait()
{
    const QString reference = openCase(s("2027-03-05"));
    EXPECT_EXIT(runOn(s("2027-03-08"), handlaggare,
                      args({ "case", "identify" })
                          << reference
                          << args({ "--request", "--kind", "identity", "--reason", "Namnet stämmer inte" })),
                0);
    const Run early
        = runOn(s("2027-04-06"), handlaggare, args({ "case", "identify", "--close-not-confirmed" }) << reference);
    EXPECT_EXIT(early, 1);
    QVERIFY2(early.errText().contains(s("2027-04-07")), early.err.constData());
    QCOMPARE(shown(reference, s("2027-04-06")).value(QStringLiteral("status")).toString(),
             s("awaiting-identification"));

    const Run closed = runOn(s("2027-04-07"), handlaggare,
                             args({ "case", "identify", "--close-not-confirmed", "--json" }) << reference);
    EXPECT_EXIT(closed, 0);
    const QJsonObject record = closed.json().toObject();
    QCOMPARE(record.value(QStringLiteral("status")).toString(), s("identity-not-confirmed"));
    QVERIFY(!record.value(QStringLiteral("closed_at")).isNull());
    const QJsonObject episode = record.value(QStringLiteral("identifications")).toArray().first().toObject();
    QVERIFY(episode.value(QStringLiteral("answered_on")).isNull());
    QCOMPARE(episode.value(QStringLiteral("outcome")).toString(), s("not-confirmed"));
    // For people: the closing message names the complaint and remedy information to send.
    const QString reference2 = openCase(s("2027-03-05"));
    EXPECT_EXIT(runOn(s("2027-03-08"), handlaggare,
                      args({ "case", "identify" })
                          << reference2 << args({ "--request", "--kind", "identity", "--reason", "Okänd avsändare" })),
                0);
    const Run plain
        = runOn(s("2027-04-07"), handlaggare, args({ "case", "identify", "--close-not-confirmed" }) << reference2);
    EXPECT_EXIT(plain, 0);
    QVERIFY2(plain.mentions(s("IMY")), plain.out.constData());
}

void TestDsarctlDecisions::extendThenTheDpoApproves()
{
    const QString reference = openCase(s("2027-01-31"));
    const Run requested
        = runOn(s("2027-02-20"), handlaggare,
                args({ "case", "extend" }) << reference
                                           << args({ "--reason", "many-systems", "--note",
                                                     "Uppgifter i fem system och ett pappersarkiv", "--json" }));
    EXPECT_EXIT(requested, 0);
    QJsonObject record = requested.json().toObject();
    QVERIFY(!record.value(QStringLiteral("extended")).toBool());
    QCOMPARE(record.value(QStringLiteral("due")).toString(), s("2027-03-01"));
    QJsonObject extension = record.value(QStringLiteral("extension")).toObject();
    QCOMPARE(extension.value(QStringLiteral("reason")).toString(), s("many-systems"));
    QVERIFY(!extension.value(QStringLiteral("approved")).toBool());

    const Run byHandler = runOn(s("2027-02-22"), handlaggare, args({ "case", "approve-extension" }) << reference);
    EXPECT_EXIT(byHandler, 1);
    QVERIFY2(byHandler.errText().contains(s("dpo")), byHandler.err.constData());
    QVERIFY(!shown(reference, s("2027-02-22")).value(QStringLiteral("extended")).toBool());

    const Run approved = runOn(s("2027-02-22"), dpo, args({ "case", "approve-extension", "--json" }) << reference);
    EXPECT_EXIT(approved, 0);
    record = approved.json().toObject();
    QVERIFY(record.value(QStringLiteral("extended")).toBool());
    // LEGAL.md 1.1 item 5: the legal maximum is the due date; the earlier reading stays the plan.
    QCOMPARE(record.value(QStringLiteral("due")).toString(), s("2027-04-30"));
    QCOMPARE(record.value(QStringLiteral("one_month_due")).toString(), s("2027-03-01"));
    QCOMPARE(record.value(QStringLiteral("extended_target")).toString(), s("2027-04-28"));
    QCOMPARE(record.value(QStringLiteral("planning_due")).toString(), s("2027-04-28"));
    extension = record.value(QStringLiteral("extension")).toObject();
    QVERIFY(extension.value(QStringLiteral("approved")).toBool());
    QCOMPARE(extension.value(QStringLiteral("approved_by")).toString(), dpo);
    const QJsonObject stored = shown(reference, s("2027-02-22"));
    QVERIFY(stored.value(QStringLiteral("extended")).toBool());
    QCOMPARE(stored.value(QStringLiteral("due")).toString(), s("2027-04-30"));

    const Run again = runOn(s("2027-02-23"), handlaggare,
                            args({ "case", "extend" })
                                << reference << args({ "--reason", "volume-of-data", "--note", "Mer data" }));
    EXPECT_EXIT(again, 1);
    QVERIFY2(again.errText().contains(s("one extension")), again.err.constData());
}

void TestDsarctlDecisions::extensionAfterTheDueDateIsRefused()
{
    const QString reference = openCase(s("2027-03-05"));
    const Run late
        = runOn(s("2027-04-06"), handlaggare,
                args({ "case", "extend" })
                    << reference
                    << args({ "--reason", "volume-of-data", "--note", "Tio års fakturor att gå igenom", "--json" }));
    EXPECT_EXIT(late, 1);
    QVERIFY(late.out.isEmpty());
    QVERIFY2(late.errText().contains(s("2027-04-05")), late.err.constData());
    QVERIFY2(late.errText().contains(s("Art. 12(3)")), late.err.constData());
    // Nothing was recorded: there is nothing for the DPO to approve.
    const Run approve = runOn(s("2027-04-06"), dpo, args({ "case", "approve-extension" }) << reference);
    EXPECT_EXIT(approve, 1);
    QVERIFY2(approve.errText().contains(s("no extension has been requested")), approve.err.constData());
    const QJsonObject stored = shown(reference, s("2027-04-06"));
    QVERIFY(!stored.value(QStringLiteral("extended")).toBool());
    QCOMPARE(stored.value(QStringLiteral("due")).toString(), s("2027-04-05"));
}

void TestDsarctlDecisions::refusalsSayWhy()
{
    const QString reference = openCase(s("2027-03-05"));
    const Run noReason = runOn(s("2027-03-08"), handlaggare,
                               args({ "case", "identify" })
                                   << reference << args({ "--request", "--kind", "identity", "--reason", "  " }));
    EXPECT_EXIT(noReason, 1);
    QVERIFY2(noReason.errText().contains(s("clock does not stop")), noReason.err.constData());
    const Run noNote
        = runOn(s("2027-03-08"), handlaggare,
                args({ "case", "extend" }) << reference << args({ "--reason", "temporary-peak", "--note", "" }));
    EXPECT_EXIT(noNote, 1);
    QVERIFY2(noNote.errText().contains(s("para 163")), noNote.err.constData());
    const Run noRequest = runOn(s("2027-03-08"), handlaggare,
                                args({ "case", "identify" }) << reference << args({ "--method", "bankid" }));
    EXPECT_EXIT(noRequest, 1);
    QVERIFY2(noRequest.errText().contains(s("no request")), noRequest.err.constData());
    // Administrators do no case work.
    EXPECT_EXIT(runOn(s("2027-03-08"), admin,
                      args({ "case", "identify" })
                          << reference << args({ "--request", "--kind", "identity", "--reason", "Okänd" })),
                1);
    EXPECT_EXIT(runOn(s("2027-03-08"), handlaggare,
                      args({ "case", "extend", "DSAR-2027-09999", "--reason", "many-systems", "--note", "x" })),
                1);
    QCOMPARE(shown(reference, s("2027-03-08")).value(QStringLiteral("status")).toString(), s("received"));
}

void TestDsarctlDecisions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "case"; REF stands for the test's case
    QTest::newRow("identify without a step") << args({ "identify", "REF" });
    QTest::newRow("identify with two steps") << args({ "identify", "REF", "--request", "--close-not-confirmed" });
    QTest::newRow("identify without a reference") << args({ "identify", "--close-not-confirmed" });
    QTest::newRow("unknown kind") << args({ "identify", "REF", "--request", "--kind", "passport", "--reason", "x" });
    QTest::newRow("request without --reason") << args({ "identify", "REF", "--request", "--kind", "identity" });
    QTest::newRow("request with a bad date")
        << args({ "identify", "REF", "--request", "--kind", "identity", "--reason", "x", "--on", "8 March" });
    QTest::newRow("unknown method") << args({ "identify", "REF", "--method", "passport-copy" });
    QTest::newRow("unknown outcome") << args({ "identify", "REF", "--answered", "2027-03-08", "--outcome", "maybe" });
    QTest::newRow("answer without method or outcome") << args({ "identify", "REF", "--answered", "2027-03-08" });
    QTest::newRow("--kind with an answer") << args({ "identify", "REF", "--method", "bankid", "--kind", "identity" });
    QTest::newRow("extend without --note") << args({ "extend", "REF", "--reason", "many-systems" });
    QTest::newRow("extend with an unknown reason")
        << args({ "extend", "REF", "--reason", "large-effort", "--note", "x" });
    QTest::newRow("approve-extension without a reference") << args({ "approve-extension" });
}

void TestDsarctlDecisions::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QString reference = openCase(s("2027-03-05"));
    for (QString& argument : arguments) {
        if (argument == QLatin1String("REF"))
            argument = reference;
    }
    const Run refused = runOn(s("2027-03-08"), handlaggare, args({ "case" }) << arguments);
    EXPECT_EXIT(refused, 2);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(shown(reference, s("2027-03-08")).value(QStringLiteral("status")).toString(), s("received"));
}

void TestDsarctlDecisions::caseHelpListsTheActions()
{
    const Run help = runAs(handlaggare, args({ "case", "--help" }));
    EXPECT_EXIT(help, 0);
    for (const char* action : { "identify", "extend", "approve-extension" })
        QVERIFY2(help.out.contains(action), help.out.constData());
    const Run identifyHelp = runAs(handlaggare, args({ "case", "identify", "--help" }));
    EXPECT_EXIT(identifyHelp, 0);
    QVERIFY2(identifyHelp.out.contains("freja-eid"), identifyHelp.out.constData());
    QVERIFY2(run(args({ "--help" })).out.contains("case approve-extension REF"), "dsarctl --help");
}

QTEST_GUILESS_MAIN(TestDsarctlDecisions)
#include "tst_dsarctl_decisions.moc"
