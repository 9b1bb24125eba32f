// The decision panel of an erasure case, as the handläggare and the data protection officer use it: the
// assessment drafted and changed item by item, the proposal, the approval (refused for the handläggare with the
// service's message), the erasure confirmed, the recipients accounted for, the outcome letter written, previewed
// and sent, and the case closed. Every step goes through CaseService; a refusal shows its message and changes
// nothing.
#include "LanguageManager.h"
#include "TestSession.h"
#include "cases/AssessmentItemDialog.h"
#include "cases/AssessmentTableModel.h"
#include "cases/CaseDecisionPanel.h"
#include "cases/LetterDialog.h"
#include "cases/LetterPreviewDialog.h"
#include "cases/MarkSentDialog.h"
#include "cases/NotificationDialog.h"
#include "cases/ProposalDialog.h"
#include "crypto/Crypto.h"
#include "services/RegisterService.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dsar;

namespace {

const QDate received = QDate(2027, 3, 1);
const QDate today = QDate(2027, 3, 10);

ProcessingActivity activity(qint64 controllerId, const QString& name, LegalBasis basis, const QString& system,
                            const QString& category, const QString& rule, const QList<Recipient>& recipients)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = name;
    a.purposes = { name };
    a.legalBases = { { basis, QString() } };
    a.dataCategories = { { category, false } };
    a.systems = { system };
    a.retentionRule = rule;
    a.recipients = recipients;
    return a;
}

Recipient recipient(const QString& name, RecipientRole role)
{
    Recipient r;
    r.name = name;
    r.role = role;
    return r;
}

} // namespace

class TestCaseDecisionPanel : public QObject
{
    Q_OBJECT

private:
    // An erasure case of Tolvan's, received 2027-03-01 and in progress, today being 2027-03-10: an invoice the
    // bookkeeping rules keep and an e-mail address given on consent, shared with two recipients.
    void open(Role role);
    CaseService& cases() { return m_t->session->cases(); }
    CaseStatus status() { return cases().byReference(m_reference).value().status; }
    template <typename T>
    T* child(const QString& name) const;
    // The dialog of that type the panel has open.
    template <typename T>
    T* openDialog() const;
    void click(const QString& buttonName) { child<QPushButton>(buttonName)->click(); }
    QString visibleMessage(const QString& labelName) const;
    // Answers the next message box named `boxName` with its button named `buttonName`.
    void answerMessageBox(const QString& boxName, const QString& buttonName);
    int rowOf(const QString& tableName, const QString& firstColumnText) const;
    void assessAndPropose();
    AssessmentRecord item(const QString& field);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<CaseDecisionPanel> m_panel;
    QString m_reference;
    QString m_boxText;

private slots:
    void initTestCase();
    void init() { open(Role::Handlaggare); }
    void cleanup();

    void assessesThroughThePanel();
    void theModelPassesTheModelTester();
    void changesAnItemAndShowsARefusalInTheDialog();
    void enterOnAnItemOpensIt();
    void rectifyingShowsTheCurrentValue();
    void handlerProposesAndIsRefusedTheApproval();
    void dpoCarriesTheDecisionOutAndClosesTheCase();
    void showsTheSubjectsRecipientsOnRequest();
    void everyControlHasAnAccessibleName();
    void mnemonicsAreUnique();
};

void TestCaseDecisionPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Never read or write the tester's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_casedecisionpanel"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // English, with its plural forms.
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(LanguageManager::Language::English);
}

void TestCaseDecisionPanel::open(Role role)
{
    m_panel.reset();
    m_t = std::make_unique<test::TestSession>(QDateTime(today, QTime(9, 0), Qt::UTC), role);
    const qint64 controller = m_t->addController().id;
    const qint64 subject = m_t->addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                                           QStringLiteral("tolvan@example.se"))
                               .id;
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    const auto add = [&asAdmin](const ProcessingActivity& a) {
        Result<ProcessingActivity> added = asAdmin.add(a);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        return added->id;
    };
    const qint64 bookkeeping = add(
        activity(controller, QStringLiteral("Bokföring"), LegalBasis::LegalObligation, QStringLiteral("Ekonomisystem"),
                 QStringLiteral("Räkenskapsinformation"), QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §"),
                 { recipient(QStringLiteral("Revisionsbyrån Norr AB"), RecipientRole::IndependentController) }));
    const qint64 customers
        = add(activity(controller, QStringLiteral("Kundregister"), LegalBasis::Consent, QStringLiteral("Kundregister"),
                       QStringLiteral("Kontaktuppgifter"), QStringLiteral("while-consent-lasts"),
                       { recipient(QStringLiteral("Mejlutskick AB"), RecipientRole::Processor),
                         recipient(QStringLiteral("Partnerbolaget AB"), RecipientRole::IndependentController) }));
    HoldingService asHandler(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Handlaggare),
                             m_t->session->keys());
    const auto hold = [&](qint64 activityId, const QString& system, const QString& category, const QString& field,
                          const QString& value, RetentionEvents events) {
        Result<Holding> added = asHandler.add(subject, activityId, system, { category, field, value, true, events });
        if (!added)
            qFatal("%s", qPrintable(added.error()));
    };
    RetentionEvents fiscalYear;
    fiscalYear.fiscalYearEnd = QDate(2024, 12, 31);
    hold(bookkeeping, QStringLiteral("Ekonomisystem"), QStringLiteral("Räkenskapsinformation"),
         QStringLiteral("Faktura"), QStringLiteral("F-2024-118, 4 500 kr"), fiscalYear);
    hold(customers, QStringLiteral("Kundregister"), QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"),
         QStringLiteral("tolvan@example.se"), {});

    OpenRequest request;
    request.subjectId = subject;
    request.rights = { RequestRight::Erasure };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_reference = opened->first().reference;
    QVERIFY(cases().changeStatus(m_reference, CaseStatus::InProgress));

    m_panel = std::make_unique<CaseDecisionPanel>(*m_t->session, m_reference);
    m_panel->resize(1150, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCaseDecisionPanel::cleanup()
{
    m_panel.reset();
    m_t.reset();
}

template <typename T>
T* TestCaseDecisionPanel::child(const QString& name) const
{
    T* found = m_panel->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

template <typename T>
T* TestCaseDecisionPanel::openDialog() const
{
    // Closed dialogs are deleted later; the open one is the visible one.
    for (T* dialog : m_panel->findChildren<T*>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QString TestCaseDecisionPanel::visibleMessage(const QString& labelName) const
{
    auto* label = child<QLabel>(labelName);
    return label->isVisible() ? label->text() : QString();
}

void TestCaseDecisionPanel::answerMessageBox(const QString& boxName, const QString& buttonName)
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

int TestCaseDecisionPanel::rowOf(const QString& tableName, const QString& firstColumnText) const
{
    auto* table = child<QTableWidget>(tableName);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == firstColumnText)
            return row;
    }
    return -1;
}

AssessmentRecord TestCaseDecisionPanel::item(const QString& field)
{
    const QList<AssessmentRecord> items = cases().assessment(m_reference).value();
    for (const AssessmentRecord& candidate : items) {
        if (candidate.field == field)
            return candidate;
    }
    qWarning("no item %s", qPrintable(field));
    return {};
}

void TestCaseDecisionPanel::assessAndPropose()
{
    click(QStringLiteral("assessButton"));
    click(QStringLiteral("proposeDecisionButton"));
    auto* dialog = openDialog<ProposalDialog>();
    QVERIFY(dialog);
    DecisionProposal proposal;
    proposal.summary
        = QStringLiteral("Vi raderar din e-postadress. Fakturan sparar vi så länge bokföringslagen kräver.");
    dialog->setProposal(proposal);
    QVERIFY(dialog->propose());
    QCOMPARE(status(), CaseStatus::DecisionProposed);
}

void TestCaseDecisionPanel::assessesThroughThePanel()
{
    QVERIFY(child<QLabel>(QStringLiteral("assessmentEmpty"))->isVisible());
    QVERIFY(!child<QTableView>(QStringLiteral("assessmentTable"))->isVisible());
    QCOMPARE(child<QLabel>(QStringLiteral("decisionGuidance"))->text(),
             QStringLiteral("Next: begin the assessment under 1."));
    click(QStringLiteral("assessButton"));
    QCOMPARE(visibleMessage(QStringLiteral("assessmentMessage")),
             QStringLiteral("Items drafted: 2. Check each one, then propose the decision."));
    auto* table = child<QTableView>(QStringLiteral("assessmentTable"));
    QVERIFY(table->isVisible());
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    rows.sort();
    // BFL 7 kap. 2 §: the 2024 invoice is kept through 2031-12-31; the e-mail given on consent is erased.
    QCOMPARE(rows.at(0),
             QStringLiteral("E-post | Kundregister | Kundregister | Erase | GDPR Art. 17(1)(b) |  | Not done yet | "));
    QVERIFY2(rows.at(1).startsWith(QStringLiteral("Faktura | Bokföring | Ekonomisystem | Keep | GDPR Art. 17(3)(b); "
                                                  "BFL 7 kap. 2 § | ")),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1).contains(QStringLiteral("2031")), qPrintable(rows.at(1)));
    QCOMPARE(child<QLabel>(QStringLiteral("decisionGuidance"))->text(),
             QStringLiteral("Next: check each item under 1, then propose the decision under 2."));
}

void TestCaseDecisionPanel::theModelPassesTheModelTester()
{
    auto* model = child<QTableView>(QStringLiteral("assessmentTable"))->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    click(QStringLiteral("assessButton"));
    QCOMPARE(model->rowCount(), 2);
    // A change elsewhere resets the model with the stored items.
    AssessmentChange change;
    change.decision = ItemDecision::Erase;
    change.ground = QStringLiteral("17.1.b");
    change.note = QStringLiteral("Samtycket återkallat.");
    QVERIFY(cases().changeAssessment(m_reference, item(QStringLiteral("E-post")).id, change));
    QCOMPARE(model->rowCount(), 2);
    // Every cell of every role the view asks for answers, and the headers are named.
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
    QVERIFY(model->index(0, AssessmentTableModel::ItemColumn).data(AssessmentTableModel::ItemIdRole).toLongLong() > 0);
}

void TestCaseDecisionPanel::changesAnItemAndShowsARefusalInTheDialog()
{
    click(QStringLiteral("assessButton"));
    auto* table = child<QTableView>(QStringLiteral("assessmentTable"));
    const AssessmentRecord email = item(QStringLiteral("E-post"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(AssessmentTableModel::ItemIdRole).toLongLong() == email.id)
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    click(QStringLiteral("changeItemButton"));
    auto* dialog = openDialog<AssessmentItemDialog>();
    QVERIFY(dialog);
    // The decisions of an erasure request; the retain-until date only for a kept item.
    auto* decision = dialog->findChild<QComboBox*>(QStringLiteral("itemDecisionCombo"));
    QCOMPARE(decision->count(), 2);
    QCOMPARE(decision->currentData().toString(), QStringLiteral("erase"));
    auto* retainUntil = dialog->findChild<QDateEdit*>(QStringLiteral("itemRetainUntilEdit"));
    QVERIFY(!retainUntil->isVisible());
    decision->setCurrentIndex(decision->findData(QStringLiteral("keep")));
    QVERIFY(retainUntil->isVisible());
    auto* ground = dialog->findChild<QComboBox*>(QStringLiteral("itemGroundCombo"));
    QCOMPARE(ground->count(), 1 + ItemGrounds::erasureExceptions().size());

    // Kept for legal claims without a concrete assessment: refused, nothing stored, the form kept.
    AssessmentChange claims;
    claims.decision = ItemDecision::Keep;
    claims.ground = QStringLiteral("17.3.e");
    claims.legalReference = QStringLiteral("Preskriptionslagen 2 §");
    claims.retainUntil = QDate(2030, 12, 31);
    dialog->setChange(claims);
    QCOMPARE(dialog->change().ground, QStringLiteral("17.3.e"));
    QVERIFY(!dialog->save());
    const QString refusal = cases().changeAssessment(m_reference, email.id, claims).error();
    QVERIFY(refusal.contains(QStringLiteral("concrete assessment")));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("assessmentItemProblem"))->text(), refusal);
    QVERIFY(dialog->isVisible());
    QCOMPARE(item(QStringLiteral("E-post")).decision, ItemDecision::Erase);

    // With the claim described it is kept, and the list shows it.
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("itemNoteEdit"))
        ->setPlainText(QStringLiteral("Tvist om faktura F-2024-118 pågår."));
    dialog->findChild<QPushButton*>(QStringLiteral("saveItemButton"))->click();
    QVERIFY(!dialog->isVisible());
    const AssessmentRecord kept = item(QStringLiteral("E-post"));
    QCOMPARE(kept.decision, ItemDecision::Keep);
    QCOMPARE(kept.ground, QStringLiteral("17.3.e"));
    QCOMPARE(kept.retainUntil, QDate(2030, 12, 31));
    QCOMPARE(visibleMessage(QStringLiteral("assessmentMessage")),
             QStringLiteral("The decision on E-post (Kundregister) is saved."));
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.data(AssessmentTableModel::ItemIdRole).toLongLong(), email.id);
    QCOMPARE(current.siblingAtColumn(AssessmentTableModel::GroundColumn).data().toString(),
             QStringLiteral("GDPR Art. 17(3)(e); Preskriptionslagen 2 §"));
    QCOMPARE(current.siblingAtColumn(AssessmentTableModel::NoteColumn).data().toString(),
             QStringLiteral("Tvist om faktura F-2024-118 pågår."));
}

void TestCaseDecisionPanel::enterOnAnItemOpensIt()
{
    click(QStringLiteral("assessButton"));
    auto* table = child<QTableView>(QStringLiteral("assessmentTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto* dialog = openDialog<AssessmentItemDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(),
             QStringLiteral("Change the decision on %1")
                 .arg(table->currentIndex().siblingAtColumn(AssessmentTableModel::ItemColumn).data().toString()
                      + QStringLiteral(" (")
                      + table->currentIndex().siblingAtColumn(AssessmentTableModel::SystemColumn).data().toString()
                      + QLatin1Char(')')));
    dialog->reject();
}

void TestCaseDecisionPanel::rectifyingShowsTheCurrentValue()
{
    // A request for rectification of the same subject's data.
    OpenRequest request;
    request.subjectId = cases().byReference(m_reference)->subjectId;
    request.rights = { RequestRight::Rectification };
    request.received = ReceiptTime::fromDate(received);
    Result<QList<CaseRecord>> opened = cases().openRequest(request);
    QVERIFY2(opened, qPrintable(opened.error()));
    const CaseRecord rectification = opened->first();
    QVERIFY(cases().changeStatus(rectification.reference, CaseStatus::InProgress));
    Result<QList<AssessmentRecord>> items = cases().assess(rectification.reference);
    QVERIFY2(items, qPrintable(items.error()));
    const auto email = std::find_if(items->cbegin(), items->cend(),
                                    [](const AssessmentRecord& i) { return i.field == QLatin1String("E-post"); });
    QVERIFY(email != items->cend());

    AssessmentItemDialog dialog(*m_t->session, cases().byReference(rectification.reference).value(), *email);
    dialog.show();
    auto* current = dialog.findChild<QLabel*>(QStringLiteral("itemCurrentValue"));
    auto* corrected = dialog.findChild<QLineEdit*>(QStringLiteral("itemCorrectedValueEdit"));
    QVERIFY(!corrected->isVisible());
    auto* decision = dialog.findChild<QComboBox*>(QStringLiteral("itemDecisionCombo"));
    decision->setCurrentIndex(decision->findData(QStringLiteral("rectify")));
    QVERIFY(corrected->isVisible());
    QCOMPARE(current->text(), QStringLiteral("tolvan@example.se"));
    QTest::keyClicks(corrected, QStringLiteral("tolvan.tolvansson@example.se"));
    QVERIFY(dialog.save());
    QCOMPARE(dialog.saved().before, QStringLiteral("tolvan@example.se"));
    QCOMPARE(dialog.saved().after, QStringLiteral("tolvan.tolvansson@example.se"));
}

void TestCaseDecisionPanel::handlerProposesAndIsRefusedTheApproval()
{
    click(QStringLiteral("assessButton"));
    click(QStringLiteral("proposeDecisionButton"));
    auto* dialog = openDialog<ProposalDialog>();
    QVERIFY(dialog);
    // Without a summary: refused, nothing proposed.
    dialog->findChild<QPushButton*>(QStringLiteral("proposeButton"))->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("proposalProblem"))->text().contains(QStringLiteral("summary")));
    QCOMPARE(status(), CaseStatus::InProgress);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit")),
                     QStringLiteral("Vi raderar din e-postadress."));
    dialog->findChild<QPushButton*>(QStringLiteral("proposeButton"))->click();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(status(), CaseStatus::DecisionProposed);
    QCOMPARE(child<QLabel>(QStringLiteral("decisionOutcome"))->text(), QStringLiteral("Granted"));
    QCOMPARE(child<QLabel>(QStringLiteral("decisionSummary"))->text(), QStringLiteral("Vi raderar din e-postadress."));
    QVERIFY(!child<QLabel>(QStringLiteral("decisionReasons"))->isVisible());
    QCOMPARE(child<QLabel>(QStringLiteral("decisionGuidance"))->text(),
             QStringLiteral("Next: the data protection officer approves the decision under 2."));

    // The handläggare is offered the approval; the service refuses it and says why.
    auto* approve = child<QPushButton>(QStringLiteral("approveDecisionButton"));
    QVERIFY(approve->isVisible());
    QVERIFY(approve->isEnabled());
    approve->click();
    const QString refusal = cases().approveDecision(m_reference).error();
    QVERIFY(refusal.contains(QStringLiteral("approving a case's decision")));
    QCOMPARE(visibleMessage(QStringLiteral("decisionMessage")), refusal);
    QCOMPARE(status(), CaseStatus::DecisionProposed);
    QVERIFY(!cases().decision(m_reference).value()->isApproved());
}

void TestCaseDecisionPanel::dpoCarriesTheDecisionOutAndClosesTheCase()
{
    open(Role::Dpo);
    assessAndPropose();
    click(QStringLiteral("approveDecisionButton"));
    QCOMPARE(status(), CaseStatus::DecisionApproved);
    QVERIFY(child<QLabel>(QStringLiteral("decisionApproved"))->text().endsWith(QStringLiteral(" by user")));
    QVERIFY(!child<QPushButton>(QStringLiteral("proposeDecisionButton"))->isEnabled());

    // GDPR Art. 17: the e-mail address is erased in Kundregister once confirmed.
    auto* tasks = child<QTableWidget>(QStringLiteral("erasureTasksTable"));
    QCOMPARE(tasks->rowCount(), 1);
    QCOMPARE(tasks->item(0, 0)->text(), QStringLiteral("Kundregister"));
    QCOMPARE(tasks->item(0, 2)->text(), QStringLiteral("Not confirmed yet"));
    answerMessageBox(QStringLiteral("erasureConfirmation"), QStringLiteral("confirmButton"));
    click(QStringLiteral("confirmErasedButton"));
    QVERIFY2(m_boxText.contains(QStringLiteral("Kundregister")), qPrintable(m_boxText));
    QVERIFY(cases().erasureTasks(m_reference).value().first().isDone());
    QCOMPARE(visibleMessage(QStringLiteral("carryingOutMessage")),
             QStringLiteral("The erasure in Kundregister is confirmed."));
    QVERIFY(tasks->item(0, 2)->text().endsWith(QStringLiteral(" by user")));
    QCOMPARE(m_t->session->holdings().forSubject(cases().byReference(m_reference)->subjectId)->size(), 1);

    // GDPR Art. 19: one recipient notified, the other impossible to reach, with the reason.
    auto* notifications = child<QTableWidget>(QStringLiteral("notificationsTable"));
    QCOMPARE(notifications->rowCount(), 2);
    notifications->setCurrentCell(rowOf(QStringLiteral("notificationsTable"), QStringLiteral("Mejlutskick AB")), 0);
    click(QStringLiteral("recordNotificationButton"));
    auto* notified = openDialog<NotificationDialog>();
    QVERIFY(notified);
    notified->setValues(NotificationStatus::Notified, QStringLiteral("e-post"), today, QString());
    QVERIFY(notified->save());
    notifications->setCurrentCell(rowOf(QStringLiteral("notificationsTable"), QStringLiteral("Partnerbolaget AB")), 0);
    click(QStringLiteral("recordNotificationButton"));
    auto* impossible = openDialog<NotificationDialog>();
    QVERIFY(impossible);
    impossible->setValues(NotificationStatus::Impossible, QString(), QDate(), QString());
    QVERIFY(!impossible->save());
    QVERIFY(impossible->findChild<QLabel*>(QStringLiteral("notificationProblem"))
                ->text()
                .contains(QStringLiteral("explain why")));
    impossible->setValues(NotificationStatus::Impossible, QString(), QDate(),
                          QStringLiteral("Bolaget är avvecklat sedan 2026."));
    QVERIFY(impossible->save());
    const int partner = rowOf(QStringLiteral("notificationsTable"), QStringLiteral("Partnerbolaget AB"));
    QCOMPARE(notifications->item(partner, 2)->text(), QStringLiteral("Impossible"));
    QCOMPARE(notifications->item(partner, 5)->text(), QStringLiteral("Bolaget är avvecklat sedan 2026."));
    const int mailer = rowOf(QStringLiteral("notificationsTable"), QStringLiteral("Mejlutskick AB"));
    QCOMPARE(notifications->item(mailer, 3)->text(), QStringLiteral("e-post"));

    // The outcome letter: written, recorded, previewed as a PDF and saved exactly as recorded.
    click(QStringLiteral("writeLetterButton"));
    auto* letter = openDialog<LetterDialog>();
    QVERIFY(letter);
    QCOMPARE(letter->findChild<QComboBox*>(QStringLiteral("letterKindCombo"))->currentData().toString(),
             QStringLiteral("outcome"));
    letter->setValues(LetterKind::Outcome, QStringLiteral("sv"));
    QVERIFY2(letter->write(), qPrintable(letter->findChild<QLabel*>(QStringLiteral("letterProblem"))->text()));
    auto* preview = openDialog<LetterPreviewDialog>();
    QVERIFY(preview);
    QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(preview->document()->pageCount() >= 1);
    const QList<LetterRecord> letters = cases().letters(m_reference).value();
    QCOMPARE(letters.size(), 1);
    QCOMPARE(preview->record().documentId, letters.first().documentId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(preview->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(crypto::sha256(saved.readAll()).toHex()), letters.first().sha256);
    // Printed (here into a PDF file), every page of the letter.
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(preview->printTo(printer));
    QPdfDocument printed;
    QCOMPARE(printed.load(dir.filePath(QStringLiteral("printed.pdf"))), QPdfDocument::Error::None);
    QCOMPARE(printed.pageCount(), preview->document()->pageCount());
    preview->findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
    auto* lettersTable = child<QTableWidget>(QStringLiteral("lettersTable"));
    QCOMPARE(lettersTable->rowCount(), 1);
    QCOMPARE(lettersTable->item(0, 2)->text(), letters.first().documentId);
    QCOMPARE(lettersTable->item(0, 3)->text(), letters.first().sha256.left(12));
    QCOMPARE(lettersTable->item(0, 5)->text(), QStringLiteral("Not sent yet"));

    // Sent by e-mail: the case is answered.
    click(QStringLiteral("markLetterSentButton"));
    auto* sent = openDialog<MarkSentDialog>();
    QVERIFY(sent);
    QCOMPARE(sent->kind(), LetterKind::Outcome);
    sent->setValues(LetterKind::Outcome, QStringLiteral("e-post"));
    QVERIFY(sent->markSent());
    QCOMPARE(status(), CaseStatus::Answered);
    QCOMPARE(lettersTable->item(0, 6)->text(), QStringLiteral("e-post"));
    QVERIFY(!child<QPushButton>(QStringLiteral("markLetterSentButton"))->isEnabled());

    answerMessageBox(QStringLiteral("closeCaseConfirmation"), QStringLiteral("confirmButton"));
    click(QStringLiteral("closeCaseButton"));
    QVERIFY(!m_boxText.isEmpty());
    QCOMPARE(status(), CaseStatus::Closed);
    QCOMPARE(visibleMessage(QStringLiteral("lettersMessage")), QStringLiteral("The case is closed."));
    QCOMPARE(child<QLabel>(QStringLiteral("decisionGuidance"))->text(),
             QStringLiteral("The case is finished: Closed."));
}

void TestCaseDecisionPanel::showsTheSubjectsRecipientsOnRequest()
{
    auto* recipients = child<QTableWidget>(QStringLiteral("recipientsTable"));
    QVERIFY(!recipients->isVisible());
    click(QStringLiteral("showRecipientsButton"));
    QVERIFY(recipients->isVisible());
    QStringList names;
    for (int row = 0; row < recipients->rowCount(); ++row)
        names << recipients->item(row, 0)->text() + QStringLiteral(": ") + recipients->item(row, 2)->text();
    names.sort();
    QCOMPARE(
        names,
        QStringList({ QStringLiteral("Mejlutskick AB: Kundregister"), QStringLiteral("Partnerbolaget AB: Kundregister"),
                      QStringLiteral("Revisionsbyrån Norr AB: Bokföring") }));
    click(QStringLiteral("showRecipientsButton"));
    QVERIFY(!recipients->isVisible());
}

void TestCaseDecisionPanel::everyControlHasAnAccessibleName()
{
    // Everything shown at once: items, a decision, tasks, recipients and a letter.
    open(Role::Dpo);
    assessAndPropose();
    click(QStringLiteral("approveDecisionButton"));
    click(QStringLiteral("showRecipientsButton"));
    QStringList unnamed;
    for (QWidget* widget : m_panel->findChildren<QWidget*>()) {
        const bool control = widget->focusPolicy() & Qt::TabFocus;
        if (!control || !widget->isVisible())
            continue;
        // A combo's line edit and a table's viewport are named by their owner.
        if (qobject_cast<QComboBox*>(widget->parentWidget()) || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
            || widget->objectName() == QLatin1String("qt_scrollarea_viewport"))
            continue;
        if (widget->accessibleName().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QLatin1String(widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestCaseDecisionPanel::mnemonicsAreUnique()
{
    QMap<QChar, QStringList> owners;
    for (QAbstractButton* button : m_panel->findChildren<QAbstractButton*>()) {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size())
            owners[text.at(amp + 1).toLower()] << button->objectName();
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it.value().size() == 1,
                 qPrintable(QStringLiteral("Alt+%1: %2").arg(it.key()).arg(it.value().join(QStringLiteral(", ")))));
}

QTEST_MAIN(TestCaseDecisionPanel)

#include "tst_casedecisionpanel.moc"
