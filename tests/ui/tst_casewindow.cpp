// The case window as a case handler uses it: every step through CaseService, a refusal shown with the service's
// message and nothing changed, the window read again whenever the service reports a change, and no typed text
// lost on closing.
#include "CaseHistoryView.h"
#include "LanguageManager.h"
#include "TestSession.h"
#include "cases/AttachmentsTab.h"
#include "cases/CaseWindow.h"
#include "domain/CaseWorkflow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dsar;

namespace {

QDateTime morningOf(QDate date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC);
}

} // namespace

class TestCaseWindow : public QObject
{
    Q_OBJECT

private:
    // A case received on 2027-03-08 for Assessio, today being 2027-03-10, signed in with `role` as "user".
    void open(Role role = Role::Handlaggare);
    CaseService& cases() { return m_t->session->cases(); }
    CaseRecord stored() { return cases().byReferenceWithDeadlines(m_reference).value(); }
    template <typename T>
    T* child(const QString& name) const;
    QString text(const QString& labelName) const { return child<QLabel>(labelName)->text(); }
    void click(const QString& buttonName) { QTest::mouseClick(child<QPushButton>(buttonName), Qt::LeftButton); }
    void choose(const QString& comboName, const QString& code);
    QString visibleMessage(const QString& labelName) const;
    void showTab(const QString& pageName);
    // Answers the next message box named `boxName` with its button named `buttonName`, keeping its text.
    void answerMessageBox(const QString& boxName, const QString& buttonName);
    bool messageBoxAnswered() const { return !m_boxText.isEmpty(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<CaseWindow> m_window;
    QString m_reference;
    QString m_boxText;

private slots:
    void initTestCase();
    void init() { open(); }
    void cleanup();

    void showsTheCase();
    void offersOnlyTheWorkflowsMoves();
    void changesStatusThroughTheUi();
    void aRefusedMoveShowsTheServiceMessageAndChangesNothing();
    void identificationMovesLeadToTheIdentificationSteps();
    void assignsAndUnassigns();
    void aRefusedAssignmentChangesNothing();
    void internalNotesAndMessagesStayApart();
    void anEmptyNoteIsRefused();
    void attachesAndSavesACopy();
    void aFileTooLargeIsNotRead();
    void requestsIdentificationAndRecordsTheAnswer();
    void aRequestWithoutReasonIsRefused();
    void aLateRequestShowsItsWarning();
    void closesAsIdentityNotConfirmedOnlyAfterConfirming();
    void handlerRequestsExtensionAndIsRefusedTheApproval();
    void dpoApprovesTheExtension();
    void unsavedNoteAsksBeforeClosing();
    void closesWithoutAskingWhenNothingIsTyped();
    void refreshesWhenTheServiceReportsAChange();
    void historyNamesTheSteps();
    void everyControlHasAnAccessibleName();
    void tabOrderFollowsTheLayout();
    void mnemonicsAreUnique();
};

void TestCaseWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Never read or write the tester's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_casewindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // English, with its plural forms ("29 days left").
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(LanguageManager::Language::English);
}

void TestCaseWindow::open(Role role)
{
    m_window.reset();
    m_t = std::make_unique<test::TestSession>(morningOf(QDate(2027, 3, 10)), role);
    m_t->addController();
    OpenRequest request;
    request.subjectId = m_t->addSubject().id;
    request.rights = { RequestRight::Access };
    request.channel = Channel::Letter;
    request.received = ReceiptTime::fromDate(QDate(2027, 3, 8));
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_reference = opened->first().reference;
    m_window = std::make_unique<CaseWindow>(*m_t->session, m_reference);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCaseWindow::cleanup()
{
    if (m_window) {
        // Nothing typed is left behind to ask about.
        for (QPlainTextEdit* edit : m_window->findChildren<QPlainTextEdit*>())
            edit->clear();
    }
    m_window.reset();
    m_t.reset();
}

template <typename T>
T* TestCaseWindow::child(const QString& name) const
{
    T* found = m_window->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void TestCaseWindow::choose(const QString& comboName, const QString& code)
{
    auto* combo = child<QComboBox>(comboName);
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

void TestCaseWindow::showTab(const QString& pageName)
{
    child<QTabWidget>(QStringLiteral("caseTabs"))->setCurrentWidget(child<QWidget>(pageName));
}

QString TestCaseWindow::visibleMessage(const QString& labelName) const
{
    auto* label = child<QLabel>(labelName);
    return label->isVisible() ? label->text() : QString();
}

void TestCaseWindow::answerMessageBox(const QString& boxName, const QString& buttonName)
{
    m_boxText.clear();
    QTimer::singleShot(0, this, [this, boxName, buttonName] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != boxName)
            return;
        m_boxText = box->text() + QLatin1Char('\n') + box->informativeText();
        box->findChild<QPushButton*>(buttonName)->click();
    });
}

void TestCaseWindow::showsTheCase()
{
    const CaseRecord record = stored();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Case %1").arg(m_reference));
    QVERIFY(m_window->loadError().isEmpty());
    QCOMPARE(text(QStringLiteral("caseReference")), m_reference);
    QCOMPARE(text(QStringLiteral("caseStatus")), QStringLiteral("Received"));
    QCOMPARE(text(QStringLiteral("caseRight")), QStringLiteral("Access (Art. 15)"));
    QCOMPARE(text(QStringLiteral("caseSubject")), QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(text(QStringLiteral("caseOrganisation")), QStringLiteral("Assessio Sverige AB"));
    QCOMPARE(text(QStringLiteral("caseHandler")), QStringLiteral("Not assigned"));
    // 2027-03-08 + one month; the days left in words as well as colour.
    QCOMPARE(record.due, QDate(2027, 4, 8));
    QVERIFY(text(QStringLiteral("caseDue")).contains(QStringLiteral("2027")));
    QCOMPARE(text(QStringLiteral("caseDaysLeft")), QStringLiteral("29 days left"));
    QVERIFY(!child<QLabel>(QStringLiteral("caseClockStopped"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("caseWarnings"))->isVisible());
    // The work tabs, and nothing standing in for work still to come.
    auto* tabs = child<QTabWidget>(QStringLiteral("caseTabs"));
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles,
             QStringList({ QStringLiteral("&Identification"), QStringLiteral("&Extension"),
                           QStringLiteral("Decision and &letters"), QStringLiteral("&Notes"),
                           QStringLiteral("A&ttachments"), QStringLiteral("Histor&y (1)") }));
}

void TestCaseWindow::offersOnlyTheWorkflowsMoves()
{
    auto* combo = child<QComboBox>(QStringLiteral("nextStatusCombo"));
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemData(i).toString();
    QStringList expected;
    for (CaseStatus status : CaseWorkflow::next(CaseStatus::Received))
        expected << CaseStatuses::code(status);
    QCOMPARE(offered, expected);
}

void TestCaseWindow::changesStatusThroughTheUi()
{
    choose(QStringLiteral("nextStatusCombo"), QStringLiteral("in-progress"));
    // From the keyboard: the button's mnemonic (a mnemonic clicks with a short animation).
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(stored().status, CaseStatus::InProgress);
    QCOMPARE(text(QStringLiteral("caseStatus")), QStringLiteral("In progress"));
    QCOMPARE(visibleMessage(QStringLiteral("caseActionMessage")), QStringLiteral("The case is now \"In progress\"."));
    auto* combo = child<QComboBox>(QStringLiteral("nextStatusCombo"));
    QCOMPARE(combo->count(), CaseWorkflow::next(CaseStatus::InProgress).size());
    QVERIFY(combo->findData(QStringLiteral("decision-proposed")) >= 0);
}

void TestCaseWindow::aRefusedMoveShowsTheServiceMessageAndChangesNothing()
{
    // Another workstation withdraws the case while this window still offers the moves of a received case.
    CaseService elsewhere(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Handlaggare),
                          m_t->session->keys(), m_t->session->settings());
    QVERIFY(elsewhere.changeStatus(m_reference, CaseStatus::Withdrawn));
    QCOMPARE(text(QStringLiteral("caseStatus")), QStringLiteral("Received"));
    choose(QStringLiteral("nextStatusCombo"), QStringLiteral("in-progress"));
    click(QStringLiteral("changeStatusButton"));
    const QString refusal = cases().changeStatus(m_reference, CaseStatus::InProgress).error();
    QVERIFY(refusal.contains(QStringLiteral("cannot change any more")));
    QCOMPARE(visibleMessage(QStringLiteral("caseActionMessage")), refusal);
    QCOMPARE(stored().status, CaseStatus::Withdrawn);
}

void TestCaseWindow::identificationMovesLeadToTheIdentificationSteps()
{
    choose(QStringLiteral("nextStatusCombo"), QStringLiteral("awaiting-identification"));
    click(QStringLiteral("changeStatusButton"));
    // The move is made by recording the request, with its reason and date: nothing changed yet.
    QCOMPARE(stored().status, CaseStatus::Received);
    QCOMPARE(child<QTabWidget>(QStringLiteral("caseTabs"))->currentWidget()->objectName(),
             QStringLiteral("identificationTab"));
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(QStringLiteral("identificationReasonEdit")));
    QVERIFY(!visibleMessage(QStringLiteral("identificationMessage")).isEmpty());
}

void TestCaseWindow::assignsAndUnassigns()
{
    click(QStringLiteral("assignToMeButton"));
    QCOMPARE(stored().assignee, QStringLiteral("user"));
    QCOMPARE(text(QStringLiteral("caseHandler")), QStringLiteral("user"));
    QCOMPARE(child<QComboBox>(QStringLiteral("handlerCombo"))->currentText(), QStringLiteral("user"));
    QCOMPARE(visibleMessage(QStringLiteral("caseActionMessage")), QStringLiteral("The case is assigned to user."));

    // An empty name takes the handler away; Enter in the name assigns.
    auto* handler = child<QComboBox>(QStringLiteral("handlerCombo"));
    handler->lineEdit()->clear();
    QTest::keyClick(handler->lineEdit(), Qt::Key_Return);
    QCOMPARE(stored().assignee, QString());
    QCOMPARE(text(QStringLiteral("caseHandler")), QStringLiteral("Not assigned"));
}

void TestCaseWindow::aRefusedAssignmentChangesNothing()
{
    QVERIFY(cases().assign(m_reference, QStringLiteral("user")));
    // The administrator does no case work; the service says so.
    const QString refusal = cases().assign(m_reference, QStringLiteral("admin")).error();
    QVERIFY(!refusal.isEmpty());
    auto* handler = child<QComboBox>(QStringLiteral("handlerCombo"));
    handler->setEditText(QStringLiteral("admin"));
    click(QStringLiteral("assignButton"));
    QCOMPARE(visibleMessage(QStringLiteral("caseActionMessage")), refusal);
    QCOMPARE(stored().assignee, QStringLiteral("user"));
    // What was typed stays, to be corrected.
    QCOMPARE(handler->currentText(), QStringLiteral("admin"));
}

void TestCaseWindow::internalNotesAndMessagesStayApart()
{
    auto* tabs = child<QTabWidget>(QStringLiteral("caseTabs"));
    tabs->setCurrentWidget(child<QWidget>(QStringLiteral("notesTab")));
    auto* edit = child<QPlainTextEdit>(QStringLiteral("noteTextEdit"));
    edit->setFocus();
    edit->insertPlainText(QStringLiteral("Kunden ringde och bekräftade adressen."));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(edit->toPlainText().isEmpty());

    choose(QStringLiteral("noteKindCombo"), QStringLiteral("to-subject"));
    QCOMPARE(child<QPushButton>(QStringLiteral("addNoteButton"))->text(), QStringLiteral("A&dd message"));
    edit->insertPlainText(QStringLiteral("Vi har tagit emot din begäran."));
    click(QStringLiteral("addNoteButton"));
    QCOMPARE(visibleMessage(QStringLiteral("notesMessage")), QStringLiteral("The message is added."));

    Result<QList<CaseNote>> notes = cases().notes(m_reference);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->at(0).kind, CaseNote::Kind::Internal);
    QCOMPARE(notes->at(1).kind, CaseNote::Kind::ToSubject);
    auto* internal = child<QTableWidget>(QStringLiteral("internalNotesTable"));
    auto* messages = child<QTableWidget>(QStringLiteral("messagesTable"));
    QCOMPARE(internal->rowCount(), 1);
    QCOMPARE(internal->item(0, internal->columnCount() - 1)->text(),
             QStringLiteral("Kunden ringde och bekräftade adressen."));
    QCOMPARE(internal->item(0, 1)->text(), QStringLiteral("user"));
    QCOMPARE(messages->rowCount(), 1);
    QCOMPARE(messages->item(0, 2)->text(), QStringLiteral("To the subject"));
    QCOMPARE(messages->item(0, 3)->text(), QStringLiteral("Vi har tagit emot din begäran."));
    QCOMPARE(tabs->tabText(tabs->indexOf(child<QWidget>(QStringLiteral("notesTab")))), QStringLiteral("&Notes (2)"));
}

void TestCaseWindow::anEmptyNoteIsRefused()
{
    showTab(QStringLiteral("notesTab"));
    QTest::keyClicks(child<QPlainTextEdit>(QStringLiteral("noteTextEdit")), QStringLiteral("   "));
    const QString refusal = cases().addNote(m_reference, CaseNote::Kind::Internal, QStringLiteral("   ")).error();
    click(QStringLiteral("addNoteButton"));
    QCOMPARE(visibleMessage(QStringLiteral("notesMessage")), refusal);
    QCOMPARE(cases().notes(m_reference)->size(), 0);
    QCOMPARE(child<QTableWidget>(QStringLiteral("internalNotesTable"))->rowCount(), 0);
}

void TestCaseWindow::attachesAndSavesACopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray content
        = "From: tolvan@example.se\r\nSubject: Registerutdrag\r\n\r\nJag vill ha ett registerutdrag.\r\n";
    QFile letter(dir.filePath(QStringLiteral("begaran.eml")));
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write(content);
    letter.close();

    showTab(QStringLiteral("attachmentsTab"));
    auto* tab = child<AttachmentsTab>(QStringLiteral("attachmentsTab"));
    tab->attachFile(letter.fileName());
    auto* table = child<QTableWidget>(QStringLiteral("attachmentTable"));
    QCOMPARE(table->rowCount(), 1);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("begaran.eml"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("message/rfc822"));
    QCOMPARE(table->item(0, 3)->text(), sha256);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("user"));
    QVERIFY(visibleMessage(QStringLiteral("attachmentsMessage")).contains(sha256));

    // Nothing selected, nothing to save.
    QVERIFY(!child<QPushButton>(QStringLiteral("saveAttachmentButton"))->isEnabled());
    table->selectRow(0);
    QVERIFY(child<QPushButton>(QStringLiteral("saveAttachmentButton"))->isEnabled());
    const qint64 id = tab->selectedAttachmentId();
    QVERIFY(id > 0);
    const QString copyPath = dir.filePath(QStringLiteral("kopia.eml"));
    tab->saveCopy(id, copyPath);
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), content);

    // A folder that does not exist: said, nothing written.
    tab->saveCopy(id, dir.filePath(QStringLiteral("saknas/kopia.eml")));
    QVERIFY(visibleMessage(QStringLiteral("attachmentsMessage")).contains(QStringLiteral("could not be saved")));
}

void TestCaseWindow::aFileTooLargeIsNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("skanning.pdf")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(CaseService::MaxAttachmentSize + 1)); // sparse: nothing is written
    big.close();
    showTab(QStringLiteral("attachmentsTab"));
    child<AttachmentsTab>(QStringLiteral("attachmentsTab"))->attachFile(big.fileName());
    QVERIFY2(visibleMessage(QStringLiteral("attachmentsMessage")).contains(QStringLiteral("at most 25 MiB")),
             qPrintable(visibleMessage(QStringLiteral("attachmentsMessage"))));
    QCOMPARE(cases().attachments(m_reference)->size(), 0);

    child<AttachmentsTab>(QStringLiteral("attachmentsTab"))->attachFile(dir.filePath(QStringLiteral("saknas.pdf")));
    QVERIFY(visibleMessage(QStringLiteral("attachmentsMessage")).contains(QStringLiteral("could not be read")));
}

void TestCaseWindow::requestsIdentificationAndRecordsTheAnswer()
{
    // The answer form waits for a request.
    QVERIFY(!child<QWidget>(QStringLiteral("identificationAnswerGroup"))->isEnabled());
    choose(QStringLiteral("identificationKindCombo"), QStringLiteral("identity"));
    child<QPlainTextEdit>(QStringLiteral("identificationReasonEdit"))
        ->insertPlainText(QStringLiteral("Begäran kom från en okänd e-postadress."));
    child<QDateEdit>(QStringLiteral("identificationSentOnEdit"))->setDate(QDate(2027, 3, 9));
    click(QStringLiteral("requestIdentificationButton"));

    CaseRecord record = stored();
    QCOMPARE(record.status, CaseStatus::AwaitingIdentification);
    QVERIFY(record.clockStopped);
    QCOMPARE(text(QStringLiteral("caseStatus")), QStringLiteral("Awaiting identification"));
    QVERIFY(child<QLabel>(QStringLiteral("caseClockStopped"))->isVisible());
    QCOMPARE(text(QStringLiteral("caseClockStopped")), QStringLiteral("Stopped until the subject answers"));
    QVERIFY(child<QPlainTextEdit>(QStringLiteral("identificationReasonEdit"))->toPlainText().isEmpty());
    auto* episodes = child<QTableWidget>(QStringLiteral("identificationTable"));
    QCOMPARE(episodes->rowCount(), 1);
    QCOMPARE(episodes->item(0, 1)->text(), QStringLiteral("Begäran kom från en okänd e-postadress."));
    QCOMPARE(episodes->item(0, 2)->text(), QStringLiteral("2027-03-09"));
    QCOMPARE(episodes->item(0, 3)->text(), QStringLiteral("Waiting"));
    QVERIFY(!child<QWidget>(QStringLiteral("identificationRequestGroup"))->isEnabled());
    QVERIFY(child<QWidget>(QStringLiteral("identificationAnswerGroup"))->isEnabled());

    // A confirmed identity needs its method: without one the service refuses and nothing changes.
    choose(QStringLiteral("identificationOutcomeCombo"), QStringLiteral("confirmed"));
    QVERIFY(child<QComboBox>(QStringLiteral("identificationMethodCombo"))->isEnabled());
    click(QStringLiteral("recordAnswerButton"));
    QVERIFY(visibleMessage(QStringLiteral("identificationMessage")).contains(QStringLiteral("say how identity")));
    QCOMPARE(stored().status, CaseStatus::AwaitingIdentification);

    choose(QStringLiteral("identificationMethodCombo"), QStringLiteral("bankid"));
    child<QDateEdit>(QStringLiteral("identificationAnsweredOnEdit"))->setDate(QDate(2027, 3, 10));
    click(QStringLiteral("recordAnswerButton"));
    record = stored();
    QCOMPARE(record.status, CaseStatus::InProgress);
    QVERIFY(!record.clockStopped);
    QCOMPARE(record.suspendedDays, 1);
    QCOMPARE(episodes->item(0, 3)->text(), QStringLiteral("2027-03-10"));
    QCOMPARE(episodes->item(0, 4)->text(), IdentificationMethods::label(IdentificationMethod::BankId));
    QCOMPARE(episodes->item(0, 5)->text(), IdentificationOutcomes::label(IdentificationOutcome::Confirmed));
    QVERIFY(child<QLabel>(QStringLiteral("caseSuspended"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("caseClockStopped"))->isVisible());
}

void TestCaseWindow::aRequestWithoutReasonIsRefused()
{
    const QString refusal
        = cases()
              .requestIdentification(m_reference, ClockStopEpisode::Kind::Identity, QString(), QDate(2027, 3, 9))
              .error();
    QVERIFY(!refusal.isEmpty());
    child<QDateEdit>(QStringLiteral("identificationSentOnEdit"))->setDate(QDate(2027, 3, 9));
    click(QStringLiteral("requestIdentificationButton"));
    QCOMPARE(visibleMessage(QStringLiteral("identificationMessage")), refusal);
    QCOMPARE(stored().status, CaseStatus::Received);
    QCOMPARE(child<QTableWidget>(QStringLiteral("identificationTable"))->rowCount(), 0);
}

void TestCaseWindow::aLateRequestShowsItsWarning()
{
    // Received Monday 2027-03-08; a request sent on the Monday after is past the window of 3 working days.
    m_t->clock.setNow(morningOf(QDate(2027, 3, 15)));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    child<QPlainTextEdit>(QStringLiteral("identificationReasonEdit"))->insertPlainText(QStringLiteral("Okänd adress"));
    child<QDateEdit>(QStringLiteral("identificationSentOnEdit"))->setDate(QDate(2027, 3, 15));
    click(QStringLiteral("requestIdentificationButton"));
    const CaseRecord record = stored();
    QCOMPARE(record.status, CaseStatus::AwaitingIdentification);
    QVERIFY(!record.clockStopped);
    QVERIFY(!record.deadlineWarnings.isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("caseWarnings"))->isVisible());
    QCOMPARE(text(QStringLiteral("caseWarnings")), QStringLiteral("Warning: ") + record.deadlineWarnings.first());
    QVERIFY(visibleMessage(QStringLiteral("identificationMessage")).contains(QStringLiteral("stops no clock")));
}

void TestCaseWindow::closesAsIdentityNotConfirmedOnlyAfterConfirming()
{
    QVERIFY(!child<QPushButton>(QStringLiteral("closeIdentityNotConfirmedButton"))->isEnabled());
    QVERIFY(cases().requestIdentification(m_reference, ClockStopEpisode::Kind::Identity,
                                          QStringLiteral("Okänd avsändaradress"), QDate(2027, 3, 9)));
    QVERIFY(child<QPushButton>(QStringLiteral("closeIdentityNotConfirmedButton"))->isEnabled());

    // Cancelled: nothing happens.
    m_boxText.clear();
    QTimer::singleShot(0, this, [this] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box && box->objectName() == QLatin1String("identityNotConfirmedConfirmation"));
        m_boxText = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    click(QStringLiteral("closeIdentityNotConfirmedButton"));
    QVERIFY(messageBoxAnswered());
    QVERIFY(m_boxText.contains(m_reference));
    QCOMPARE(stored().status, CaseStatus::AwaitingIdentification);

    // Confirmed before the wait is over: the service refuses and says from when.
    const QString refusal = cases().closeIdentityNotConfirmed(m_reference).error();
    answerMessageBox(QStringLiteral("identityNotConfirmedConfirmation"), QStringLiteral("confirmButton"));
    click(QStringLiteral("closeIdentityNotConfirmedButton"));
    QVERIFY(messageBoxAnswered());
    QCOMPARE(visibleMessage(QStringLiteral("identificationMessage")), refusal);
    QCOMPARE(stored().status, CaseStatus::AwaitingIdentification);

    // After the wait (30 days by default).
    m_t->clock.advanceDays(31);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    answerMessageBox(QStringLiteral("identityNotConfirmedConfirmation"), QStringLiteral("confirmButton"));
    click(QStringLiteral("closeIdentityNotConfirmedButton"));
    QVERIFY(messageBoxAnswered());
    QCOMPARE(stored().status, CaseStatus::IdentityNotConfirmed);
    QCOMPARE(text(QStringLiteral("caseStatus")), QStringLiteral("Identity not confirmed"));
    // A finished case moves no further.
    QVERIFY(!child<QComboBox>(QStringLiteral("nextStatusCombo"))->isEnabled());
    QVERIFY(!child<QPushButton>(QStringLiteral("changeStatusButton"))->isEnabled());
}

void TestCaseWindow::handlerRequestsExtensionAndIsRefusedTheApproval()
{
    showTab(QStringLiteral("extensionTab"));
    QCOMPARE(text(QStringLiteral("extensionState")), QStringLiteral("No extension has been requested."));
    // The approval waits for a request.
    QVERIFY(!child<QPushButton>(QStringLiteral("approveExtensionButton"))->isEnabled());

    // Without a note the service refuses: "large effort" alone is no reason.
    choose(QStringLiteral("extensionReasonCombo"), QStringLiteral("many-systems"));
    click(QStringLiteral("requestExtensionButton"));
    QVERIFY(visibleMessage(QStringLiteral("extensionMessage")).contains(QStringLiteral("EDPB")));
    QVERIFY(!cases().extension(m_reference).value());

    child<QPlainTextEdit>(QStringLiteral("extensionNoteEdit"))
        ->insertPlainText(QStringLiteral("Uppgifter i fem system, två leverantörer."));
    click(QStringLiteral("requestExtensionButton"));
    std::optional<ExtensionRecord> extension = cases().extension(m_reference).value();
    QVERIFY(extension);
    QCOMPARE(extension->reason, ExtensionReason::ManySystems);
    QCOMPARE(extension->requestedBy, QStringLiteral("user"));
    QVERIFY(text(QStringLiteral("extensionState")).contains(QStringLiteral("Waiting for the data protection officer")));
    QCOMPARE(text(QStringLiteral("extensionNote")), QStringLiteral("Note: Uppgifter i fem system, två leverantörer."));
    QVERIFY(!child<QWidget>(QStringLiteral("extensionRequestGroup"))->isEnabled());

    // Shown to everyone; the service refuses the case handler with its own message.
    auto* approve = child<QPushButton>(QStringLiteral("approveExtensionButton"));
    QVERIFY(approve->isVisible());
    QVERIFY(approve->isEnabled());
    const QString refusal = cases().approveExtension(m_reference).error();
    QVERIFY(refusal.contains(QStringLiteral("dpo")));
    click(QStringLiteral("approveExtensionButton"));
    QCOMPARE(visibleMessage(QStringLiteral("extensionMessage")), refusal);
    QVERIFY(!cases().extension(m_reference).value()->isApproved());
    QVERIFY(!stored().extended);
}

void TestCaseWindow::dpoApprovesTheExtension()
{
    open(Role::Dpo);
    showTab(QStringLiteral("extensionTab"));
    QVERIFY(cases().requestExtension(m_reference, ExtensionReason::VolumeOfData, QStringLiteral("Stora arkiv.")));
    click(QStringLiteral("approveExtensionButton"));
    QVERIFY2(visibleMessage(QStringLiteral("extensionMessage")).startsWith(QStringLiteral("The extension is approved")),
             qPrintable(visibleMessage(QStringLiteral("extensionMessage"))));
    const CaseRecord record = stored();
    QVERIFY(record.extended);
    QVERIFY(child<QLabel>(QStringLiteral("caseCurrentDue"))->isVisible());
    QVERIFY(text(QStringLiteral("extensionState")).contains(QStringLiteral("Approved by user")));
    QVERIFY(!child<QPushButton>(QStringLiteral("approveExtensionButton"))->isEnabled());
}

void TestCaseWindow::unsavedNoteAsksBeforeClosing()
{
    showTab(QStringLiteral("notesTab"));
    auto* edit = child<QPlainTextEdit>(QStringLiteral("noteTextEdit"));
    QTest::keyClicks(edit, QStringLiteral("Halvfardig anteckning"));
    QVERIFY(m_window->hasUnsavedText());

    answerMessageBox(QStringLiteral("unsavedTextConfirmation"), QStringLiteral("keepWritingButton"));
    QVERIFY(!m_window->close());
    QVERIFY(messageBoxAnswered());
    QVERIFY(m_boxText.contains(QStringLiteral("the note or message being written")));
    QVERIFY(m_window->isVisible());
    QCOMPARE(edit->toPlainText(), QStringLiteral("Halvfardig anteckning"));

    // Ctrl+W asks too; discarding closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    answerMessageBox(QStringLiteral("unsavedTextConfirmation"), QStringLiteral("discardButton"));
    QTest::keyClick(edit, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(messageBoxAnswered());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(cases().notes(m_reference)->size(), 0);
}

void TestCaseWindow::closesWithoutAskingWhenNothingIsTyped()
{
    QVERIFY(!m_window->hasUnsavedText());
    QVERIFY(m_window->close());
}

void TestCaseWindow::refreshesWhenTheServiceReportsAChange()
{
    // Another window of the same session moves the case.
    QVERIFY(cases().changeStatus(m_reference, CaseStatus::InProgress));
    QCOMPARE(text(QStringLiteral("caseStatus")), QStringLiteral("In progress"));
    QVERIFY(cases().addNote(m_reference, CaseNote::Kind::FromSubject, QStringLiteral("Jag väntar på svar.")));
    QCOMPARE(child<QTableWidget>(QStringLiteral("messagesTable"))->rowCount(), 1);
}

void TestCaseWindow::historyNamesTheSteps()
{
    click(QStringLiteral("assignToMeButton"));
    QVERIFY(cases().addNote(m_reference, CaseNote::Kind::Internal, QStringLiteral("Anteckning")));
    auto* history = child<CaseHistoryView>(QStringLiteral("caseHistory"));
    QStringList actions;
    for (int row = 0; row < history->rowCount(); ++row)
        actions << history->item(row, CaseHistoryView::ActionColumn)->text();
    QCOMPARE(actions,
             QStringList(
                 { QStringLiteral("Case opened"), QStringLiteral("Handler assigned"), QStringLiteral("Note added") }));
}

void TestCaseWindow::everyControlHasAnAccessibleName()
{
    auto* tabs = child<QTabWidget>(QStringLiteral("caseTabs"));
    QStringList unnamed;
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            const bool control = widget->focusPolicy() & Qt::TabFocus;
            if (!control || !widget->isVisible() || qobject_cast<QTabBar*>(widget))
                continue;
            // A combo's line edit and a table's viewport are named by their owner.
            if (qobject_cast<QComboBox*>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                || widget->objectName() == QLatin1String("qt_scrollarea_viewport"))
                continue;
            if (widget->accessibleName().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                         QLatin1String(widget->metaObject()->className()));
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestCaseWindow::tabOrderFollowsTheLayout()
{
    child<QComboBox>(QStringLiteral("nextStatusCombo"))->setFocus();
    QStringList visited;
    for (int i = 0; i < 7; ++i) {
        visited << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited,
             QStringList({ QStringLiteral("nextStatusCombo"), QStringLiteral("changeStatusButton"),
                           QStringLiteral("handlerCombo"), QStringLiteral("assignButton"),
                           QStringLiteral("assignToMeButton"), QStringLiteral("qt_tabwidget_tabbar"),
                           QStringLiteral("identificationKindCombo") }));

    // On the notes tab, writing comes first, then the lists to read.
    showTab(QStringLiteral("notesTab"));
    m_window->findChild<QTabBar*>()->setFocus();
    visited.clear();
    for (int i = 0; i < 6; ++i) {
        visited << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited,
             QStringList({ QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("noteKindCombo"),
                           QStringLiteral("noteTextEdit"), QStringLiteral("addNoteButton"),
                           QStringLiteral("internalNotesTable"), QStringLiteral("messagesTable") }));
}

void TestCaseWindow::mnemonicsAreUnique()
{
    // Alt+letter reaches one control at a time: the window's own and those of the tab shown.
    auto* tabs = child<QTabWidget>(QStringLiteral("caseTabs"));
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QMap<QChar, QStringList> owners;
        const auto take = [&owners](const QString& text, const QString& owner) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp >= 0 && amp + 1 < text.size())
                owners[text.at(amp + 1).toLower()] << owner;
        };
        for (int i = 0; i < tabs->count(); ++i)
            take(tabs->tabText(i), tabs->tabText(i));
        for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
            if (button->isVisible())
                take(button->text(), button->objectName());
        }
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (label->isVisible() && label->buddy())
                take(label->text(), label->buddy()->objectName());
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1,
                     qPrintable(QStringLiteral("Alt+%1: %2").arg(it.key()).arg(it.value().join(QStringLiteral(", ")))));
    }
}

QTEST_MAIN(TestCaseWindow)

#include "tst_casewindow.moc"
