// The data subjects window: the searchable list, the holdings table with retain-until dates, and adding,
// editing, removing and importing holdings through the dialogs.
#include "TestSession.h"
#include "models/HoldingListModel.h"
#include "register/LegalBasis.h"
#include "services/RegisterService.h"
#include "subjects/HoldingDialog.h"
#include "subjects/HoldingImportDialog.h"
#include "subjects/HoldingTreeModel.h"
#include "subjects/SubjectsWindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace dsar;

namespace {

ProcessingActivity crm(qint64 controllerId)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = QStringLiteral("CRM-system");
    a.purposes = { QStringLiteral("Administrera kundrelationen") };
    a.legalBases = { { LegalBasis::Contract, QString() } };
    a.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false }, { QStringLiteral("Orderhistorik"), false } };
    a.systems = { QStringLiteral("CRM") };
    a.retentionRule = QStringLiteral("after-relationship-ended;2y");
    return a;
}

ProcessingActivity newsletter(qint64 controllerId)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = QStringLiteral("Nyhetsbrev");
    a.purposes = { QStringLiteral("Skicka nyhetsbrev") };
    a.legalBases = { { LegalBasis::Consent, QString() } };
    a.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    a.systems = { QStringLiteral("Nyhetsbrevsverktyg") };
    a.retentionRule = QStringLiteral("after-send-out;180d");
    return a;
}

} // namespace

class TestSubjectsWindow : public QObject
{
    Q_OBJECT

private:
    void open(Role role = Role::Handlaggare);
    template <typename T>
    T* child(const QString& name) const
    {
        T* found = m_window->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    template <typename T>
    static T* childOf(QWidget* parent, const QString& name)
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QTreeView* tree() const { return child<QTreeView>(QStringLiteral("holdingTree")); }
    // The holdings' rows in the order shown, under their organisation and system groups.
    QModelIndexList leaves() const;
    QStringList groups() const;
    QTreeWidget* subjectList() const { return child<QTreeWidget>(QStringLiteral("subjectList")); }
    void chooseSubject(const QString& name);
    QString cell(int row, int column) const;
    int storedHoldings();
    static void choose(QComboBox* combo, const QString& text);
    QString writeFile(const QString& name, const QByteArray& content);
    template <typename Dialog>
    Dialog* openDialog(const QString& buttonName);

    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<SubjectsWindow> m_window;
    QTemporaryDir m_dir;
    qint64 m_tolvan = 0;

private slots:
    void init() { open(); }
    void cleanup();

    void listShowsSubjectsWithMaskedPersonnummer();
    void searchFindsByNameEmailOrWholePersonnummer();
    void tableShowsHoldingsWithRetainUntil();
    void addingThroughTheDialogStoresAHolding();
    void aRefusalKeepsWhatWasTyped();
    void editingChangesTheHolding();
    void removeAsksFirst();
    void importWithABadRowShowsTheProblemAndAddsNothing();
    void importWithAMappingReportsIgnoredColumns();
    void adminSeesTheRefusal();
    void theHoldingTreePassesTheModelTester();
};

void TestSubjectsWindow::open(Role role)
{
    m_window.reset();
    m_t = std::make_unique<test::TestSession>(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), role);
    const qint64 controller = m_t->addController().id;
    RegisterService asAdmin(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                            m_t->session->keys());
    Result<ProcessingActivity> crmActivity = asAdmin.add(crm(controller));
    QVERIFY2(crmActivity.ok(), qPrintable(crmActivity.error()));
    Result<ProcessingActivity> newsletterActivity = asAdmin.add(newsletter(controller));
    QVERIFY2(newsletterActivity.ok(), qPrintable(newsletterActivity.error()));
    m_tolvan = m_t->addSubject(QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                               QStringLiteral("tolvan@example.se"))
                   .id;
    m_t->addSubject(QStringLiteral("Britt-Marie Exempelsson"), QString(), QStringLiteral("bm@example.se"));

    HoldingService asHandler(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Handlaggare),
                             m_t->session->keys());
    HoldingInput email;
    email.category = QStringLiteral("Kontaktuppgifter");
    email.field = QStringLiteral("E-post");
    email.value = QStringLiteral("tolvan@example.se");
    email.providedBySubject = true;
    email.events.relationshipEnded = QDate(2025, 1, 15); // kept until 2027-01-15: passed
    QVERIFY(asHandler.add(m_tolvan, crmActivity->id, QStringLiteral("CRM"), email).ok());
    HoldingInput list = email;
    list.events = {};
    list.events.sentOut = QDate(2027, 1, 1); // kept until 2027-06-30
    QVERIFY(asHandler.add(m_tolvan, newsletterActivity->id, QStringLiteral("Nyhetsbrevsverktyg"), list).ok());

    m_window = std::make_unique<SubjectsWindow>(*m_t->session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSubjectsWindow::cleanup()
{
    m_window.reset();
    m_t.reset();
}

void TestSubjectsWindow::chooseSubject(const QString& name)
{
    const QList<QTreeWidgetItem*> items = subjectList()->findItems(name, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    subjectList()->setCurrentItem(items.first());
}

QModelIndexList TestSubjectsWindow::leaves() const
{
    QModelIndexList found;
    const QAbstractItemModel* model = tree()->model();
    for (int organisation = 0; organisation < model->rowCount(); ++organisation) {
        const QModelIndex group = model->index(organisation, 0);
        for (int system = 0; system < model->rowCount(group); ++system) {
            const QModelIndex systemGroup = model->index(system, 0, group);
            for (int row = 0; row < model->rowCount(systemGroup); ++row)
                found << model->index(row, 0, systemGroup);
        }
    }
    return found;
}

QStringList TestSubjectsWindow::groups() const
{
    QStringList found;
    const QAbstractItemModel* model = tree()->model();
    for (int organisation = 0; organisation < model->rowCount(); ++organisation) {
        const QModelIndex group = model->index(organisation, 0);
        found << group.data().toString();
        for (int system = 0; system < model->rowCount(group); ++system)
            found << QStringLiteral("  ") + model->index(system, 0, group).data().toString();
    }
    return found;
}

QString TestSubjectsWindow::cell(int row, int column) const
{
    const QModelIndexList rows = leaves();
    return row < rows.size() ? rows.at(row).siblingAtColumn(column).data().toString() : QString();
}

int TestSubjectsWindow::storedHoldings()
{
    Result<QList<HoldingView>> views = m_t->session->holdings().forSubject(m_tolvan);
    return views ? static_cast<int>(views->size()) : -1;
}

void TestSubjectsWindow::choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

QString TestSubjectsWindow::writeFile(const QString& name, const QByteArray& content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

template <typename Dialog>
Dialog* TestSubjectsWindow::openDialog(const QString& buttonName)
{
    QPushButton* button = child<QPushButton>(buttonName);
    if (!button->isEnabled())
        return nullptr;
    button->click();
    auto* dialog = m_window->findChild<Dialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSubjectsWindow::listShowsSubjectsWithMaskedPersonnummer()
{
    QTreeWidget* list = subjectList();
    QCOMPARE(list->topLevelItemCount(), 2);
    // Sorted by name.
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Britt-Marie Exempelsson"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("19121212-****"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("tolvan@example.se"));
    // Nothing chosen yet: the notice says what to do.
    QVERIFY(child<QLabel>(QStringLiteral("noSubjectNotice"))->isVisible());
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    QVERIFY(!child<QLabel>(QStringLiteral("noSubjectNotice"))->isVisible());
    QCOMPARE(child<QLabel>(QStringLiteral("subjectNameTitle"))->text(), QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(child<QLabel>(QStringLiteral("detailPersonalId"))->text(), QStringLiteral("19121212-****"));
}

void TestSubjectsWindow::searchFindsByNameEmailOrWholePersonnummer()
{
    QLineEdit* search = child<QLineEdit>(QStringLiteral("subjectSearch"));
    QTreeWidget* list = subjectList();
    const auto shown = [list] {
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!list->topLevelItem(i)->isHidden())
                names << list->topLevelItem(i)->text(0);
        }
        return names;
    };
    QTest::keyClicks(search, QStringLiteral("britt"));
    QCOMPARE(shown(), QStringList { QStringLiteral("Britt-Marie Exempelsson") });
    search->setText(QStringLiteral("TOLVAN@example"));
    QCOMPARE(shown(), QStringList { QStringLiteral("Tolvan Tolvansson") });
    search->setText(QStringLiteral("191212121212"));
    QCOMPARE(shown(), QStringList { QStringLiteral("Tolvan Tolvansson") });
    // Part of a number finds nothing.
    search->setText(QStringLiteral("1212"));
    QCOMPARE(shown(), QStringList());
    search->clear();
    QCOMPARE(shown().size(), 2);
}

void TestSubjectsWindow::tableShowsHoldingsWithRetainUntil()
{
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(groups(),
             (QStringList { QStringLiteral("Assessio Sverige AB (2)"), QStringLiteral("  System: CRM (1)"),
                            QStringLiteral("  System: Nyhetsbrevsverktyg (1)") }));
    QCOMPARE(leaves().size(), 2);
    QCOMPARE(cell(0, HoldingTreeModel::ActivityColumn), QStringLiteral("CRM-system"));
    QCOMPARE(cell(0, HoldingTreeModel::CategoryColumn), QStringLiteral("Kontaktuppgifter"));
    QCOMPARE(cell(0, HoldingTreeModel::FieldColumn), QStringLiteral("E-post"));
    QCOMPARE(cell(0, HoldingTreeModel::ValueColumn), QStringLiteral("tolvan@example.se"));
    QCOMPARE(cell(0, HoldingTreeModel::ProvidedColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(0, HoldingTreeModel::LegalBasisColumn), LegalBases::label(LegalBasis::Contract));
    QCOMPARE(cell(0, HoldingTreeModel::RetainUntilColumn), QStringLiteral("Kept until 2027-01-15 – due for erasure"));
    QVERIFY(leaves()
                .at(0)
                .siblingAtColumn(HoldingTreeModel::RetainUntilColumn)
                .data(HoldingListModel::IsPastRetentionRole)
                .toBool());
    QCOMPARE(cell(1, HoldingTreeModel::ActivityColumn), QStringLiteral("Nyhetsbrev"));
    QCOMPARE(cell(1, HoldingTreeModel::RetainUntilColumn), QStringLiteral("Kept until 2027-06-30"));
    QCOMPARE(child<QLabel>(QStringLiteral("holdingsCount"))->text(),
             QStringLiteral("Holdings: 2 · past their retain-until date: 1"));

    chooseSubject(QStringLiteral("Britt-Marie Exempelsson"));
    QCOMPARE(leaves().size(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("noHoldingsNote"))->isVisible());
}

void TestSubjectsWindow::addingThroughTheDialogStoresAHolding()
{
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    auto* dialog = openDialog<HoldingDialog>(QStringLiteral("addHoldingButton"));
    QVERIFY(dialog);
    QPointer<HoldingDialog> guard(dialog);
    choose(childOf<QComboBox>(dialog, QStringLiteral("activityCombo")), QStringLiteral("CRM-system"));
    QCOMPARE(childOf<QComboBox>(dialog, QStringLiteral("systemCombo"))->currentText(), QStringLiteral("CRM"));
    choose(childOf<QComboBox>(dialog, QStringLiteral("categoryCombo")), QStringLiteral("Orderhistorik"));
    QTest::keyClicks(childOf<QLineEdit>(dialog, QStringLiteral("fieldEdit")), QStringLiteral("Senaste order"));
    QTest::keyClicks(childOf<QPlainTextEdit>(dialog, QStringLiteral("valueEdit")), QStringLiteral("Order 1042"));
    // The rule counts from the end of the relationship, which has not happened by default.
    QCOMPARE(childOf<QLabel>(dialog, QStringLiteral("countsFromLabel"))->text(),
             QStringLiteral("the end of the contract or relationship"));
    QVERIFY(childOf<QCheckBox>(dialog, QStringLiteral("eventNotYetCheck"))->isChecked());
    QCOMPARE(childOf<QLabel>(dialog, QStringLiteral("retainUntilLabel"))->text(),
             QStringLiteral("No date yet: waiting for the end of the contract or relationship"));
    childOf<QCheckBox>(dialog, QStringLiteral("eventNotYetCheck"))->setChecked(false);
    childOf<QDateEdit>(dialog, QStringLiteral("eventDateEdit"))->setDate(QDate(2026, 12, 1));
    QCOMPARE(childOf<QLabel>(dialog, QStringLiteral("retainUntilLabel"))->text(),
             QStringLiteral("Kept until 2028-12-01"));

    childOf<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedHoldings(), 3);
    QCOMPARE(leaves().size(), 3);
    // The new holding is selected.
    const QModelIndexList selected = tree()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().siblingAtColumn(HoldingTreeModel::FieldColumn).data().toString(),
             QStringLiteral("Senaste order"));
    QCOMPARE(selected.first().siblingAtColumn(HoldingTreeModel::CategoryColumn).data().toString(),
             QStringLiteral("Orderhistorik"));
    QCOMPARE(selected.first().siblingAtColumn(HoldingTreeModel::RetainUntilColumn).data().toString(),
             QStringLiteral("Kept until 2028-12-01"));
    QVERIFY(child<QLabel>(QStringLiteral("holdingNote"))->text().contains(QStringLiteral("Senaste order")));
}

void TestSubjectsWindow::aRefusalKeepsWhatWasTyped()
{
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    auto* dialog = openDialog<HoldingDialog>(QStringLiteral("addHoldingButton"));
    QVERIFY(dialog);
    choose(childOf<QComboBox>(dialog, QStringLiteral("activityCombo")), QStringLiteral("CRM-system"));
    QTest::keyClicks(childOf<QPlainTextEdit>(dialog, QStringLiteral("valueEdit")), QStringLiteral("070-000 12 12"));
    childOf<QPushButton>(dialog, QStringLiteral("saveButton"))->click(); // no field name
    QLabel* problem = childOf<QLabel>(dialog, QStringLiteral("holdingProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("no field name given")), qPrintable(problem->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(childOf<QPlainTextEdit>(dialog, QStringLiteral("valueEdit"))->toPlainText(),
             QStringLiteral("070-000 12 12"));
    QCOMPARE(storedHoldings(), 2);
    dialog->reject();
}

void TestSubjectsWindow::editingChangesTheHolding()
{
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    tree()->setCurrentIndex(leaves().at(0));
    auto* dialog = openDialog<HoldingDialog>(QStringLiteral("editHoldingButton"));
    QVERIFY(dialog);
    QPointer<HoldingDialog> guard(dialog);
    QCOMPARE(childOf<QComboBox>(dialog, QStringLiteral("activityCombo"))->currentText(), QStringLiteral("CRM-system"));
    QCOMPARE(childOf<QLineEdit>(dialog, QStringLiteral("fieldEdit"))->text(), QStringLiteral("E-post"));
    QVERIFY(childOf<QCheckBox>(dialog, QStringLiteral("providedCheck"))->isChecked());
    QCOMPARE(childOf<QDateEdit>(dialog, QStringLiteral("eventDateEdit"))->date(), QDate(2025, 1, 15));
    auto* value = childOf<QPlainTextEdit>(dialog, QStringLiteral("valueEdit"));
    value->setPlainText(QStringLiteral("tolvan.t@example.se"));
    childOf<QPushButton>(dialog, QStringLiteral("saveButton"))->click();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedHoldings(), 2);
    QCOMPARE(cell(0, HoldingTreeModel::ValueColumn), QStringLiteral("tolvan.t@example.se"));
}

void TestSubjectsWindow::removeAsksFirst()
{
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    tree()->setCurrentIndex(leaves().at(0));
    const auto answer = [](const QString& button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("removeConfirmation"))
                return;
            if (button.isEmpty())
                box->button(QMessageBox::Cancel)->click();
            else
                box->findChild<QPushButton*>(button)->click();
        });
    };
    answer(QString());
    child<QPushButton>(QStringLiteral("removeHoldingButton"))->click();
    QCOMPARE(storedHoldings(), 2);
    answer(QStringLiteral("confirmRemoveButton"));
    child<QPushButton>(QStringLiteral("removeHoldingButton"))->click();
    QCOMPARE(storedHoldings(), 1);
    QCOMPARE(leaves().size(), 1);
    QCOMPARE(groups(),
             (QStringList { QStringLiteral("Assessio Sverige AB (1)"),
                            QStringLiteral("  System: Nyhetsbrevsverktyg (1)") }));
}

void TestSubjectsWindow::importWithABadRowShowsTheProblemAndAddsNothing()
{
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    auto* dialog = openDialog<HoldingImportDialog>(QStringLiteral("importHoldingsButton"));
    QVERIFY(dialog);
    const QString path = writeFile(QStringLiteral("crm.csv"),
                                   "category,field,value,collected\n"
                                   "Kontaktuppgifter,E-post,tolvan@example.se,2026-01-02\n"
                                   "Kontaktuppgifter,Telefon,070-000 12 12,2026-13-40\n");
    QVERIFY(dialog->setFile(path));
    choose(childOf<QComboBox>(dialog, QStringLiteral("activityCombo")), QStringLiteral("CRM-system"));
    QCOMPARE(childOf<QTableWidget>(dialog, QStringLiteral("previewTable"))->rowCount(), 2);
    childOf<QPushButton>(dialog, QStringLiteral("importButton"))->click();

    QVERIFY(dialog->isVisible());
    QTreeWidget* problems = childOf<QTreeWidget>(dialog, QStringLiteral("problemList"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->topLevelItemCount(), 1);
    QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("3"));
    QCOMPARE(problems->topLevelItem(0)->text(1), QStringLiteral("collected"));
    QVERIFY(problems->topLevelItem(0)->text(2).contains(QStringLiteral("is not a date")));
    QVERIFY(childOf<QLabel>(dialog, QStringLiteral("importProblem"))->isVisible());
    QCOMPARE(storedHoldings(), 2);
    dialog->reject();
}

void TestSubjectsWindow::importWithAMappingReportsIgnoredColumns()
{
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    auto* dialog = openDialog<HoldingImportDialog>(QStringLiteral("importHoldingsButton"));
    QVERIFY(dialog);
    QPointer<HoldingImportDialog> guard(dialog);
    const QString path = writeFile(QStringLiteral("export.csv"),
                                   "Kategori;Fält;Uppgift;Kommentar\n"
                                   "Kontaktuppgifter;E-post;tolvan@example.se;från webbformulär\n"
                                   "Orderhistorik;Order;1042;\n");
    QVERIFY(dialog->setFile(path));
    choose(childOf<QComboBox>(dialog, QStringLiteral("activityCombo")), QStringLiteral("CRM-system"));
    // Without a mapping the required columns are missing.
    QTreeWidget* problems = childOf<QTreeWidget>(dialog, QStringLiteral("problemList"));
    QCOMPARE(problems->topLevelItemCount(), 3);
    childOf<QCheckBox>(dialog, QStringLiteral("mappingCheck"))->setChecked(true);
    choose(childOf<QComboBox>(dialog, QStringLiteral("map_category")), QStringLiteral("Kategori"));
    choose(childOf<QComboBox>(dialog, QStringLiteral("map_field")), QStringLiteral("Fält"));
    choose(childOf<QComboBox>(dialog, QStringLiteral("map_value")), QStringLiteral("Uppgift"));
    QCOMPARE(problems->topLevelItemCount(), 0);
    QVERIFY(childOf<QLabel>(dialog, QStringLiteral("previewSummary"))->text().contains(QStringLiteral("Kommentar")));

    childOf<QPushButton>(dialog, QStringLiteral("importButton"))->click();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedHoldings(), 4);
    QCOMPARE(leaves().size(), 4);
    const QString note = child<QLabel>(QStringLiteral("holdingNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("Holdings added: 2.")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Columns ignored: Kommentar.")), qPrintable(note));
}

void TestSubjectsWindow::adminSeesTheRefusal()
{
    open(Role::Admin);
    QLabel* problem = child<QLabel>(QStringLiteral("subjectListProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("Refused")), qPrintable(problem->text()));
    QVERIFY(!child<QPushButton>(QStringLiteral("addHoldingButton"))->isVisibleTo(m_window.get()));
}

void TestSubjectsWindow::theHoldingTreePassesTheModelTester()
{
    QAbstractItemModel* model = tree()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::optional<QAbstractItemModelTester> sourceTester;
    if (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
        sourceTester.emplace(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rebuilt as the user moves between subjects, and emptied for one without holdings.
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(leaves().size(), 2);
    chooseSubject(QStringLiteral("Britt-Marie Exempelsson"));
    chooseSubject(QStringLiteral("Tolvan Tolvansson"));
    QCOMPARE(leaves().size(), 2);
}

QTEST_MAIN(TestSubjectsWindow)
#include "tst_subjectswindow.moc"
