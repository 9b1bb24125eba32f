// The gallring list: only holdings past their retain-until date, grouped by organisation, system and
// processing activity; the DPO confirms erasure, a case handler is not offered it.
#include "TestSession.h"
#include "gallring/GallringWindow.h"
#include "services/RegisterService.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace dsar;

namespace {

ProcessingActivity activity(qint64 controllerId, const QString& name, const QString& system, const QString& rule)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = name;
    a.purposes = { QStringLiteral("Administrera kundrelationen") };
    a.legalBases = { { LegalBasis::LegitimateInterests, QString() } };
    a.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    a.systems = { system };
    a.retentionRule = rule;
    return a;
}

HoldingInput input(const QString& field, RetentionEvent event, QDate date)
{
    HoldingInput in;
    in.category = QStringLiteral("Kontaktuppgifter");
    in.field = field;
    in.value = QStringLiteral("värde");
    in.events.setDate(event, date);
    return in;
}

} // namespace

class TestGallringWindow : public QObject
{
    Q_OBJECT

private:
    void open(Role role);
    QTreeWidget* tree() const { return m_window->findChild<QTreeWidget*>(QStringLiteral("gallringTree")); }
    QPushButton* confirmButton() const
    {
        return m_window->findChild<QPushButton*>(QStringLiteral("confirmErasedButton"));
    }
    int storedPastDue();
    // Answers the confirmation with its confirm button (or Cancel), keeping its informative text.
    void answerConfirmation(bool confirm);
    QTreeWidgetItem* leaf(const QString& subject) const;

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<GallringWindow> m_window;
    QString m_confirmationText;

private slots:
    void init() { open(Role::Dpo); }
    void cleanup();

    void treeShowsOnlyPastDueHoldingsGrouped();
    void dpoConfirmsErasedHoldings();
    void aSelectedGroupStandsForItsHoldings();
    void cancellingChangesNothing();
    void aRefusalIsShown();
    void handlaggareIsNotOfferedConfirmation();
    void exportWritesTheListAndSaysSo();
};

void TestGallringWindow::open(Role role)
{
    m_window.reset();
    // Today is 2027-03-10.
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), role);
    const qint64 assessio = m_t->addController().id;
    const qint64 coegi = m_t->addController(QStringLiteral("Coegi")).id;
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    const auto add = [&asAdmin](const ProcessingActivity& a) {
        Result<ProcessingActivity> added = asAdmin.add(a);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    };
    const qint64 crm = add(activity(assessio, QStringLiteral("CRM-system"), QStringLiteral("CRM"),
                                    QStringLiteral("after-relationship-ended;2y")));
    const qint64 newsletter = add(activity(assessio, QStringLiteral("Nyhetsbrev"), QStringLiteral("Nyhetsbrevsverktyg"),
                                           QStringLiteral("after-send-out;180d")));
    const qint64 relations = add(activity(coegi, QStringLiteral("Kundrelationer"), QStringLiteral("Kundvårdssystem"),
                                          QStringLiteral("after-last-activity;3y")));
    const qint64 tolvan = m_t->addSubject(QStringLiteral("Tolvan Tolvansson")).id;
    const qint64 britt = m_t->addSubject(QStringLiteral("Britt-Marie Exempelsson")).id;

    HoldingService asHandler(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Handlaggare),
                             m_t->session->keys());
    const auto hold = [&asHandler](qint64 subject, qint64 activityId, const QString& system, const HoldingInput& in) {
        Result<Holding> added = asHandler.add(subject, activityId, system, in);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
    };
    // Kept until 2027-01-15: 54 days overdue.
    hold(tolvan, crm, QStringLiteral("CRM"),
         input(QStringLiteral("E-post"), RetentionEvent::RelationshipEnded, QDate(2025, 1, 15)));
    // Kept until 2027-06-30: not due.
    hold(tolvan, newsletter, QStringLiteral("Nyhetsbrevsverktyg"),
         input(QStringLiteral("E-post"), RetentionEvent::SentOut, QDate(2027, 1, 1)));
    // Kept until 2026-06-30 and 2026-01-10.
    hold(britt, crm, QStringLiteral("CRM"),
         input(QStringLiteral("Telefon"), RetentionEvent::RelationshipEnded, QDate(2024, 6, 30)));
    hold(britt, relations, QStringLiteral("Kundvårdssystem"),
         input(QStringLiteral("Mobil"), RetentionEvent::LastActivity, QDate(2023, 1, 10)));

    m_window = std::make_unique<GallringWindow>(*m_t->session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGallringWindow::cleanup()
{
    m_window.reset();
    m_t.reset();
}

int TestGallringWindow::storedPastDue()
{
    Result<QList<GallringItem>> items = m_t->session->holdings().gallring();
    return items ? static_cast<int>(items->size()) : -1;
}

void TestGallringWindow::answerConfirmation(bool confirm)
{
    m_confirmationText.clear();
    QTimer::singleShot(0, this, [this, confirm] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("erasureConfirmation"))
            return;
        m_confirmationText = box->informativeText();
        if (confirm)
            box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        else
            box->button(QMessageBox::Cancel)->click();
    });
}

QTreeWidgetItem* TestGallringWindow::leaf(const QString& subject) const
{
    const QList<QTreeWidgetItem*> found = tree()->findItems(subject, Qt::MatchExactly | Qt::MatchRecursive);
    return found.size() == 1 ? found.first() : nullptr;
}

void TestGallringWindow::treeShowsOnlyPastDueHoldingsGrouped()
{
    QCOMPARE(m_window->count(), 3);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Gallring list (3)"));
    QTreeWidget* view = tree();
    QCOMPARE(view->topLevelItemCount(), 2);
    QTreeWidgetItem* assessio = view->topLevelItem(0);
    QCOMPARE(assessio->text(0), QStringLiteral("Assessio Sverige AB (2)"));
    QCOMPARE(assessio->childCount(), 1); // the newsletter holding is not due
    QTreeWidgetItem* system = assessio->child(0);
    QCOMPARE(system->text(0), QStringLiteral("System: CRM (2)"));
    QCOMPARE(system->childCount(), 1);
    QTreeWidgetItem* activity = system->child(0);
    QCOMPARE(activity->text(0), QStringLiteral("Processing activity: CRM-system (2)"));
    QCOMPARE(activity->childCount(), 2);
    // Within an activity, the longest overdue first.
    QCOMPARE(activity->child(0)->text(0), QStringLiteral("Britt-Marie Exempelsson"));
    QCOMPARE(activity->child(0)->text(3), QStringLiteral("2026-06-30"));
    QCOMPARE(activity->child(1)->text(0), QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(activity->child(1)->text(1), QStringLiteral("Kontaktuppgifter"));
    QCOMPARE(activity->child(1)->text(2), QStringLiteral("E-post"));
    QCOMPARE(activity->child(1)->text(3), QStringLiteral("2027-01-15"));
    QCOMPARE(activity->child(1)->text(4), QStringLiteral("54"));

    QTreeWidgetItem* coegi = view->topLevelItem(1);
    QCOMPARE(coegi->text(0), QStringLiteral("Coegi (1)"));
    QCOMPARE(coegi->child(0)->text(0), QStringLiteral("System: Kundvårdssystem (1)"));
    QCOMPARE(coegi->child(0)->child(0)->child(0)->text(2), QStringLiteral("Mobil"));
    QVERIFY(confirmButton()->isVisible());
    QVERIFY(!confirmButton()->isEnabled()); // nothing selected
}

void TestGallringWindow::dpoConfirmsErasedHoldings()
{
    QTreeWidgetItem* tolvan = leaf(QStringLiteral("Tolvan Tolvansson"));
    QVERIFY(tolvan);
    tree()->setCurrentItem(tolvan);
    QVERIFY(confirmButton()->isEnabled());
    answerConfirmation(true);
    confirmButton()->click();
    QVERIFY2(m_confirmationText.contains(QStringLiteral("CRM (Assessio Sverige AB)")), qPrintable(m_confirmationText));
    QCOMPARE(storedPastDue(), 2);
    QCOMPARE(m_window->count(), 2);
    QVERIFY(!leaf(QStringLiteral("Tolvan Tolvansson")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Gallring list (2)"));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("gallringNote"))->text(),
             QStringLiteral("Holdings recorded as erased: 1."));
}

void TestGallringWindow::aSelectedGroupStandsForItsHoldings()
{
    tree()->setCurrentItem(tree()->topLevelItem(0)); // Assessio: two holdings in CRM
    answerConfirmation(true);
    confirmButton()->click();
    QCOMPARE(storedPastDue(), 1);
    QCOMPARE(tree()->topLevelItemCount(), 1);
    QCOMPARE(tree()->topLevelItem(0)->text(0), QStringLiteral("Coegi (1)"));
}

void TestGallringWindow::cancellingChangesNothing()
{
    tree()->setCurrentItem(leaf(QStringLiteral("Tolvan Tolvansson")));
    answerConfirmation(false);
    confirmButton()->click();
    QVERIFY(!m_confirmationText.isEmpty());
    QCOMPARE(storedPastDue(), 3);
    QCOMPARE(m_window->count(), 3);
}

void TestGallringWindow::aRefusalIsShown()
{
    tree()->setCurrentItem(leaf(QStringLiteral("Tolvan Tolvansson")));
    // Another workstation confirms it first.
    Result<QList<GallringItem>> items = m_t->session->holdings().gallring();
    QVERIFY(items.ok());
    for (const GallringItem& item : items.value()) {
        if (item.subjectName == QLatin1String("Tolvan Tolvansson"))
            QVERIFY(m_t->session->holdings().confirmErased({ item.view.holding.id }).ok());
    }
    answerConfirmation(true);
    confirmButton()->click();
    QLabel* problem = m_window->findChild<QLabel*>(QStringLiteral("gallringProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("may already have been erased")), qPrintable(problem->text()));
}

void TestGallringWindow::handlaggareIsNotOfferedConfirmation()
{
    open(Role::Handlaggare);
    QCOMPARE(m_window->count(), 3);
    QVERIFY(!confirmButton()->isVisible());
    tree()->setCurrentItem(leaf(QStringLiteral("Tolvan Tolvansson")));
    QVERIFY(!confirmButton()->isEnabled());
    QLabel* note = m_window->findChild<QLabel*>(QStringLiteral("gallringRoleNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("Data protection officer")));
}

void TestGallringWindow::exportWritesTheListAndSaysSo()
{
    auto* exportButton = m_window->findChild<QPushButton*>(QStringLiteral("exportButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gallring.csv"));
    m_window->exportTo(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), qsizetype(1 + storedPastDue()));
    auto* note = m_window->findChild<QLabel*>(QStringLiteral("gallringNote"));
    QVERIFY2(note->text().startsWith(QStringLiteral("Exported %1 holding").arg(storedPastDue())),
             qPrintable(note->text()));
    // A folder that does not exist: the message says so and nothing is logged.
    const qint64 exports = m_t->countRows(QStringLiteral("audit_events WHERE action = 'gallring.exported'"));
    m_window->exportTo(dir.filePath(QStringLiteral("missing/gallring.csv")));
    QCOMPARE(m_t->countRows(QStringLiteral("audit_events WHERE action = 'gallring.exported'")), exports);
}

QTEST_MAIN(TestGallringWindow)
#include "tst_gallringwindow.moc"
