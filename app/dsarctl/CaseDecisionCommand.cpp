#include "CaseDecisionCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

// What the commands print after a change: the case with its clock stops, its requests and its extension.
struct DecisionView
{
    CaseRecord record;
    QList<IdentificationRecord> identifications;
    std::optional<ExtensionRecord> extension;
};

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue optionalDate(const std::optional<QDate>& date)
{
    return date ? jsonDate(*date) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject identificationJson(const IdentificationRecord& episode)
{
    return {
        { QStringLiteral("kind"), ClockStopKinds::code(episode.kind) },
        { QStringLiteral("reason"), episode.reason },
        { QStringLiteral("requested_on"), jsonDate(episode.requestedOn) },
        { QStringLiteral("answered_on"), optionalDate(episode.answeredOn) },
        { QStringLiteral("method"),
          episode.method ? QJsonValue(IdentificationMethods::code(*episode.method)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("outcome"),
          episode.outcome ? QJsonValue(IdentificationOutcomes::code(*episode.outcome)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("open"), episode.isOpen() },
        { QStringLiteral("recorded_by"), episode.recordedBy },
    };
}

QJsonValue extensionJson(const std::optional<ExtensionRecord>& extension)
{
    if (!extension)
        return QJsonValue::Null;
    return QJsonObject {
        { QStringLiteral("reason"), ExtensionReasons::code(extension->reason) },
        { QStringLiteral("note"), extension->note },
        { QStringLiteral("requested_by"), extension->requestedBy },
        { QStringLiteral("requested_at"), extension->requestedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("approved"), extension->isApproved() },
        { QStringLiteral("approved_by"), optionalText(extension->approvedBy) },
        { QStringLiteral("approved_at"),
          extension->isApproved() ? QJsonValue(extension->approvedAt.toUTC().toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null) },
    };
}

// The keys of "case show --json" for the deadlines, with the clock stops, the requests and the extension.
QJsonObject decisionJson(const DecisionView& view, QDate today)
{
    const CaseRecord& record = view.record;
    QJsonArray warnings;
    for (const QString& warning : record.deadlineWarnings)
        warnings.append(warning);
    QJsonArray identifications;
    for (const IdentificationRecord& episode : view.identifications)
        identifications.append(identificationJson(episode));
    return {
        { QStringLiteral("reference"), record.reference },
        { QStringLiteral("right"), RequestRights::code(record.right) },
        { QStringLiteral("status"), CaseStatuses::code(record.status) },
        { QStringLiteral("received"), jsonDate(record.received.stockholmDate) },
        { QStringLiteral("calendar_profile"), calendarProfileCode(record.calendarProfile) },
        { QStringLiteral("due"), jsonDate(record.currentDue) },
        { QStringLiteral("one_month_due"), jsonDate(record.due) },
        { QStringLiteral("extended"), record.extended },
        { QStringLiteral("extended_due"), jsonDate(record.extendedDue) },
        { QStringLiteral("extended_target"), jsonDate(record.extensionTarget) },
        { QStringLiteral("internal_target"), jsonDate(record.internalTarget) },
        { QStringLiteral("planning_due"), jsonDate(record.planningDue) },
        { QStringLiteral("restart_due"), optionalDate(record.restartDue) },
        { QStringLiteral("suspended_days"), record.suspendedDays },
        { QStringLiteral("clock_stopped"), record.clockStopped },
        { QStringLiteral("days_left"), record.isOpen() ? QJsonValue(record.daysLeft(today)) : QJsonValue::Null },
        { QStringLiteral("overdue"), record.isOverdue(today) },
        { QStringLiteral("closed_at"),
          record.closedAt.isValid() ? QJsonValue(record.closedAt.toUTC().toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("warnings"), warnings },
        { QStringLiteral("identifications"), identifications },
        { QStringLiteral("extension"), extensionJson(view.extension) },
    };
}

Result<DecisionView> loadView(const CaseService& cases, const CaseRecord& record)
{
    Result<QList<IdentificationRecord>> identifications = cases.identifications(record.reference);
    if (!identifications)
        return Error { identifications.error() };
    Result<std::optional<ExtensionRecord>> extension = cases.extension(record.reference);
    if (!extension)
        return Error { extension.error() };
    return DecisionView { record, identifications.value(), extension.value() };
}

// The changed case: JSON for scripts; for people the headline, the deadlines and any warning (on stderr).
int printChanged(CliContext& context, Session& session, const Result<CaseRecord>& changed, bool json,
                 const QString& headline)
{
    if (!changed) {
        printError(changed.error());
        return ExitFailure;
    }
    Result<DecisionView> view = loadView(session.cases(), changed.value());
    if (!view) {
        printError(view.error());
        return ExitFailure;
    }
    const QDate today = context.clock().today();
    if (json) {
        printJson(decisionJson(view.value(), today));
        return ExitOk;
    }
    const CaseRecord& record = changed.value();
    printLine(headline);
    QString due = iso(record.currentDue)
        + (record.extended ? QStringLiteral(" (legal maximum with the extension)") : QStringLiteral(" (one month)"));
    if (record.suspendedDays > 0)
        due += QStringLiteral(", %1 suspended day(s) included").arg(record.suspendedDays);
    QList<QStringList> fields
        = { { QStringLiteral("Status"), CaseStatuses::code(record.status) }, { QStringLiteral("Due"), due } };
    if (record.planningDue.isValid())
        fields.append({ QStringLiteral("Plan for"), iso(record.planningDue) });
    if (record.restartDue)
        fields.append({ QStringLiteral("Restart model"), iso(*record.restartDue) + QStringLiteral(" (IMY)") });
    if (record.clockStopped)
        fields.append({ QStringLiteral("Clock"), QStringLiteral("stopped until the answer arrives") });
    if (!record.extended) {
        fields.append({ QStringLiteral("If extended"),
                        QStringLiteral("legal maximum %1, plan for %2")
                            .arg(iso(record.extendedDue), iso(record.extensionTarget)) });
    }
    for (const QStringList& field : std::as_const(fields))
        printLine(QString(field[0] + QLatin1Char(':')).leftJustified(15) + field[1]);
    for (const QString& warning : record.deadlineWarnings)
        printError(QStringLiteral("warning: ") + warning);
    return ExitOk;
}

std::optional<QDate> parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

int identify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption request(QStringLiteral("request"),
                                     QStringLiteral("Record a request for identity or clarification sent to the data "
                                                    "subject; the clock stops until the answer (GDPR Art. 12(6), "
                                                    "recital 63)."));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("With --request: what is asked for: %1.").arg(ClockStopKinds::codeList()),
        QStringLiteral("kind"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("With --request: the documented doubt about identity, or what needs "
                                                   "clarifying; without it the clock does not stop."),
                                    QStringLiteral("text"));
    const QCommandLineOption on(QStringLiteral("on"),
                                QStringLiteral("With --request: the day it went out, YYYY-MM-DD (default today)."),
                                QStringLiteral("date"));
    const QCommandLineOption answered(QStringLiteral("answered"),
                                      QStringLiteral("Record the answer to the open request, which arrived on DATE "
                                                     "(default today when only --method or --outcome is given)."),
                                      QStringLiteral("date"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    QStringLiteral("How identity was confirmed: %1. No copy of an identity document is "
                                                   "kept.")
                                        .arg(IdentificationMethods::codeList()),
                                    QStringLiteral("method"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("What the answer showed: %1 (default confirmed when --method is "
                                                    "given).")
                                         .arg(IdentificationOutcomes::codeList()),
                                     QStringLiteral("outcome"));
    const QCommandLineOption close(QStringLiteral("close-not-confirmed"),
                                   QStringLiteral("Close the case as identity-not-confirmed once the wait "
                                                  "(setting identification.wait_days) after the last request for "
                                                  "identification has passed."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the changed case as JSON."));
    parser.addOptions({ request, kind, reason, on, answered, method, outcome, close, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case identify"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give one case reference, e.g. \"dsarctl case identify DSAR-2027-00042 "
                                         "--request --kind identity --reason TEXT\"."));
    const QString reference = parser.positionalArguments().constFirst();
    const bool asking = parser.isSet(request);
    const bool answering = parser.isSet(answered) || parser.isSet(method) || parser.isSet(outcome);
    const bool closing = parser.isSet(close);
    if (int(asking) + int(answering) + int(closing) != 1)
        return usageError(QStringLiteral("Give one of --request (a request went out), --answered (its answer "
                                         "arrived) or --close-not-confirmed. See \"dsarctl case identify --help\"."));
    if (!asking && (parser.isSet(kind) || parser.isSet(reason) || parser.isSet(on)))
        return usageError(QStringLiteral("--kind, --reason and --on go with --request."));

    const QDate today = context.clock().today();
    if (asking) {
        const std::optional<ClockStopEpisode::Kind> parsedKind = ClockStopKinds::fromCode(parser.value(kind));
        if (!parsedKind)
            return usageError(QStringLiteral("Say what is asked for with --kind %1.")
                                  .arg(ClockStopKinds::codeList().replace(QStringLiteral(", "), QStringLiteral("|"))));
        if (!parser.isSet(reason))
            return usageError(QStringLiteral("Give the documented doubt with --reason TEXT; without it the clock does "
                                             "not stop (GDPR Art. 12(6), recital 63)."));
        const std::optional<QDate> sentOn = parser.isSet(on) ? parseDate(parser.value(on)) : today;
        if (!sentOn)
            return usageError(
                QStringLiteral("--on takes a date, YYYY-MM-DD, not \"%1\".").arg(parser.value(on).left(40)));
        Session* session = context.openSession();
        if (!session)
            return context.failureStatus();
        const Result<CaseRecord> changed
            = session->cases().requestIdentification(reference, *parsedKind, parser.value(reason), *sentOn);
        const QString headline = changed
            ? QStringLiteral("%1 is %2: asked for %3 on %4; %5")
                  .arg(changed->reference, CaseStatuses::code(changed->status), ClockStopKinds::code(*parsedKind),
                       iso(*sentOn),
                       changed->clockStopped ? QStringLiteral("the clock is stopped until the answer arrives.")
                                             : QStringLiteral("the clock does not stop (see the warning)."))
            : QString();
        return printChanged(context, *session, changed, parser.isSet(json), headline);
    }
    if (answering) {
        const std::optional<QDate> answeredOn = parser.isSet(answered) ? parseDate(parser.value(answered)) : today;
        if (!answeredOn)
            return usageError(QStringLiteral("--answered takes a date, YYYY-MM-DD, not \"%1\".")
                                  .arg(parser.value(answered).left(40)));
        std::optional<IdentificationMethod> parsedMethod;
        if (parser.isSet(method)) {
            parsedMethod = IdentificationMethods::fromCode(parser.value(method));
            if (!parsedMethod)
                return usageError(QStringLiteral("Unknown method \"%1\". Use one of: %2.")
                                      .arg(parser.value(method).left(40), IdentificationMethods::codeList()));
        }
        std::optional<IdentificationOutcome> parsedOutcome;
        if (parser.isSet(outcome)) {
            parsedOutcome = IdentificationOutcomes::fromCode(parser.value(outcome));
            if (!parsedOutcome)
                return usageError(QStringLiteral("Unknown outcome \"%1\". Use one of: %2.")
                                      .arg(parser.value(outcome).left(40), IdentificationOutcomes::codeList()));
        } else if (parsedMethod) {
            parsedOutcome = IdentificationOutcome::Confirmed;
        } else {
            return usageError(
                QStringLiteral("Say what the answer showed with --outcome %1, and for a confirmed "
                               "identity how with --method.")
                    .arg(IdentificationOutcomes::codeList().replace(QStringLiteral(", "), QStringLiteral("|"))));
        }
        Session* session = context.openSession();
        if (!session)
            return context.failureStatus();
        const Result<CaseRecord> changed
            = session->cases().recordIdentification(reference, *answeredOn, parsedMethod, *parsedOutcome);
        const QString headline = changed
            ? QStringLiteral("%1: the answer of %2 is recorded (%3%4); the case is %5.")
                  .arg(changed->reference, iso(*answeredOn), IdentificationOutcomes::code(*parsedOutcome),
                       parsedMethod ? QStringLiteral(", ") + IdentificationMethods::code(*parsedMethod) : QString(),
                       CaseStatuses::code(changed->status))
            : QString();
        return printChanged(context, *session, changed, parser.isSet(json), headline);
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const Result<CaseRecord> changed = session->cases().closeIdentityNotConfirmed(reference);
    // LEGAL.md 1.1 item 7: the closing message includes the complaint and remedy information.
    const QString headline = changed
        ? QStringLiteral("%1 is closed as identity-not-confirmed. Tell the data subject, with the right to complain "
                         "to IMY and to go to court.")
              .arg(changed->reference)
        : QString();
    return printChanged(context, *session, changed, parser.isSet(json), headline);
}

int extend(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why more time is needed: %1.").arg(ExtensionReasons::codeList()),
                                    QStringLiteral("code"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QStringLiteral("What makes this case complex (\"large effort\" alone is not a "
                                                 "reason, EDPB 01/2022 para 163)."),
                                  QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the changed case as JSON."));
    parser.addOptions({ reason, note, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case extend"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give one case reference, e.g. \"dsarctl case extend DSAR-2027-00042 "
                                         "--reason many-systems --note TEXT\"."));
    const std::optional<ExtensionReason> parsedReason = ExtensionReasons::fromCode(parser.value(reason));
    if (!parsedReason)
        return usageError(
            QStringLiteral("Give the reason with --reason, one of: %1.").arg(ExtensionReasons::codeList()));
    if (!parser.isSet(note))
        return usageError(QStringLiteral("Explain with --note TEXT what makes this case complex; \"large effort\" "
                                         "alone is not a reason (EDPB 01/2022 para 163)."));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const Result<CaseRecord> changed = session->cases().requestExtension(parser.positionalArguments().constFirst(),
                                                                         *parsedReason, parser.value(note));
    const QString headline = changed
        ? QStringLiteral("%1: extension requested (%2). The DPO approves it no later than %3; the subject must be told "
                         "by then, with the reasons.")
              .arg(changed->reference, ExtensionReasons::code(*parsedReason), iso(changed->due))
        : QString();
    return printChanged(context, *session, changed, parser.isSet(json), headline);
}

int approveExtension(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the changed case as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case approve-extension"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(
            QStringLiteral("Give one case reference, e.g. \"dsarctl case approve-extension DSAR-2027-00042\"."));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const Result<CaseRecord> changed = session->cases().approveExtension(parser.positionalArguments().constFirst());
    const QString headline = changed ? QStringLiteral("%1 is extended: due %2 (the legal maximum), plan for %3.")
                                           .arg(changed->reference, iso(changed->currentDue), iso(changed->planningDue))
                                     : QString();
    return printChanged(context, *session, changed, parser.isSet(json), headline);
}

} // namespace

std::optional<int> runCaseDecision(CliContext& context, const QString& action, const QStringList& arguments)
{
    if (action == QLatin1String("identify"))
        return identify(context, arguments);
    if (action == QLatin1String("extend"))
        return extend(context, arguments);
    if (action == QLatin1String("approve-extension"))
        return approveExtension(context, arguments);
    return std::nullopt;
}

QList<std::pair<QString, QString>> caseDecisionActions()
{
    return { { QStringLiteral("identify"),
               QStringLiteral("ask for identity or clarification (the clock stops), record the answer, or close "
                              "as identity-not-confirmed") },
             { QStringLiteral("extend"), QStringLiteral("request the one extension, before the one-month due date") },
             { QStringLiteral("approve-extension"),
               QStringLiteral("approve it (dpo): the due date becomes the legal maximum") } };
}

} // namespace dsar::cli
