// End-to-end: a scripted run takes an erasure request from receipt to closed with dsarctl alone (issue 5 item
// 6): the assessment with its Art. 17(3) exceptions, the proposal, the DPO's approval, the erasure tasks, the
// Art. 19 notifications, the outcome letter as PDF, its sending and the closing; every block on the way.
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dsar::clitest;

class TestDsarctlOutcome : public QObject, public DsarctlHarness
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

    void erasureFromReceiptToClosed();
    void directMarketingObjectionHasNoRefusal();
    void followupsListsNothingBeforeItsDate();

private:
    QString openCase(const QString& right, const QString& controller, const QString& subject);
    QJsonObject itemWithField(const QJsonArray& items, const QString& field) const;

    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_demo;
    QString m_sven;
    QString m_tolvan;
};

void TestDsarctlOutcome::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());
    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);
    for (const auto& [query, id] : { std::pair { "Sven Prov", &m_sven }, std::pair { "Tolvan", &m_tolvan } }) {
        const Run found = runAs(handlaggare, args({ "subject", "find", "--json", query }));
        EXPECT_EXIT(found, 0);
        QVERIFY(!found.json().toArray().isEmpty());
        *id = QString::number(found.json().toArray().first().toObject().value(QStringLiteral("id")).toInteger());
    }
    endTest();
}

QString TestDsarctlOutcome::openCase(const QString& right, const QString& controller, const QString& subject)
{
    const Run opened = runAs(handlaggare,
                             args({ "case", "open", "--json", "--right" })
                                 << right << s("--controller") << controller << s("--received") << fixedToday
                                 << s("--subject") << subject);
    if (opened.exitCode != 0)
        qWarning("%s", describe(opened, 0).constData());
    const QString reference = opened.json().toArray().first().toObject().value(QStringLiteral("reference")).toString();
    if (runAs(handlaggare, args({ "case", "status" }) << reference << s("in-progress")).exitCode != 0)
        qWarning("could not start %s", qPrintable(reference));
    return reference;
}

QJsonObject TestDsarctlOutcome::itemWithField(const QJsonArray& items, const QString& field) const
{
    for (const QJsonValue& item : items) {
        if (item.toObject().value(QStringLiteral("field")).toString() == field)
            return item.toObject();
    }
    return {};
}

void TestDsarctlOutcome::erasureFromReceiptToClosed()
{
    const QString reference = openCase(s("erasure"), s("Allkontor Teknisk Service AB"), m_sven);
    QVERIFY(!reference.isEmpty());

    // The assessment: invoices kept under Art. 17(3)(b) and BFL 7 kap. 2 § until 31 December of the 7th year.
    const Run assessed = runAs(handlaggare, args({ "case", "assess", "--json" }) << reference);
    EXPECT_EXIT(assessed, 0);
    const QJsonArray items = assessed.json().toArray();
    QVERIFY(items.size() >= 4);
    const QJsonObject invoice = itemWithField(items, s("Faktura 2024-0871"));
    QCOMPARE(invoice.value(QStringLiteral("decision")).toString(), s("keep"));
    QCOMPARE(invoice.value(QStringLiteral("exception")).toString(), s("17.3.b"));
    QCOMPARE(invoice.value(QStringLiteral("legal_reference")).toString(), QString::fromUtf8("BFL 7 kap. 2 §"));
    // Fiscal year 2025 (two years before 2027) → kept through 2032-12-31.
    QCOMPARE(invoice.value(QStringLiteral("retain_until")).toString(), s("2032-12-31"));
    const QJsonObject email = itemWithField(items, s("E-post för erbjudanden"));
    QCOMPARE(email.value(QStringLiteral("decision")).toString(), s("erase"));
    QVERIFY(email.value(QStringLiteral("exception")).isNull());

    // A kept item needs its date; the message says so and nothing changes.
    const QString invoiceId = QString::number(invoice.value(QStringLiteral("id")).toInteger());
    const Run undated = runAs(handlaggare,
                              args({ "case", "assess" })
                                  << reference << s("--item") << invoiceId << s("--retain-until") << s("2020-01-01"));
    EXPECT_EXIT(undated, 1);
    QVERIFY2(undated.mentions(s("has passed")), undated.err.constData());

    EXPECT_EXIT(
        runAs(handlaggare,
              args({ "case", "propose" }) << reference << s("--summary") << s("Vi raderar det vi inte måste spara.")),
        0);
    // A handläggare cannot approve.
    const Run handlerApproves = runAs(handlaggare, args({ "case", "approve" }) << reference);
    EXPECT_EXIT(handlerApproves, 1);
    QVERIFY2(handlerApproves.mentions(s("dpo")), handlerApproves.err.constData());
    EXPECT_EXIT(runAs(dpo, args({ "case", "approve" }) << reference), 0);

    // The outcome letter waits for the erasure and the notifications.
    const QString pdf = path(s("svar.pdf"));
    const Run early = runAs(
        handlaggare, args({ "case", "letter" }) << reference << s("--kind") << s("outcome") << s("--out") << pdf);
    EXPECT_EXIT(early, 1);
    QVERIFY2(early.mentions(s("not yet confirmed done")), early.err.constData());
    QVERIFY(!QFile::exists(pdf));

    const Run tasks = runAs(handlaggare, args({ "case", "erasure", "--json" }) << reference);
    EXPECT_EXIT(tasks, 0);
    QVERIFY(!tasks.json().toArray().isEmpty());
    for (const QJsonValue& task : tasks.json().toArray()) {
        EXPECT_EXIT(runAs(handlaggare,
                          args({ "case", "erasure" }) << reference << s("--done")
                                                      << task.toObject().value(QStringLiteral("system")).toString()),
                    0);
    }
    const Run recipients = runAs(handlaggare, args({ "case", "notify", "--json" }) << reference);
    EXPECT_EXIT(recipients, 0);
    for (const QJsonValue& recipient : recipients.json().toArray()) {
        const QString name = recipient.toObject().value(QStringLiteral("recipient")).toString();
        // Art. 19: notified with a method, or why not.
        EXPECT_EXIT(runAs(handlaggare,
                          args({ "case", "notify" })
                              << reference << s("--recipient") << name << s("--status") << s("impossible")),
                    1);
        EXPECT_EXIT(runAs(handlaggare,
                          args({ "case", "notify" }) << reference << s("--recipient") << name << s("--status")
                                                     << s("notified") << s("--method") << s("e-post")),
                    0);
    }
    const Run closedEarly = runAs(handlaggare, args({ "case", "close" }) << reference);
    EXPECT_EXIT(closedEarly, 1);
    QVERIFY2(closedEarly.mentions(s("outcome letter")), closedEarly.err.constData());

    const Run letter
        = runAs(handlaggare,
                args({ "case", "letter", "--json" }) << reference << s("--kind") << s("outcome") << s("--out") << pdf);
    EXPECT_EXIT(letter, 0);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QCOMPARE(letter.json().toObject().value(QStringLiteral("sha256")).toString().toLatin1(), fileHash(pdf));

    const Run sent
        = runAs(handlaggare, args({ "case", "mark-sent", "--json" }) << reference << s("--kind") << s("outcome"));
    EXPECT_EXIT(sent, 0);
    QCOMPARE(sent.json().toObject().value(QStringLiteral("status")).toString(), s("answered"));
    const Run closed = runAs(handlaggare, args({ "case", "close", "--json" }) << reference);
    EXPECT_EXIT(closed, 0);
    QCOMPARE(closed.json().toObject().value(QStringLiteral("status")).toString(), s("closed"));
    const Run letters = runAs(handlaggare, args({ "case", "letters", "--json" }) << reference);
    EXPECT_EXIT(letters, 0);
    QCOMPARE(letters.json().toArray().size(), 1);
    QVERIFY(letters.json().toArray().first().toObject().value(QStringLiteral("sent")).toBool());
}

void TestDsarctlOutcome::directMarketingObjectionHasNoRefusal()
{
    const QString reference = openCase(s("objection"), s("Assessio Sverige AB"), m_tolvan);
    QVERIFY(!reference.isEmpty());
    EXPECT_EXIT(runAs(handlaggare, args({ "case", "assess", "--objection", "direct-marketing" }) << reference), 0);
    const Run refused
        = runAs(handlaggare,
                args({ "case", "propose" }) << reference << s("--ground") << s("direct-marketing") << s("--outcome")
                                            << s("refused") << s("--summary") << s("Nej.") << s("--reasons")
                                            << s("Vi vill fortsätta.") << s("--legal-reference") << s("-"));
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(s("21(3)")), refused.err.constData());
    EXPECT_EXIT(runAs(handlaggare,
                      args({ "case", "propose" }) << reference << s("--ground") << s("direct-marketing")
                                                  << s("--summary") << s("Utskicken har upphört.")),
                0);
}

void TestDsarctlOutcome::followupsListsNothingBeforeItsDate()
{
    const Run due = runAs(handlaggare, args({ "followups", "--json" }));
    EXPECT_EXIT(due, 0);
    QVERIFY(due.json().isArray());
    const Run bad = runAs(dpo, args({ "followups", "--done", "99999" }));
    EXPECT_EXIT(bad, 1);
    QVERIFY2(bad.mentions(s("no follow-up erasure due")), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestDsarctlOutcome)
#include "tst_dsarctl_outcome.moc"
