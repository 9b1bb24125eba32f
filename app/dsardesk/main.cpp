// dsardesk: the desktop app. Parses arguments, checks the cryptography, opens the database, signs the
// user in, shows the main window.
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "common/AppInfo.h"
#include "common/Clock.h"
#include "crypto/SelfTest.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

namespace {

// Without a display Qt would abort with a message about platform plugins; say what to do instead.
bool hasDisplay()
{
#ifdef Q_OS_LINUX
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The app no longer creates databases: a new one needs its first administrator, which dsarctl makes.
QString missingDatabaseMessage(const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    return QApplication::translate("main",
                                   "There is no DSAR Desk database at\n%1\n\n"
                                   "A new database needs its first administrator. Create it with\n"
                                   "dsarctl --db \"%1\" init --admin NAME\n\n"
                                   "or, to try DSAR Desk with demonstration data and demonstration accounts:\n"
                                   "dsarctl --db \"%1\" init --demo\n\n"
                                   "Then start DSAR Desk again, or choose another file with --db.")
        .arg(nativePath);
}

} // namespace

int main(int argc, char* argv[])
{
    if (!hasDisplay()) {
        std::fputs("dsardesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it in a virtual display:      xvfb-run -a scripts/run.sh\n"
                   "or check it without any display:  QT_QPA_PLATFORM=offscreen dsardesk\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    dsar::applyApplicationIdentity();

    dsar::LanguageManager languages;
    languages.setLanguage(dsar::LanguageManager::initialLanguage());
    // Appended to dialog titles ("Register request — DSAR Desk") instead of the binary's name.
    QApplication::setApplicationDisplayName(QApplication::translate("main", "DSAR Desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Handles data subject requests under the GDPR."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The database file (default %1; the DSAR_DB environment variable also works).")
            .arg(dsar::Database::defaultPath()),
        QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    const QString title = QApplication::translate("main", "DSAR Desk");
    // A broken or misconfigured OpenSSL must stop the app before it touches personal data.
    if (dsar::Status selfTest = dsar::crypto::SelfTest::run(); !selfTest) {
        QMessageBox::critical(nullptr, title, selfTest.error());
        return 1;
    }

    QString clockError;
    const std::unique_ptr<dsar::Clock> clock = dsar::makeClockFromEnvironment(&clockError);
    if (!clock) {
        QMessageBox::critical(nullptr, title, clockError);
        return 1;
    }

    const QString path = dsar::Database::resolvePath(parser.value(databaseOption));
    if (!QFileInfo::exists(path)) {
        QMessageBox::critical(nullptr, title, missingDatabaseMessage(path));
        return 1;
    }
    dsar::Result<std::unique_ptr<dsar::Database>> database
        = dsar::Database::openSqlite(path, dsar::Database::OpenMode::MustExist);
    if (!database) {
        QMessageBox::critical(nullptr, title, database.error());
        return 1;
    }

    dsar::LoginDialog login(std::move(database).value(), *clock);
    if (login.exec() != QDialog::Accepted)
        return 0;
    const std::unique_ptr<dsar::Session> session = login.takeSession();

    dsar::MainWindow window(*session, languages);
    window.show();
    return app.exec();
}
