#include "SubjectCommand.h"

#include "CliOutput.h"
#include "HoldingOutput.h"
#include "identity/SwedishId.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

// DSL 3 kap. 10 §: the personnummer is masked in lists; scripts that need more ask the database owner.
QString maskedPersonalId(const SubjectRecord& subject, QDate today)
{
    if (subject.personalId.isEmpty())
        return {};
    Result<SwedishId> parsed = SwedishIdParser::parse(subject.personalId, today);
    return parsed ? parsed->masked() : QStringLiteral("****");
}

QJsonObject subjectJson(const SubjectRecord& subject, QDate today)
{
    return { { QStringLiteral("id"), subject.id },
             { QStringLiteral("name"), subject.name },
             { QStringLiteral("personal_id_masked"), maskedPersonalId(subject, today) },
             { QStringLiteral("personal_id_kind"), subject.personalIdKind },
             { QStringLiteral("email"), subject.email } };
}

int add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The person's name as the request gives it."),
                                  QStringLiteral("name"));
    const QCommandLineOption pnr(QStringLiteral("pnr"),
                                 QStringLiteral("Personnummer or samordningsnummer, only if the organisation "
                                                "already holds it."),
                                 QStringLiteral("number"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("E-mail address."),
                                   QStringLiteral("address"));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("Telephone."), QStringLiteral("phone"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Postal address."),
                                     QStringLiteral("address"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the new subject as JSON."));
    parser.addOptions({ name, pnr, email, phone, address, json });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("subject add"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<SubjectRecord> added = session->subjects().add(
        { parser.value(name), parser.value(pnr), parser.value(email), parser.value(phone), parser.value(address) });
    if (!added) {
        printError(added.error());
        return ExitFailure;
    }
    if (parser.isSet(json))
        printJson(subjectJson(added.value(), context.clock().today()));
    else
        printLine(QStringLiteral("Added data subject %1.").arg(added->id));
    return ExitOk;
}

// "subject list" and "subject find QUERY": the same listing, of all or of the matches.
int listSubjects(CliContext& context, const QStringList& arguments, bool search)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(json);
    if (search)
        parser.addPositionalArgument(QStringLiteral("query"),
                                     QStringLiteral("Part of a name, or an exact e-mail address or personnummer."));
    const QString command = search ? QStringLiteral("subject find") : QStringLiteral("subject list");
    if (std::optional<int> stop = parseOptions(parser, command, arguments))
        return *stop;
    if (search && parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("subject find takes one query, e.g. dsarctl subject find \"Andersson\" (quote a "
                                  "name with spaces)."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<SubjectRecord>> subjects
        = search ? session->subjects().find(parser.positionalArguments().first()) : session->subjects().all();
    if (!subjects) {
        printError(subjects.error());
        return ExitFailure;
    }
    const QDate today = context.clock().today();
    QJsonArray array;
    QList<QStringList> rows;
    for (const SubjectRecord& subject : subjects.value()) {
        array.append(subjectJson(subject, today));
        rows << QStringList { QString::number(subject.id), subject.name, maskedPersonalId(subject, today),
                              subject.email };
    }
    if (parser.isSet(json))
        printJson(array);
    else if (search && rows.isEmpty())
        printLine(QStringLiteral("No data subject matches \"%1\".").arg(parser.positionalArguments().first()));
    else
        printTable(
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("personal_id"), QStringLiteral("email") },
            rows);
    return ExitOk;
}

// GDPR Art. 15(1): the subject and everything held about them, with each holding's retain-until date.
int show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the subject and holdings as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The data subject's id (see subject find)."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("subject show"), arguments))
        return *stop;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber) {
        printError(QStringLiteral("subject show takes one subject id, e.g. dsarctl subject show 3. Find the id with "
                                  "\"dsarctl subject find NAME\"."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<SubjectRecord> subject = session->subjects().byId(id);
    if (!subject) {
        printError(subject.error());
        return ExitFailure;
    }
    Result<QList<HoldingView>> holdings = session->holdings().forSubject(id);
    if (!holdings) {
        printError(holdings.error());
        return ExitFailure;
    }
    const QDate today = context.clock().today();
    if (parser.isSet(json)) {
        QJsonObject object = subjectJson(subject.value(), today);
        object.insert(QStringLiteral("phone"), subject->phone);
        object.insert(QStringLiteral("postal_address"), subject->postalAddress);
        QJsonArray array;
        for (const HoldingView& view : holdings.value())
            array.append(holdingJson(view));
        object.insert(QStringLiteral("holdings"), array);
        printJson(object);
        return ExitOk;
    }
    printLine(QStringLiteral("Data subject %1: %2").arg(subject->id).arg(subject->name));
    const std::pair<QString, QString> details[] = {
        { QStringLiteral("personal_id"), maskedPersonalId(subject.value(), today) },
        { QStringLiteral("email"), subject->email },
        { QStringLiteral("phone"), subject->phone },
        { QStringLiteral("postal_address"), subject->postalAddress },
    };
    for (const auto& [label, value] : details) {
        if (!value.isEmpty())
            printLine(QStringLiteral("  %1: %2").arg(label, value));
    }
    if (holdings->isEmpty()) {
        printLine(QStringLiteral("No holdings are recorded. Import them with \"dsarctl holdings import\"."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const HoldingView& view : holdings.value()) {
        rows << QStringList { QString::number(view.holding.id),
                              view.controllerName,
                              view.activityName,
                              view.holding.system,
                              view.holding.field,
                              view.holding.value,
                              retainUntilText(view.retention) };
    }
    printTable({ QStringLiteral("id"), QStringLiteral("organisation"), QStringLiteral("activity"),
                 QStringLiteral("system"), QStringLiteral("field"), QStringLiteral("value"),
                 QStringLiteral("retain_until") },
               rows);
    return ExitOk;
}

} // namespace

int runSubject(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return add(context, arguments.mid(1));
    if (action == QLatin1String("list"))
        return listSubjects(context, arguments.mid(1), false);
    if (action == QLatin1String("find"))
        return listSubjects(context, arguments.mid(1), true);
    if (action == QLatin1String("show"))
        return show(context, arguments.mid(1));
    return printGroupUsage(
        QStringLiteral("subject"),
        { { QStringLiteral("add"), QStringLiteral("register a data subject") },
          { QStringLiteral("list"), QStringLiteral("list data subjects (personnummer masked)") },
          { QStringLiteral("find"), QStringLiteral("find by part of a name, e-mail or personnummer") },
          { QStringLiteral("show"),
            QStringLiteral("a subject with every holding and its retain-until "
                           "date") } },
        action);
}

} // namespace dsar::cli
