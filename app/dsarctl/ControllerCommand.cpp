#include "ControllerCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

QJsonObject controllerJson(const ControllerRecord& controller)
{
    return { { QStringLiteral("id"), controller.id },
             { QStringLiteral("name"), controller.name },
             { QStringLiteral("organisation_number"), controller.organisationNumber },
             { QStringLiteral("postal_address"), controller.postalAddress },
             { QStringLiteral("email"), controller.email },
             { QStringLiteral("phone"), controller.phone },
             { QStringLiteral("dpo_contact"), controller.dpoContact },
             { QStringLiteral("supervisory_authority"), controller.supervisoryAuthority },
             { QStringLiteral("joint_controllership"), controller.jointControllership } };
}

int add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The organisation's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption number(QStringLiteral("org-number"), QStringLiteral("Organisationsnummer NNNNNN-NNNN."),
                                    QStringLiteral("number"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Postal address."),
                                     QStringLiteral("address"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("E-mail address for requests."),
                                   QStringLiteral("address"));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("Telephone."), QStringLiteral("phone"));
    const QCommandLineOption dpo(QStringLiteral("dpo"), QStringLiteral("How to reach the data protection officer."),
                                 QStringLiteral("contact"));
    const QCommandLineOption joint(QStringLiteral("joint"),
                                   QStringLiteral("Name of a joint controllership (GDPR Art. 26) it belongs to."),
                                   QStringLiteral("name"));
    const QCommandLineOption authority(
        QStringLiteral("authority"),
        QStringLiteral(
            "The supervisory authority subjects may complain to (default: IMY, Box 8114, 104 20 Stockholm)."),
        QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the new organisation as JSON."));
    parser.addOptions({ name, number, address, email, phone, dpo, joint, authority, json });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("controller add"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<ControllerRecord> added = session->controllers().add(
        { parser.value(name), parser.value(number), parser.value(address), parser.value(email), parser.value(phone),
          parser.value(dpo), parser.value(joint), parser.value(authority) });
    if (!added) {
        printError(added.error());
        return ExitFailure;
    }
    if (parser.isSet(json))
        printJson(controllerJson(added.value()));
    else
        printLine(QStringLiteral("Added organisation %1: %2").arg(added->id).arg(added->name));
    return ExitOk;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(json);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("controller list"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<ControllerRecord>> controllers = session->controllers().all();
    if (!controllers) {
        printError(controllers.error());
        return ExitFailure;
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const ControllerRecord& controller : controllers.value()) {
        array.append(controllerJson(controller));
        rows << QStringList { QString::number(controller.id), controller.name, controller.organisationNumber,
                              controller.jointControllership };
    }
    if (parser.isSet(json))
        printJson(array);
    else
        printTable({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("org_number"),
                     QStringLiteral("joint_controllership") },
                   rows);
    return ExitOk;
}

} // namespace

int runController(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return add(context, arguments.mid(1));
    if (action == QLatin1String("list"))
        return list(context, arguments.mid(1));
    return printGroupUsage(QStringLiteral("controller"),
                           { { QStringLiteral("add"), QStringLiteral("register an organisation") },
                             { QStringLiteral("list"), QStringLiteral("list the organisations") } },
                           action);
}

} // namespace dsar::cli
