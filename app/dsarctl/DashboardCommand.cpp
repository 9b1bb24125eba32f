// dsarctl dashboard: the figures the DPO watches, from the same DashboardService as the app.
#include "DashboardCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject answeredJson(const AnsweredFigures& figures)
{
    return { { QStringLiteral("from"), jsonDate(figures.from) },
             { QStringLiteral("to"), jsonDate(figures.to) },
             { QStringLiteral("answered"), figures.answered },
             { QStringLiteral("on_time"), figures.onTime },
             { QStringLiteral("on_time_share"), optionalNumber(figures.onTimeShare) },
             { QStringLiteral("median_days"), optionalNumber(figures.medianDays) },
             { QStringLiteral("average_days"), optionalNumber(figures.averageDays) },
             { QStringLiteral("late"), QJsonArray::fromStringList(figures.late) } };
}

QJsonObject figuresJson(const DashboardFigures& f)
{
    QJsonObject byStatus;
    for (auto it = f.openByStatus.cbegin(); it != f.openByStatus.cend(); ++it)
        byStatus.insert(CaseStatuses::code(it.key()), it.value());
    QJsonObject byRight;
    for (auto it = f.openByRight.cbegin(); it != f.openByRight.cend(); ++it)
        byRight.insert(RequestRights::code(it.key()), it.value());
    QJsonArray extensions;
    for (const ExtensionUse& use : f.extensions) {
        extensions.append(QJsonObject { { QStringLiteral("case"), use.reference },
                                        { QStringLiteral("reason"), ExtensionReasons::code(use.reason) },
                                        { QStringLiteral("approved"), use.approved } });
    }
    QJsonArray timeline;
    for (const DeadlineWeek& week : f.timeline) {
        timeline.append(QJsonObject { { QStringLiteral("week_start"), jsonDate(week.monday) },
                                      { QStringLiteral("due"), week.due } });
    }
    return { { QStringLiteral("today"), jsonDate(f.today) },
             { QStringLiteral("open"), f.open },
             { QStringLiteral("open_by_status"), byStatus },
             { QStringLiteral("open_by_right"), byRight },
             { QStringLiteral("due_7_days"), f.dueWithin7Days },
             { QStringLiteral("overdue"), f.overdue },
             { QStringLiteral("extended"), f.extended },
             { QStringLiteral("extensions"), extensions },
             { QStringLiteral("clock_stopped"), QJsonArray::fromStringList(f.clockStopped) },
             { QStringLiteral("answered_on_time_share"), optionalNumber(f.thisYear.onTimeShare) },
             { QStringLiteral("this_month"), answeredJson(f.thisMonth) },
             { QStringLiteral("this_year"), answeredJson(f.thisYear) },
             { QStringLiteral("timeline"), timeline },
             { QStringLiteral("follow_ups_due"),
               f.followUpsDue ? QJsonValue(*f.followUpsDue) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("decisions_awaiting_dpo"), f.decisionsAwaitingDpo },
             { QStringLiteral("extensions_awaiting_dpo"), f.extensionsAwaitingDpo } };
}

QString share(const AnsweredFigures& figures)
{
    if (!figures.onTimeShare)
        return QStringLiteral("none answered");
    return QStringLiteral("%1 of %2 on time (%3 %), median %4 days")
        .arg(figures.onTime)
        .arg(figures.answered)
        .arg(*figures.onTimeShare * 100, 0, 'f', 0)
        .arg(figures.medianDays.value_or(0), 0, 'f', 1);
}

QJsonArray casesJson(const QList<CaseRecord>& cases, QDate today)
{
    QJsonArray array;
    for (const CaseRecord& record : cases) {
        array.append(
            QJsonObject { { QStringLiteral("reference"), record.reference },
                          { QStringLiteral("right"), RequestRights::code(record.right) },
                          { QStringLiteral("status"), CaseStatuses::code(record.status) },
                          { QStringLiteral("due"), jsonDate(record.currentDue) },
                          { QStringLiteral("days_left"), record.daysLeft(today) },
                          { QStringLiteral("assignee"),
                            record.assignee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.assignee) } });
    }
    return array;
}

} // namespace

int runReminders(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the reminders as one JSON object."));
    parser.addOption(json);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("reminders"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("reminders takes no arguments, only --json."));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<Reminders> reminders = session->dashboard().reminders();
    if (!reminders)
        return failedWith(reminders.error());
    const QDate today = session->cases().today();
    if (parser.isSet(json)) {
        printJson(QJsonObject { { QStringLiteral("working_days"), reminders->workingDays },
                                { QStringLiteral("due_by"), jsonDate(reminders->dueBy) },
                                { QStringLiteral("due_soon"), casesJson(reminders->dueSoon, today) },
                                { QStringLiteral("overdue"), casesJson(reminders->overdue, today) } });
        return ExitOk;
    }
    if (reminders->isEmpty()) {
        printLine(QStringLiteral("Nothing is overdue, and nothing is due by %1 (%2 working days).")
                      .arg(reminders->dueBy.toString(Qt::ISODate))
                      .arg(reminders->workingDays));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const CaseRecord& record : reminders->overdue) {
        rows << QStringList { record.reference, QStringLiteral("OVERDUE"), record.currentDue.toString(Qt::ISODate),
                              RequestRights::code(record.right), record.assignee };
    }
    for (const CaseRecord& record : reminders->dueSoon) {
        rows << QStringList { record.reference, QStringLiteral("due soon"), record.currentDue.toString(Qt::ISODate),
                              RequestRights::code(record.right), record.assignee };
    }
    printTable({ QStringLiteral("case"), QStringLiteral("reminder"), QStringLiteral("due"), QStringLiteral("right"),
                 QStringLiteral("handler") },
               rows);
    return ExitOk;
}

int runDashboard(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the figures as one JSON object."));
    parser.addOption(json);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("dashboard"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("dashboard takes no arguments, only --json."));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<DashboardFigures> figures = session->dashboard().figures();
    if (!figures)
        return failedWith(figures.error());
    if (parser.isSet(json)) {
        printJson(figuresJson(figures.value()));
        return ExitOk;
    }
    const DashboardFigures& f = figures.value();
    QList<QStringList> rows {
        { QStringLiteral("open"), QString::number(f.open) },
        { QStringLiteral("due within 7 days"), QString::number(f.dueWithin7Days) },
        { QStringLiteral("overdue (breaches of Art. 12(3))"), QString::number(f.overdue) },
        { QStringLiteral("extended"), QString::number(f.extended) },
        { QStringLiteral("clock stopped"), QString::number(f.clockStopped.size()) },
        { QStringLiteral("decisions awaiting the DPO"), QString::number(f.decisionsAwaitingDpo) },
        { QStringLiteral("extensions awaiting the DPO"), QString::number(f.extensionsAwaitingDpo) },
        { QStringLiteral("follow-up erasures due"),
          f.followUpsDue ? QString::number(*f.followUpsDue) : QStringLiteral("-") },
        { QStringLiteral("answered this month"), share(f.thisMonth) },
        { QStringLiteral("answered this year"), share(f.thisYear) },
    };
    printTable({ QStringLiteral("figure"), QStringLiteral("value") }, rows);
    return ExitOk;
}

} // namespace dsar::cli
