// dsardesk: the desktop app. Parses arguments, opens the database, shows the main window.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "common/AppInfo.h"
#include "common/Clock.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
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

    QString clockError;
    const std::unique_ptr<dsar::Clock> clock = dsar::makeClockFromEnvironment(&clockError);
    if (!clock) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "DSAR Desk"), clockError);
        return 1;
    }

    const QString path = dsar::Database::resolvePath(parser.value(databaseOption));
    dsar::Result<std::unique_ptr<dsar::Database>> database
        = dsar::Database::openSqlite(path, dsar::Database::OpenMode::CreateIfMissing);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "DSAR Desk"), database.error());
        return 1;
    }
    dsar::Session session(std::move(database).value(), *clock, dsar::Actor::fromOperatingSystem());

    dsar::MainWindow window(session, languages);
    window.show();
    return app.exec();
}
