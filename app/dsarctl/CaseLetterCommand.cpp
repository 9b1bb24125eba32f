// dsarctl case letter|mark-sent|letters and dsarctl followups.
#include "CaseOutcomeCommand.h"
#include "CliOutput.h"
#include "PdfLetterRenderer.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace dsar::cli {
namespace {

QJsonObject letterJson(const LetterRecord& letter)
{
    return { { QStringLiteral("kind"), LetterKinds::code(letter.kind) },
             { QStringLiteral("language"), letter.language },
             { QStringLiteral("document_id"), letter.documentId },
             { QStringLiteral("sha256"), letter.sha256 },
             { QStringLiteral("generated_by"), letter.generatedBy },
             { QStringLiteral("generated_at"), jsonInstant(letter.generatedAt) },
             { QStringLiteral("sent"), letter.isSent() },
             { QStringLiteral("sent_by"), letter.sentBy.isEmpty() ? QJsonValue(QJsonValue::Null) : letter.sentBy },
             { QStringLiteral("sent_at"), jsonInstant(letter.sentAt) },
             { QStringLiteral("sent_method"),
               letter.sentMethod.isEmpty() ? QJsonValue(QJsonValue::Null) : letter.sentMethod } };
}

std::optional<LetterKind> parseKind(const QCommandLineParser& parser, const QCommandLineOption& kind)
{
    const std::optional<LetterKind> parsed = LetterKinds::fromCode(parser.value(kind));
    if (!parsed)
        printError(QStringLiteral("Give the letter with --kind, one of: %1.").arg(LetterKinds::codeList()));
    return parsed;
}

int letter(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("%1.").arg(LetterKinds::codeList()),
                                  QStringLiteral("kind"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where to write the PDF."),
                                 QStringLiteral("file.pdf"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("sv (default) or en."),
                                      QStringLiteral("language"));
    const QCommandLineOption liftReason(QStringLiteral("lift-reason"),
                                        QStringLiteral("restriction-lifting: why the restriction ends."),
                                        QStringLiteral("text"));
    const QCommandLineOption liftOn(QStringLiteral("lift-on"),
                                    QStringLiteral("restriction-lifting: from when, YYYY-MM-DD."),
                                    QStringLiteral("date"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the letter's record as JSON."));
    parser.addOptions({ kind, out, language, liftReason, liftOn, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case letter"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out))
        return usageError(QStringLiteral("Give one case reference and the file, e.g. \"dsarctl case letter "
                                         "DSAR-2027-00042 --kind outcome --out svar.pdf\"."));
    const std::optional<LetterKind> parsedKind = parseKind(parser, kind);
    if (!parsedKind)
        return ExitUsage;
    const QString lang = parser.isSet(language) ? parser.value(language).trimmed() : QStringLiteral("sv");
    QDate liftDate;
    if (parser.isSet(liftOn)) {
        liftDate = QDate::fromString(parser.value(liftOn).trimmed(), Qt::ISODate);
        if (!liftDate.isValid())
            return usageError(QStringLiteral("--lift-on takes a date, YYYY-MM-DD."));
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    // Opened first, so a path that cannot be written fails before anything is recorded.
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly))
        return failedWith(QStringLiteral("%1 cannot be written: %2. Choose another --out.")
                              .arg(parser.value(out), file.errorString()));
    Result<WrittenLetter> written
        = session->cases().writeLetter(parser.positionalArguments().constFirst(), *parsedKind, lang,
                                       PdfLetterRenderer(), parser.value(liftReason), liftDate);
    if (!written) {
        file.cancelWriting();
        return failedWith(written.error());
    }
    if (file.write(written->pdf) != written->pdf.size() || !file.commit())
        return failedWith(QStringLiteral("%1 could not be saved: %2. The letter %3 is recorded; write it again with "
                                         "another --out.")
                              .arg(parser.value(out), file.errorString(), written->record.documentId));
    if (parser.isSet(json)) {
        printJson(letterJson(written->record));
        return ExitOk;
    }
    printLine(QStringLiteral("Wrote %1 (%2, SHA-256 %3). Record it as sent with \"dsarctl case mark-sent %4 --kind "
                             "%5 --method e-post\".")
                  .arg(parser.value(out), written->record.documentId, written->record.sha256,
                       parser.positionalArguments().constFirst(), LetterKinds::code(*parsedKind)));
    return ExitOk;
}

int markSent(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("%1.").arg(LetterKinds::codeList()),
                                  QStringLiteral("kind"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    QStringLiteral("How it was sent, e.g. e-post or brev (default e-post)."),
                                    QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the case as JSON."));
    parser.addOptions({ kind, method, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case mark-sent"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give one case reference, e.g. \"dsarctl case mark-sent DSAR-2027-00042 "
                                         "--kind outcome\"."));
    const std::optional<LetterKind> parsedKind = parseKind(parser, kind);
    if (!parsedKind)
        return ExitUsage;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const QString how = parser.isSet(method) ? parser.value(method) : QStringLiteral("e-post");
    Result<CaseRecord> changed
        = session->cases().markLetterSent(parser.positionalArguments().constFirst(), *parsedKind, how);
    if (!changed)
        return failedWith(changed.error());
    if (parser.isSet(json)) {
        printJson(QJsonObject { { QStringLiteral("reference"), changed->reference },
                                { QStringLiteral("status"), CaseStatuses::code(changed->status) },
                                { QStringLiteral("kind"), LetterKinds::code(*parsedKind) } });
        return ExitOk;
    }
    printLine(QStringLiteral("%1: the %2 letter is recorded as sent (%3); the case is %4.")
                  .arg(changed->reference, LetterKinds::code(*parsedKind), how, CaseStatuses::code(changed->status)));
    return ExitOk;
}

int letters(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the letters as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case letters"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give one case reference, e.g. \"dsarctl case letters DSAR-2027-00042\"."));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<LetterRecord>> all = session->cases().letters(parser.positionalArguments().constFirst());
    if (!all)
        return failedWith(all.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const LetterRecord& record : all.value())
            array.append(letterJson(record));
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const LetterRecord& record : all.value())
        rows << QStringList { record.documentId, LetterKinds::code(record.kind), record.language,
                              record.isSent() ? record.sentAt.toUTC().toString(Qt::ISODate)
                                              : QStringLiteral("not sent"),
                              record.sha256.left(16) };
    printTable({ QStringLiteral("DOCUMENT"), QStringLiteral("KIND"), QStringLiteral("LANG"), QStringLiteral("SENT"),
                 QStringLiteral("SHA-256") },
               rows);
    return ExitOk;
}

} // namespace

std::optional<int> runCaseLetters(CliContext& context, const QString& action, const QStringList& arguments)
{
    if (action == QLatin1String("letter"))
        return letter(context, arguments);
    if (action == QLatin1String("mark-sent"))
        return markSent(context, arguments);
    if (action == QLatin1String("letters"))
        return letters(context, arguments);
    return std::nullopt;
}

QList<std::pair<QString, QString>> caseLetterActions()
{
    return {
        { QStringLiteral("letter"), QStringLiteral("write a letter as PDF (Swedish or English) and record it") },
        { QStringLiteral("mark-sent"), QStringLiteral("record the latest letter of a kind as sent") },
        { QStringLiteral("letters"), QStringLiteral("the letters written for a case, with their SHA-256") },
    };
}

int runFollowups(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption done(QStringLiteral("done"),
                                  QStringLiteral("Confirm the follow-up erasure of ITEM done (the DPO)."),
                                  QStringLiteral("item"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the follow-ups as JSON."));
    parser.addOptions({ done, json });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("followups"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (parser.isSet(done)) {
        bool numeric = false;
        const qint64 item = parser.value(done).toLongLong(&numeric);
        if (!numeric)
            return usageError(QStringLiteral("--done takes an item number from \"dsarctl followups\"."));
        Result<FollowUp> completed = session->cases().completeFollowUp(item);
        if (!completed)
            return failedWith(completed.error());
    }
    Result<QList<FollowUp>> due = session->cases().followUps();
    if (!due)
        return failedWith(due.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FollowUp& followUp : due.value())
            array.append(QJsonObject { { QStringLiteral("item"), followUp.item.id },
                                       { QStringLiteral("reference"), followUp.caseReference },
                                       { QStringLiteral("organisation"), followUp.controllerName },
                                       { QStringLiteral("subject"), followUp.subjectName },
                                       { QStringLiteral("system"), followUp.item.system },
                                       { QStringLiteral("field"), followUp.item.field },
                                       { QStringLiteral("exception"), followUp.item.ground },
                                       { QStringLiteral("legal_reference"), followUp.item.legalReference },
                                       { QStringLiteral("retain_until"), jsonDate(followUp.item.retainUntil) } });
        printJson(array);
        return ExitOk;
    }
    if (due->isEmpty()) {
        printLine(QStringLiteral("No follow-up erasure has fallen due."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const FollowUp& followUp : due.value())
        rows << QStringList { QString::number(followUp.item.id), followUp.caseReference, followUp.item.describe(),
                              followUp.item.retainUntil.toString(Qt::ISODate) };
    printTable({ QStringLiteral("ITEM"), QStringLiteral("CASE"), QStringLiteral("WHAT"), QStringLiteral("KEPT UNTIL") },
               rows);
    return ExitOk;
}

} // namespace dsar::cli
