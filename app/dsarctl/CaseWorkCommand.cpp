#include "CaseWorkCommand.h"

#include "CliOutput.h"
#include "calendar/StockholmTime.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>

namespace dsar::cli {
namespace {

QString localTime(const QDateTime& at)
{
    return at.toTimeZone(StockholmTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject noteJson(const CaseNote& note)
{
    return { { QStringLiteral("id"), note.id },
             { QStringLiteral("kind"), CaseNoteKinds::code(note.kind) },
             { QStringLiteral("author"), note.author },
             { QStringLiteral("created_at"), note.createdAt.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("text"), note.body } };
}

QJsonObject attachmentJson(const CaseAttachment& attachment)
{
    return { { QStringLiteral("id"), attachment.id },
             { QStringLiteral("file_name"), attachment.fileName },
             { QStringLiteral("media_type"), attachment.mediaType },
             { QStringLiteral("size"), attachment.size },
             { QStringLiteral("sha256"), attachment.sha256 },
             { QStringLiteral("added_by"), attachment.addedBy },
             { QStringLiteral("added_at"), attachment.addedAt.toUTC().toString(Qt::ISODate) } };
}

void printNotes(const QList<CaseNote>& notes, const QString& indent)
{
    for (const CaseNote& note : notes) {
        printLine(QStringLiteral("%1#%2  %3  %4  %5")
                      .arg(indent, QString::number(note.id), localTime(note.createdAt), CaseNoteKinds::code(note.kind),
                           note.author));
        for (const QString& line : note.body.split(QLatin1Char('\n')))
            printLine(indent + QStringLiteral("    ") + line);
    }
}

QList<QStringList> attachmentRows(const QList<CaseAttachment>& attachments)
{
    QList<QStringList> rows;
    for (const CaseAttachment& attachment : attachments) {
        rows << QStringList { QString::number(attachment.id),   attachment.fileName, attachment.mediaType,
                              QString::number(attachment.size), attachment.sha256,   attachment.addedBy,
                              localTime(attachment.addedAt) };
    }
    return rows;
}

const QStringList attachmentHeaders
    = { QStringLiteral("id"),     QStringLiteral("file_name"), QStringLiteral("media_type"), QStringLiteral("size"),
        QStringLiteral("sha256"), QStringLiteral("added_by"),  QStringLiteral("added_at") };

// A file, or standard input for "-", as UTF-8 text (a byte order mark is dropped).
Result<QString> readText(const QString& path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    const QString shown
        = path == QLatin1String("-") ? QStringLiteral("standard input") : QDir::toNativeSeparators(path);
    if (!opened)
        return Error { QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString()) };
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error { QStringLiteral("%1 is not UTF-8 text; save it as UTF-8 and try again.").arg(shown) };
    return text;
}

int assign(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption none(QStringLiteral("none"), QStringLiteral("Leave the case without a handler."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the reference and handler as JSON."));
    parser.addOptions({ none, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addPositionalArgument(QStringLiteral("USER"),
                                 QStringLiteral("The account of the case handler or DPO who handles it."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case assign"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (parser.isSet(none) ? 1 : 2)) {
        printError(QStringLiteral("Give a case reference and an account, e.g. \"dsarctl case assign DSAR-2027-00042 "
                                  "handlaggare\", or the reference and --none to unassign it."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<CaseRecord> assigned = session->cases().assign(positional.first(), positional.value(1));
    if (!assigned) {
        printError(assigned.error());
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        printJson(QJsonObject {
            { QStringLiteral("reference"), assigned->reference },
            { QStringLiteral("assignee"),
              assigned->assignee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assigned->assignee) } });
    } else if (assigned->assignee.isEmpty()) {
        printLine(QStringLiteral("%1 has no handler now.").arg(assigned->reference));
    } else {
        printLine(QStringLiteral("%1 is now handled by %2.").arg(assigned->reference, assigned->assignee));
    }
    return ExitOk;
}

int note(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("internal (the staff's own note, never sent), to-subject or "
                                                 "from-subject (what was said to or by the data subject)."),
                                  QStringLiteral("kind"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("Take the text from a UTF-8 file."),
                                  QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the new note as JSON."));
    parser.addOptions({ kind, file, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 QStringLiteral("The text, in quotes; - reads it from standard input."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case note"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (parser.isSet(file) ? 1 : 2)) {
        printError(QStringLiteral("Give a case reference and the text in quotes, e.g. \"dsarctl case note "
                                  "DSAR-2027-00042 --kind internal 'Called the subject'\"; or - for standard input, "
                                  "or --file FILE instead of the text."));
        return ExitUsage;
    }
    if (!parser.isSet(kind)) {
        printError(QStringLiteral("Say what the note is with --kind (%1): an internal note is kept apart from the "
                                  "messages to and from the data subject.")
                       .arg(CaseNoteKinds::codeList()));
        return ExitUsage;
    }
    const std::optional<CaseNote::Kind> parsedKind = CaseNoteKinds::fromCode(parser.value(kind));
    if (!parsedKind) {
        printError(
            QStringLiteral("Unknown kind \"%1\". Use one of: %2.").arg(parser.value(kind), CaseNoteKinds::codeList()));
        return ExitUsage;
    }
    QString text;
    if (parser.isSet(file) || positional.value(1) == QLatin1String("-")) {
        Result<QString> read = readText(parser.isSet(file) ? parser.value(file) : QStringLiteral("-"));
        if (!read) {
            printError(read.error());
            return ExitFailure;
        }
        text = read.value();
    } else {
        text = positional.value(1);
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<CaseNote> added = session->cases().addNote(positional.first(), *parsedKind, text);
    if (!added) {
        printError(added.error());
        return ExitFailure;
    }
    if (parser.isSet(json))
        printJson(noteJson(added.value()));
    else
        printLine(QStringLiteral("Added %1 #%2 to %3.")
                      .arg(CaseNoteKinds::code(added->kind), QString::number(added->id), positional.first().trimmed()));
    return ExitOk;
}

int notes(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("Only this kind: %1.").arg(CaseNoteKinds::codeList()),
                                  QStringLiteral("kind"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOptions({ kind, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case notes"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one case reference, e.g. \"dsarctl case notes DSAR-2027-00042\"."));
        return ExitUsage;
    }
    std::optional<CaseNote::Kind> only;
    if (parser.isSet(kind)) {
        only = CaseNoteKinds::fromCode(parser.value(kind));
        if (!only) {
            printError(QStringLiteral("Unknown kind \"%1\". Use one of: %2.")
                           .arg(parser.value(kind), CaseNoteKinds::codeList()));
            return ExitUsage;
        }
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<CaseNote>> found = session->cases().notes(parser.positionalArguments().constFirst());
    if (!found) {
        printError(found.error());
        return ExitFailure;
    }
    QList<CaseNote> selected;
    QJsonArray array;
    for (const CaseNote& each : found.value()) {
        if (!only || each.kind == *only) {
            selected << each;
            array.append(noteJson(each));
        }
    }
    if (parser.isSet(json))
        printJson(array);
    else if (selected.isEmpty())
        printLine(QStringLiteral("No notes."));
    else
        printNotes(selected, QString());
    return ExitOk;
}

int attach(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption mediaType(QStringLiteral("media-type"),
                                       QStringLiteral("The file's media type, e.g. message/rfc822; recognised from "
                                                      "the name and content when left out."),
                                       QStringLiteral("type"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the attachment as JSON."));
    parser.addOptions({ mediaType, json });
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file, e.g. the letter as it arrived."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case attach"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(QStringLiteral("Give a case reference and a file, e.g. \"dsarctl case attach DSAR-2027-00042 "
                                  "letter.pdf\"."));
        return ExitUsage;
    }
    const QString path = positional.at(1);
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("Cannot read %1: %2")
                       .arg(QDir::toNativeSeparators(path),
                            QFileInfo(path).isDir() ? QStringLiteral("it is a folder") : file.errorString()));
        return ExitFailure;
    }
    if (file.size() > CaseService::MaxAttachmentSize) {
        printError(QStringLiteral("%1 is %2 MiB; an attachment can be at most %3 MiB.")
                       .arg(QDir::toNativeSeparators(path),
                            QString::number(double(file.size()) / (1024 * 1024), 'f', 1),
                            QString::number(CaseService::MaxAttachmentSize / (1024 * 1024))));
        return ExitFailure;
    }
    // Never more than one byte past the limit into memory (a pipe has no size); the service refuses it.
    const QByteArray content = file.read(CaseService::MaxAttachmentSize + 1);
    if (file.error() != QFileDevice::NoError) {
        printError(QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return ExitFailure;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<CaseAttachment> added
        = session->cases().attach(positional.first(), QFileInfo(path).fileName(), content, parser.value(mediaType));
    if (!added) {
        printError(added.error());
        return ExitFailure;
    }
    if (parser.isSet(json))
        printJson(attachmentJson(added.value()));
    else
        printLine(QStringLiteral("Attached %1 as #%2 to %3 (%4, %5 bytes, SHA-256 %6).")
                      .arg(added->fileName, QString::number(added->id), positional.first().trimmed(), added->mediaType,
                           QString::number(added->size), added->sha256));
    return ExitOk;
}

int attachments(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case attachments"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one case reference, e.g. \"dsarctl case attachments DSAR-2027-00042\"."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<CaseAttachment>> found = session->cases().attachments(parser.positionalArguments().constFirst());
    if (!found) {
        printError(found.error());
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CaseAttachment& each : found.value())
            array.append(attachmentJson(each));
        printJson(array);
    } else if (found->isEmpty()) {
        printLine(QStringLiteral("No attachments."));
    } else {
        printTable(attachmentHeaders, attachmentRows(found.value()));
    }
    return ExitOk;
}

int attachment(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Where to write the file (replaced only once all of it is written); - "
                                                "for standard output."),
                                 QStringLiteral("file"));
    parser.addOption(out);
    parser.addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case reference."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The attachment's number (case attachments)."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("case attachment"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    bool idOk = false;
    const qint64 id = positional.value(1).toLongLong(&idOk);
    if (positional.size() != 2 || !idOk || id <= 0) {
        printError(
            QStringLiteral("Give a case reference and an attachment's number, e.g. \"dsarctl case attachment "
                           "DSAR-2027-00042 3 --out letter.pdf\"; \"dsarctl case attachments REF\" lists them."));
        return ExitUsage;
    }
    if (parser.value(out).isEmpty()) {
        printError(QStringLiteral("Say where to write the file with --out FILE (or --out - for standard output)."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QList<CaseAttachment>> listed = session->cases().attachments(positional.first());
    if (!listed) {
        printError(listed.error());
        return ExitFailure;
    }
    const auto match
        = std::find_if(listed->cbegin(), listed->cend(), [id](const CaseAttachment& each) { return each.id == id; });
    if (match == listed->cend()) {
        printError(QStringLiteral("%1 has no attachment %2; \"dsarctl case attachments %1\" lists its attachments.")
                       .arg(positional.first().trimmed().toUpper(), QString::number(id)));
        return ExitFailure;
    }
    Result<QByteArray> content = session->cases().attachmentContent(id);
    if (!content) {
        printError(content.error());
        return ExitFailure;
    }
    const QString target = parser.value(out);
    if (target == QLatin1String("-")) {
        const size_t size = size_t(content->size());
        if (std::fwrite(content->constData(), 1, size, stdout) != size || std::fflush(stdout) != 0) {
            printError(QStringLiteral("Cannot write the attachment to standard output."));
            return ExitFailure;
        }
        return ExitOk;
    }
    QSaveFile saved(target);
    if (!saved.open(QIODevice::WriteOnly) || saved.write(content.value()) != content->size() || !saved.commit()) {
        printError(QStringLiteral("Cannot write %1: %2. Nothing was written; choose another file or folder.")
                       .arg(QDir::toNativeSeparators(target), saved.errorString()));
        return ExitFailure;
    }
    printLine(QStringLiteral("Wrote %1 (%2 bytes, SHA-256 %3) to %4.")
                  .arg(match->fileName, QString::number(match->size), match->sha256, QDir::toNativeSeparators(target)));
    return ExitOk;
}

} // namespace

std::optional<int> runCaseWork(CliContext& context, const QString& action, const QStringList& arguments)
{
    using Action = int (*)(CliContext&, const QStringList&);
    const QList<std::pair<QString, Action>> actions = {
        { QStringLiteral("assign"), &assign },
        { QStringLiteral("note"), &note },
        { QStringLiteral("notes"), &notes },
        { QStringLiteral("attach"), &attach },
        { QStringLiteral("attachments"), &attachments },
        { QStringLiteral("attachment"), &attachment },
    };
    for (const auto& [name, run] : actions) {
        if (name == action)
            return run(context, arguments);
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> caseWorkActions()
{
    return { { QStringLiteral("assign"), QStringLiteral("give a case to a handler, or --none") },
             { QStringLiteral("note"), QStringLiteral("add an internal note or a message to or from the subject") },
             { QStringLiteral("notes"), QStringLiteral("a case's notes and messages") },
             { QStringLiteral("attach"), QStringLiteral("keep a file with a case, e.g. the original letter") },
             { QStringLiteral("attachments"), QStringLiteral("a case's files with their SHA-256") },
             { QStringLiteral("attachment"), QStringLiteral("write one attached file out, as it was added") } };
}

Result<CaseWorkView> loadCaseWork(const CaseService& cases, const QString& reference)
{
    CaseWorkView work;
    Result<QList<CaseNote>> notes = cases.notes(reference);
    if (!notes)
        return Error { notes.error() };
    work.notes = notes.value();
    Result<QList<CaseAttachment>> attachments = cases.attachments(reference);
    if (!attachments)
        return Error { attachments.error() };
    work.attachments = attachments.value();
    return work;
}

void insertCaseWorkJson(QJsonObject& object, const CaseWorkView& work)
{
    QJsonArray notes;
    for (const CaseNote& each : work.notes)
        notes.append(noteJson(each));
    QJsonArray attachments;
    for (const CaseAttachment& each : work.attachments)
        attachments.append(attachmentJson(each));
    object.insert(QStringLiteral("notes"), notes);
    object.insert(QStringLiteral("attachments"), attachments);
}

void printCaseWork(const CaseWorkView& work)
{
    QList<CaseNote> internal;
    QList<CaseNote> messages;
    for (const CaseNote& each : work.notes)
        (each.kind == CaseNote::Kind::Internal ? internal : messages) << each;
    printLine(QStringLiteral("Internal notes:") + (internal.isEmpty() ? QStringLiteral(" none") : QString()));
    printNotes(internal, QStringLiteral("  "));
    printLine(QStringLiteral("Messages with the data subject:")
              + (messages.isEmpty() ? QStringLiteral(" none") : QString()));
    printNotes(messages, QStringLiteral("  "));
    printLine(QStringLiteral("Attachments:") + (work.attachments.isEmpty() ? QStringLiteral(" none") : QString()));
    for (const CaseAttachment& each : work.attachments) {
        printLine(
            QStringLiteral("  #%1  %2  %3  %4 bytes  sha256 %5")
                .arg(QString::number(each.id), each.fileName, each.mediaType, QString::number(each.size), each.sha256));
    }
}

} // namespace dsar::cli
