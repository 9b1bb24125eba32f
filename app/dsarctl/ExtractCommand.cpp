// dsarctl extract (the register extract, GDPR Art. 15) and dsarctl export (the portability export, Art. 20).
#include "ExtractCommand.h"

#include "CliOutput.h"
#include "PdfExtractRenderer.h"
#include "PdfInspector.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace dsar::cli {
namespace {

QJsonObject documentJson(const IssuedDocument& document)
{
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : text;
    };
    return { { QStringLiteral("case"), document.caseReference },
             { QStringLiteral("kind"), IssuedDocument::code(document.kind) },
             { QStringLiteral("language"), document.language },
             { QStringLiteral("document_id"), document.documentId },
             { QStringLiteral("sha256"), document.sha256 },
             { QStringLiteral("pages"), document.pages },
             { QStringLiteral("items"), document.items },
             { QStringLiteral("generated_by"), document.generatedBy },
             { QStringLiteral("generated_at"), jsonInstant(document.generatedAt) },
             { QStringLiteral("sent"), document.isSent() },
             { QStringLiteral("sent_by"), orNull(document.sentBy) },
             { QStringLiteral("sent_at"), jsonInstant(document.sentAt) },
             { QStringLiteral("sent_method"), orNull(document.sentMethod) } };
}

int write(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where to write the PDF."),
                                 QStringLiteral("file.pdf"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("sv (default) or en."),
                                      QStringLiteral("language"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the extract's record as JSON."));
    parser.addOptions({ out, language, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("extract"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out))
        return usageError(QStringLiteral("Give one case reference and the file, e.g. \"dsarctl extract "
                                         "DSAR-2027-00042 --out registerutdrag.pdf\"."));
    const QString reference = parser.positionalArguments().constFirst();
    const QString lang = parser.isSet(language) ? parser.value(language).trimmed() : QStringLiteral("sv");
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    // Opened first, so a path that cannot be written fails before anything is recorded.
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly))
        return failedWith(QStringLiteral("%1 cannot be written: %2. Choose another --out.")
                              .arg(parser.value(out), file.errorString()));
    Result<WrittenDocument> written = session->cases().writeExtract(reference, lang, PdfExtractRenderer());
    if (!written) {
        file.cancelWriting();
        return failedWith(written.error());
    }
    if (file.write(written->bytes) != written->bytes.size() || !file.commit())
        return failedWith(QStringLiteral("%1 could not be saved: %2. The extract %3 is recorded; make it again with "
                                         "another --out.")
                              .arg(parser.value(out), file.errorString(), written->record.documentId));
    if (parser.isSet(json)) {
        printJson(documentJson(written->record));
        return ExitOk;
    }
    printLine(QStringLiteral("Wrote %1: %2, %3 pages, %4 items, SHA-256 %5. Once it is sent, record it with "
                             "\"dsarctl extract sent %6 --method e-post\".")
                  .arg(parser.value(out), written->record.documentId)
                  .arg(written->record.pages)
                  .arg(written->record.items)
                  .arg(written->record.sha256, reference));
    return ExitOk;
}

int markSent(CliContext& context, const QStringList& arguments, IssuedDocument::Kind kind, const QString& command)
{
    QCommandLineParser parser;
    const QCommandLineOption method(QStringLiteral("method"),
                                    QStringLiteral("How it was sent, e.g. e-post or brev (default e-post)."),
                                    QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the record as JSON."));
    parser.addOptions({ method, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, command, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give one case reference, e.g. \"dsarctl %1 DSAR-2027-00042 --method "
                                         "brev\".")
                              .arg(command));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const QString how = parser.isSet(method) ? parser.value(method) : QStringLiteral("e-post");
    Result<IssuedDocument> sent
        = session->cases().markDocumentSent(parser.positionalArguments().constFirst(), kind, how);
    if (!sent)
        return failedWith(sent.error());
    if (parser.isSet(json)) {
        printJson(documentJson(sent.value()));
        return ExitOk;
    }
    printLine(
        QStringLiteral("%1 recorded as sent (%2), SHA-256 %3.").arg(sent->documentId, sent->sentMethod, sent->sha256));
    return ExitOk;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("extract list"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give one case reference, e.g. \"dsarctl extract list DSAR-2027-00042\"."));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<IssuedDocument>> documents = session->cases().documents(parser.positionalArguments().constFirst());
    if (!documents)
        return failedWith(documents.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const IssuedDocument& document : documents.value())
            array.append(documentJson(document));
        printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const IssuedDocument& document : documents.value()) {
        rows << QStringList { document.documentId,
                              IssuedDocument::code(document.kind),
                              document.generatedAt.toUTC().toString(Qt::ISODate),
                              document.generatedBy,
                              document.isSent() ? document.sentAt.toUTC().toString(Qt::ISODate) : QStringLiteral("-"),
                              document.sha256.left(16) };
    }
    printTable({ QStringLiteral("DOCUMENT"), QStringLiteral("KIND"), QStringLiteral("MADE"), QStringLiteral("BY"),
                 QStringLiteral("SENT"), QStringLiteral("SHA-256") },
               rows);
    return ExitOk;
}

// The document id a file names: a PDF's footer or title, a JSON export's document_id.
QString documentIdIn(const QByteArray& bytes)
{
    if (bytes.startsWith("%PDF"))
        return PdfInspector::read(bytes).documentId;
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    return json.isObject() ? json.object().value(QStringLiteral("document_id")).toString() : QString();
}

int verify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the verdict as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The PDF (or export) to check."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("extract verify"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("Give one file, e.g. \"dsarctl extract verify registerutdrag.pdf\"."));
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failedWith(QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<DocumentCheck> check = session->cases().verifyDocument(bytes, documentIdIn(bytes));
    if (!check)
        return failedWith(check.error());
    const DocumentCheck& c = check.value();
    const QString verdict = c.verdict == DocumentCheck::Verdict::Issued
        ? QStringLiteral("issued")
        : (c.verdict == DocumentCheck::Verdict::Altered ? QStringLiteral("altered") : QStringLiteral("unknown"));
    if (parser.isSet(json)) {
        const auto orNull = [](const QString& text) {
            return text.isEmpty() ? QJsonValue(QJsonValue::Null) : text;
        };
        printJson(QJsonObject { { QStringLiteral("verdict"), verdict },
                                { QStringLiteral("sha256"), c.sha256 },
                                { QStringLiteral("kind"), orNull(c.kind) },
                                { QStringLiteral("document_id"), orNull(c.documentId) },
                                { QStringLiteral("case"), orNull(c.caseReference) },
                                { QStringLiteral("issued_sha256"), orNull(c.issuedSha256) },
                                { QStringLiteral("generated_at"), jsonInstant(c.generatedAt) },
                                { QStringLiteral("generated_by"), orNull(c.generatedBy) },
                                { QStringLiteral("sent_at"), jsonInstant(c.sentAt) },
                                { QStringLiteral("sent_method"), orNull(c.sentMethod) },
                                { QStringLiteral("also_issued_as"), QJsonArray::fromStringList(c.alsoIssuedAs) } });
        return c.verdict == DocumentCheck::Verdict::Issued ? ExitOk : ExitFailure;
    }
    switch (c.verdict) {
    case DocumentCheck::Verdict::Issued:
        printLine(
            QStringLiteral("Issued by this database: %1 (%2) for case %3, made %4 by %5; %6. The file is "
                           "unaltered (SHA-256 %7).")
                .arg(c.documentId, c.kind, c.caseReference, c.generatedAt.toUTC().toString(Qt::ISODate), c.generatedBy,
                     c.sentAt.isValid()
                         ? QStringLiteral("sent %1 (%2)").arg(c.sentAt.toUTC().toString(Qt::ISODate), c.sentMethod)
                         : QStringLiteral("not recorded as sent"),
                     c.sha256));
        return ExitOk;
    case DocumentCheck::Verdict::Altered:
        printError(QStringLiteral("ALTERED: %1 names document %2 of case %3, but its content differs from what was "
                                  "issued (SHA-256 %4 issued, %5 in this file).")
                       .arg(path, c.documentId, c.caseReference, c.issuedSha256, c.sha256));
        return ExitFailure;
    case DocumentCheck::Verdict::Unknown:
        break;
    }
    printError(QStringLiteral("%1 is not a document this database issued (SHA-256 %2 is not recorded, and the file "
                              "names no document id of this database).")
                   .arg(path, c.sha256));
    return ExitFailure;
}

int exportData(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json or csv."), QStringLiteral("format"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where to write the export."),
                                 QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the export's record as JSON."));
    parser.addOptions({ format, out, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("export"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out))
        return usageError(QStringLiteral("Give one case reference, the format and the file, e.g. \"dsarctl export "
                                         "DSAR-2027-00042 --format json --out data.json\"."));
    const QString given = parser.isSet(format) ? parser.value(format).trimmed().toLower() : QStringLiteral("json");
    if (given != QLatin1String("json") && given != QLatin1String("csv"))
        return usageError(QStringLiteral("--format is json or csv, not \"%1\".").arg(given));
    const IssuedDocument::Kind kind
        = given == QLatin1String("json") ? IssuedDocument::Kind::ExportJson : IssuedDocument::Kind::ExportCsv;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<WrittenDocument> written
        = session->cases().writePortabilityExport(parser.positionalArguments().constFirst(), kind, parser.value(out));
    if (!written)
        return failedWith(written.error());
    if (parser.isSet(json)) {
        printJson(documentJson(written->record));
        return ExitOk;
    }
    printLine(QStringLiteral("Wrote %1: %2, %3 items, SHA-256 %4.")
                  .arg(parser.value(out), written->record.documentId)
                  .arg(written->record.items)
                  .arg(written->record.sha256));
    return ExitOk;
}

} // namespace

int runExtract(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("verify"))
        return verify(context, arguments.mid(1));
    if (action == QLatin1String("sent"))
        return markSent(context, arguments.mid(1), IssuedDocument::Kind::RegisterExtract,
                        QStringLiteral("extract sent"));
    if (action == QLatin1String("list"))
        return list(context, arguments.mid(1));
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        return printGroupUsage(
            QStringLiteral("extract"),
            { { QStringLiteral("REF --out FILE.pdf [--lang sv|en]"), QStringLiteral("write the register extract") },
              { QStringLiteral("sent"), QStringLiteral("the latest extract went out") },
              { QStringLiteral("list"), QStringLiteral("the extracts and exports made for a case") },
              { QStringLiteral("verify"), QStringLiteral("was this file issued by this database, unaltered?") } },
            action);
    }
    return write(context, arguments);
}

int runExport(CliContext& context, const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("sent"))
        return markSent(context, arguments.mid(1), IssuedDocument::Kind::ExportJson, QStringLiteral("export sent"));
    return exportData(context, arguments);
}

} // namespace dsar::cli
