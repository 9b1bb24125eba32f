// End-to-end: "dsarctl calendar" writes the open cases' due dates as an iCalendar file (issue 7 item 4): one
// event per open case of the demonstration database, CRLF lines of at most 75 octets, no subject's name or
// e-mail address, and a language other than sv or en refused without a file.
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dsar::clitest;

class TestDsarctlCalendar : public QObject, public DsarctlHarness
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(startTest()); }
    void cleanup() { endTest(); }

    void oneEventPerOpenCase();
};

void TestDsarctlCalendar::oneEventPerOpenCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    EXPECT_EXIT(run(onDb(args({ "init", "--demo" })), environment(fixedToday, QString())), 0);

    const QString ics = path(QStringLiteral("x.ics"));
    const Run written = runAs(handlaggare, args({ "calendar", "--out" }) << ics);
    EXPECT_EXIT(written, 0);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const Run cases = runAs(handlaggare, args({ "case", "list", "--json" }));
    EXPECT_EXIT(cases, 0);
    qsizetype open = 0;
    for (const QJsonValue& record : cases.json().toArray()) {
        if (!record.toObject().value(QStringLiteral("days_left")).isNull())
            ++open;
    }
    QVERIFY2(open > 0, "the demonstration data should have open cases");
    QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), open);
    QCOMPARE(bytes.count("END:VEVENT\r\n"), open);
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QVERIFY2(written.mentions(QString::number(open)), written.out.constData());
    for (QByteArray line : bytes.chopped(1).split('\n')) {
        QVERIFY2(line.endsWith('\r'), line.constData());
        line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
    }

    // The file leaves the system: no subject's name or e-mail address in it.
    const Run subjects = runAs(handlaggare, args({ "subject", "list", "--json" }));
    EXPECT_EXIT(subjects, 0);
    QVERIFY(!subjects.json().toArray().isEmpty());
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    for (const QJsonValue& subject : subjects.json().toArray()) {
        for (const char* field : { "name", "email" }) {
            const QString value = subject.toObject().value(QLatin1String(field)).toString();
            if (!value.isEmpty())
                QVERIFY2(!unfolded.contains(value.toUtf8()), qPrintable(value));
        }
    }

    const QString german = path(QStringLiteral("de.ics"));
    const Run refused = runAs(handlaggare, args({ "calendar", "--lang", "de", "--out" }) << german);
    QVERIFY2(refused.exitCode == 1 || refused.exitCode == 2, describe(refused, 1).constData());
    QVERIFY2(refused.mentions(s("\"de\"")), refused.err.constData());
    QVERIFY(!QFile::exists(german));
}

QTEST_GUILESS_MAIN(TestDsarctlCalendar)
#include "tst_dsarctl_calendar.moc"
