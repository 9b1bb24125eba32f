#include "CaseCommand.h"

#include "CaseDecisionCommand.h"
#include "CaseOutcomeCommand.h"
#include "CaseWorkCommand.h"
#include "CliOutput.h"
#include "calendar/StockholmTime.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

QJsonObject caseJson(const CaseRecord& record, QDate today)
{
    QJsonArray linked;
    for (const QString& reference : record.linkedReferences)
        linked.append(reference);
    return {
        { QStringLiteral("reference"), record.reference },
        { QStringLiteral("right"), RequestRights::code(record.right) },
        { QStringLiteral("status"), CaseStatuses::code(record.status) },
        { QStringLiteral("channel"), Channels::code(record.channel) },
        { QStringLiteral("subject_id"), record.subjectId },
        { QStringLiteral("controller"), record.controllerName },
        { QStringLiteral("received"), jsonDate(record.received.stockholmDate) },
        { QStringLiteral("received_at"),
          record.received.instant ? QJsonValue(record.received.instant->toUTC().toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("registered_at"), record.registeredAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("calendar_profile"), calendarProfileCode(record.calendarProfile) },
        { QStringLiteral("due"), jsonDate(record.currentDue) },
        { QStringLiteral("one_month_due"), jsonDate(record.due) },
        { QStringLiteral("extended"), record.extended },
        { QStringLiteral("extended_due"), jsonDate(record.extendedDue) },
        { QStringLiteral("extended_target"), jsonDate(record.extensionTarget) },
        { QStringLiteral("internal_target"), jsonDate(record.internalTarget) },
        { QStringLiteral("days_left"), record.isOpen() ? QJsonValue(record.daysLeft(today)) : QJsonValue::Null },
        { QStringLiteral("overdue"), record.isOverdue(today) },
        { QStringLiteral("linked"), linked },
        { QStringLiteral("assignee"),
          record.assignee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.assignee) },
    };
}

QList<RequestRight> parseRights(const QStringList& codes, QString* error)
{
    QList<RequestRight> rights;
    for (const QString& joined : codes) {
        // "--right access,erasure" as well as "--right access --right erasure".
        for (const QString& code : joined.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<RequestRight> right = RequestRights::fromCode(code);
            if (!right) {
                *error = QStringLiteral("Unknown right \"%1\". Use one of: %2.").arg(code, RequestRights::codeList());
                return {};
            }
            rights << *right;
        }
    }
    return rights;
}

int open(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption right(QStringLiteral("right"),
                                   QStringLiteral("The right asked for (repeat for several; they become linked "
                                                  "cases): %1.")
                                       .arg(RequestRights::codeList()),
                                   QStringLiteral("right"));
    const QCommandLineOption subject(QStringLiteral("subject"), QStringLiteral("The data subject's id."),
                                     QStringLiteral("id"));
    const QCommandLineOption received(QStringLiteral("received"),
                                      QStringLiteral("When the request arrived: YYYY-MM-DD, or an ISO 8601 instant "
                                                     "with offset such as 2027-03-31T22:30:00Z."),
                                      QStringLiteral("date|instant"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     QStringLiteral("How it arrived: %1.").arg(Channels::codeList()),
                                     QStringLiteral("channel"), QStringLiteral("email"));
    const QCommandLineOption controller(
        QStringLiteral("controller"),
        QStringLiteral("The organisation that received it (id, organisation number or name); needed when the "
                       "database serves several."),
        QStringLiteral("org"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the new cases as a JSON array."));
    parser.addOptions({ right, subject, received, channel, controller, json });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case open"), arguments))
        return *stop;

    QString error;
    OpenRequest request;
    request.rights = parseRights(parser.values(right), &error);
    if (!error.isEmpty()) {
        printError(error);
        return ExitUsage;
    }
    if (request.rights.isEmpty()) {
        printError(
            QStringLiteral("Say which right the request is about with --right (%1).").arg(RequestRights::codeList()));
        return ExitUsage;
    }
    bool idOk = false;
    request.subjectId = parser.value(subject).toLongLong(&idOk);
    if (!idOk) {
        printError(QStringLiteral("Give the data subject's id with --subject (see \"dsarctl subject list\")."));
        return ExitUsage;
    }
    if (!parser.isSet(received)) {
        printError(QStringLiteral("Give the receipt with --received, e.g. --received 2027-03-05; it is the day the "
                                  "request arrived, not the day it is registered."));
        return ExitUsage;
    }
    Result<ReceiptTime> receipt = ReceiptTimeParser::parse(parser.value(received));
    if (!receipt) {
        printError(receipt.error());
        return ExitFailure;
    }
    request.received = receipt.value();
    const std::optional<Channel> parsedChannel = Channels::fromCode(parser.value(channel));
    if (!parsedChannel) {
        printError(
            QStringLiteral("Unknown channel \"%1\". Use one of: %2.").arg(parser.value(channel), Channels::codeList()));
        return ExitUsage;
    }
    request.channel = *parsedChannel;
    request.controller = parser.value(controller);

    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<CaseRecord>> opened = session->cases().openRequest(request);
    if (!opened) {
        printError(opened.error());
        return ExitFailure;
    }
    const QDate today = context.clock().today();
    QJsonArray array;
    for (const CaseRecord& record : opened.value()) {
        array.append(caseJson(record, today));
        if (!parser.isSet(json)) {
            printLine(QStringLiteral("Opened %1 (%2), received %3, due %4.")
                          .arg(record.reference, RequestRights::code(record.right),
                               record.received.stockholmDate.toString(Qt::ISODate), record.due.toString(Qt::ISODate)));
        }
    }
    if (parser.isSet(json))
        printJson(array);
    return ExitOk;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Only this status: %1.").arg(CaseStatuses::codeList()),
                                    QStringLiteral("status"));
    const QCommandLineOption right(QStringLiteral("right"),
                                   QStringLiteral("Only this right: %1.").arg(RequestRights::codeList()),
                                   QStringLiteral("right"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Only open cases past their due date."));
    const QCommandLineOption dueWithin(QStringLiteral("due-within"),
                                       QStringLiteral("Only open cases due from today through DAYS days ahead "
                                                      "(overdue cases are listed by --overdue)."),
                                       QStringLiteral("days"));
    parser.addOptions({ json, status, right, overdue, dueWithin });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case list"), arguments))
        return *stop;

    CaseFilter filter;
    const QDate today = context.clock().today();
    if (parser.isSet(status)) {
        filter.status = CaseStatuses::fromCode(parser.value(status));
        if (!filter.status) {
            printError(QStringLiteral("Unknown status \"%1\". Use one of: %2.")
                           .arg(parser.value(status), CaseStatuses::codeList()));
            return ExitUsage;
        }
    }
    if (parser.isSet(right)) {
        filter.right = RequestRights::fromCode(parser.value(right));
        if (!filter.right) {
            printError(QStringLiteral("Unknown right \"%1\". Use one of: %2.")
                           .arg(parser.value(right), RequestRights::codeList()));
            return ExitUsage;
        }
    }
    if (parser.isSet(overdue))
        filter.overdueOn = today;
    if (parser.isSet(dueWithin)) {
        bool ok = false;
        const int days = parser.value(dueWithin).toInt(&ok);
        if (!ok || days < 0 || days > 3660) {
            printError(QStringLiteral("--due-within takes a number of days from 0 to 3660, not \"%1\".")
                           .arg(parser.value(dueWithin)));
            return ExitUsage;
        }
        if (parser.isSet(overdue)) {
            printError(QStringLiteral("--overdue and --due-within select different cases (past due, and due from "
                                      "today on); use one of them."));
            return ExitUsage;
        }
        filter.dueBetween = std::make_pair(today, today.addDays(days));
    }

    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<CaseRecord>> cases = session->cases().list(filter);
    if (!cases) {
        printError(cases.error());
        return ExitFailure;
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const CaseRecord& record : cases.value()) {
        array.append(caseJson(record, today));
        rows << QStringList { record.reference,
                              RequestRights::code(record.right),
                              CaseStatuses::code(record.status),
                              record.received.stockholmDate.toString(Qt::ISODate),
                              record.currentDue.toString(Qt::ISODate),
                              record.isOpen() ? QString::number(record.daysLeft(today)) : QString(),
                              record.controllerName };
    }
    if (parser.isSet(json))
        printJson(array);
    else
        printTable({ QStringLiteral("reference"), QStringLiteral("right"), QStringLiteral("status"),
                     QStringLiteral("received"), QStringLiteral("due"), QStringLiteral("days_left"),
                     QStringLiteral("organisation") },
                   rows);
    return ExitOk;
}

int show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the case as a JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference, e.g. DSAR-2027-00042."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case show"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one case reference, e.g. \"dsarctl case show DSAR-2027-00042\"."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    // With the clock stops: suspended days, the IMY restart date and the warnings.
    Result<CaseRecord> found = session->cases().byReferenceWithDeadlines(parser.positionalArguments().constFirst());
    if (!found) {
        printError(found.error());
        return ExitFailure;
    }
    Result<QList<AuditEvent>> history = session->audit().caseHistory(found->id);
    if (!history) {
        printError(history.error());
        return ExitFailure;
    }
    const CaseRecord& record = found.value();
    Result<CaseWorkView> work = loadCaseWork(session->cases(), record.reference);
    if (!work) {
        printError(work.error());
        return ExitFailure;
    }
    const QDate today = context.clock().today();
    if (parser.isSet(json)) {
        QJsonObject object = caseJson(record, today);
        insertCaseWorkJson(object, work.value());
        object.insert(QStringLiteral("subject_name"), record.subjectName);
        object.insert(QStringLiteral("suspended_days"), record.suspendedDays);
        object.insert(QStringLiteral("clock_stopped"), record.clockStopped);
        object.insert(QStringLiteral("planning_due"), jsonDate(record.planningDue));
        object.insert(QStringLiteral("restart_due"), record.restartDue ? jsonDate(*record.restartDue) : QJsonValue());
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(record.deadlineWarnings));
        QJsonArray events;
        for (const AuditEvent& event : history.value()) {
            events.append(QJsonObject { { QStringLiteral("at"), event.occurredAt.toUTC().toString(Qt::ISODate) },
                                        { QStringLiteral("actor"), event.actor },
                                        { QStringLiteral("action"), event.action },
                                        { QStringLiteral("summary"), event.summary } });
        }
        object.insert(QStringLiteral("history"), events);
        printJson(object);
        return ExitOk;
    }
    const QString received = record.received.instant
        ? record.received.instant->toTimeZone(StockholmTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
        : record.received.stockholmDate.toString(Qt::ISODate);
    const QList<QStringList> fields = {
        { QStringLiteral("Reference"), record.reference },
        { QStringLiteral("Right"),
          QStringLiteral("%1 (%2)").arg(RequestRights::code(record.right), RequestRights::article(record.right)) },
        { QStringLiteral("Status"), CaseStatuses::code(record.status) },
        { QStringLiteral("Organisation"), record.controllerName },
        { QStringLiteral("Data subject"), QStringLiteral("%1 (id %2)").arg(record.subjectName).arg(record.subjectId) },
        { QStringLiteral("Channel"), Channels::code(record.channel) },
        { QStringLiteral("Received"), received },
        { QStringLiteral("Registered"),
          record.registeredAt.toTimeZone(StockholmTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm t")) },
        { QStringLiteral("Due"),
          record.currentDue.toString(Qt::ISODate)
              + (record.isOpen() ? QStringLiteral(" (%1 days left)").arg(record.daysLeft(today)) : QString()) },
        { QStringLiteral("If extended"),
          QStringLiteral("legal maximum %1, plan for %2")
              .arg(record.extendedDue.toString(Qt::ISODate), record.extensionTarget.toString(Qt::ISODate)) },
        { QStringLiteral("Internal target"), record.internalTarget.toString(Qt::ISODate) },
        { QStringLiteral("Calendar"), calendarProfileCode(record.calendarProfile) },
        { QStringLiteral("Linked cases"), record.linkedReferences.join(QStringLiteral(", ")) },
        { QStringLiteral("Handler"), record.assignee.isEmpty() ? QStringLiteral("none") : record.assignee },
    };
    for (const QStringList& field : fields)
        printLine(QString(field[0] + QLatin1Char(':')).leftJustified(17) + field[1]);
    // LEGAL.md 1.1 item 7: what the clock stops did to the dates.
    if (record.clockStopped)
        printLine(QStringLiteral("Clock:").leftJustified(17) + QStringLiteral("stopped until the answer arrives"));
    if (record.suspendedDays > 0)
        printLine(QStringLiteral("Suspended:").leftJustified(17)
                  + QStringLiteral("%1 day(s), included in the due date").arg(record.suspendedDays));
    if (record.restartDue)
        printLine(QStringLiteral("Restart model:").leftJustified(17)
                  + QStringLiteral("%1 (IMY); plan for %2")
                        .arg(record.restartDue->toString(Qt::ISODate), record.planningDue.toString(Qt::ISODate)));
    for (const QString& warning : record.deadlineWarnings)
        printLine(QStringLiteral("Warning:").leftJustified(17) + warning);
    printCaseWork(work.value());
    printLine(QStringLiteral("History:"));
    for (const AuditEvent& event : history.value()) {
        printLine(
            QStringLiteral("  %1  %2  %3  %4")
                .arg(event.occurredAt.toTimeZone(StockholmTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     event.actor, event.action, event.summary));
    }
    return ExitOk;
}

// Moves a case one step along the workflow (CaseWorkflow), e.g. in-progress, decision-proposed.
int status(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the changed case as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addPositionalArgument(QStringLiteral("STATUS"),
                                 QStringLiteral("The new status: %1.").arg(CaseStatuses::codeList()));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case status"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const std::optional<CaseStatus> to = CaseStatuses::fromCode(positional.value(1));
    if (positional.size() != 2 || !to) {
        printError(QStringLiteral("Give a case reference and the new status, e.g. \"dsarctl case status "
                                  "DSAR-2027-00042 in-progress\". Statuses: %1.")
                       .arg(CaseStatuses::codeList()));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<CaseRecord> changed = session->cases().changeStatus(positional.first(), *to);
    if (!changed) {
        printError(changed.error());
        return ExitFailure;
    }
    if (parser.isSet(json))
        printJson(caseJson(changed.value(), context.clock().today()));
    else
        printLine(QStringLiteral("%1 is now %2.").arg(changed->reference, CaseStatuses::code(changed->status)));
    return ExitOk;
}

} // namespace

int runCase(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("open"))
        return open(context, arguments.mid(1));
    if (action == QLatin1String("list"))
        return list(context, arguments.mid(1));
    if (action == QLatin1String("show"))
        return show(context, arguments.mid(1));
    if (action == QLatin1String("status"))
        return status(context, arguments.mid(1));
    if (std::optional<int> done = runCaseWork(context, action, arguments.mid(1)))
        return *done;
    if (std::optional<int> done = runCaseDecision(context, action, arguments.mid(1)))
        return *done;
    if (std::optional<int> done = runCaseOutcome(context, action, arguments.mid(1)))
        return *done;
    if (std::optional<int> done = runCaseLetters(context, action, arguments.mid(1)))
        return *done;
    return printGroupUsage(QStringLiteral("case"),
                           QList<std::pair<QString, QString>> {
                               { QStringLiteral("open"), QStringLiteral("register a request: one case per right") },
                               { QStringLiteral("list"), QStringLiteral("list cases, with filters") },
                               { QStringLiteral("show"), QStringLiteral("one case with its deadlines and history") },
                               { QStringLiteral("status"), QStringLiteral("move a case along the workflow") } }
                               + caseWorkActions() + caseDecisionActions() + caseOutcomeActions() + caseLetterActions(),
                           action);
}

} // namespace dsar::cli
