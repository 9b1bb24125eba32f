// The reminder at the top of the case list: overdue cases and those due within the working days, in words,
// refreshed when cases change, and the button that shows them; the tray message once per change of reminders.
#include "ReminderBanner.h"
#include "TestSession.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace dsar;

namespace {

// The tray as the banner sees it, without a desktop: whether there is one, and the messages it was given.
class RecordingTray : public TrayNotifier
{
public:
    RecordingTray(bool available, QStringList& messages)
        : m_available(available)
        , m_messages(messages)
    { }
    bool isAvailable() const override { return m_available; }
    void notify(const QString&, const QString& text) override { m_messages << text; }

private:
    bool m_available;
    QStringList& m_messages;
};

} // namespace

class TestReminderBanner : public QObject
{
    Q_OBJECT
private slots:
    void nothingToRemindOfHidesTheBanner();
    void overdueAndDueSoonAreNamedAndShown();
    void theTrayGetsAReminderOnceUntilTheRemindersChange();
    void withoutATrayTheBannerStillShows();
    void anAdministratorGetsNoReminderNorRefusal();

private:
    QString open(test::TestSession& t, qint64 subjectId, QDate received);
};

QString TestReminderBanner::open(test::TestSession& t, qint64 subjectId, QDate received)
{
    OpenRequest request;
    request.subjectId = subjectId;
    request.rights = { RequestRight::Access };
    request.received = ReceiptTime::fromDate(received);
    return t.session->cases().openRequest(request).value().first().reference;
}

void TestReminderBanner::nothingToRemindOfHidesTheBanner()
{
    test::TestSession t;
    t.addController();
    ReminderBanner banner(*t.session);
    banner.refresh();
    QVERIFY(banner.isHidden());
    QVERIFY(banner.references().isEmpty());
}

void TestReminderBanner::overdueAndDueSoonAreNamedAndShown()
{
    // Today is Wednesday 2027-03-10; three working days ahead is Monday 2027-03-15.
    test::TestSession t;
    t.addController();
    const qint64 subject = t.addSubject().id;
    const QString overdue = open(t, subject, QDate(2027, 1, 20)); // due 2027-02-22
    ReminderBanner banner(*t.session);
    banner.show();
    banner.refresh();
    QVERIFY(banner.isVisible());
    // Without a translator the plural shows as "case(s)"; the app always loads Swedish or English.
    static const QRegularExpression overdueText(QStringLiteral("1 case(\\(s\\))? overdue"));
    QVERIFY2(banner.text().contains(overdueText), qPrintable(banner.text()));
    QVERIFY(banner.text().contains(QStringLiteral("Art. 12(3)")));
    QCOMPARE(banner.references(), QStringList { overdue });

    // A new case due within the working days: the banner follows by itself.
    const QString soon = open(t, subject, QDate(2027, 2, 12)); // due 2027-03-12
    static const QRegularExpression soonText(QStringLiteral("1 case(\\(s\\))? due by"));
    QTRY_VERIFY2(banner.text().contains(soonText), qPrintable(banner.text()));
    QVERIFY(banner.text().contains(QStringLiteral("3 working days")));
    QSignalSpy shown(&banner, &ReminderBanner::showCases);
    banner.findChild<QPushButton*>(QStringLiteral("showRemindedCasesButton"))->click();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().toStringList(), (QStringList { overdue, soon }));
    banner.findChild<QPushButton*>(QStringLiteral("dismissReminderButton"))->click();
    QVERIFY(banner.isHidden());
}

void TestReminderBanner::theTrayGetsAReminderOnceUntilTheRemindersChange()
{
    test::TestSession t;
    t.addController();
    const qint64 subject = t.addSubject().id;
    const QString overdue = open(t, subject, QDate(2027, 1, 20)); // due 2027-02-22
    QStringList messages;
    ReminderBanner banner(*t.session);
    banner.setTrayNotifier(std::make_unique<RecordingTray>(true, messages));
    banner.show();
    banner.refresh();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first(), banner.text());
    QVERIFY(banner.isVisible());

    // The half-hourly refresh, a change of language and a change of cases that leaves the reminders as they were:
    // the banner stays, the tray is not told again.
    banner.refresh();
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&banner, &languageChange);
    open(t, subject, QDate(2027, 3, 5)); // due in April, nothing to remind of
    QCOMPARE(banner.references(), QStringList { overdue });
    QCOMPARE(messages.size(), 1);
    QVERIFY(banner.isVisible());

    // A new case to remind of is news: the tray says it once more.
    const QString soon = open(t, subject, QDate(2027, 2, 12)); // due 2027-03-12
    QTRY_COMPARE(banner.references(), (QStringList { overdue, soon }));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last(), banner.text());
    banner.refresh();
    QCOMPARE(messages.size(), 2);
    QVERIFY(banner.isVisible());
}

void TestReminderBanner::withoutATrayTheBannerStillShows()
{
    test::TestSession t;
    t.addController();
    open(t, t.addSubject().id, QDate(2027, 1, 20));
    QStringList messages;
    ReminderBanner banner(*t.session);
    banner.setTrayNotifier(std::make_unique<RecordingTray>(false, messages));
    banner.show();
    banner.refresh();
    QVERIFY(banner.isVisible());
    QVERIFY(banner.text().contains(QStringLiteral("Art. 12(3)")));
    QVERIFY(messages.isEmpty());
}

void TestReminderBanner::anAdministratorGetsNoReminderNorRefusal()
{
    // Administrators see no cases; the half-hourly refresh must not put the refusal in their window.
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), Role::Admin);
    QStringList messages;
    ReminderBanner banner(*t.session);
    banner.setTrayNotifier(std::make_unique<RecordingTray>(true, messages));
    banner.show();
    banner.refresh();
    QVERIFY(banner.isHidden());
    QVERIFY(banner.text().isEmpty());
    QVERIFY(messages.isEmpty());
}

QTEST_MAIN(TestReminderBanner)
#include "tst_reminderbanner.moc"
