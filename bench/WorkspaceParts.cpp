#include "WorkspaceParts.h"

#include "MainWindow.h"
#include "dashboard/DashboardWindow.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "services/Session.h"

#include <QAction>
#include <QTableView>

#include <cstdio>
#include <cstdlib>

namespace dsar::bench {
namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(what));
    std::exit(1);
}

struct Step
{
    QString name;
    std::function<void(CaseFilterProxyModel&)> apply;
};

QList<Step> filterSteps()
{
    const auto view = [](CaseView v) {
        return [v](CaseFilterProxyModel& p) {
            p.setView(v);
        };
    };
    const auto search = [](const QString& text) {
        return [text](CaseFilterProxyModel& p) {
            p.setSearchText(text);
        };
    };
    return {
        { QStringLiteral("setView(Open)"), view(CaseView::Open) },
        { QStringLiteral("setView(Overdue)"), view(CaseView::Overdue) },
        { QStringLiteral("setView(DueWithinWeek)"), view(CaseView::DueWithinWeek) },
        { QStringLiteral("setView(Mine)"), view(CaseView::Mine) },
        { QStringLiteral("setView(AwaitingIdentification)"), view(CaseView::AwaitingIdentification) },
        { QStringLiteral("setView(All)"), view(CaseView::All) },
        { QStringLiteral("setStatusFilter(in-progress)"),
          [](CaseFilterProxyModel& p) {
              p.setStatusFilter(CaseStatus::InProgress);
          } },
        { QStringLiteral("setStatusFilter(none)"),
          [](CaseFilterProxyModel& p) {
              p.setStatusFilter(std::nullopt);
          } },
        { QStringLiteral("setRightFilter(erasure)"),
          [](CaseFilterProxyModel& p) {
              p.setRightFilter(RequestRight::Erasure);
          } },
        { QStringLiteral("setRightFilter(none)"),
          [](CaseFilterProxyModel& p) {
              p.setRightFilter(std::nullopt);
          } },
        { QStringLiteral("setSearchText(\"sson\")"), search(QStringLiteral("sson")) },
        { QStringLiteral("setSearchText(\"Åberg\")"), search(QStringLiteral("Åberg")) },
        { QStringLiteral("setSearchText(\"DSAR-2026-012\")"), search(QStringLiteral("DSAR-2026-012")) },
        { QStringLiteral("setSearchText(\"\")"), search(QString()) },
    };
}

// Each step's time over `runs` passes through the list; `after` is what the user also waits for (the repaint).
QList<Runs> timeSteps(const QList<Step>& steps, CaseFilterProxyModel& proxy, int runs,
                      const std::function<void()>& after)
{
    QList<Runs> times(steps.size());
    double slowest = 0;
    for (int run = 0; run <= runs; ++run) {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const Sample ms = timeMs([&] {
                steps.at(i).apply(proxy);
                proxy.rowCount();
                after();
            });
            slowest = std::max(slowest, ms.wall);
            if (run > 0)
                times[i].add(ms);
        }
        // Steps of many seconds are timed once after the warm-up, so the whole bench stays within minutes.
        if (run == 0 && slowest > 5000) {
            out() << QStringLiteral("  (a step took %1 s in the warm-up: one timed run)\n")
                         .arg(slowest / 1000, 0, 'f', 1);
            runs = 1;
        }
    }
    return times;
}

QString columnName(const CaseListModel& model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString();
}

// Sorting by every column both ways; `sortBy` is the proxy's sort() or the table header's.
Runs timeSorts(const CaseListModel& model, int runs, const std::function<void(int, Qt::SortOrder)>& sortBy,
               const QString& label)
{
    Runs worst;
    QList<Runs> times(2 * CaseListModel::ColumnCount);
    for (int run = 0; run <= runs; ++run) {
        for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                const Sample ms = timeMs([&] { sortBy(column, order); });
                if (run > 0)
                    times[2 * column + int(order)].add(ms);
            }
        }
    }
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const Runs& r = times.at(2 * column + int(order));
            row(QStringLiteral("%1 %2 %3")
                    .arg(label, columnName(model, column),
                         order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                r, answerTargetMs);
            if (r.median() > worst.median())
                worst = r;
        }
    }
    sortBy(CaseListModel::DueColumn, Qt::AscendingOrder);
    return worst;
}

// The proxy's order against QSortFilterProxyModel's own comparison of the SortRole values, column by column.
int checkSortOrder(CaseListModel& model, CaseFilterProxyModel& proxy)
{
    QSortFilterProxyModel reference;
    reference.setSortRole(CaseListModel::SortRole);
    reference.setSortCaseSensitivity(Qt::CaseInsensitive);
    reference.setSortLocaleAware(true);
    reference.setSourceModel(&model);
    int differing = 0;
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            proxy.sort(column, order);
            reference.sort(column, order);
            int first = -1;
            for (int r = 0; r < reference.rowCount() && first < 0; ++r) {
                if (proxy.mapToSource(proxy.index(r, 0)).row() != reference.mapToSource(reference.index(r, 0)).row())
                    first = r;
            }
            out() << QStringLiteral("  order by %1 %2: %3\n")
                         .arg(columnName(model, column),
                              order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"),
                              first < 0 ? QStringLiteral("identical")
                                        : QStringLiteral("DIFFERS from row %1").arg(first));
            differing += first < 0 ? 0 : 1;
        }
    }
    proxy.sort(CaseListModel::DueColumn, Qt::AscendingOrder);
    return differing;
}

} // namespace

void benchList(Session& session, int runs)
{
    heading(QStringLiteral("reading the cases"));
    Runs list;
    for (int run = 0; run <= runs; ++run) {
        const Sample ms = timeMs([&] {
            if (Result<QList<CaseRecord>> cases = session.cases().list(); !cases)
                fail(cases.error());
        });
        if (run > 0)
            list.add(ms);
    }
    row(QStringLiteral("CaseService::list() (every case)"), list);
}

void benchCoreList(Session& session, int runs, bool checkOrder, Worst& worst)
{
    CaseListModel model(session.cases());
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setUserName(session.actor().userName);
    proxy.sort(CaseListModel::DueColumn, Qt::AscendingOrder); // as the main window starts
    heading(QStringLiteral("the case list in core (%1 cases; CaseFilterProxyModel sorted by due date)")
                .arg(model.rowCount()));
    Runs reload;
    Runs reloadBare;
    CaseListModel bare(session.cases());
    for (int run = 0; run <= runs; ++run) {
        const Sample withProxy = timeMs([&] {
            model.reload();
            proxy.rowCount();
        });
        const Sample alone = timeMs([&] { bare.reload(); });
        if (run > 0) {
            reload.add(withProxy);
            reloadBare.add(alone);
        }
    }
    row(QStringLiteral("CaseListModel::reload()"), reloadBare);
    row(QStringLiteral("reload() with the sorted proxy"), reload);
    const QList<Step> steps = filterSteps();
    const QList<Runs> filters = timeSteps(steps, proxy, runs, [] {});
    for (qsizetype i = 0; i < steps.size(); ++i)
        row(steps.at(i).name, filters.at(i), answerTargetMs);
    Worst::take(worst.filter, worstOf(filters).median());
    const Runs sorts = timeSorts(
        model, runs, [&](int column, Qt::SortOrder order) { proxy.sort(column, order); }, QStringLiteral("sort"));
    Runs firstSort;
    for (int run = 0; run < runs; ++run) {
        model.reload();
        firstSort.add(timeMs([&] { proxy.sort(CaseListModel::SubjectColumn, Qt::AscendingOrder); }));
        proxy.sort(CaseListModel::DueColumn, Qt::AscendingOrder);
    }
    row(QStringLiteral("first sort by subject after a reload"), firstSort, answerTargetMs);
    Worst::take(worst.sort, std::max(sorts.median(), firstSort.median()));
    if (checkOrder) {
        out() << QStringLiteral("\nsort orders against QSortFilterProxyModel's QVariant comparison\n");
        if (const int differing = checkSortOrder(model, proxy); differing > 0)
            out() << QStringLiteral("RESULT workspace_sort_orders_differing=%1 FAIL\n").arg(differing);
    }
}

void benchWindow(Session& session, LanguageManager& languages, int runs, Worst& worst)
{
    heading(QStringLiteral("the case list in the shown main window (with its repaint)"));
    MainWindow window(session, languages);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
    auto* proxy = window.findChild<CaseFilterProxyModel*>();
    auto* model = window.findChild<CaseListModel*>();
    PaintWatch watch(table->viewport());
    watch.waitForPaint();
    const auto repaint = [&] {
        watch.reset();
        table->viewport()->update();
        watch.waitForPaint();
    };
    const QList<Step> steps = filterSteps();
    const QList<Runs> filters = timeSteps(steps, *proxy, runs, repaint);
    for (qsizetype i = 0; i < steps.size(); ++i)
        row(steps.at(i).name, filters.at(i), answerTargetMs);
    Worst::take(worst.filter, worstOf(filters).median());
    const Runs sorts = timeSorts(
        *model, runs,
        [&](int column, Qt::SortOrder order) {
            table->sortByColumn(column, order);
            repaint();
        },
        QStringLiteral("header"));
    Worst::take(worst.sort, sorts.median());
    Runs refresh;
    QAction* refreshAction = window.findChild<QAction*>(QStringLiteral("actionRefresh"));
    for (int run = 0; run <= runs; ++run) {
        const Sample ms = timeMs([&] {
            refreshAction->trigger();
            repaint();
        });
        if (run > 0)
            refresh.add(ms);
    }
    row(QStringLiteral("F5 (reload, notices, status bar, repaint)"), refresh);
}

void benchDashboard(Session& session, int runs, Worst& worst)
{
    heading(QStringLiteral("the dashboard"));
    Runs figures;
    Runs reminders;
    for (int run = 0; run <= runs; ++run) {
        const Sample f = timeMs([&] {
            if (Result<DashboardFigures> computed = session.dashboard().figures(); !computed)
                fail(computed.error());
        });
        const Sample r = timeMs([&] {
            if (Result<Reminders> computed = session.dashboard().reminders(); !computed)
                fail(computed.error());
        });
        if (run > 0) {
            figures.add(f);
            reminders.add(r);
        }
    }
    row(QStringLiteral("DashboardService::figures()"), figures, answerTargetMs);
    DashboardWindow dashboard(session);
    dashboard.show();
    PaintWatch watch(&dashboard);
    watch.waitForPaint();
    Runs refresh;
    for (int run = 0; run <= runs; ++run) {
        const Sample ms = timeMs([&] {
            watch.reset();
            dashboard.refresh();
            dashboard.update();
            watch.waitForPaint();
        });
        if (run > 0)
            refresh.add(ms);
    }
    row(QStringLiteral("DashboardWindow::refresh() and repaint"), refresh, answerTargetMs);
    row(QStringLiteral("DashboardService::reminders() (banner)"), reminders);
    Worst::take(worst.dashboard, std::max(figures.median(), refresh.median()));
}

} // namespace dsar::bench
