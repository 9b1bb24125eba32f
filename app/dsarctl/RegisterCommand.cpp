#include "RegisterCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

QJsonArray strings(const QStringList& values)
{
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

QJsonObject activityJson(const ProcessingActivity& activity, const QString& controller)
{
    QJsonArray bases;
    for (const LegalBasisEntry& entry : activity.legalBases)
        bases.append(QJsonObject { { QStringLiteral("basis"), LegalBases::code(entry.basis) },
                                   { QStringLiteral("note"), entry.note } });
    QJsonArray categories;
    for (const DataCategory& category : activity.dataCategories)
        categories.append(
            QJsonObject { { QStringLiteral("name"), category.name }, { QStringLiteral("special"), category.special } });
    QJsonArray sources;
    for (const Source& source : activity.sources)
        sources.append(QJsonObject { { QStringLiteral("kind"), SourceKinds::code(source.kind) },
                                     { QStringLiteral("name"), source.name } });
    QJsonArray recipients;
    for (const Recipient& recipient : activity.recipients)
        recipients.append(QJsonObject { { QStringLiteral("name"), recipient.name },
                                        { QStringLiteral("role"), RecipientRoles::code(recipient.role) },
                                        { QStringLiteral("country"), recipient.country },
                                        { QStringLiteral("purpose"), recipient.purpose } });
    QJsonArray transfers;
    for (const Transfer& transfer : activity.transfers)
        transfers.append(QJsonObject {
            { QStringLiteral("country"), transfer.country },
            { QStringLiteral("recipient"), transfer.recipient },
            { QStringLiteral("safeguard"),
              transfer.safeguard ? QJsonValue(TransferSafeguards::code(*transfer.safeguard)) : QJsonValue() },
            { QStringLiteral("note"), transfer.note } });
    QJsonObject object { { QStringLiteral("id"), activity.id },
                         { QStringLiteral("controller"), controller },
                         { QStringLiteral("name"), activity.name },
                         { QStringLiteral("purposes"), strings(activity.purposes) },
                         { QStringLiteral("legal_bases"), bases },
                         { QStringLiteral("data_categories"), categories },
                         { QStringLiteral("subject_categories"), strings(activity.subjectCategories) },
                         { QStringLiteral("sources"), sources },
                         { QStringLiteral("recipients"), recipients },
                         { QStringLiteral("transfers"), transfers },
                         { QStringLiteral("systems"), strings(activity.systems) },
                         { QStringLiteral("retention_rule"), activity.retentionRule },
                         { QStringLiteral("retention_note"), activity.retentionNote } };
    if (activity.specialCondition)
        object.insert(QStringLiteral("special_condition"), SpecialCategoryConditions::code(*activity.specialCondition));
    if (activity.automatedDecision)
        object.insert(QStringLiteral("automated_decision"),
                      QJsonObject { { QStringLiteral("logic"), activity.automatedDecision->logic },
                                    { QStringLiteral("significance"), activity.automatedDecision->significance } });
    return object;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array with every field."));
    const QCommandLineOption controller(QStringLiteral("controller"),
                                        QStringLiteral("Only this organisation (id, organisation number or name)."),
                                        QStringLiteral("org"));
    parser.addOptions({ json, controller });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("register list"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    QList<ControllerRecord> controllers;
    if (parser.isSet(controller)) {
        Result<ControllerRecord> one = session->controllers().resolve(parser.value(controller));
        if (!one) {
            printError(one.error());
            return ExitFailure;
        }
        controllers << one.value();
    } else {
        Result<QList<ControllerRecord>> all = session->controllers().all();
        if (!all) {
            printError(all.error());
            return ExitFailure;
        }
        controllers = all.value();
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const ControllerRecord& organisation : std::as_const(controllers)) {
        Result<QList<ProcessingActivity>> activities = session->processingRegister().activities(organisation.id);
        if (!activities) {
            printError(activities.error());
            return ExitFailure;
        }
        for (const ProcessingActivity& activity : activities.value()) {
            array.append(activityJson(activity, organisation.name));
            QStringList bases;
            for (const LegalBasisEntry& entry : activity.legalBases)
                bases << LegalBases::code(entry.basis);
            rows << QStringList { organisation.name, activity.name, bases.join(QLatin1Char(',')),
                                  activity.retentionRule };
        }
    }
    if (parser.isSet(json))
        printJson(array);
    else
        printTable({ QStringLiteral("organisation"), QStringLiteral("activity"), QStringLiteral("legal_basis"),
                     QStringLiteral("retention_rule") },
                   rows);
    return ExitOk;
}

} // namespace

int runRegister(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list"))
        return list(context, arguments.mid(1));
    return printGroupUsage(QStringLiteral("register"),
                           { { QStringLiteral("list"), QStringLiteral("the processing activities (Art. 30 record)") } },
                           action);
}

} // namespace dsar::cli
