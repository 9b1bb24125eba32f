#pragma once

#include "BenchTimer.h"

#include <QString>
#include <QTextStream>

namespace dsar::bench {

constexpr double firstScreenTargetMs = 500; // issue 7 item 8: the first screen within 0.5 s
constexpr double answerTargetMs = 100; // a filter, a sort, the dashboard within 100 ms

QTextStream& out();
// A table's title and column heads.
void heading(const QString& title);
// One line of figures; with a target, PASS or OVER by the median (the max says how steady it was).
void row(const QString& step, const Runs& runs, double targetMs = 0);
// The line scripts/bench.sh collects: PASS or FAIL against the target.
QString result(const QString& name, double ms, double targetMs);
Runs worstOf(const QList<Runs>& all);

// What the RESULT lines report: the worst median of each kind (negative: not measured).
struct Worst
{
    double filter = -1;
    double sort = -1;
    double dashboard = -1;
    static void take(double& into, double ms) { into = std::max(into, ms); }
};

} // namespace dsar::bench
