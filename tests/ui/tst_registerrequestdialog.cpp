#include "DisplayFormat.h"
#include "RegisterRequestDialog.h"
#include "TestSession.h"
#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "services/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

using namespace dsar;

// Drives the registration form as a user would, against an in-memory database and a fixed clock.
class TestRegisterRequestDialog : public QObject
{
    Q_OBJECT

private:
    // 2027-08-02 13:00 in Stockholm (summer time): every receipt below lies before it.
    static QDateTime now() { return QDateTime(QDate(2027, 8, 2), QTime(11, 0), Qt::UTC); }
    static QDateTime stockholm(QDate date, QTime time) { return QDateTime(date, time, StockholmTime::zone()); }

    void addOrganisation(const QString& name);
    std::unique_ptr<RegisterRequestDialog> showDialog();
    template <typename T>
    static T* child(QWidget* dialog, const QString& name);
    static void typeReceipt(RegisterRequestDialog* dialog, const QString& text);
    static void fillNewSubject(RegisterRequestDialog* dialog, const QString& name, const QString& personalId = {});
    static void tick(RegisterRequestDialog* dialog, const QString& rightCode);
    static bool saveEnabled(RegisterRequestDialog* dialog);
    // Answers the discard question that reject() shows, once it is up.
    static void answerDiscardQuestion(const QString& buttonName);

    // Signed in as a handläggare, who registers requests.
    std::unique_ptr<test::TestSession> m_test;

private slots:
    void init();
    void cleanup();

    void opensWithNowAsReceipt();
    void computedDatesFollowReceipt_data();
    void computedDatesFollowReceipt();
    void futureReceiptDisablesSave();
    void invalidPersonnummerDisablesSave();
    void saveNeedsNameAndRight();
    void saveCreatesSubjectAndCases();
    void enterSaves();
    void dateOnlyReceiptHasNoInstant();
    void failedOpenLeavesNoSubject();
    void existingSubjectIsMaskedAndReused();
    void severalOrganisationsNeedAChoice();
    void cancelAsksBeforeDiscarding();
    void cancelWithoutInputCloses();
    void tabOrderFollowsTheForm();
};

void TestRegisterRequestDialog::init()
{
    m_test = std::make_unique<test::TestSession>(now());
    addOrganisation(QStringLiteral("Exempel AB"));
}

void TestRegisterRequestDialog::cleanup()
{
    m_test.reset();
}

void TestRegisterRequestDialog::addOrganisation(const QString& name)
{
    m_test->addController(name);
}

std::unique_ptr<RegisterRequestDialog> TestRegisterRequestDialog::showDialog()
{
    auto dialog = std::make_unique<RegisterRequestDialog>(*m_test->session);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the dialog did not become active; keyboard tests may fail");
    return dialog;
}

template <typename T>
T* TestRegisterRequestDialog::child(QWidget* dialog, const QString& name)
{
    T* found = dialog->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void TestRegisterRequestDialog::typeReceipt(RegisterRequestDialog* dialog, const QString& text)
{
    auto* edit = child<QDateTimeEdit>(dialog, QStringLiteral("receivedEdit"));
    edit->setFocus();
    // Select the whole value, then type over it section by section as a user does.
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

void TestRegisterRequestDialog::fillNewSubject(RegisterRequestDialog* dialog, const QString& name,
                                               const QString& personalId)
{
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("subjectName")), name);
    if (!personalId.isEmpty())
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("subjectPersonalId")), personalId);
}

void TestRegisterRequestDialog::tick(RegisterRequestDialog* dialog, const QString& rightCode)
{
    auto* box = child<QCheckBox>(dialog, QStringLiteral("right_") + rightCode);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

bool TestRegisterRequestDialog::saveEnabled(RegisterRequestDialog* dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("saveButton"))->isEnabled();
}

void TestRegisterRequestDialog::answerDiscardQuestion(const QString& buttonName)
{
    QTimer::singleShot(0, [buttonName] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("discardConfirmation"))
            return;
        box->findChild<QPushButton*>(buttonName)->click();
    });
}

void TestRegisterRequestDialog::opensWithNowAsReceipt()
{
    auto dialog = showDialog();
    // 11:00 UTC is 13:00 in Stockholm in August.
    QCOMPARE(child<QDateTimeEdit>(dialog.get(), QStringLiteral("receivedEdit"))->text(),
             QStringLiteral("2027-08-02 13:00"));
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("previewReceived"))->text(),
             DisplayFormat::longDate(QDate(2027, 8, 2)));
    QVERIFY(!saveEnabled(dialog.get()));
}

void TestRegisterRequestDialog::computedDatesFollowReceipt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("extendedDue");
    QTest::addColumn<QDate>("extensionTarget");
    QTest::addColumn<bool>("eveWarning");

    // LEGAL.md 1.1 examples.
    QTest::newRow("same date") << "2027-03-05 10:00" << QDate(2027, 4, 5) << QDate(2027, 6, 7) << QDate(2027, 6, 7)
                               << false;
    QTest::newRow("clamp, target earlier")
        << "2027-01-31 09:00" << QDate(2027, 3, 1) << QDate(2027, 4, 30) << QDate(2027, 4, 28) << false;
    QTest::newRow("midsommarafton") << "2027-05-25 16:45" << QDate(2027, 6, 25) << QDate(2027, 8, 25)
                                    << QDate(2027, 8, 25) << true;
}

void TestRegisterRequestDialog::computedDatesFollowReceipt()
{
    QFETCH(QString, typed);
    QFETCH(QDate, due);
    QFETCH(QDate, extendedDue);
    QFETCH(QDate, extensionTarget);
    QFETCH(bool, eveWarning);

    auto dialog = showDialog();
    typeReceipt(dialog.get(), typed);
    QCOMPARE(child<QDateTimeEdit>(dialog.get(), QStringLiteral("receivedEdit"))->text(), typed);

    // The label shows what the core computes, formatted as the UI formats every date.
    const QDateTime instant = stockholm(QDate::fromString(typed.left(10), Qt::ISODate),
                                        QTime::fromString(typed.mid(11), QStringLiteral("HH:mm")));
    Result<Deadlines> core = m_test->session->cases().previewDeadlines(ReceiptTime::fromInstant(instant));
    QVERIFY(core);
    QCOMPARE(core->due, due);
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("previewDue"))->text(), DisplayFormat::longDate(due));
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("previewExtendedDue"))->text(),
             DisplayFormat::longDate(extendedDue));
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("previewExtensionTarget"))->text(),
             DisplayFormat::longDate(extensionTarget));
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("previewInternalTarget"))->text(),
             DisplayFormat::longDate(core->internalTarget));
    auto* warnings = child<QLabel>(dialog.get(), QStringLiteral("previewWarnings"));
    QCOMPARE(warnings->isVisible(), eveWarning);
    QCOMPARE(core->dueOnEve, eveWarning);
}

void TestRegisterRequestDialog::futureReceiptDisablesSave()
{
    auto dialog = showDialog();
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"));
    tick(dialog.get(), QStringLiteral("access"));
    QVERIFY(saveEnabled(dialog.get()));

    typeReceipt(dialog.get(), QStringLiteral("2027-08-02 13:01"));
    QVERIFY(!saveEnabled(dialog.get()));
    auto* problem = child<QLabel>(dialog.get(), QStringLiteral("receiptProblem"));
    QVERIFY(problem->isVisible());
    const Status core = m_test->session->cases().validateReceipt(
        ReceiptTime::fromInstant(stockholm(QDate(2027, 8, 2), QTime(13, 1))));
    QVERIFY(!core);
    QCOMPARE(problem->text(), core.error());
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("previewDue"))->text(), QStringLiteral("–"));

    typeReceipt(dialog.get(), QStringLiteral("2027-08-02 12:59"));
    QVERIFY(saveEnabled(dialog.get()));
    QVERIFY(!problem->isVisible());
}

void TestRegisterRequestDialog::invalidPersonnummerDisablesSave()
{
    auto dialog = showDialog();
    tick(dialog.get(), QStringLiteral("access"));
    fillNewSubject(dialog.get(), QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1213"));
    QVERIFY(!saveEnabled(dialog.get()));
    auto* problem = child<QLabel>(dialog.get(), QStringLiteral("subjectProblem"));
    QVERIFY(problem->isVisible());
    Result<SubjectRecord> core = m_test->session->subjects().validate(
        { QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1213"), {}, {}, {} });
    QVERIFY(!core);
    QCOMPARE(problem->text(), core.error());

    auto* personalId = child<QLineEdit>(dialog.get(), QStringLiteral("subjectPersonalId"));
    QTest::keyClick(personalId, Qt::Key_Backspace);
    QTest::keyClick(personalId, Qt::Key_2);
    QVERIFY(saveEnabled(dialog.get()));
    QVERIFY(!problem->isVisible());
}

void TestRegisterRequestDialog::saveNeedsNameAndRight()
{
    auto dialog = showDialog();
    QVERIFY(!saveEnabled(dialog.get()));
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"));
    QVERIFY(!saveEnabled(dialog.get()));
    QVERIFY(child<QLabel>(dialog.get(), QStringLiteral("rightsProblem"))->isVisible());
    tick(dialog.get(), QStringLiteral("erasure"));
    QVERIFY(saveEnabled(dialog.get()));
    tick(dialog.get(), QStringLiteral("erasure"));
    QVERIFY(!saveEnabled(dialog.get()));
}

void TestRegisterRequestDialog::saveCreatesSubjectAndCases()
{
    auto dialog = showDialog();
    typeReceipt(dialog.get(), QStringLiteral("2027-03-05 10:00"));
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"), QStringLiteral("19121212-1212"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("subjectEmail")), QStringLiteral("per@example.se"));
    tick(dialog.get(), QStringLiteral("access"));
    tick(dialog.get(), QStringLiteral("erasure"));
    QVERIFY(saveEnabled(dialog.get()));

    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted)); // a shortcut "animates" the click
    QVERIFY(!dialog->isVisible());

    Result<QList<SubjectRecord>> subjects = m_test->session->subjects().all();
    QVERIFY(subjects);
    QCOMPARE(subjects->size(), 1);
    QCOMPARE(subjects->first().name, QStringLiteral("Per Persson"));
    QCOMPARE(subjects->first().personalId, QStringLiteral("191212121212"));

    Result<QList<CaseRecord>> cases = m_test->session->cases().list();
    QVERIFY(cases);
    QCOMPARE(cases->size(), 2);
    QCOMPARE(dialog->openedCases().size(), 2);
    for (const CaseRecord& record : cases.value()) {
        QCOMPARE(record.subjectId, subjects->first().id);
        QCOMPARE(record.received.stockholmDate, QDate(2027, 3, 5));
        QVERIFY(record.received.instant);
        QCOMPARE(*record.received.instant, stockholm(QDate(2027, 3, 5), QTime(10, 0)));
        QCOMPARE(record.due, QDate(2027, 4, 5));
        QCOMPARE(record.channel, Channel::Email);
    }
    QList<RequestRight> rights { cases->at(0).right, cases->at(1).right };
    QVERIFY(rights.contains(RequestRight::Access));
    QVERIFY(rights.contains(RequestRight::Erasure));
}

void TestRegisterRequestDialog::enterSaves()
{
    auto dialog = showDialog();
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"));
    tick(dialog.get(), QStringLiteral("objection"));
    QTest::keyClick(child<QLineEdit>(dialog.get(), QStringLiteral("subjectName")), Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->openedCases().size(), 1);
    QCOMPARE(dialog->openedCases().first().right, RequestRight::Objection);
}

void TestRegisterRequestDialog::dateOnlyReceiptHasNoInstant()
{
    auto dialog = showDialog();
    auto* dateOnly = child<QCheckBox>(dialog.get(), QStringLiteral("dateOnlyCheck"));
    dateOnly->setFocus();
    QTest::keyClick(dateOnly, Qt::Key_Space);
    QVERIFY(dateOnly->isChecked());
    typeReceipt(dialog.get(), QStringLiteral("2027-01-31"));
    QCOMPARE(child<QDateTimeEdit>(dialog.get(), QStringLiteral("receivedEdit"))->text(), QStringLiteral("2027-01-31"));
    auto* channel = child<QComboBox>(dialog.get(), QStringLiteral("channelCombo"));
    channel->setCurrentIndex(channel->findData(Channels::code(Channel::Letter)));
    fillNewSubject(dialog.get(), QStringLiteral("Britt-Marie Exempelsson"));
    tick(dialog.get(), QStringLiteral("access"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const CaseRecord record = dialog->openedCases().first();
    QCOMPARE(record.received.stockholmDate, QDate(2027, 1, 31));
    QVERIFY(!record.received.instant);
    QCOMPARE(record.channel, Channel::Letter);
    QCOMPARE(record.due, QDate(2027, 3, 1));
}

void TestRegisterRequestDialog::failedOpenLeavesNoSubject()
{
    auto dialog = showDialog();
    typeReceipt(dialog.get(), QStringLiteral("2027-03-05 10:00"));
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"), QStringLiteral("19121212-1212"));
    tick(dialog.get(), QStringLiteral("access"));
    QVERIFY(saveEnabled(dialog.get()));

    // The clock moves back behind the form's back: the subject can be added, but the core refuses to open a
    // case for a receipt that now lies in the future. Both must go.
    m_test->clock.setNow(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveButton")), Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->openedCases().isEmpty());
    auto* error = child<QLabel>(dialog.get(), QStringLiteral("saveError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("future")), qPrintable(error->text()));

    Result<QList<SubjectRecord>> subjects = m_test->session->subjects().all();
    QVERIFY(subjects);
    QVERIFY(subjects->isEmpty());
    Result<QList<CaseRecord>> cases = m_test->session->cases().list();
    QVERIFY(cases);
    QVERIFY(cases->isEmpty());

    // Once the input is fixed, the same form saves both.
    m_test->clock.setNow(now());
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_test->session->subjects().all()->size(), 1);
}

void TestRegisterRequestDialog::existingSubjectIsMaskedAndReused()
{
    Result<SubjectRecord> tolvan = m_test->session->subjects().add({ QStringLiteral("Tolvan Tolvansson"),
                                                                     QStringLiteral("19121212-1212"),
                                                                     QStringLiteral("tolvan@example.se"),
                                                                     {},
                                                                     {} });
    QVERIFY(tolvan);

    auto dialog = showDialog();
    auto* existing = child<QRadioButton>(dialog.get(), QStringLiteral("existingSubjectRadio"));
    QVERIFY(existing->isEnabled());
    QTest::mouseClick(existing, Qt::LeftButton);
    QVERIFY(existing->isChecked());

    auto* combo = child<QComboBox>(dialog.get(), QStringLiteral("existingSubjectCombo"));
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 1);
    // DSL 3 kap. 10 §: the list shows a masked number, never the full one.
    QVERIFY(combo->itemText(0).contains(QStringLiteral("19121212-****")));
    QVERIFY(!combo->itemText(0).contains(QStringLiteral("1212-1212")));
    QVERIFY(!combo->itemText(0).contains(QStringLiteral("191212121212")));
    QVERIFY(combo->itemText(0).contains(QStringLiteral("Tolvan Tolvansson")));

    tick(dialog.get(), QStringLiteral("portability"));
    QVERIFY(!saveEnabled(dialog.get())); // no subject chosen yet
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(saveEnabled(dialog.get()));

    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted)); // a shortcut "animates" the click
    QCOMPARE(dialog->openedCases().first().subjectId, tolvan->id);
    QCOMPARE(m_test->session->subjects().all()->size(), 1);
}

void TestRegisterRequestDialog::severalOrganisationsNeedAChoice()
{
    {
        auto single = showDialog();
        QCOMPARE(child<QComboBox>(single.get(), QStringLiteral("organisationCombo"))->currentIndex(), 0);
    }
    addOrganisation(QStringLiteral("Annan AB"));
    auto dialog = showDialog();
    auto* organisation = child<QComboBox>(dialog.get(), QStringLiteral("organisationCombo"));
    QCOMPARE(organisation->currentIndex(), -1);
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"));
    tick(dialog.get(), QStringLiteral("access"));
    QVERIFY(!saveEnabled(dialog.get()));
    QVERIFY(child<QLabel>(dialog.get(), QStringLiteral("organisationProblem"))->isVisible());

    organisation->setCurrentIndex(organisation->findText(QStringLiteral("Annan AB")));
    QVERIFY(saveEnabled(dialog.get()));
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted)); // a shortcut "animates" the click
    QCOMPARE(dialog->openedCases().first().controllerName, QStringLiteral("Annan AB"));
}

void TestRegisterRequestDialog::cancelAsksBeforeDiscarding()
{
    auto dialog = showDialog();
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"));

    answerDiscardQuestion(QStringLiteral("keepEditingButton"));
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("subjectName"))->text(), QStringLiteral("Per Persson"));

    answerDiscardQuestion(QStringLiteral("discardButton"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_test->session->subjects().all()->isEmpty());
}

void TestRegisterRequestDialog::cancelWithoutInputCloses()
{
    auto dialog = showDialog();
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestRegisterRequestDialog::tabOrderFollowsTheForm()
{
    auto dialog = showDialog();
    fillNewSubject(dialog.get(), QStringLiteral("Per Persson"));
    tick(dialog.get(), QStringLiteral("access")); // Save enabled, so it takes part in the tab chain
    child<QDateTimeEdit>(dialog.get(), QStringLiteral("receivedEdit"))->setFocus();

    // Tab first walks the sections of the date-time editor (Qt's standard behaviour), then moves on.
    QStringList visited;
    for (int i = 0; i < 40 && visited.size() < 17; ++i) {
        const QString name = QApplication::focusWidget()->objectName();
        if (visited.isEmpty() || visited.last() != name)
            visited << name;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected {
        QStringLiteral("receivedEdit"),
        QStringLiteral("dateOnlyCheck"),
        QStringLiteral("channelCombo"),
        QStringLiteral("organisationCombo"),
        QStringLiteral("newSubjectRadio"),
        QStringLiteral("subjectName"),
        QStringLiteral("subjectPersonalId"),
        QStringLiteral("subjectEmail"),
        QStringLiteral("subjectPhone"),
        QStringLiteral("subjectPostalAddress"),
        QStringLiteral("right_access"),
        QStringLiteral("right_rectification"),
        QStringLiteral("right_erasure"),
        QStringLiteral("right_restriction"),
        QStringLiteral("right_portability"),
        QStringLiteral("right_objection"),
        QStringLiteral("right_consent-withdrawal"),
    };
    QCOMPARE(visited, expected);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("saveButton"));
}

QTEST_MAIN(TestRegisterRequestDialog)

#include "tst_registerrequestdialog.moc"
