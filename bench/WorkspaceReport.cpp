#include "WorkspaceReport.h"

namespace dsar::bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void row(const QString& step, const Runs& runs, double targetMs)
{
    QString verdict;
    if (targetMs > 0)
        verdict = QStringLiteral("%1 ms %2")
                      .arg(targetMs, 0, 'f', 0)
                      .arg(runs.median() < targetMs ? QStringLiteral("PASS") : QStringLiteral("OVER"));
    out() << QStringLiteral("  %1 %2 %3 %4   %5\n")
                 .arg(step, -46)
                 .arg(runs.median(), 9, 'f', 1)
                 .arg(runs.max(), 9, 'f', 1)
                 .arg(runs.cpuMedian(), 9, 'f', 1)
                 .arg(verdict);
}

void heading(const QString& title)
{
    out() << QStringLiteral("\n%1\n  %2 %3 %4 %5   target (by the median)\n")
                 .arg(title)
                 .arg(QStringLiteral("step"), -46)
                 .arg(QStringLiteral("median ms"), 9)
                 .arg(QStringLiteral("max ms"), 9)
                 .arg(QStringLiteral("cpu ms"), 9);
}

QString result(const QString& name, double ms, double targetMs)
{
    return QStringLiteral("RESULT %1_ms=%2 target_ms=%3 %4\n")
        .arg(name)
        .arg(ms, 0, 'f', 1)
        .arg(targetMs, 0, 'f', 0)
        .arg(ms < targetMs ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
}

Runs worstOf(const QList<Runs>& all)
{
    Runs worst;
    for (const Runs& runs : all) {
        if (runs.median() > worst.median())
            worst = runs;
    }
    return worst;
}

} // namespace dsar::bench
