// dsar-screenshots: renders the main views of DSAR Desk from a database to PNG files, for the README.
// Usage: dsar-screenshots --db PATH --out DIR [--lang sv|en]   (scripts/screenshots.sh runs it)
// Signs in through the login dialog as the demonstration case handler of "dsarctl init --demo".
#include "ExtractShots.h"
#include "HoldingShots.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "RegisterRequestDialog.h"
#include "cases/CaseWindow.h"
#include "common/AppInfo.h"
#include "common/Clock.h"
#include "dashboard/DashboardWindow.h"
#include "models/CaseListModel.h"
#include "register/RegisterWindow.h"
#include "services/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dsar;

namespace {

bool save(QWidget* widget, const QDir& out, const QString& name)
{
    QTest::qWait(150); // let layouts and delegates settle
    QSaveFile file(out.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || !widget->grab().save(&file, "PNG") || !file.commit()) {
        qCritical("cannot write %s", qPrintable(file.fileName()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    applyApplicationIdentity();
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("path"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("sv or en."), QStringLiteral("lang"),
                                        QStringLiteral("sv"));
    parser.addOptions({ dbOption, outOption, langOption });
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption) || !parser.isSet(outOption))
        parser.showHelp(2);

    const QString suffix = QLatin1Char('-') + parser.value(langOption);
    LanguageManager languages;
    languages.setLanguage(parser.value(langOption) == QLatin1String("en") ? LanguageManager::Language::English
                                                                          : LanguageManager::Language::Swedish);
    QString error;
    std::unique_ptr<Clock> clock = makeClockFromEnvironment(&error);
    if (!clock)
        qFatal("%s", qPrintable(error));
    Result<std::unique_ptr<Database>> database
        = Database::openSqlite(parser.value(dbOption), Database::OpenMode::MustExist);
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    const QDir out(parser.value(outOption));

    // The demonstration account's password is printed by "dsarctl init --demo" and in the README.
    LoginDialog login(std::move(database).value(), *clock);
    login.show();
    if (!QTest::qWaitForWindowExposed(&login))
        return 1;
    QTest::keyClicks(login.findChild<QLineEdit*>(QStringLiteral("userNameEdit")), QStringLiteral("handlaggare"));
    QTest::keyClicks(login.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("handlaggare-demo"));
    bool ok = save(&login, out, QStringLiteral("login") + suffix + QStringLiteral(".png"));
    QTest::mouseClick(login.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    std::unique_ptr<Session> signedIn = login.takeSession();
    if (!signedIn)
        qFatal("cannot sign in as handlaggare: %s",
               qPrintable(login.findChild<QLabel*>(QStringLiteral("loginError"))->text()));
    Session& session = *signedIn;

    MainWindow window(session, languages);
    window.resize(1440, 680);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    // The list reads every case after its first paint; the counts come with them.
    if (auto* cases = window.findChild<CaseListModel*>(); !QTest::qWaitFor([cases] { return cases->isComplete(); }))
        return 1;
    QTableView* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
    table->selectRow(2);
    ok = save(&window, out, QStringLiteral("case-list") + suffix + QStringLiteral(".png")) && ok;
    // Swedish only: each saved view of the case list, and the search finding a subject by personnummer.
    if (parser.value(langOption) != QLatin1String("en")) {
        for (CaseView view : { CaseView::DueWithinWeek, CaseView::Overdue, CaseView::AwaitingIdentification,
                               CaseView::Extended, CaseView::AwaitingDpoApproval, CaseView::Mine }) {
            window.showCaseView(view);
            ok = save(&window, out, QStringLiteral("view-%1.png").arg(CaseViews::code(view))) && ok;
        }
        window.showCaseView(CaseView::All);
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchFilter"));
        QTest::keyClicks(search, QStringLiteral("19121212-1212"));
        QTest::qWait(500); // the subject lookup waits for typing to pause
        ok = save(&window, out, QStringLiteral("search-personnummer.png")) && ok;
        search->clear();
    }

    RegisterRequestDialog dialog(session, &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("subjectName")), QStringLiteral("Sven Prov"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("subjectEmail")), QStringLiteral("sven@example.se"));
    dialog.findChild<QComboBox*>(QStringLiteral("organisationCombo"))->setCurrentIndex(1);
    dialog.findChild<QCheckBox*>(QStringLiteral("right_access"))->click();
    dialog.findChild<QCheckBox*>(QStringLiteral("right_erasure"))->click();
    ok = save(&dialog, out, QStringLiteral("register-request") + suffix + QStringLiteral(".png")) && ok;
    dialog.hide();

    // Swedish only, as its users read it: the case window of the case that waits for the subject's identity, on
    // its identification tab, with the clock stopped.
    if (parser.value(langOption) != QLatin1String("en")) {
        CaseFilter waiting;
        waiting.status = CaseStatus::AwaitingIdentification;
        Result<QList<CaseRecord>> cases = session.cases().list(waiting);
        if (!cases || cases->isEmpty())
            qFatal("no case awaits identification in the demonstration data");
        CaseWindow* caseWindow = window.openCase(cases->first().reference);
        if (!caseWindow || !QTest::qWaitForWindowExposed(caseWindow))
            return 1;
        caseWindow->resize(1180, 760);
        ok = save(caseWindow, out, QStringLiteral("case-window.png")) && ok;
        caseWindow->close();

        // The decision tab of the Almi erasure the DPO is to approve: credit-decision material kept with its
        // exception, legal reference and date.
        CaseFilter proposed;
        proposed.status = CaseStatus::DecisionProposed;
        proposed.right = RequestRight::Erasure;
        Result<QList<CaseRecord>> decided = session.cases().list(proposed);
        if (!decided || decided->isEmpty())
            qFatal("no erasure decision is proposed in the demonstration data");
        CaseWindow* decisionWindow = window.openCase(decided->first().reference);
        if (!decisionWindow || !QTest::qWaitForWindowExposed(decisionWindow))
            return 1;
        decisionWindow->resize(1180, 900);
        if (auto* tabs = decisionWindow->findChild<QTabWidget*>(QStringLiteral("caseTabs")))
            tabs->setCurrentWidget(decisionWindow->findChild<QWidget*>(QStringLiteral("decisionTab")));
        ok = save(decisionWindow, out, QStringLiteral("case-decision.png")) && ok;
        decisionWindow->close();
        ok = saveExtractScreenshot(window, session, out, save) && ok;
        // The DPO's deadline dashboard over the demo's cases, a page of the workspace.
        window.resize(1560, 900);
        window.showPlace(MainWindow::Place::Dashboard);
        ok = save(&window, out, QStringLiteral("dashboard.png")) && ok;
        window.showPlace(MainWindow::Place::Cases);
        window.resize(1440, 680);
    }

    // Swedish only, as its users read it: the processing register as the administrator edits it, signed in on a
    // second connection to the file; Assessio's recruitment, with its recipients and third-country transfers.
    if (parser.value(langOption) != QLatin1String("en")) {
        Result<std::unique_ptr<Database>> adminDatabase
            = Database::openSqlite(parser.value(dbOption), Database::OpenMode::MustExist);
        if (!adminDatabase)
            qFatal("%s", qPrintable(adminDatabase.error()));
        Result<std::unique_ptr<Session>> admin = Session::login(std::move(adminDatabase).value(), *clock,
                                                                QStringLiteral("admin"), QStringLiteral("admin-demo"));
        if (!admin)
            qFatal("cannot sign in as admin: %s", qPrintable(admin.error()));
        RegisterWindow registerWindow(*admin.value());
        registerWindow.resize(1280, 720);
        registerWindow.show();
        if (!QTest::qWaitForWindowExposed(&registerWindow))
            return 1;
        auto* organisations = registerWindow.findChild<QComboBox*>(QStringLiteral("organisationCombo"));
        organisations->setCurrentIndex(organisations->findText(QStringLiteral("Assessio Sverige AB")));
        auto* activities = registerWindow.findChild<QListView*>(QStringLiteral("activityList"));
        const QModelIndexList recruitment
            = activities->model()->match(activities->model()->index(0, 0), Qt::DisplayRole,
                                         QStringLiteral("Rekryteringsprocess"), 1, Qt::MatchExactly);
        if (!recruitment.isEmpty()) {
            activities->setCurrentIndex(recruitment.first());
            activities->scrollTo(recruitment.first(), QAbstractItemView::PositionAtCenter);
        }
        registerWindow.findChild<QTabWidget*>(QStringLiteral("activityTabs"))->setCurrentIndex(2);
        ok = save(&registerWindow, out, QStringLiteral("register-editor.png")) && ok;
    }

    // Swedish only: the holdings views are documented in the language of their users.
    if (parser.value(langOption) != QLatin1String("en"))
        ok = saveHoldingScreenshots(session, parser.value(dbOption), *clock, out, save) && ok;
    return ok ? 0 : 1;
}
