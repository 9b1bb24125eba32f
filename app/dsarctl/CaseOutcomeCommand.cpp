#include "CaseOutcomeCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

QJsonValue optionalDate(QDate date)
{
    return date.isValid() ? jsonDate(date) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject itemJson(const AssessmentRecord& item)
{
    // GDPR Art. 17(3): for a kept item the exception is its ground ("17.3.b").
    const bool exception = item.decision == ItemDecision::Keep;
    return {
        { QStringLiteral("id"), item.id },
        { QStringLiteral("holding_id"), item.holdingId > 0 ? QJsonValue(item.holdingId) : QJsonValue::Null },
        { QStringLiteral("activity"), item.activityName },
        { QStringLiteral("system"), item.system },
        { QStringLiteral("category"), item.category },
        { QStringLiteral("field"), item.field },
        { QStringLiteral("decision"), ItemDecisions::code(item.decision) },
        { QStringLiteral("exception"), exception ? optionalText(item.ground) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("ground"), optionalText(item.ground) },
        { QStringLiteral("legal_reference"), optionalText(item.legalReference) },
        { QStringLiteral("retain_until"), optionalDate(item.retainUntil) },
        { QStringLiteral("note"), optionalText(item.note) },
        { QStringLiteral("before"), optionalText(item.before) },
        { QStringLiteral("after"), optionalText(item.after) },
        { QStringLiteral("decided_by"), item.decidedBy },
        { QStringLiteral("done_at"), jsonInstant(item.doneAt) },
        { QStringLiteral("lifted_at"), jsonInstant(item.liftedAt) },
    };
}

int printItems(const Result<QList<AssessmentRecord>>& items, bool json)
{
    if (!items)
        return failedWith(items.error());
    if (json) {
        QJsonArray array;
        for (const AssessmentRecord& item : items.value())
            array.append(itemJson(item));
        printJson(array);
        return ExitOk;
    }
    if (items->isEmpty()) {
        printLine(QStringLiteral("Nothing to assess: the organisation holds nothing the request concerns."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const AssessmentRecord& item : items.value()) {
        QStringList why;
        for (const QString& part : { item.ground, item.legalReference })
            if (!part.isEmpty())
                why << part;
        rows << QStringList { QString::number(item.id), item.describe(), ItemDecisions::code(item.decision),
                              why.join(QStringLiteral("; ")), item.retainUntil.toString(Qt::ISODate) };
    }
    printTable({ QStringLiteral("ITEM"), QStringLiteral("WHAT"), QStringLiteral("DECISION"), QStringLiteral("WHY"),
                 QStringLiteral("RETAIN UNTIL") },
               rows);
    return ExitOk;
}

QJsonObject caseJson(const CaseRecord& record, const std::optional<DecisionRecord>& decision)
{
    QJsonObject object { { QStringLiteral("reference"), record.reference },
                         { QStringLiteral("right"), RequestRights::code(record.right) },
                         { QStringLiteral("status"), CaseStatuses::code(record.status) },
                         { QStringLiteral("due"), jsonDate(record.currentDue) } };
    if (decision) {
        object.insert(QStringLiteral("decision"),
                      QJsonObject { { QStringLiteral("outcome"), DecisionOutcomes::code(decision->outcome) },
                                    { QStringLiteral("ground"), optionalText(DecisionGrounds::code(decision->ground)) },
                                    { QStringLiteral("summary"), decision->summary },
                                    { QStringLiteral("reasons"), optionalText(decision->reasons) },
                                    { QStringLiteral("legal_reference"), optionalText(decision->legalReference) },
                                    { QStringLiteral("proposed_by"), decision->proposedBy },
                                    { QStringLiteral("approved_by"), optionalText(decision->approvedBy) },
                                    { QStringLiteral("approved_at"), jsonInstant(decision->approvedAt) } });
    }
    return object;
}

int printCase(Session& session, const Result<CaseRecord>& changed, bool json, const QString& headline)
{
    if (!changed)
        return failedWith(changed.error());
    Result<std::optional<DecisionRecord>> decision = session.cases().decision(changed->reference);
    if (!decision)
        return failedWith(decision.error());
    if (json) {
        printJson(caseJson(changed.value(), decision.value()));
        return ExitOk;
    }
    printLine(headline.arg(changed->reference, CaseStatuses::code(changed->status)));
    return ExitOk;
}

// One reference and nothing else; the example shows the action's usual form.
std::optional<QString> singleReference(const QCommandLineParser& parser, const QString& example)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one case reference, e.g. \"%1\".").arg(example));
        return std::nullopt;
    }
    return parser.positionalArguments().constFirst();
}

int assess(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption objection(
        QStringLiteral("objection"),
        QStringLiteral("For an objection: direct-marketing (GDPR Art. 21(2): stops at once) or particular-situation "
                       "(Art. 21(1))."),
        QStringLiteral("kind"));
    const QCommandLineOption item(QStringLiteral("item"), QStringLiteral("Change one assessed item."),
                                  QStringLiteral("id"));
    const QCommandLineOption decision(QStringLiteral("decision"),
                                      QStringLiteral("With --item: the item's decision (e.g. erase, keep, rectify, "
                                                     "restrict, withhold, excluded, stop, continue)."),
                                      QStringLiteral("code"));
    const QCommandLineOption ground(QStringLiteral("ground"),
                                    QStringLiteral("With --item: the legal ground, e.g. 17.3.b (kept), 17.1.a "
                                                   "(erased), 18.1.a (restricted)."),
                                    QStringLiteral("code"));
    const QCommandLineOption legalReference(QStringLiteral("legal-reference"),
                                            QStringLiteral("With --item: e.g. \"BFL 7 kap. 2 §\"."),
                                            QStringLiteral("text"));
    const QCommandLineOption retainUntil(QStringLiteral("retain-until"),
                                         QStringLiteral("With --item and keep: the last day it is kept, YYYY-MM-DD."),
                                         QStringLiteral("date"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("With --item: why."), QStringLiteral("text"));
    const QCommandLineOption after(
        QStringLiteral("after"),
        QStringLiteral("With --item: rectify: the new value; redact: the value as the copy shows it, others' data "
                       "taken out."),
        QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the items as JSON."));
    parser.addOptions({ objection, item, decision, ground, legalReference, retainUntil, note, after, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case assess"), arguments))
        return *stop;
    const std::optional<QString> reference = singleReference(parser,
                                                             QStringLiteral("dsarctl case assess "
                                                                            "DSAR-2027-00042 --json"));
    if (!reference)
        return ExitUsage;
    DecisionGround kind = DecisionGround::None;
    if (parser.isSet(objection)) {
        const std::optional<DecisionGround> parsed = DecisionGrounds::fromCode(parser.value(objection));
        if (!parsed || (*parsed != DecisionGround::DirectMarketing && *parsed != DecisionGround::ParticularSituation))
            return usageError(QStringLiteral("--objection is direct-marketing or particular-situation."));
        kind = *parsed;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (!parser.isSet(item)) {
        for (const QCommandLineOption* option : { &decision, &ground, &legalReference, &retainUntil, &note, &after }) {
            if (parser.isSet(*option))
                return usageError(
                    QStringLiteral("--%1 changes one item: give --item ID as well.").arg(option->names().constFirst()));
        }
        return printItems(session->cases().assess(*reference, kind), parser.isSet(json));
    }
    bool numeric = false;
    const qint64 itemId = parser.value(item).toLongLong(&numeric);
    if (!numeric)
        return usageError(QStringLiteral("--item takes the item's number from \"dsarctl case assess REF\"."));
    Result<QList<AssessmentRecord>> current = session->cases().assessment(*reference);
    if (!current)
        return failedWith(current.error());
    auto found = std::find_if(current->cbegin(), current->cend(),
                              [itemId](const AssessmentRecord& candidate) { return candidate.id == itemId; });
    AssessmentChange change;
    if (found != current->cend()) {
        // Unnamed options keep what the item has.
        change
            = { found->decision, found->ground, found->legalReference, found->retainUntil, found->note, found->after };
    }
    if (parser.isSet(decision)) {
        const std::optional<ItemDecision> parsed = ItemDecisions::fromCode(parser.value(decision));
        if (!parsed)
            return usageError(QStringLiteral("Unknown decision \"%1\".").arg(parser.value(decision).left(40)));
        change.decision = *parsed;
    }
    if (parser.isSet(ground))
        change.ground = parser.value(ground);
    if (parser.isSet(legalReference))
        change.legalReference = parser.value(legalReference);
    if (parser.isSet(retainUntil)) {
        change.retainUntil = QDate::fromString(parser.value(retainUntil).trimmed(), Qt::ISODate);
        if (!change.retainUntil.isValid())
            return usageError(QStringLiteral("--retain-until takes a date, YYYY-MM-DD."));
    }
    if (parser.isSet(note))
        change.note = parser.value(note);
    if (parser.isSet(after))
        change.after = parser.value(after);
    Result<AssessmentRecord> changed = session->cases().changeAssessment(*reference, itemId, change);
    if (!changed)
        return failedWith(changed.error());
    return printItems(QList<AssessmentRecord> { changed.value() }, parser.isSet(json));
}

int propose(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("%1 (default granted).").arg(DecisionOutcomes::codeList()),
                                     QStringLiteral("code"));
    const QCommandLineOption ground(QStringLiteral("ground"),
                                    QStringLiteral("Where the law asks for one: %1.").arg(DecisionGrounds::codeList()),
                                    QStringLiteral("code"));
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     QStringLiteral("The decision in words for the subject."), QStringLiteral("text"));
    const QCommandLineOption reasons(QStringLiteral("reasons"),
                                     QStringLiteral("A refusal's specific reasons (GDPR Art. 12(4))."),
                                     QStringLiteral("text"));
    const QCommandLineOption legalReference(QStringLiteral("legal-reference"),
                                            QStringLiteral("What a refusal rests on, e.g. \"GDPR Art. 12(5)(b)\"."),
                                            QStringLiteral("text"));
    const QCommandLineOption facts(QStringLiteral("facts"),
                                   QStringLiteral("GDPR Art. 12(5): the documented facts (earlier requests and their "
                                                  "dates)."),
                                   QStringLiteral("text"));
    const QCommandLineOption fee(QStringLiteral("fee"),
                                 QStringLiteral("With --outcome fee: the amount, e.g. \"350 kr\"."),
                                 QStringLiteral("amount"));
    const QCommandLineOption balancing(QStringLiteral("balancing"),
                                       QStringLiteral("GDPR Art. 21(1): the balancing of interests for this person."),
                                       QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the case as JSON."));
    parser.addOptions({ outcome, ground, summary, reasons, legalReference, facts, fee, balancing, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case propose"), arguments))
        return *stop;
    const std::optional<QString> reference
        = singleReference(parser, QStringLiteral("dsarctl case propose DSAR-2027-00042 --summary TEXT"));
    if (!reference)
        return ExitUsage;
    DecisionProposal proposal;
    if (parser.isSet(outcome)) {
        const std::optional<DecisionOutcome> parsed = DecisionOutcomes::fromCode(parser.value(outcome));
        if (!parsed)
            return usageError(QStringLiteral("--outcome is one of: %1.").arg(DecisionOutcomes::codeList()));
        proposal.outcome = *parsed;
    }
    if (parser.isSet(ground)) {
        const std::optional<DecisionGround> parsed = DecisionGrounds::fromCode(parser.value(ground));
        if (!parsed)
            return usageError(QStringLiteral("--ground is one of: %1.").arg(DecisionGrounds::codeList()));
        proposal.ground = *parsed;
    }
    proposal.summary = parser.value(summary);
    proposal.reasons = parser.value(reasons);
    proposal.legalReference = parser.value(legalReference);
    proposal.facts = parser.value(facts);
    proposal.feeAmount = parser.value(fee);
    proposal.balancing = parser.value(balancing);
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    return printCase(*session, session->cases().proposeDecision(*reference, proposal), parser.isSet(json),
                     QStringLiteral("%1 is %2: the DPO approves it next."));
}

// Actions that take only a reference (and --json).
int simple(CliContext& context, const QStringList& arguments, const QString& action)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the case as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case ") + action, arguments))
        return *stop;
    const std::optional<QString> reference
        = singleReference(parser, QStringLiteral("dsarctl case %1 DSAR-2027-00042").arg(action));
    if (!reference)
        return ExitUsage;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (action == QLatin1String("approve"))
        return printCase(*session, session->cases().approveDecision(*reference), parser.isSet(json),
                         QStringLiteral("%1 is %2: the decision is approved and takes effect."));
    if (action == QLatin1String("lift-restriction"))
        return printCase(*session, session->cases().liftRestriction(*reference), parser.isSet(json),
                         QStringLiteral("%1 (%2): the restriction is lifted."));
    return printCase(*session, session->cases().close(*reference), parser.isSet(json), QStringLiteral("%1 is %2."));
}

int erasure(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption done(QStringLiteral("done"),
                                  QStringLiteral("Confirm the erasure in SYSTEM done (by you, now)."),
                                  QStringLiteral("system"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the tasks as JSON."));
    parser.addOptions({ done, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case erasure"), arguments))
        return *stop;
    const std::optional<QString> reference
        = singleReference(parser, QStringLiteral("dsarctl case erasure DSAR-2027-00042 --done Ekonomisystem"));
    if (!reference)
        return ExitUsage;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (parser.isSet(done)) {
        Result<ErasureTask> completed = session->cases().completeErasureTask(*reference, parser.value(done));
        if (!completed)
            return failedWith(completed.error());
    }
    Result<QList<ErasureTask>> tasks = session->cases().erasureTasks(*reference);
    if (!tasks)
        return failedWith(tasks.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ErasureTask& task : tasks.value())
            array.append(QJsonObject { { QStringLiteral("system"), task.system },
                                       { QStringLiteral("items"), task.items },
                                       { QStringLiteral("done"), task.isDone() },
                                       { QStringLiteral("done_by"), optionalText(task.doneBy) },
                                       { QStringLiteral("done_at"), jsonInstant(task.doneAt) } });
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ErasureTask& task : tasks.value())
        rows << QStringList {
            task.system, QString::number(task.items),
            task.isDone() ? QStringLiteral("done by %1, %2").arg(task.doneBy, task.doneAt.toUTC().toString(Qt::ISODate))
                          : QStringLiteral("to do")
        };
    printTable({ QStringLiteral("SYSTEM"), QStringLiteral("ITEMS"), QStringLiteral("STATE") }, rows);
    return ExitOk;
}

int notify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption recipient(QStringLiteral("recipient"), QStringLiteral("The recipient, by name."),
                                       QStringLiteral("name"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("notified, impossible or disproportionate (GDPR Art. 19)."),
                                    QStringLiteral("code"));
    const QCommandLineOption method(QStringLiteral("method"), QStringLiteral("How it was notified, e.g. e-post."),
                                    QStringLiteral("text"));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("When, YYYY-MM-DD (default today)."),
                                QStringLiteral("date"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why notifying is impossible or disproportionate."),
                                    QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the notifications as JSON."));
    parser.addOptions({ recipient, status, method, on, reason, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case notify"), arguments))
        return *stop;
    const std::optional<QString> reference = singleReference(
        parser,
        QStringLiteral("dsarctl case notify DSAR-2027-00042 --recipient NAME --status notified --method "
                       "e-post"));
    if (!reference)
        return ExitUsage;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (parser.isSet(recipient)) {
        const std::optional<NotificationStatus> parsed = NotificationStatuses::fromCode(parser.value(status));
        if (!parsed)
            return usageError(QStringLiteral("--status is notified, impossible or disproportionate."));
        const QDate date
            = parser.isSet(on) ? QDate::fromString(parser.value(on).trimmed(), Qt::ISODate) : context.clock().today();
        if (!date.isValid())
            return usageError(QStringLiteral("--on takes a date, YYYY-MM-DD."));
        Result<RecipientNotification> recorded = session->cases().recordNotification(
            *reference, parser.value(recipient), *parsed, parser.value(method), date, parser.value(reason));
        if (!recorded)
            return failedWith(recorded.error());
    }
    Result<QList<RecipientNotification>> all = session->cases().notifications(*reference);
    if (!all)
        return failedWith(all.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RecipientNotification& notification : all.value())
            array.append(QJsonObject { { QStringLiteral("recipient"), notification.recipient },
                                       { QStringLiteral("role"), notification.role },
                                       { QStringLiteral("status"), NotificationStatuses::code(notification.status) },
                                       { QStringLiteral("method"), optionalText(notification.method) },
                                       { QStringLiteral("notified_on"), optionalDate(notification.notifiedOn) },
                                       { QStringLiteral("reason"), optionalText(notification.reason) } });
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const RecipientNotification& notification : all.value())
        rows << QStringList { notification.recipient, NotificationStatuses::code(notification.status),
                              notification.notifiedOn.toString(Qt::ISODate),
                              notification.method.isEmpty() ? notification.reason : notification.method };
    printTable({ QStringLiteral("RECIPIENT"), QStringLiteral("STATUS"), QStringLiteral("ON"),
                 QStringLiteral("HOW / WHY NOT") },
               rows);
    return ExitOk;
}

int recipients(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the recipients as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case recipients"), arguments))
        return *stop;
    const std::optional<QString> reference
        = singleReference(parser, QStringLiteral("dsarctl case recipients DSAR-2027-00042"));
    if (!reference)
        return ExitUsage;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<CaseRecord> record = session->cases().byReference(*reference);
    if (!record)
        return failedWith(record.error());
    Result<QList<SubjectRecipient>> list = session->cases().recipientsOfSubject(record->subjectId);
    if (!list)
        return failedWith(list.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SubjectRecipient& entry : list.value())
            array.append(
                QJsonObject { { QStringLiteral("name"), entry.recipient.name },
                              { QStringLiteral("role"), RecipientRoles::code(entry.recipient.role) },
                              { QStringLiteral("country"), entry.recipient.country },
                              { QStringLiteral("activities"), QJsonArray::fromStringList(entry.activities) } });
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const SubjectRecipient& entry : list.value())
        rows << QStringList { entry.recipient.name, RecipientRoles::code(entry.recipient.role),
                              entry.activities.join(QStringLiteral("; ")) };
    printTable({ QStringLiteral("RECIPIENT"), QStringLiteral("ROLE"), QStringLiteral("PROCESSING") }, rows);
    return ExitOk;
}

} // namespace

std::optional<int> runCaseOutcome(CliContext& context, const QString& action, const QStringList& arguments)
{
    if (action == QLatin1String("assess"))
        return assess(context, arguments);
    if (action == QLatin1String("propose"))
        return propose(context, arguments);
    if (action == QLatin1String("approve") || action == QLatin1String("close")
        || action == QLatin1String("lift-restriction"))
        return simple(context, arguments, action);
    if (action == QLatin1String("erasure"))
        return erasure(context, arguments);
    if (action == QLatin1String("notify"))
        return notify(context, arguments);
    if (action == QLatin1String("recipients"))
        return recipients(context, arguments);
    return std::nullopt;
}

QList<std::pair<QString, QString>> caseOutcomeActions()
{
    return {
        { QStringLiteral("assess"),
          QStringLiteral("the decision item by item (draft from the register), or change one") },
        { QStringLiteral("propose"), QStringLiteral("propose the decision for the DPO's approval") },
        { QStringLiteral("approve"), QStringLiteral("the DPO approves the proposed decision; it takes effect") },
        { QStringLiteral("erasure"), QStringLiteral("the erasure tasks per system; --done SYSTEM confirms one") },
        { QStringLiteral("notify"), QStringLiteral("GDPR Art. 19: record each recipient notified, or why not") },
        { QStringLiteral("recipients"), QStringLiteral("who receives the subject's data, from the register") },
        { QStringLiteral("lift-restriction"), QStringLiteral("lift a restriction once the subject was told") },
        { QStringLiteral("close"), QStringLiteral("close an answered case") },
    };
}

} // namespace dsar::cli
