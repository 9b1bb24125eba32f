#include "SubjectCommand.h"

#include "CliOutput.h"
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

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(json);
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("subject list"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<SubjectRecord>> subjects = session->subjects().all();
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
    else
        printTable(
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("personal_id"), QStringLiteral("email") },
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
        return list(context, arguments.mid(1));
    return printGroupUsage(QStringLiteral("subject"),
                           { { QStringLiteral("add"), QStringLiteral("register a data subject") },
                             { QStringLiteral("list"), QStringLiteral("list data subjects (personnummer masked)") } },
                           action);
}

} // namespace dsar::cli
