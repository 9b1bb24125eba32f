// bench_workspace: issue 7 item 8. "With 100,000 cases in the database the main window shows its first screen within
// 0.5 s of start, changing a filter or sort answers within 100 ms, and the dashboard recomputes within 100 ms."
// Builds a database file of that size (WorkspaceSeed), then times what the user waits for: the main window from
// opening the file to its first paint (the sign-in's scrypt reported apart: it is a deliberate cost), the case list's
// filters and sorts (in core, and in the shown window with its repaint), the dashboard's figures and its window, and
// the case list's reload. Not a test: the figures depend on the machine, so CTest never runs it (scripts/bench.sh
// does).
#include "BenchTimer.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "WorkspaceParts.h"
#include "WorkspaceReport.h"
#include "WorkspaceSeed.h"
#include "models/CaseListModel.h"
#include "services/Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace dsar;
using namespace dsar::bench;

namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(what));
    std::exit(1);
}

double peakRssMib()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// One line of figures; with a target, PASS or OVER by the median (the max says how steady it was).

struct Signed
{
    std::unique_ptr<Session> session;
    Sample openMs;
    Sample signInMs;
};

Signed signIn(const QString& path, const Clock& clock)
{
    Signed made;
    std::unique_ptr<Database> database;
    made.openMs = timeMs([&] {
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(path, Database::OpenMode::MustExist);
        if (!opened)
            fail(opened.error());
        database = std::move(opened).value();
    });
    made.signInMs = timeMs([&] {
        Result<std::unique_ptr<Session>> session
            = Session::login(std::move(database), clock, SeedAccounts::handler(), SeedAccounts::password());
        if (!session)
            fail(session.error());
        made.session = std::move(session).value();
    });
    return made;
}

struct FirstScreen
{
    Runs open, signIn, construct, paint, total, totalWithSignIn, rest, allRead;
    bool reminderInFirstPaint = false;
    int rowsInFirstPaint = 0;
};

// From opening the file to the main window's first paint, as main.cpp does it after the login dialog.
FirstScreen timeFirstScreen(const QString& path, const Clock& clock, LanguageManager& languages, int runs)
{
    FirstScreen f;
    for (int run = 0; run <= runs; ++run) {
        Signed s = signIn(path, clock);
        std::unique_ptr<MainWindow> window;
        const Sample construct = timeMs([&] { window = std::make_unique<MainWindow>(*s.session, languages); });
        auto* table = window->findChild<QTableView*>(QStringLiteral("caseTable"));
        PaintWatch watch(table->viewport());
        const Sample paint = timeMs([&] {
            window->show();
            if (!watch.waitForPaint())
                fail(QStringLiteral("the main window was never painted"));
        });
        auto* banner = window->findChild<QWidget*>(QStringLiteral("reminderBanner"));
        f.reminderInFirstPaint = banner && banner->isVisible();
        f.rowsInFirstPaint = table->model()->rowCount();
        // The list reads every case once the first screen is painted; the counts appear then.
        auto* cases = window->findChild<CaseListModel*>();
        const Sample rest = timeMs([&] {
            QElapsedTimer waited;
            waited.start();
            while (!cases->isComplete() && waited.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (!cases->isComplete())
                fail(QStringLiteral("the case list never read every case"));
        });
        window.reset();
        s.session.reset();
        if (run == 0)
            continue; // the warm-up: fonts, styles and the page cache
        f.open.add(s.openMs);
        f.signIn.add(s.signInMs);
        f.construct.add(construct);
        f.paint.add(paint);
        f.total.add(s.openMs + construct + paint);
        f.totalWithSignIn.add(s.openMs + s.signInMs + construct + paint);
        f.rest.add(rest);
        f.allRead.add(s.openMs + construct + paint + rest);
    }
    return f;
}

void benchFirstScreen(const QString& path, const Clock& clock, LanguageManager& languages, int runs)
{
    const FirstScreen first = timeFirstScreen(path, clock, languages, runs);
    heading(QStringLiteral("first screen (target 0.5 s from opening the file, the sign-in apart)"));
    row(QStringLiteral("open the database file"), first.open);
    row(QStringLiteral("sign-in: scrypt, deliberate (not counted)"), first.signIn);
    row(QStringLiteral("MainWindow constructed"), first.construct);
    row(QStringLiteral("shown and first paint"), first.paint);
    row(QStringLiteral("first screen"), first.total, firstScreenTargetMs);
    row(QStringLiteral("first screen with the sign-in"), first.totalWithSignIn);
    row(QStringLiteral("then every case read (counts shown)"), first.rest);
    row(QStringLiteral("from opening to every case read"), first.allRead);
    out() << QStringLiteral("  (%1 cases in the first paint, the first by due date)\n").arg(first.rowsInFirstPaint);
    out() << QStringLiteral("  (reminder banner %1 in the first paint)\n")
                 .arg(first.reminderInFirstPaint ? QStringLiteral("shown") : QStringLiteral("not yet shown"));
    out() << result(QStringLiteral("workspace_first_screen"), first.total.median(), firstScreenTargetMs);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        fail(QStringLiteral("no temporary directory"));
    // Never the user's own settings (window geometry, language).
    QCoreApplication::setOrganizationName(QStringLiteral("dsardesk-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_workspace"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the main window, filters, sorts and dashboard with many "
                                                    "cases (issue 7 item 8)."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases in the database."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption subjectsOption(QStringLiteral("subjects"), QStringLiteral("Data subjects."),
                                            QStringLiteral("N"), QStringLiteral("60000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs after the warm-up."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Use this database file, seeding it first if it does not exist "
                                                     "(kept afterwards, for profiling)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check-order"),
                                         QStringLiteral("Also compare every sort order with QSortFilterProxyModel's "
                                                        "own comparison (slow)."));
    const QCommandLineOption partsOption(
        QStringLiteral("parts"),
        QStringLiteral("What to time: first, list, core, window, dashboard (comma-separated)."), QStringLiteral("LIST"),
        QStringLiteral("first,list,core,window,dashboard"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("The user interface's language and locale: sv or en."),
                                            QStringLiteral("CODE"), QStringLiteral("sv"));
    parser.addOptions({ casesOption, subjectsOption, runsOption, dbOption, checkOption, partsOption, languageOption });
    parser.process(app);
    SeedShape shape;
    bool ok[3] = {};
    shape.cases = parser.value(casesOption).toInt(&ok[0]);
    shape.subjects = parser.value(subjectsOption).toInt(&ok[1]);
    const int runs = parser.value(runsOption).toInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || shape.cases < 1 || shape.subjects < 1 || runs < 1)
        fail(QStringLiteral("--cases, --subjects and --runs take a whole number of at least 1."));
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : scratch.filePath(QStringLiteral("bench.db"));

    LanguageManager languages;
    // Swedish by default: its collation puts å, ä and ö after z.
    languages.setLanguage(parser.value(languageOption) == QLatin1String("en") ? LanguageManager::Language::English
                                                                              : LanguageManager::Language::Swedish);
    const FixedClock clock(QDateTime(shape.today, QTime(9, 0), Qt::UTC));

    out() << QStringLiteral("bench_workspace: %1 timed runs after one warm-up, today %2\n")
                 .arg(runs)
                 .arg(shape.today.toString(Qt::ISODate));
    if (QFileInfo::exists(path)) {
        out() << QStringLiteral("database %1 reused (not seeded)\n").arg(path);
    } else {
        SeedReport seeded;
        const Sample seedMs = timeMs([&] {
            Result<SeedReport> report = seedWorkspace(path, shape);
            if (!report)
                fail(report.error());
            seeded = report.value();
        });
        out() << QStringLiteral("seeded %1 cases (%2 open, %3 awaiting identification, %4 extended, %5 extensions "
                                "awaiting the DPO, %6 open assigned to %7) of %8 requests from %9 subjects in %10 ms\n")
                     .arg(seeded.cases)
                     .arg(seeded.open)
                     .arg(seeded.awaitingIdentification)
                     .arg(seeded.extensionsApproved)
                     .arg(seeded.extensionsAwaiting)
                     .arg(seeded.assignedToHandler)
                     .arg(SeedAccounts::handler())
                     .arg(seeded.requests)
                     .arg(seeded.subjects)
                     .arg(seedMs.wall, 0, 'f', 0);
    }
    out() << QStringLiteral("database file %1 MiB\n").arg(double(QFileInfo(path).size()) / 1048576.0, 0, 'f', 1);

    const QStringList parts = parser.value(partsOption).split(QLatin1Char(','));
    if (parts.contains(QStringLiteral("first")))
        benchFirstScreen(path, clock, languages, runs);
    Signed s = signIn(path, clock);
    Worst worst;
    if (parts.contains(QStringLiteral("list")))
        benchList(*s.session, runs);
    if (parts.contains(QStringLiteral("core")))
        benchCoreList(*s.session, runs, parser.isSet(checkOption), worst);
    if (parts.contains(QStringLiteral("window")))
        benchWindow(*s.session, languages, runs, worst);
    if (parts.contains(QStringLiteral("dashboard")))
        benchDashboard(*s.session, runs, worst);
    out() << QStringLiteral("\npeak RSS %1 MiB\n\n").arg(peakRssMib(), 0, 'f', 0);
    if (worst.filter >= 0)
        out() << result(QStringLiteral("workspace_worst_filter"), worst.filter, answerTargetMs);
    if (worst.sort >= 0)
        out() << result(QStringLiteral("workspace_worst_sort"), worst.sort, answerTargetMs);
    if (worst.dashboard >= 0)
        out() << result(QStringLiteral("workspace_dashboard"), worst.dashboard, answerTargetMs);
    out().flush();
    return 0;
}
