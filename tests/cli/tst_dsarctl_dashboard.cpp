// dsarctl dashboard and dsarctl report annual on the demonstration database: the figures agree with the case
// list, the annual report is a PDF with its figures, and bad input is refused with a message.
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace dsar::clitest;

class TestDsarctlDashboard : public QObject, public DsarctlHarness
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

    void theFiguresAgreeWithTheCaseList();
    void theAnnualReportIsAPdf();
    void badInputIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_prepared;
    QString m_demo;
};

void TestDsarctlDashboard::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());
    m_demo = m_db = m_prepared->filePath(QStringLiteral("demo.sqlite"));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);
    endTest();
}

void TestDsarctlDashboard::theFiguresAgreeWithTheCaseList()
{
    const Run dashboard = runAs(dpo, args({ "dashboard", "--json" }));
    EXPECT_EXIT(dashboard, 0);
    const QJsonObject figures = dashboard.json().toObject();
    for (const char* key : { "open", "overdue", "due_7_days", "extended", "answered_on_time_share", "timeline",
                             "this_month", "this_year", "open_by_status", "open_by_right" })
        QVERIFY2(figures.contains(QLatin1String(key)), key);
    QCOMPARE(figures.value(QStringLiteral("today")).toString(), fixedToday);

    const Run overdue = runAs(dpo, args({ "case", "list", "--overdue", "--json" }));
    EXPECT_EXIT(overdue, 0);
    QCOMPARE(figures.value(QStringLiteral("overdue")).toInt(), overdue.json().toArray().size());
    const Run soon = runAs(dpo, args({ "case", "list", "--due-within", "7", "--json" }));
    EXPECT_EXIT(soon, 0);
    QCOMPARE(figures.value(QStringLiteral("due_7_days")).toInt(), soon.json().toArray().size());
    const Run all = runAs(dpo, args({ "case", "list", "--json" }));
    int open = 0;
    for (const QJsonValue& value : all.json().toArray()) {
        const QString status = value.toObject().value(QStringLiteral("status")).toString();
        open += QStringList { s("received"), s("awaiting-identification"), s("in-progress"), s("decision-proposed"),
                              s("decision-approved") }
                    .contains(status);
    }
    QVERIFY(open > 0);
    QCOMPARE(figures.value(QStringLiteral("open")).toInt(), open);
    QCOMPARE(figures.value(QStringLiteral("timeline")).toArray().size(), 8);

    // The reminders name the same overdue cases, and those due within three working days.
    const Run reminders = runAs(handlaggare, args({ "reminders", "--json" }));
    EXPECT_EXIT(reminders, 0);
    const QJsonObject reminded = reminders.json().toObject();
    QCOMPARE(reminded.value(QStringLiteral("overdue")).toArray().size(),
             figures.value(QStringLiteral("overdue")).toInt());
    QCOMPARE(reminded.value(QStringLiteral("working_days")).toInt(), 3);
    for (const QJsonValue& value : reminded.value(QStringLiteral("due_soon")).toArray()) {
        const QString due = value.toObject().value(QStringLiteral("due")).toString();
        QVERIFY(due >= fixedToday && due <= reminded.value(QStringLiteral("due_by")).toString());
    }

    const Run plain = runAs(handlaggare, args({ "dashboard" }));
    EXPECT_EXIT(plain, 0);
    QVERIFY(plain.out.contains("overdue"));
}

void TestDsarctlDashboard::theAnnualReportIsAPdf()
{
    const QString out = path(QStringLiteral("arsrapport.pdf"));
    EXPECT_EXIT(runAs(dpo, args({ "report", "annual", "--year", "2027", "--out" }) << out), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils)");
    QProcess text;
    text.start(pdftotext, { out, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("Årsrapport 2027")), qPrintable(content.left(400)));
    QVERIFY(content.contains(QStringLiteral("Begäranden per rättighet")));
    QVERIFY(content.contains(QStringLiteral("Sida 1 av")));
}

void TestDsarctlDashboard::badInputIsRefused()
{
    const QString out = path(QStringLiteral("x.pdf"));
    const Run future = runAs(dpo, args({ "report", "annual", "--year", "2031", "--out" }) << out);
    EXPECT_EXIT(future, 1);
    QVERIFY(future.mentions(QStringLiteral("from 2018")));
    EXPECT_EXIT(runAs(dpo, args({ "report", "annual", "--year", "2027" })), 2);
    EXPECT_EXIT(runAs(dpo, args({ "report", "annual", "--year", "last", "--out" }) << out), 2);
    const Run language = runAs(dpo, args({ "report", "annual", "--year", "2027", "--lang", "de", "--out" }) << out);
    EXPECT_EXIT(language, 1);
    QVERIFY(!QFile::exists(out));
    EXPECT_EXIT(runAs(dpo, args({ "dashboard", "extra" })), 2);
}

QTEST_GUILESS_MAIN(TestDsarctlDashboard)
#include "tst_dsarctl_dashboard.moc"
