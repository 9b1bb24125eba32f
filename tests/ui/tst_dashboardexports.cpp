// The dashboard's documents: the deadline calendar written as a real .ics file (one event per open case) with
// QSaveFile and the outcome said in the window, a failure in words; the annual report's dialog opened from its
// button; the buttons in the dashboard's tab order.
#include "TestSession.h"
#include "dashboard/AnnualReportDialog.h"
#include "dashboard/DashboardExports.h"
#include "dashboard/DashboardWindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dsar;

class TestDashboardExports : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void writesOneEventPerOpenCase();
    void aFileThatCannotBeWrittenIsSaidInWords();
    void theButtonsOpenTheirStepsAndFollowTab();

private:
    template <typename T>
    T* child(const QString& name) const
    {
        auto* found = m_window->findChild<T*>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    QLabel* message() const { return child<QLabel>(QStringLiteral("dashboardExportMessage")); }

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<DashboardWindow> m_window;
    QStringList m_open;
};

void TestDashboardExports::init()
{
    // Today is 10 March 2027: one case overdue, two open, one withdrawn (not in the calendar).
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Dpo);
    m_t->addController();
    const qint64 subject = m_t->addSubject().id;
    m_open.clear();
    for (const QDate received : { QDate(2027, 1, 20), QDate(2027, 2, 12), QDate(2027, 3, 5), QDate(2027, 3, 8) }) {
        OpenRequest request;
        request.subjectId = subject;
        request.rights = { RequestRight::Access };
        request.received = ReceiptTime::fromDate(received);
        m_open << m_t->session->cases().openRequest(request).value().first().reference;
    }
    QVERIFY(m_t->session->cases().changeStatus(m_open.takeLast(), CaseStatus::Withdrawn).ok());
    m_window = std::make_unique<DashboardWindow>(*m_t->session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardExports::cleanup()
{
    m_window.reset();
    m_t.reset();
}

void TestDashboardExports::writesOneEventPerOpenCase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(DashboardExports::defaultCalendarName(QStringLiteral("en")));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("dsar-deadlines.ics"));
    QVERIFY(m_window->exports()->exportCalendar(QStringLiteral("en"), path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.trimmed().endsWith("END:VCALENDAR"));
    QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), qsizetype(m_open.size()));
    QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), qsizetype(m_t->session->dashboard().figures()->open));
    for (const QString& reference : std::as_const(m_open))
        QVERIFY2(ics.contains(QByteArray("UID:" + reference.toUtf8() + "-due@dsardesk")), qPrintable(reference));
    QVERIFY(ics.contains("X-WR-CALNAME:DSAR deadlines"));
    // Said in the window, with the path.
    QVERIFY(message()->isVisible());
    QVERIFY2(message()->text().contains(QDir::toNativeSeparators(path)), qPrintable(message()->text()));
    QVERIFY(message()->text().contains(QStringLiteral("3 open case")));

    // Written again over the old one, in Swedish: replaced whole.
    QVERIFY(m_window->exports()->exportCalendar(QStringLiteral("sv"), path));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QByteArray swedish = again.readAll();
    QVERIFY(swedish.contains("X-WR-CALNAME:DSAR-tidsfrister"));
    QCOMPARE(swedish.count("BEGIN:VEVENT\r\n"), qsizetype(m_open.size()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("dsar-deadlines.ics") });
}

void TestDashboardExports::aFileThatCannotBeWrittenIsSaidInWords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/dsar-deadlines.ics"));
    QVERIFY(!m_window->exports()->exportCalendar(QStringLiteral("sv"), path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(message()->isVisible());
    QVERIFY2(message()->text().contains(QDir::toNativeSeparators(path)), qPrintable(message()->text()));
    QVERIFY(message()->text().contains(QStringLiteral("Choose another folder or file name")));

    // A language core does not write is refused with core's message.
    QVERIFY(!m_window->exports()->exportCalendar(QStringLiteral("de"), dir.filePath(QStringLiteral("x.ics"))));
    QVERIFY2(message()->text().contains(m_t->session->cases().deadlineCalendar(QStringLiteral("de")).error()),
             qPrintable(message()->text()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.ics"))));
}

void TestDashboardExports::theButtonsOpenTheirStepsAndFollowTab()
{
    auto* annual = child<QToolButton>(QStringLiteral("annualReportButton"));
    auto* calendar = child<QToolButton>(QStringLiteral("exportCalendarButton"));
    QVERIFY(!annual->text().isEmpty());
    QVERIFY(!annual->accessibleName().isEmpty());
    QVERIFY(!calendar->accessibleName().isEmpty());
    // The calendar's language is chosen from the button's menu, each language named in itself.
    QMenu* languages = calendar->defaultAction()->menu();
    QVERIFY(languages);
    QCOMPARE(languages->actions().size(), 2);
    QCOMPARE(languages->actions().at(0)->text(), QStringLiteral("Svenska"));

    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    annual->setFocus();
    QTest::keyClick(annual, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), calendar);
    QTest::keyClick(calendar, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QToolButton>(QStringLiteral("refreshDashboardButton")));

    // Space on the button opens the annual report's dialog, over the dashboard.
    annual->setFocus();
    QTest::keyClick(annual, Qt::Key_Space);
    auto* dialog = m_window->findChild<AnnualReportDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();

    const QString path = qEnvironmentVariable("DASHBOARD_EXPORT_SCREENSHOT");
    if (!path.isEmpty()) {
        QTemporaryDir dir;
        QVERIFY(m_window->exports()->exportCalendar(QStringLiteral("en"),
                                                    dir.filePath(QStringLiteral("dsar-deadlines.ics"))));
        m_window->resize(1200, 800);
        QVERIFY(m_window->grab().save(path));
    }
}

QTEST_MAIN(TestDashboardExports)
#include "tst_dashboardexports.moc"
