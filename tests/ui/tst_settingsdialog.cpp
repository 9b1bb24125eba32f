// The settings dialog: every setting with its meaning; an administrator's valid value is stored by
// SettingsService, a refused one keeps what was typed with core's message beside it, changes are never discarded
// without asking; other roles read the values and who may change them; the reminders follow a saved change.
#include "ReminderBanner.h"
#include "SettingsDialog.h"
#include "TestSession.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dsar;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsEverySettingWithItsMeaning();
    void savesAValidValue();
    void refusesAnInvalidValueAndKeepsTheText();
    void closingWithChangesAsks();
    void isReadOnlyForACaseHandler();
    void theRemindersFollowASavedChange();
    void theOpenActionOpensOneDialog();

private:
    static QLineEdit* edit(QWidget& dialog, const QString& key)
    {
        auto* found = dialog.findChild<QLineEdit*>(QStringLiteral("settingValue_") + key);
        if (!found)
            qFatal("no edit for %s", qPrintable(key));
        return found;
    }
    static QLabel* problem(QWidget& dialog, const QString& key)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("settingProblem_") + key);
    }
    static void answerLater(const QString& boxName, QMessageBox::StandardButton button, bool* asked);
    QString storedValue(const QString& key) const;

    static inline const QString reminderKey = QStringLiteral("reminders.working_days");
    std::unique_ptr<test::TestSession> m_t;
    std::unique_ptr<SettingsService> m_asAdmin; // the administrator, on the same database
};

void TestSettingsDialog::init()
{
    // Today is Wednesday 10 March 2027; the session is a case handler's, the dialog acts as the administrator.
    m_t = std::make_unique<test::TestSession>();
    m_asAdmin = std::make_unique<SettingsService>(m_t->session->database(), m_t->clock, m_t->actorWithRole(Role::Admin),
                                                  m_t->session->keys());
}

void TestSettingsDialog::cleanup()
{
    m_asAdmin.reset();
    m_t.reset();
}

QString TestSettingsDialog::storedValue(const QString& key) const
{
    const QList<SettingValue> values = m_asAdmin->all().value();
    for (const SettingValue& value : values) {
        if (value.key == key)
            return value.isDefault ? QStringLiteral("default:") + value.value : value.value;
    }
    return {};
}

void TestSettingsDialog::answerLater(const QString& boxName, QMessageBox::StandardButton button, bool* asked)
{
    QTimer::singleShot(0, [boxName, button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != boxName)
            return;
        *asked = true;
        box->button(button)->click();
    });
}

void TestSettingsDialog::showsEverySettingWithItsMeaning()
{
    SettingsDialog dialog(*m_asAdmin, Role::Admin);
    QVERIFY(dialog.canEdit());
    const QList<SettingValue> values = m_asAdmin->all().value();
    QVERIFY(values.size() >= 6);
    for (const SettingValue& value : values) {
        QLineEdit* field = edit(dialog, value.key);
        QCOMPARE(field->text(), value.value);
        QVERIFY(!field->isReadOnly());
        QCOMPARE(field->accessibleDescription(), value.description);
        QVERIFY(!field->accessibleName().isEmpty());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("settingState_") + value.key)->text(),
                 QStringLiteral("Default value"));
    }
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("settingsReadOnlyNote"))->isHidden());
    QVERIFY(!dialog.isModified());

    // Tab goes from one value to the next in the order shown.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    edit(dialog, values.at(0).key)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit(dialog, values.at(1).key));

    const QString path = qEnvironmentVariable("SETTINGS_SCREENSHOT");
    if (!path.isEmpty()) {
        edit(dialog, reminderKey)->setText(QStringLiteral("25"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.grab().save(path));
    }
}

void TestSettingsDialog::savesAValidValue()
{
    SettingsDialog dialog(*m_asAdmin, Role::Admin);
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    dialog.show();
    QLineEdit* field = edit(dialog, reminderKey);
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral(" 5 "));
    QVERIFY(dialog.isModified());
    QVERIFY(dialog.isWindowModified());
    dialog.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->click();

    QCOMPARE(m_asAdmin->reminderWorkingDays().value(), 5);
    QCOMPARE(storedValue(reminderKey), QStringLiteral("5"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList(), QStringList { reminderKey });
    QVERIFY(dialog.isHidden()); // saved and closed
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(field->text(), QStringLiteral("5"));
    QVERIFY(!dialog.isModified());
}

void TestSettingsDialog::refusesAnInvalidValueAndKeepsTheText()
{
    SettingsDialog dialog(*m_asAdmin, Role::Admin);
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    dialog.show();
    edit(dialog, reminderKey)->setText(QStringLiteral("25"));
    const QString retentionKey = QStringLiteral("retention.closed_case_years");
    edit(dialog, retentionKey)->setText(QStringLiteral("7"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->click();

    // The valid one is stored, the refused one keeps what was typed and core's message, the dialog stays.
    QVERIFY(dialog.isVisible());
    QCOMPARE(edit(dialog, reminderKey)->text(), QStringLiteral("25"));
    QLabel* message = problem(dialog, reminderKey);
    QVERIFY(message->isVisible());
    const QString expected = m_asAdmin->set(reminderKey, QStringLiteral("25")).error();
    QVERIFY(expected.contains(QStringLiteral("0 to 20")));
    QCOMPARE(message->text(), expected);
    QCOMPARE(storedValue(reminderKey), QStringLiteral("default:3"));
    QCOMPARE(storedValue(retentionKey), QStringLiteral("7"));
    QVERIFY(problem(dialog, retentionKey)->isHidden());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList(), QStringList { retentionKey });
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("settingsProblem"));
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(retentionKey), qPrintable(summary->text()));
    QVERIFY(dialog.isModified()); // the refused value is still a change

    // Put right, it is stored and the message goes.
    edit(dialog, reminderKey)->setText(QStringLiteral("4"));
    QVERIFY(dialog.save());
    QCOMPARE(storedValue(reminderKey), QStringLiteral("4"));
    QVERIFY(message->isHidden());
    QVERIFY(summary->isHidden());
}

void TestSettingsDialog::closingWithChangesAsks()
{
    SettingsDialog dialog(*m_asAdmin, Role::Admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog, reminderKey)->setText(QStringLiteral("6"));

    // Escape, then Cancel in the question: nothing lost, the dialog stays.
    bool asked = false;
    answerLater(QStringLiteral("unsavedSettingsConfirmation"), QMessageBox::Cancel, &asked);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(dialog.isVisible());
    QCOMPARE(edit(dialog, reminderKey)->text(), QStringLiteral("6"));

    // Save in the question stores it.
    asked = false;
    answerLater(QStringLiteral("unsavedSettingsConfirmation"), QMessageBox::Save, &asked);
    dialog.close();
    QVERIFY(asked);
    QVERIFY(dialog.isHidden());
    QCOMPARE(storedValue(reminderKey), QStringLiteral("6"));

    // Discard closes without storing.
    SettingsDialog again(*m_asAdmin, Role::Admin);
    again.show();
    edit(again, reminderKey)->setText(QStringLiteral("2"));
    asked = false;
    answerLater(QStringLiteral("unsavedSettingsConfirmation"), QMessageBox::Discard, &asked);
    again.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(asked);
    QVERIFY(again.isHidden());
    QCOMPARE(storedValue(reminderKey), QStringLiteral("6"));

    // Without changes, closing does not ask.
    SettingsDialog unchanged(*m_asAdmin, Role::Admin);
    unchanged.show();
    asked = false;
    answerLater(QStringLiteral("unsavedSettingsConfirmation"), QMessageBox::Cancel, &asked);
    unchanged.reject();
    QVERIFY(unchanged.isHidden());
    QTest::qWait(10);
    QVERIFY(!asked);
}

void TestSettingsDialog::isReadOnlyForACaseHandler()
{
    SettingsDialog dialog(m_t->session->settings(), Role::Handlaggare);
    dialog.show();
    QVERIFY(!dialog.canEdit());
    const QList<SettingValue> values = m_t->session->settings().all().value();
    for (const SettingValue& value : values) {
        QVERIFY(edit(dialog, value.key)->isReadOnly());
        QCOMPARE(edit(dialog, value.key)->text(), value.value);
    }
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("saveSettingsButton")) == nullptr);
    QVERIFY(!dialog.save());
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("settingsReadOnlyNote"));
    QVERIFY(note->isVisible());
    // Who may change them, from the permission matrix.
    QVERIFY2(note->text().contains(Roles::label(Role::Admin)), qPrintable(note->text()));
    QVERIFY(note->text().contains(Roles::label(Role::Handlaggare)));
    QTest::keyClicks(edit(dialog, reminderKey), QStringLiteral("9"));
    QCOMPARE(edit(dialog, reminderKey)->text(), QStringLiteral("3"));
    const QString path = qEnvironmentVariable("SETTINGS_READONLY_SCREENSHOT");
    if (!path.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(path));
    }
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
    QVERIFY(dialog.isHidden());
    QCOMPARE(storedValue(reminderKey), QStringLiteral("default:3"));
}

void TestSettingsDialog::theRemindersFollowASavedChange()
{
    // A case due Tuesday 16 March: beyond three working days from Wednesday 10 March, within five.
    m_t->addController();
    OpenRequest request;
    request.subjectId = m_t->addSubject().id;
    request.rights = { RequestRight::Access };
    request.received = ReceiptTime::fromDate(QDate(2027, 2, 16));
    const CaseRecord opened = m_t->session->cases().openRequest(request).value().first();
    QCOMPARE(opened.currentDue, QDate(2027, 3, 16));
    ReminderBanner banner(*m_t->session);
    banner.show();
    banner.refresh();
    QVERIFY(banner.isHidden());

    SettingsDialog dialog(*m_asAdmin, Role::Admin);
    connect(&dialog, &SettingsDialog::settingsChanged, &banner, &ReminderBanner::refresh);
    edit(dialog, reminderKey)->setText(QStringLiteral("5"));
    QVERIFY(dialog.save());
    QVERIFY(banner.isVisible());
    QCOMPARE(banner.references(), QStringList { opened.reference });
    QVERIFY2(banner.text().contains(QStringLiteral("5 working days")), qPrintable(banner.text()));
}

void TestSettingsDialog::theOpenActionOpensOneDialog()
{
    QWidget mainWindow;
    QAction* action = SettingsDialog::createOpenAction(*m_t->session, &mainWindow);
    QCOMPARE(action->objectName(), QStringLiteral("actionSettings"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QCOMPARE(action->text(), QStringLiteral("&Settings…"));
    QVERIFY(!action->toolTip().isEmpty());
    mainWindow.show();
    action->trigger();
    action->trigger(); // raised, not opened twice
    const QList<SettingsDialog*> dialogs = mainWindow.findChildren<SettingsDialog*>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first()->isVisible());
    QVERIFY(!dialogs.first()->canEdit()); // the session is a case handler's
    dialogs.first()->reject();
    QTRY_VERIFY(mainWindow.findChildren<SettingsDialog*>().isEmpty()); // deleted on close
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
