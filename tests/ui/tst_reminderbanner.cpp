// The reminder at the top of the case list: overdue cases and those due within the working days, in words,
// refreshed when cases change, and the button that shows them.
#include "ReminderBanner.h"
#include "TestSession.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace dsar;

class TestReminderBanner : public QObject
{
    Q_OBJECT
private slots:
    void nothingToRemindOfHidesTheBanner();
    void overdueAndDueSoonAreNamedAndShown();

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

QTEST_MAIN(TestReminderBanner)
#include "tst_reminderbanner.moc"
