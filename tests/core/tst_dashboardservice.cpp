// DashboardService on the in-memory database: the DPO's figures from cases in every state, counted as the law
// counts them (due today is not overdue; answered on the due date is on time), and only for those who see cases.
#include "TestSession.h"
#include "extract/AnnualReport.h"
#include "services/CaseService.h"
#include "services/DashboardService.h"

#include <QRegularExpression>
#include <QTest>

using namespace dsar;

namespace {

// Today is Wednesday 2027-03-10 in these tests.
const QDate today = QDate(2027, 3, 10);

QDateTime morningOf(QDate date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC);
}

class PlainRenderer : public LetterRenderer
{
public:
    Result<QByteArray> render(const ComposedLetter& letter, const LetterFacts&, const QString& id) const override
    {
        return (id + letter.title).toUtf8();
    }
};

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void anEmptyDatabaseHasNothingToShow();
    void openCasesAreCountedByStatusRightAndDueDate();
    void answersAreOnTimeUpToAndIncludingTheDueDate();
    void theTimelineCountsOpenDeadlinesPerWeek();
    void extensionsAndDecisionsWaitForTheDpo();
    void onlyThoseWhoSeeCasesSeeTheFigures();
    void theAnnualReportCountsTheYearsRequestsAndAnswers();
    void remindersLookAheadInWorkingDays();

private:
    CaseService& cases() { return m_t->session->cases(); }
    DashboardFigures figures();
    // A request received on that date (the clock set to it), taken into work unless `start` is false.
    QString open(RequestRight right, QDate received, bool start = true);
    // Access answered on that day: assessed, proposed, approved, the outcome letter sent.
    void answer(const QString& reference, QDate on);

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<CaseService> m_dpo;
    SubjectRecord m_subject;
};

void TestDashboardService::init()
{
    m_t = std::make_unique<test::TestSession>(morningOf(today));
    m_t->addController();
    m_subject = m_t->addSubject();
    m_dpo = std::make_unique<CaseService>(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Dpo),
                                          m_t->session->keys(), m_t->session->settings());
}

void TestDashboardService::cleanup()
{
    m_dpo.reset();
    m_t.reset();
}

DashboardFigures TestDashboardService::figures()
{
    m_t->clock.setNow(morningOf(today));
    Result<DashboardFigures> computed = m_t->session->dashboard().figures();
    if (!computed)
        qFatal("no figures: %s", qPrintable(computed.error()));
    return computed.value();
}

QString TestDashboardService::open(RequestRight right, QDate received, bool start)
{
    m_t->clock.setNow(morningOf(received));
    OpenRequest request;
    request.subjectId = m_subject.id;
    request.rights = { right };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    if (!opened)
        qFatal("cannot open: %s", qPrintable(opened.error()));
    const QString reference = opened->first().reference;
    if (start && !cases().changeStatus(reference, CaseStatus::InProgress))
        qFatal("cannot start %s", qPrintable(reference));
    return reference;
}

void TestDashboardService::answer(const QString& reference, QDate on)
{
    m_t->clock.setNow(morningOf(on));
    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Du får ett registerutdrag.");
    if (!cases().proposeDecision(reference, proposal))
        qFatal("cannot propose %s", qPrintable(reference));
    if (Result<CaseRecord> approved = m_dpo->approveDecision(reference); !approved)
        qFatal("cannot approve: %s", qPrintable(approved.error()));
    if (Result<WrittenLetter> letter
        = cases().writeLetter(reference, LetterKind::Outcome, QStringLiteral("sv"), PlainRenderer());
        !letter)
        qFatal("cannot write: %s", qPrintable(letter.error()));
    if (Result<CaseRecord> sent = cases().markLetterSent(reference, LetterKind::Outcome, QStringLiteral("brev")); !sent)
        qFatal("cannot send: %s", qPrintable(sent.error()));
}

void TestDashboardService::anEmptyDatabaseHasNothingToShow()
{
    const DashboardFigures f = figures();
    QCOMPARE(f.today, today);
    QCOMPARE(f.open, 0);
    QCOMPARE(f.overdue, 0);
    QVERIFY(!f.thisYear.onTimeShare);
    QVERIFY(!f.thisYear.medianDays);
    QCOMPARE(f.timeline.size(), DashboardService::timelineWeeks);
    QCOMPARE(f.timeline.first().monday, QDate(2027, 3, 8));
    QCOMPARE(f.followUpsDue, std::optional<int>(0));
}

void TestDashboardService::openCasesAreCountedByStatusRightAndDueDate()
{
    open(RequestRight::Access, QDate(2027, 1, 20)); // due 2027-02-22: overdue
    open(RequestRight::Erasure, QDate(2027, 2, 10)); // due 2027-03-10, today: not overdue, due within 7 days
    open(RequestRight::Erasure, QDate(2027, 2, 17), false); // due 2027-03-17: the 7th day, received
    open(RequestRight::Objection, QDate(2027, 3, 1)); // due 2027-04-01
    const DashboardFigures f = figures();
    QCOMPARE(f.open, 4);
    QCOMPARE(f.overdue, 1);
    QCOMPARE(f.dueWithin7Days, 2);
    QCOMPARE(f.openByRight.value(RequestRight::Erasure), 2);
    QCOMPARE(f.openByRight.value(RequestRight::Access), 1);
    QCOMPARE(f.openByStatus.value(CaseStatus::InProgress), 3);
    QCOMPARE(f.openByStatus.value(CaseStatus::Received), 1);
}

void TestDashboardService::answersAreOnTimeUpToAndIncludingTheDueDate()
{
    const QString onDueDate = open(RequestRight::Access, QDate(2027, 2, 1)); // due 2027-03-01
    answer(onDueDate, QDate(2027, 3, 1));
    const QString late = open(RequestRight::Access, QDate(2027, 1, 25)); // due 2027-02-25
    answer(late, QDate(2027, 3, 2));
    const QString early = open(RequestRight::Access, QDate(2027, 1, 4)); // due 2027-02-04
    answer(early, QDate(2027, 1, 14));
    const QString lastYear = open(RequestRight::Access, QDate(2026, 12, 1));
    answer(lastYear, QDate(2026, 12, 20));

    const DashboardFigures f = figures();
    QCOMPARE(f.thisYear.answered, 3);
    QCOMPARE(f.thisYear.onTime, 2);
    QCOMPARE(f.thisYear.late, QStringList { late });
    QCOMPARE(*f.thisYear.onTimeShare, 2.0 / 3.0);
    // 28, 36 and 10 calendar days from receipt to answer.
    QCOMPARE(*f.thisYear.medianDays, 28.0);
    QCOMPARE(*f.thisYear.averageDays, 74.0 / 3.0);
    QCOMPARE(f.thisMonth.answered, 2);
    QCOMPARE(f.thisMonth.onTime, 1);
    QCOMPARE(*f.thisMonth.medianDays, 32.0);
    QCOMPARE(f.open, 0);
    QCOMPARE(f.overdue, 0); // answered late is no longer open: it left the overdue list
    Result<AnsweredFigures> lastYearFigures
        = m_t->session->dashboard().answered(QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(lastYearFigures->answered, 1);
    QVERIFY(!m_t->session->dashboard().answered(QDate(2027, 2, 1), QDate(2027, 1, 1)).ok());
}

void TestDashboardService::theTimelineCountsOpenDeadlinesPerWeek()
{
    open(RequestRight::Access, QDate(2027, 2, 8)); // due 2027-03-08, Monday of this week
    open(RequestRight::Access, QDate(2027, 2, 14)); // 14 March is a Sunday: due Monday 2027-03-15, next week
    open(RequestRight::Access, QDate(2027, 3, 9)); // due 2027-04-09, the fifth week
    open(RequestRight::Access, QDate(2027, 2, 1), false); // due 2027-03-01, before this week: overdue, not ahead
    const DashboardFigures f = figures();
    QCOMPARE(f.timeline.at(0).due, 1);
    QCOMPARE(f.timeline.at(1).due, 1);
    QCOMPARE(f.timeline.at(4).due, 1);
    int total = 0;
    for (const DeadlineWeek& week : f.timeline)
        total += week.due;
    QCOMPARE(total, 3);
}

void TestDashboardService::extensionsAndDecisionsWaitForTheDpo()
{
    const QString extended = open(RequestRight::Access, QDate(2027, 2, 20));
    QVERIFY(cases().requestExtension(extended, ExtensionReason::ManySystems, QStringLiteral("Fem system.")).ok());
    const QString approved = open(RequestRight::Erasure, QDate(2027, 2, 21));
    QVERIFY(cases().requestExtension(approved, ExtensionReason::VolumeOfData, QStringLiteral("Stora mängder.")).ok());
    QVERIFY(m_dpo->approveExtension(approved).ok());
    const QString proposed = open(RequestRight::Access, QDate(2027, 3, 2));
    DecisionProposal proposal;
    proposal.summary = QStringLiteral("Du får ett registerutdrag.");
    QVERIFY(cases().proposeDecision(proposed, proposal).ok());
    const DashboardFigures f = figures();
    QCOMPARE(f.extended, 1);
    QCOMPARE(f.extensionsAwaitingDpo, 1);
    QCOMPARE(f.decisionsAwaitingDpo, 1);
    QCOMPARE(f.extensions.size(), 2);
    for (const ExtensionUse& use : f.extensions) {
        QCOMPARE(use.approved, use.reference == approved);
        QCOMPARE(use.reason, use.reference == approved ? ExtensionReason::VolumeOfData : ExtensionReason::ManySystems);
    }
}

void TestDashboardService::onlyThoseWhoSeeCasesSeeTheFigures()
{
    CaseService adminCases(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin), m_t->session->keys(),
                           m_t->session->settings());
    DashboardService admin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin), adminCases,
                           m_t->session->settings());
    // Administrators manage accounts and organisations, not cases.
    QVERIFY(!Permissions::allows(Role::Admin, Permission::ViewCases));
    Result<DashboardFigures> refused = admin.figures();
    QVERIFY(!refused.ok());
    QVERIFY2(!refused.error().isEmpty(), "the refusal says why");
}

void TestDashboardService::theAnnualReportCountsTheYearsRequestsAndAnswers()
{
    const QString late = open(RequestRight::Access, QDate(2027, 1, 25)); // due 2027-02-25
    answer(late, QDate(2027, 3, 2));
    const QString extended = open(RequestRight::Erasure, QDate(2027, 2, 20));
    QVERIFY(cases().requestExtension(extended, ExtensionReason::ManySystems, QStringLiteral("Fem system.")).ok());
    QVERIFY(m_dpo->approveExtension(extended).ok());
    open(RequestRight::Access, QDate(2027, 3, 1), false);
    open(RequestRight::Access, QDate(2026, 12, 30), false); // last year's

    m_t->clock.setNow(morningOf(today));
    Result<AnnualFigures> figures = m_t->session->dashboard().annual(2027);
    QVERIFY2(figures.ok(), qPrintable(figures.error()));
    QCOMPARE(figures->requests, 3);
    QCOMPARE(figures->requestsPerRight.size(), 2);
    QCOMPARE(figures->requestsPerRight.at(0).code, QStringLiteral("access"));
    QCOMPARE(figures->requestsPerRight.at(0).count, 2);
    QCOMPARE(figures->answered.answered, 1);
    QCOMPARE(figures->answered.late, QStringList { late });
    QCOMPARE(figures->extensions.size(), 1);
    QCOMPARE(figures->extensions.at(0).code, QStringLiteral("many-systems"));
    QCOMPARE(figures->extensions.at(0).approved, 1);
    QVERIFY(!m_t->session->dashboard().annual(2017).ok());
    QVERIFY(!m_t->session->dashboard().annual(2028).ok());

    const ExtractDocument report
        = AnnualReportComposer::compose(figures.value(), QStringLiteral("sv"), today, QStringLiteral("R-1"), {});
    QStringList text;
    for (const ExtractBlock& block : report.blocks) {
        text << block.text;
        for (const auto& [label, value] : block.facts)
            text << label + QStringLiteral(": ") + value;
        for (const QStringList& row : block.table.rows)
            text << row.join(QStringLiteral(" | "));
    }
    const QString all = text.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Begäranden: 3")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Besvarade i tid: 0 (0 %)")));
    // Numbers as Swedish writes them: a decimal comma.
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral("Handläggningstid, median: \\d+,\\d dagar"))),
             qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Tillgång (artikel 15) | 2")));
    QVERIFY(all.contains(QStringLiteral("Uppgifter i många system | 1 | 1")));
    QVERIFY(all.contains(QStringLiteral("Ingen begäran avslogs.")));
    QVERIFY(all.contains(QStringLiteral("Besvarade efter sista dagen: %1.").arg(late)));

    // A year with nothing answered says so in words, not "0 (–)".
    AnnualFigures quiet;
    quiet.year = 2027;
    const ExtractDocument empty
        = AnnualReportComposer::compose(quiet, QStringLiteral("en"), today, QStringLiteral("R-2"), {});
    QStringList facts;
    for (const ExtractBlock& block : empty.blocks) {
        for (const auto& [label, value] : block.facts)
            facts << label + QStringLiteral(": ") + value;
    }
    QVERIFY2(facts.contains(QStringLiteral("Answered on time: nothing answered yet")), qPrintable(facts.join('\n')));
    QVERIFY(facts.contains(QStringLiteral("Handling time, median: nothing answered yet")));
}

void TestDashboardService::remindersLookAheadInWorkingDays()
{
    // Today Wednesday 2027-03-10; three working days ahead is Monday 2027-03-15 (the weekend not counted).
    const QString overdue = open(RequestRight::Access, QDate(2027, 1, 20)); // due 2027-02-22
    const QString dueToday = open(RequestRight::Access, QDate(2027, 2, 10)); // due today
    const QString monday = open(RequestRight::Access, QDate(2027, 2, 14)); // 14 March a Sunday: due 2027-03-15
    open(RequestRight::Access, QDate(2027, 2, 16)); // due 2027-03-16: beyond
    m_t->clock.setNow(morningOf(today));
    Result<Reminders> reminders = m_t->session->dashboard().reminders();
    QVERIFY2(reminders.ok(), qPrintable(reminders.error()));
    QCOMPARE(reminders->workingDays, 3);
    QCOMPARE(reminders->dueBy, QDate(2027, 3, 15));
    QStringList soon;
    for (const CaseRecord& record : reminders->dueSoon)
        soon << record.reference;
    soon.sort();
    QStringList expected { dueToday, monday };
    expected.sort();
    QCOMPARE(soon, expected);
    QCOMPARE(reminders->overdue.size(), 1);
    QCOMPARE(reminders->overdue.first().reference, overdue);
    // Easter 2027: Good Friday 26 March and Easter Monday 29 March are not working days: Tue 30, Wed 31, Thu 1.
    m_t->clock.setNow(morningOf(QDate(2027, 3, 25)));
    QCOMPARE(m_t->session->dashboard().reminders()->dueBy, QDate(2027, 4, 1));
}

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
