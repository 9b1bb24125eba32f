#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSession.h"
#include "register/ActivityEditor.h"
#include "register/OrganisationDialog.h"
#include "register/RegisterWindow.h"
#include "register/RetentionRuleEditor.h"
#include "register/TableEditor.h"
#include "services/Session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace dsar;

// The processing register window as an administrator and a case handler use it, over an in-memory database
// with a fixed clock (2027-03-10).
class TestRegisterEditor : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC); }

    void openSession(Role role);
    // Adds an activity as the administrator, whoever is signed in.
    ProcessingActivity seed(const QString& name, const QString& retentionRule = QStringLiteral("after-collection;2y"));
    std::unique_ptr<RegisterWindow> showWindow();
    template <typename T>
    T* child(const QString& name) const;
    RegisterService& service() const { return m_test->session->processingRegister(); }
    // Types into a new row of a list or table editor, as a user does: Add, type, Enter.
    void addRow(const QString& editor, const QString& text);
    // Answers the next message box once it is up, by object name of the box and the button to press.
    static void answer(const QString& boxName, QMessageBox::StandardButton button);
    static void answer(const QString& boxName, const QString& buttonName);

    QTemporaryDir m_settingsDir;
    QTranslator m_english;
    std::unique_ptr<test::TestSession> m_test;
    ControllerRecord m_organisation;
    std::unique_ptr<RegisterWindow> m_window;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void showsTheFirstActivity();
    void listModelPassesTheTester();
    void adminEditsAndSaves();
    void newActivityIsAdded();
    void refusedSaveKeepsInput();
    void specialCategoryNeedsCondition();
    void leavingAsksBeforeDiscarding();
    void removeAsksNamingTheActivity();
    void filterNarrowsTheList();
    void readOnlyForHandlaggare();
    void retentionLiveText_data();
    void retentionLiveText();
    void organisationDetailsAreSaved();
    void languageSwitchKeepsTheForm();
    void mainWindowOpensTheRegister();
};

void TestRegisterEditor::initTestCase()
{
    // Never read or write the tester's own settings (the main window keeps its geometry there).
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_registereditor"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    // English plural forms ("2 years"); the strings themselves are written in English.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/dsardesk_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestRegisterEditor::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
}

void TestRegisterEditor::cleanup()
{
    if (m_window)
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window.reset();
    m_test.reset();
}

void TestRegisterEditor::openSession(Role role)
{
    m_test = std::make_unique<test::TestSession>(now(), role);
    m_organisation = m_test->addController(QStringLiteral("Assessio Sverige AB"));
}

ProcessingActivity TestRegisterEditor::seed(const QString& name, const QString& retentionRule)
{
    ProcessingActivity a;
    a.controllerId = m_organisation.id;
    a.name = name;
    a.purposes = { QStringLiteral("Meet the organisation's staffing needs") };
    a.legalBases = { { LegalBasis::LegitimateInterests, QString() } };
    a.dataCategories = { { QStringLiteral("Contact details"), false }, { QStringLiteral("CV"), false } };
    a.subjectCategories = { QStringLiteral("job applicant") };
    a.retentionRule = retentionRule;
    RegisterService asAdmin(m_test->session->database(), m_test->clock, m_test->actorWithRole(Role::Admin),
                            m_test->session->keys());
    Result<ProcessingActivity> added = asAdmin.add(a);
    if (!added)
        qFatal("cannot seed %s: %s", qPrintable(name), qPrintable(added.error()));
    return added.value();
}

std::unique_ptr<RegisterWindow> TestRegisterEditor::showWindow()
{
    auto window = std::make_unique<RegisterWindow>(*m_test->session);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active; keyboard tests may fail");
    return window;
}

template <typename T>
T* TestRegisterEditor::child(const QString& name) const
{
    T* found = m_window->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void TestRegisterEditor::addRow(const QString& editor, const QString& text)
{
    auto* table = child<TableEditor>(editor);
    QTest::mouseClick(table->findChild<QToolButton*>(QStringLiteral("addRowButton")), Qt::LeftButton);
    QWidget* cell = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(cell));
    QTest::keyClicks(cell, text);
    QTest::keyClick(cell, Qt::Key_Return);
}

void TestRegisterEditor::answer(const QString& boxName, QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [boxName, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == boxName)
            box->button(button)->click();
    });
}

void TestRegisterEditor::answer(const QString& boxName, const QString& buttonName)
{
    QTimer::singleShot(0, [boxName, buttonName] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == boxName)
            box->findChild<QPushButton*>(buttonName)->click();
    });
}

void TestRegisterEditor::showsTheFirstActivity()
{
    openSession(Role::Admin);
    seed(QStringLiteral("Recruitment"));
    seed(QStringLiteral("Suppliers"));
    m_window = showWindow();
    QCOMPARE(child<QComboBox>(QStringLiteral("organisationCombo"))->currentText(), m_organisation.name);
    QCOMPARE(child<QListView>(QStringLiteral("activityList"))->model()->rowCount(), 2);
    QCOMPARE(child<QLabel>(QStringLiteral("activityTitle"))->text(), QStringLiteral("Recruitment"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("activityName"))->text(), QStringLiteral("Recruitment"));
    QVERIFY(child<QCheckBox>(QStringLiteral("basis_legitimate-interests"))->isChecked());
    QVERIFY(!child<QPushButton>(QStringLiteral("saveActivityButton"))->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("readOnlyNotice"))->isHidden());
}

void TestRegisterEditor::listModelPassesTheTester()
{
    openSession(Role::Admin);
    seed(QStringLiteral("Recruitment"));
    m_window = showWindow();
    QAbstractItemModel* model = child<QListView>(QStringLiteral("activityList"))->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("activityFilter")), QStringLiteral("rec"));
    seed(QStringLiteral("Suppliers"));
    QMetaObject::invokeMethod(child<QPushButton>(QStringLiteral("newActivityButton")), "click");
}

void TestRegisterEditor::adminEditsAndSaves()
{
    openSession(Role::Admin);
    const ProcessingActivity original = seed(QStringLiteral("Recruitment"));
    m_window = showWindow();

    auto* name = child<QLineEdit>(QStringLiteral("activityName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Recruitment process"));
    addRow(QStringLiteral("purposesEditor"), QStringLiteral("Assess applicants"));
    QTest::mouseClick(child<QCheckBox>(QStringLiteral("basis_contract")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("basisNote_contract")), QStringLiteral("Employment contract"));
    child<QSpinBox>(QStringLiteral("retentionAmount"))->setValue(3);
    QVERIFY(child<QPushButton>(QStringLiteral("saveActivityButton"))->isEnabled());
    QVERIFY(child<QPushButton>(QStringLiteral("revertButton"))->isEnabled());
    // A system still being typed when Ctrl+S is pressed is saved too.
    auto* systems = child<TableEditor>(QStringLiteral("systemsEditor"));
    child<QTabWidget>(QStringLiteral("activityTabs"))->setCurrentIndex(1);
    QTest::mouseClick(systems->findChild<QToolButton*>(QStringLiteral("addRowButton")), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ATS"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(child<QLabel>(QStringLiteral("saveProblem"))->isHidden(),
             qPrintable(child<QLabel>(QStringLiteral("saveProblem"))->text()));
    Result<ProcessingActivity> stored = service().activity(original.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Recruitment process"));
    QCOMPARE(
        stored->purposes,
        QStringList({ QStringLiteral("Meet the organisation's staffing needs"), QStringLiteral("Assess applicants") }));
    const QList<LegalBasisEntry> bases = { { LegalBasis::Contract, QStringLiteral("Employment contract") },
                                           { LegalBasis::LegitimateInterests, QString() } };
    QCOMPARE(stored->legalBases, bases);
    QCOMPARE(stored->retentionRule, QStringLiteral("after-collection;3y"));
    QCOMPARE(stored->dataCategories, original.dataCategories);
    QCOMPARE(stored->subjectCategories, original.subjectCategories);
    QCOMPARE(stored->systems, QStringList { QStringLiteral("ATS") });

    // The list, the title and the buttons follow the saved state.
    QCOMPARE(child<QLabel>(QStringLiteral("activityTitle"))->text(), QStringLiteral("Recruitment process"));
    QCOMPARE(child<QListView>(QStringLiteral("activityList"))->currentIndex().data().toString(),
             QStringLiteral("Recruitment process"));
    QVERIFY(!child<QPushButton>(QStringLiteral("saveActivityButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(QStringLiteral("revertButton"))->isEnabled());
}

void TestRegisterEditor::newActivityIsAdded()
{
    openSession(Role::Admin);
    seed(QStringLiteral("Recruitment"));
    m_window = showWindow();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("newActivityButton")), Qt::LeftButton);
    QCOMPARE(child<QLabel>(QStringLiteral("activityTitle"))->text(), QStringLiteral("New processing activity"));
    QVERIFY(child<QLineEdit>(QStringLiteral("activityName"))->hasFocus());
    QVERIFY(child<QLineEdit>(QStringLiteral("activityName"))->text().isEmpty());

    QTest::keyClicks(child<QLineEdit>(QStringLiteral("activityName")), QStringLiteral("Newsletter"));
    addRow(QStringLiteral("purposesEditor"), QStringLiteral("Inform subscribers"));
    QTest::mouseClick(child<QCheckBox>(QStringLiteral("basis_consent")), Qt::LeftButton);
    auto* anchor = child<QComboBox>(QStringLiteral("retentionAnchor"));
    anchor->setCurrentIndex(anchor->findData(QStringLiteral("while-consent-lasts")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveActivityButton")), Qt::LeftButton);

    Result<QList<ProcessingActivity>> all = service().activities(m_organisation.id);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    const auto added = std::find_if(all->begin(), all->end(),
                                    [](const ProcessingActivity& a) { return a.name == QLatin1String("Newsletter"); });
    QVERIFY(added != all->end());
    QCOMPARE(added->retentionRule, QStringLiteral("while-consent-lasts"));
    QCOMPARE(child<QListView>(QStringLiteral("activityList"))->currentIndex().data().toString(),
             QStringLiteral("Newsletter"));
    QVERIFY(child<QPushButton>(QStringLiteral("removeActivityButton"))->isEnabled());
}

void TestRegisterEditor::refusedSaveKeepsInput()
{
    openSession(Role::Admin);
    const ProcessingActivity original = seed(QStringLiteral("Recruitment"));
    m_window = showWindow();

    // A health category marked special, without the Art. 9(2) condition the service requires.
    addRow(QStringLiteral("dataCategoriesEditor"), QStringLiteral("Health"));
    QTableWidget* categories = child<TableEditor>(QStringLiteral("dataCategoriesEditor"))->table();
    QCOMPARE(categories->rowCount(), 3);
    categories->item(2, 1)->setCheckState(Qt::Checked);
    auto* name = child<QLineEdit>(QStringLiteral("activityName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Recruitment and health checks"));

    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveActivityButton")), Qt::LeftButton);
    auto* problem = child<QLabel>(QStringLiteral("saveProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("Art. 9(2)")), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QLatin1String("\"Health\"")));

    // Nothing typed is lost, and nothing was stored.
    QCOMPARE(name->text(), QStringLiteral("Recruitment and health checks"));
    QCOMPARE(categories->rowCount(), 3);
    QCOMPARE(categories->item(2, 0)->text(), QStringLiteral("Health"));
    QCOMPARE(categories->item(2, 1)->checkState(), Qt::Checked);
    QVERIFY(child<QPushButton>(QStringLiteral("saveActivityButton"))->isEnabled());
    QCOMPARE(service().activity(original.id)->name, QStringLiteral("Recruitment"));

    // With the condition chosen the same input saves.
    auto* condition = child<QComboBox>(QStringLiteral("specialCondition"));
    condition->setCurrentIndex(condition->findData(QStringLiteral("employment")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveActivityButton")), Qt::LeftButton);
    QVERIFY2(problem->isHidden(), qPrintable(problem->text()));
    QCOMPARE(service().activity(original.id)->specialCondition, SpecialCategoryCondition::Employment);
}

void TestRegisterEditor::specialCategoryNeedsCondition()
{
    openSession(Role::Admin);
    seed(QStringLiteral("Recruitment"));
    m_window = showWindow();
    auto* condition = child<QComboBox>(QStringLiteral("specialCondition"));
    auto* hint = child<QLabel>(QStringLiteral("specialConditionHint"));
    QVERIFY(!condition->isEnabled());
    QVERIFY(hint->isHidden());

    QTableWidget* categories = child<TableEditor>(QStringLiteral("dataCategoriesEditor"))->table();
    categories->item(1, 1)->setCheckState(Qt::Checked);
    QVERIFY(condition->isEnabled());
    QVERIFY(!hint->isHidden());
    condition->setCurrentIndex(condition->findData(QStringLiteral("explicit-consent")));
    QVERIFY(hint->isHidden());
    categories->item(1, 1)->setCheckState(Qt::Unchecked);
    QVERIFY(!condition->isEnabled());
    // Kept on the form, but not part of the activity without a special category.
    QVERIFY(!child<ActivityEditor>(QStringLiteral("activityEditor"))->activity().specialCondition);
}

void TestRegisterEditor::leavingAsksBeforeDiscarding()
{
    openSession(Role::Admin);
    seed(QStringLiteral("Recruitment"));
    const ProcessingActivity suppliers = seed(QStringLiteral("Suppliers"));
    m_window = showWindow();
    auto* list = child<QListView>(QStringLiteral("activityList"));
    auto* name = child<QLineEdit>(QStringLiteral("activityName"));
    QTest::keyClicks(name, QStringLiteral(" 2027"));

    // Cancel: the selection and the typed text stay.
    answer(QStringLiteral("leaveConfirmation"), QMessageBox::Cancel);
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(name->text(), QStringLiteral("Recruitment 2027"));

    // Save: stored, then the other activity is shown.
    answer(QStringLiteral("leaveConfirmation"), QMessageBox::Save);
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(name->text(), QStringLiteral("Suppliers"));
    QTRY_COMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Recruitment 2027"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Suppliers"));

    // Discard: the change is dropped.
    QTest::keyClicks(name, QStringLiteral(" and partners"));
    answer(QStringLiteral("leaveConfirmation"), QMessageBox::Discard);
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(name->text(), QStringLiteral("Recruitment 2027"));
    QCOMPARE(service().activity(suppliers.id)->name, QStringLiteral("Suppliers"));
}

void TestRegisterEditor::removeAsksNamingTheActivity()
{
    openSession(Role::Admin);
    const ProcessingActivity recruitment = seed(QStringLiteral("Recruitment"));
    seed(QStringLiteral("Suppliers"));
    m_window = showWindow();

    QString question;
    QTimer::singleShot(0, [&question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("removeConfirmation"))
            return;
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeActivityButton")), Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("\"Recruitment\"")), qPrintable(question));
    QVERIFY(service().activity(recruitment.id));

    answer(QStringLiteral("removeConfirmation"), QStringLiteral("confirmRemoveButton"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeActivityButton")), Qt::LeftButton);
    QVERIFY(!service().activity(recruitment.id));
    QCOMPARE(child<QListView>(QStringLiteral("activityList"))->model()->rowCount(), 1);
    QCOMPARE(child<QLineEdit>(QStringLiteral("activityName"))->text(), QStringLiteral("Suppliers"));
}

void TestRegisterEditor::filterNarrowsTheList()
{
    openSession(Role::Admin);
    seed(QStringLiteral("Recruitment"));
    seed(QStringLiteral("Suppliers"));
    m_window = showWindow();
    auto* list = child<QListView>(QStringLiteral("activityList"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("activityFilter")), QStringLiteral("supp"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Suppliers"));
    // Filtering does not change the activity on the form.
    QCOMPARE(child<QLineEdit>(QStringLiteral("activityName"))->text(), QStringLiteral("Recruitment"));
    child<QLineEdit>(QStringLiteral("activityFilter"))->clear();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Recruitment"));
    // The legal bases are matched too.
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("activityFilter")), QStringLiteral("legitimate"));
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestRegisterEditor::readOnlyForHandlaggare()
{
    openSession(Role::Handlaggare);
    seed(QStringLiteral("Recruitment"));
    m_window = showWindow();
    QVERIFY(child<QLabel>(QStringLiteral("readOnlyNotice"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("readOnlyNotice"))->text().contains(QLatin1String("administrator")));
    for (const QString& button :
         { QStringLiteral("newActivityButton"), QStringLiteral("saveActivityButton"), QStringLiteral("revertButton"),
           QStringLiteral("removeActivityButton"), QStringLiteral("newOrganisationButton") })
        QVERIFY2(child<QPushButton>(button)->isHidden(), qPrintable(button));
    QVERIFY(child<QPushButton>(QStringLiteral("organisationDetailsButton"))->isVisible());

    // Everything is shown, nothing can be changed.
    auto* name = child<QLineEdit>(QStringLiteral("activityName"));
    QCOMPARE(name->text(), QStringLiteral("Recruitment"));
    QVERIFY(name->isReadOnly());
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(name->text(), QStringLiteral("Recruitment"));
    auto* basis = child<QCheckBox>(QStringLiteral("basis_contract"));
    QTest::mouseClick(basis, Qt::LeftButton);
    QVERIFY(!basis->isChecked());
    QTableWidget* categories = child<TableEditor>(QStringLiteral("dataCategoriesEditor"))->table();
    QCOMPARE(categories->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!categories->item(0, 1)->flags().testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(child<TableEditor>(QStringLiteral("purposesEditor"))
                ->findChild<QToolButton*>(QStringLiteral("addRowButton"))
                ->isHidden());
    QVERIFY(child<QSpinBox>(QStringLiteral("retentionAmount"))->isReadOnly());
    QVERIFY(!child<ActivityEditor>(QStringLiteral("activityEditor"))->isModified());

    // The service refuses a change from this role in any case.
    ProcessingActivity changed = child<ActivityEditor>(QStringLiteral("activityEditor"))->activity();
    changed.name = QStringLiteral("Changed");
    QVERIFY(!service().update(changed));
}

void TestRegisterEditor::retentionLiveText_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("periodEnabled");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("example");

    QTest::newRow("after-relationship-ended, 2 years")
        << "after-relationship-ended" << 2 << int(RetentionPeriod::Years) << true
        << "2 years after the contract or relationship ended"
        << "The end of the contract or relationship on 2027-03-10 → Kept until 2029-03-10";
    QTest::newRow("fiscal year, 7 years") << "after-fiscal-year-end" << 7 << int(RetentionPeriod::Years) << true
                                          << "7 years after the calendar year in which the fiscal year ended"
                                          << "The end of the fiscal year on 2026-12-31 → Kept until 2033-12-31";
    QTest::newRow("send-out, 180 days") << "after-send-out" << 180 << int(RetentionPeriod::Days) << true
                                        << "180 days after the send-out"
                                        << "The send-out on 2027-03-10 → Kept until 2027-09-06";
    QTest::newRow("while consent lasts") << "while-consent-lasts" << 2 << int(RetentionPeriod::Years) << false
                                         << "While consent lasts"
                                         << "The withdrawal of consent on 2027-03-10 → Kept until 2027-03-10";
    // RetentionRule::make's refusal is shown instead of the words.
    QTest::newRow("no period") << "after-collection" << 0 << int(RetentionPeriod::Years) << true
                               << "A rule \"after-collection\" needs a period, e.g. 2y, 6m or 180d."
                               << "";
    QTest::newRow("fiscal year in months")
        << "after-fiscal-year-end" << 6 << int(RetentionPeriod::Months) << true
        << "A rule counted after the fiscal year's end needs a period in years, e.g. 7y (BFL 7 kap. 2 §)."
        << "";
}

void TestRegisterEditor::retentionLiveText()
{
    QFETCH(QString, anchor);
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(bool, periodEnabled);
    QFETCH(QString, words);
    QFETCH(QString, example);

    RetentionRuleEditor editor(QDate(2027, 3, 10));
    editor.show();
    auto* anchorCombo = editor.findChild<QComboBox*>(QStringLiteral("retentionAnchor"));
    anchorCombo->setCurrentIndex(anchorCombo->findData(anchor));
    auto* amountSpin = editor.findChild<QSpinBox*>(QStringLiteral("retentionAmount"));
    amountSpin->setValue(amount);
    auto* unitCombo = editor.findChild<QComboBox*>(QStringLiteral("retentionUnit"));
    unitCombo->setCurrentIndex(unitCombo->findData(unit));

    QCOMPARE(amountSpin->isEnabled(), periodEnabled);
    QCOMPARE(editor.findChild<QLabel*>(QStringLiteral("retentionWords"))->text(), words);
    auto* exampleLabel = editor.findChild<QLabel*>(QStringLiteral("retentionExample"));
    QCOMPARE(exampleLabel->text(), example);
    QCOMPARE(exampleLabel->isVisible(), !example.isEmpty());
}

void TestRegisterEditor::organisationDetailsAreSaved()
{
    openSession(Role::Admin);
    m_window = showWindow();

    // A new organisation, with a refused number first: the dialog stays open with the input.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<OrganisationDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("organisationName")),
                         QStringLiteral("Exempel AB"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("organisationNumber")), QStringLiteral("123"));
        dialog->findChild<QPushButton*>(QStringLiteral("saveOrganisationButton"))->click();
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("organisationError"));
        QVERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("organisationName"))->text(),
                 QStringLiteral("Exempel AB"));
        dialog->findChild<QLineEdit*>(QStringLiteral("organisationNumber"))->clear();
        dialog->findChild<QPushButton*>(QStringLiteral("saveOrganisationButton"))->click();
    });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("newOrganisationButton")), Qt::LeftButton);
    auto* organisations = child<QComboBox>(QStringLiteral("organisationCombo"));
    QCOMPARE(organisations->count(), 2);
    QCOMPARE(organisations->currentText(), QStringLiteral("Exempel AB"));

    // Its details, changed.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<OrganisationDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("organisationDpo")),
                         QStringLiteral("dpo@exempel.se"));
        dialog->findChild<QPushButton*>(QStringLiteral("saveOrganisationButton"))->click();
    });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("organisationDetailsButton")), Qt::LeftButton);
    Result<ControllerRecord> stored = m_test->session->controllers().byId(organisations->currentData().toLongLong());
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Exempel AB"));
    QCOMPARE(stored->dpoContact, QStringLiteral("dpo@exempel.se"));
    QCOMPARE(stored->supervisoryAuthority, ControllerService::defaultSupervisoryAuthority());
}

void TestRegisterEditor::languageSwitchKeepsTheForm()
{
    openSession(Role::Admin);
    seed(QStringLiteral("Recruitment"), QStringLiteral("after-relationship-ended;2y"));
    m_window = showWindow();
    auto* name = child<QLineEdit>(QStringLiteral("activityName"));
    QTest::keyClicks(name, QStringLiteral(" (draft)"));
    auto* editor = child<ActivityEditor>(QStringLiteral("activityEditor"));
    const ProcessingActivity typed = editor->activity();

    QTranslator swedish;
    QVERIFY(swedish.load(QStringLiteral(":/i18n/dsardesk_sv.qm")));
    QCoreApplication::installTranslator(&swedish); // posts LanguageChange to the windows
    // Labels from the core follow the language; what was typed and chosen stays.
    QTRY_COMPARE(child<QComboBox>(QStringLiteral("retentionAnchor"))->currentText(),
                 QStringLiteral("Efter att avtalet eller relationen upphört"));
    QCOMPARE(child<QCheckBox>(QStringLiteral("basis_legitimate-interests"))->text(),
             QStringLiteral("Berättigat intresse (GDPR art. 6.1 f)"));
    QCOMPARE(child<QLabel>(QStringLiteral("retentionWords"))->text(),
             QStringLiteral("2 år efter att avtalet eller relationen upphört"));
    QCOMPARE(editor->activity(), typed);
    QVERIFY(editor->isModified());
    QCoreApplication::removeTranslator(&swedish);
    QTRY_COMPARE(child<QComboBox>(QStringLiteral("retentionAnchor"))->currentText(),
                 QStringLiteral("After the contract or relationship ended"));
    QCOMPARE(name->text(), QStringLiteral("Recruitment (draft)"));
}

void TestRegisterEditor::mainWindowOpensTheRegister()
{
    // Every role reads the register: here a case handler, from the main window's Register menu.
    openSession(Role::Handlaggare);
    seed(QStringLiteral("Recruitment"));
    LanguageManager languages;
    MainWindow main(*m_test->session, languages);
    main.show();
    auto* action = main.findChild<QAction*>(QStringLiteral("actionProcessingRegister"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto* window = main.findChild<RegisterWindow*>();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->findChild<QLineEdit*>(QStringLiteral("activityName"))->text(), QStringLiteral("Recruitment"));
    // A second trigger raises the same window.
    action->trigger();
    QCOMPARE(main.findChildren<RegisterWindow*>().size(), 1);
}

QTEST_MAIN(TestRegisterEditor)
#include "tst_registereditor.moc"
