#include "TemplateCommand.h"

#include "CliOutput.h"
#include "LetterPdf.h"
#include "calendar/Deadlines.h"
#include "letters/LetterComposer.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterWording.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstdio>

namespace dsar::cli {
namespace {

const QCommandLineOption organisationOption(QStringList { QStringLiteral("organisation"),
                                                          QStringLiteral("controller") },
                                            QStringLiteral("The organisation (id, organisation number or name); "
                                                           "needed when the database has several."),
                                            QStringLiteral("org"));
const QCommandLineOption kindOption(QStringLiteral("kind"),
                                    QStringLiteral("The letter: %1.").arg(LetterKinds::codeList()),
                                    QStringLiteral("kind"));
const QCommandLineOption languageOption(QStringLiteral("lang"),
                                        QStringLiteral("The letter's language: sv (default) or en."),
                                        QStringLiteral("sv|en"), QStringLiteral("sv"));

// What every action but list names: the organisation, the letter and its language.
struct Target
{
    ControllerRecord controller;
    LetterKind kind = LetterKind::Acknowledgement;
    QString language;
};

// Checks the options before anything is opened, so wrong usage exits 2 without a password prompt.
std::optional<int> checkUsage(const QCommandLineParser& parser, const QString& action)
{
    if (!parser.isSet(kindOption)) {
        printError(QStringLiteral("Say which letter with --kind, e.g. \"dsarctl template %1 --kind refusal\". Kinds: "
                                  "%2.")
                       .arg(action, LetterKinds::codeList()));
        return ExitUsage;
    }
    if (!LetterKinds::fromCode(parser.value(kindOption))) {
        printError(QStringLiteral("There is no letter \"%1\". Kinds: %2.")
                       .arg(parser.value(kindOption), LetterKinds::codeList()));
        return ExitUsage;
    }
    if (!LetterComposer::isLanguage(parser.value(languageOption).trimmed().toLower())) {
        printError(QStringLiteral("Letters are written in sv or en, not \"%1\"; use --lang sv or --lang en.")
                       .arg(parser.value(languageOption)));
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<Target> resolveTarget(Session& session, const QCommandLineParser& parser)
{
    Result<ControllerRecord> controller = session.controllers().resolve(parser.value(organisationOption));
    if (!controller) {
        printError(controller.error());
        return std::nullopt;
    }
    return Target { controller.value(), *LetterKinds::fromCode(parser.value(kindOption)),
                    parser.value(languageOption).trimmed().toLower() };
}

// A file, or standard input for "-", as UTF-8 text.
Result<QString> readText(const QString& path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    const QString shown
        = path == QLatin1String("-") ? QStringLiteral("standard input") : QDir::toNativeSeparators(path);
    if (!opened)
        return Error { QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString()) };
    // Checked before decoding: a huge file must not be read whole for a 20,000-character template.
    const QByteArray bytes = file.read(LetterTemplates::maximumLength * 4 + 1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error { QStringLiteral("%1 is not UTF-8 text; save it as UTF-8 and try again.").arg(shown) };
    return text;
}

// Clearly fictitious facts that fill every field of the kind, in the letter's language, so that an administrator
// sees the whole template laid out.
LetterFacts sampleFacts(const Target& target, QDate today, const DeadlinePolicy& policy)
{
    const bool sv = target.language == QLatin1String("sv");
    auto text = [sv](const char* swedish, const char* english) {
        return QString::fromUtf8(sv ? swedish : english);
    };
    LetterFacts facts;
    facts.kind = target.kind;
    facts.language = target.language;
    facts.letterDate = today;
    facts.controller = target.controller;
    facts.subject.name = QStringLiteral("Exempel Exempelsson");
    facts.subject.postalAddress = text("Exempelgatan 1\n123 45 Exempelstad", "Exempelgatan 1\n123 45 Exempelstad");
    facts.subject.email = QStringLiteral("exempel.exempelsson@example.se");

    const QDate received = today.addDays(-3);
    const Deadlines deadlines = DeadlineCalculator(policy).compute(received);
    CaseRecord& record = facts.caseRecord;
    record.reference = QStringLiteral("DSAR-EXEMPEL-00001");
    record.controllerId = target.controller.id;
    record.controllerName = target.controller.name;
    record.subjectName = facts.subject.name;
    record.received = ReceiptTime::fromDate(received);
    record.due = deadlines.due;
    record.extendedDue = deadlines.extendedDue;
    record.extensionTarget = deadlines.extensionTarget;
    record.currentDue = deadlines.due;
    record.right = RequestRight::Access;

    switch (target.kind) {
    case LetterKind::Acknowledgement:
        break;
    case LetterKind::IdentificationRequest:
        facts.identificationReason
            = text("Din begäran kom från en e-postadress som vi inte har registrerad för dig. Svara på det här brevet "
                   "från den e-postadress som du har registrerad hos oss, eller ring oss så bekräftar vi din identitet "
                   "med BankID.",
                   "Your request came from an e-mail address that we do not hold for you. Please reply to this letter "
                   "from the e-mail address you have registered with us, or call us and we will confirm your identity "
                   "with BankID.");
        break;
    case LetterKind::ExtensionNotice:
        record.extended = true;
        record.currentDue = deadlines.extendedDue;
        facts.extensionReason
            = text("Uppgifterna finns i många system: dina personuppgifter finns i sju system, varav två äldre "
                   "arkivsystem som måste gås igenom för hand.",
                   "Data spread over many systems: your personal data are held in seven systems, two of which are "
                   "older archive systems that must be searched by hand.");
        break;
    case LetterKind::Refusal:
        record.right = RequestRight::Portability;
        facts.partialRefusal = true;
        facts.decisionSummary
            = text("Du får de uppgifter som du själv har lämnat till oss i kundregistret, som en JSON-fil (bifogad).",
                   "You receive the data you provided to us in the customer register, as a JSON file (enclosed).");
        facts.refused = { { text("Köphistorik", "Purchase history"), text("Ekonomisystemet", "Finance system"), QDate(),
                            text("Artikel 20.1 i dataskyddsförordningen: behandlingen grundar sig på en rättslig "
                                 "förpliktelse, inte på samtycke eller avtal",
                                 "Article 20(1) of the GDPR: the processing is based on a legal obligation, not on "
                                 "consent or a contract") } };
        facts.refusalReasons
            = text("Rätten till dataportabilitet gäller bara uppgifter som du själv har lämnat och som vi behandlar "
                   "automatiserat med stöd av ditt samtycke eller ett avtal med dig. Köphistoriken behandlar vi för "
                   "att uppfylla bokföringslagen. Du kan i stället få en kopia av den genom ett registerutdrag enligt "
                   "artikel 15.",
                   "The right to data portability covers only data you provided yourself that we process by "
                   "automated means on the basis of your consent or a contract with you. We process the purchase "
                   "history to comply with the Swedish Accounting Act. You can instead receive a copy of it through "
                   "an access request under Article 15.");
        facts.refusalLegalReference = text("artikel 20.1 i dataskyddsförordningen", "Article 20(1) of the GDPR");
        break;
    case LetterKind::Outcome:
        record.right = RequestRight::Erasure;
        facts.decisionSummary
            = text("Vi har raderat dina personuppgifter i de system där vi inte längre behöver dem. Vissa uppgifter "
                   "måste vi enligt lag spara en tid till; de raderas när tiden har gått ut.",
                   "We have erased your personal data from the systems where we no longer need them. Some data we "
                   "are required by law to keep for some time; they will be erased when that time has passed.");
        facts.done = { { text("E-postadress och telefonnummer", "E-mail address and telephone number"),
                         text("Kundregistret", "Customer register"), today, text("Art. 17.1 a", "Art. 17(1)(a)") },
                       { text("Prenumeration på nyhetsbrev", "Newsletter subscription"),
                         text("E-postverktyget", "E-mail tool"), today, text("Art. 17.1 b", "Art. 17(1)(b)") } };
        facts.kept = { { text("Fakturor och verifikationer", "Invoices and vouchers"),
                         text("Ekonomisystemet", "Finance system"), QDate(today.year() + 7, 12, 31),
                         text("Bokföringslagen 7 kap. 2 § (art. 17.3 b)",
                              "Swedish Accounting Act, chapter 7 section 2 (Art. 17(3)(b))") } };
        facts.recipients
            = { { QStringLiteral("Exempel Distribution AB"), text("Personuppgiftsbiträde", "Processor"), today,
                  text("e-post", "e-mail"), QString() },
                { QStringLiteral("Exempel Kreditupplysning AB"), text("Mottagare", "Recipient"), QDate(), QString(),
                  text("Bolaget har upphört; det är omöjligt att underrätta det.",
                       "The company has ceased to exist; it cannot be notified.") } };
        break;
    case LetterKind::RestrictionLifting:
        record.right = RequestRight::Rectification;
        facts.restrictionLiftedOn = today.addDays(14);
        facts.restrictionLiftReason
            = text("Vi har kontrollerat de uppgifter som du ifrågasatte och funnit att de är korrekta (artikel 18.1 a "
                   "i dataskyddsförordningen).",
                   "We have checked the data whose accuracy you contested and found them to be accurate (Article "
                   "18(1)(a) of the GDPR).");
        break;
    case LetterKind::FeeNotice:
        facts.feeAmount = text("350 kr", "SEK 350");
        facts.feeReasons = (sv ? QStringLiteral("Du har begärt registerutdrag fyra gånger sedan %1, senast den %2, "
                                                "utan att dina uppgifter hos oss har ändrats sedan vårt förra svar.")
                               : QStringLiteral("You have asked for a copy of your data four times since %1, most "
                                                "recently on %2, although your data have not changed since our last "
                                                "answer."))
                               .arg(LetterWording::date(today.addMonths(-3), target.language),
                                    LetterWording::date(received, target.language));
        break;
    }
    return facts;
}

int list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    parser.addOptions({ organisationOption, json });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("template list"), arguments))
        return *stop;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<ControllerRecord> controller = session->controllers().resolve(parser.value(organisationOption));
    if (!controller) {
        printError(controller.error());
        return ExitFailure;
    }
    Result<QList<LetterTemplateInfo>> templates = session->letterTemplates().list(controller->id);
    if (!templates) {
        printError(templates.error());
        return ExitFailure;
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const LetterTemplateInfo& info : templates.value()) {
        const QString updatedAt = info.updatedAt.isValid() ? info.updatedAt.toUTC().toString(Qt::ISODate) : QString();
        array.append(QJsonObject {
            { QStringLiteral("kind"), LetterKinds::code(info.kind) },
            { QStringLiteral("language"), info.language },
            { QStringLiteral("label"), LetterKinds::label(info.kind) },
            { QStringLiteral("customised"), info.customised },
            { QStringLiteral("updated_by"), info.customised ? QJsonValue(info.updatedBy) : QJsonValue() },
            { QStringLiteral("updated_at"), info.customised ? QJsonValue(updatedAt) : QJsonValue() },
        });
        rows << QStringList { LetterKinds::code(info.kind), info.language,
                              info.customised ? QStringLiteral("own") : QStringLiteral("default"), info.updatedBy,
                              updatedAt };
    }
    if (parser.isSet(json)) {
        printJson(array);
        return ExitOk;
    }
    printLine(controller->name);
    printTable({ QStringLiteral("kind"), QStringLiteral("lang"), QStringLiteral("template"),
                 QStringLiteral("updated_by"), QStringLiteral("updated_at") },
               rows);
    return ExitOk;
}

int show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ organisationOption, kindOption, languageOption });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("template show"), arguments))
        return *stop;
    if (std::optional<int> wrong = checkUsage(parser, QStringLiteral("show")))
        return *wrong;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const std::optional<Target> target = resolveTarget(*session, parser);
    if (!target)
        return ExitFailure;
    Result<QString> body = session->letterTemplates().body(target->controller.id, target->kind, target->language);
    if (!body) {
        printError(body.error());
        return ExitFailure;
    }
    const QByteArray bytes = body->toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())
        || std::fflush(stdout) != 0) {
        printError(QStringLiteral("Cannot write the template to standard output."));
        return ExitFailure;
    }
    return ExitOk;
}

int set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ organisationOption, kindOption, languageOption });
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The template (UTF-8 Markdown with {{fields}}), or - for standard "
                                                "input."));
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("template set"), arguments))
        return *stop;
    if (std::optional<int> wrong = checkUsage(parser, QStringLiteral("set")))
        return *wrong;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("Give one template file (or - for standard input), e.g. \"dsarctl template set "
                                  "--kind refusal --lang sv refusal.md\"."));
        return ExitUsage;
    }
    Result<QString> body = readText(parser.positionalArguments().constFirst());
    if (!body) {
        printError(body.error());
        return ExitFailure;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const std::optional<Target> target = resolveTarget(*session, parser);
    if (!target)
        return ExitFailure;
    if (Status saved
        = session->letterTemplates().set(target->controller.id, target->kind, target->language, body.value());
        !saved) {
        printError(saved.error());
        return ExitFailure;
    }
    printLine(QStringLiteral("%1 now uses its own %2 template (%3). \"dsarctl template preview\" shows it as a PDF.")
                  .arg(target->controller.name, LetterKinds::code(target->kind), target->language));
    return ExitOk;
}

int reset(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ organisationOption, kindOption, languageOption });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("template reset"), arguments))
        return *stop;
    if (std::optional<int> wrong = checkUsage(parser, QStringLiteral("reset")))
        return *wrong;
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const std::optional<Target> target = resolveTarget(*session, parser);
    if (!target)
        return ExitFailure;
    if (Status done = session->letterTemplates().reset(target->controller.id, target->kind, target->language); !done) {
        printError(done.error());
        return ExitFailure;
    }
    printLine(QStringLiteral("%1 uses the default %2 template (%3).")
                  .arg(target->controller.name, LetterKinds::code(target->kind), target->language));
    return ExitOk;
}

int preview(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("file"));
    parser.addOptions({ organisationOption, kindOption, languageOption, out });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("template preview"), arguments))
        return *stop;
    if (std::optional<int> wrong = checkUsage(parser, QStringLiteral("preview")))
        return *wrong;
    if (parser.value(out).trimmed().isEmpty()) {
        printError(QStringLiteral("Say where to write the PDF with --out, e.g. --out refusal-sv.pdf."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    const std::optional<Target> target = resolveTarget(*session, parser);
    if (!target)
        return ExitFailure;
    Result<QString> body = session->letterTemplates().body(target->controller.id, target->kind, target->language);
    if (!body) {
        printError(body.error());
        return ExitFailure;
    }
    Result<DeadlinePolicy> policy = session->settings().deadlinePolicy();
    if (!policy) {
        printError(policy.error());
        return ExitFailure;
    }
    const QDate today = context.clock().today();
    const LetterFacts facts = sampleFacts(target.value(), today, policy.value());
    Result<ComposedLetter> letter = LetterComposer::compose(facts, body.value());
    if (!letter) {
        printError(letter.error());
        return ExitFailure;
    }
    const LetterPdfMeta meta { QStringLiteral("PREVIEW-%1-%2").arg(LetterKinds::code(target->kind), target->language),
                               target->controller, facts.subject, today };
    Result<QByteArray> pdf = LetterPdf::render(letter.value(), meta);
    if (!pdf) {
        printError(pdf.error());
        return ExitFailure;
    }
    const QString path = parser.value(out);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
        printError(QStringLiteral("Cannot write %1: %2. Nothing was written; choose another file or folder.")
                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        return ExitFailure;
    }
    printLine(QStringLiteral("Wrote a preview of the %1 letter (%2) of %3 with sample facts to %4.")
                  .arg(LetterKinds::code(target->kind), target->language, target->controller.name,
                       QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace

int runTemplate(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QList<std::pair<QString, Command>> actions = {
        { QStringLiteral("list"), &list },   { QStringLiteral("show"), &show },       { QStringLiteral("set"), &set },
        { QStringLiteral("reset"), &reset }, { QStringLiteral("preview"), &preview },
    };
    for (const auto& [name, command] : actions) {
        if (action == name)
            return command(context, arguments.mid(1));
    }
    return printGroupUsage(
        QStringLiteral("template"),
        { { QStringLiteral("list"), QStringLiteral("each letter and language: the organisation's own or the default") },
          { QStringLiteral("show"), QStringLiteral("print a template (Markdown with {{fields}})") },
          { QStringLiteral("set"), QStringLiteral("make a template the organisation's own (admin)") },
          { QStringLiteral("reset"), QStringLiteral("go back to the default template (admin)") },
          { QStringLiteral("preview"), QStringLiteral("render a template with sample facts to a PDF") } },
        action);
}

} // namespace dsar::cli
