#include "LetterComposer.h"

#include "letters/LetterWording.h"
#include "services/ControllerService.h"

#include <QHash>
#include <QRegularExpression>

namespace dsar {
namespace {

// One {{field}} on a line.
struct Field
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString name;
};

const QStringList& commonPlaceholders()
{
    static const QStringList all = {
        QStringLiteral("letter.date"),
        QStringLiteral("subject.name"),
        QStringLiteral("subject.address"),
        QStringLiteral("subject.email"),
        QStringLiteral("case.reference"),
        QStringLiteral("case.right"),
        QStringLiteral("case.article"),
        QStringLiteral("case.received"),
        QStringLiteral("case.due"),
        QStringLiteral("controller.name"),
        QStringLiteral("controller.organisation_number"),
        QStringLiteral("controller.address"),
        QStringLiteral("controller.email"),
        QStringLiteral("controller.phone"),
        QStringLiteral("controller.contact"),
        QStringLiteral("controller.dpo"),
        QStringLiteral("authority"),
    };
    return all;
}

QStringList kindPlaceholders(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement:
        return { QStringLiteral("restriction.offer") };
    case LetterKind::IdentificationRequest:
        return { QStringLiteral("identification.reason") };
    case LetterKind::ExtensionNotice:
        return { QStringLiteral("extension.reason"), QStringLiteral("case.extended_due") };
    case LetterKind::Refusal:
        return { QStringLiteral("decision"), QStringLiteral("refusal.extent"), QStringLiteral("refusal.reasons"),
                 QStringLiteral("refusal.legal_reference"), QStringLiteral("refused_table") };
    case LetterKind::Outcome:
        return { QStringLiteral("decision"), QStringLiteral("done_table"), QStringLiteral("kept_table"),
                 QStringLiteral("recipients_table") };
    case LetterKind::RestrictionLifting:
        return { QStringLiteral("restriction.lifted_on"), QStringLiteral("restriction.reason") };
    case LetterKind::FeeNotice:
        return { QStringLiteral("fee.amount"), QStringLiteral("fee.reasons") };
    }
    return {};
}

// Markdown headings: "# " to "###### ", after at most three spaces.
bool isHeading(const QString& line)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    return heading.match(line).hasMatch();
}

bool isTitle(const QString& line)
{
    static const QRegularExpression title(QStringLiteral("^ {0,3}#(\\s|$)"));
    return title.match(line).hasMatch();
}

// The fields of one line; a "{{" that does not open a well-formed field is an error (a typo such as
// "{{subject name}}" must not reach a letter).
Result<QList<Field>> fieldsOf(const QString& line, int lineNumber)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
    QList<Field> fields;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = line.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = line.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            return Error { LetterComposer::tr("Line %1 of the template has \"{{\" without a closing \"}}\". Close "
                                              "the field, e.g. {{subject.name}}.")
                               .arg(lineNumber) };
        }
        const QString inner = line.mid(open + 2, close - open - 2).trimmed();
        if (!name.match(inner).hasMatch()) {
            return Error { LetterComposer::tr("Line %1 of the template has a malformed field \"%2\". Fields are "
                                              "written like {{subject.name}}.")
                               .arg(lineNumber)
                               .arg(line.mid(open, close - open + 2).left(80)) };
        }
        fields.append({ open, close - open + 2, inner });
        from = close + 2;
    }
    return fields;
}

QStringList templateLines(const QString& body)
{
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

// A value inside a paragraph: its lines kept as hard line breaks, within the same block.
QString paragraphValue(const QString& value)
{
    QStringList lines;
    for (const QString& line : value.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines << LetterComposer::escapeMarkdown(simple);
    }
    return lines.join(QLatin1String("\\\n"));
}

// A value in a heading or a table cell: one line.
QString lineValue(const QString& value)
{
    return LetterComposer::escapeMarkdown(value.simplified());
}

QString singleLineAddress(const QString& address)
{
    QStringList parts;
    for (const QString& line : address.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            parts << line.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

// A Markdown table; a column left empty in every row is left out.
QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& optionalColumns)
{
    if (rows.isEmpty())
        return {};
    QList<int> columns;
    for (int column = 0; column < headers.size(); ++column) {
        bool used = !optionalColumns.contains(column);
        for (const QStringList& row : rows)
            used = used || !row.value(column).trimmed().isEmpty();
        if (used)
            columns << column;
    }
    auto line = [&columns](const QStringList& cells) -> QString {
        QStringList chosen;
        for (int column : columns)
            chosen << lineValue(cells.value(column));
        return QStringLiteral("| ") + chosen.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    QStringList out { line(headers) };
    QStringList rule;
    for (qsizetype i = 0; i < columns.size(); ++i)
        rule << QStringLiteral("---");
    out << QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    for (const QStringList& row : rows)
        out << line(row);
    return out.join(QLatin1Char('\n'));
}

QString authorityOf(const ControllerRecord& controller)
{
    // GDPR Art. 77: IMY unless the organisation names another supervisory authority.
    const QString named = controller.supervisoryAuthority.simplified();
    return named.isEmpty() ? ControllerService::defaultSupervisoryAuthority() : named;
}

// The raw (unescaped) text of every inline field.
QHash<QString, QString> inlineValues(const LetterFacts& facts)
{
    const QString& language = facts.language;
    const CaseRecord& record = facts.caseRecord;
    QHash<QString, QString> values;
    values.insert(QStringLiteral("letter.date"), LetterWording::date(facts.letterDate, language));
    values.insert(QStringLiteral("subject.name"), facts.subject.name.simplified());
    values.insert(QStringLiteral("subject.address"), singleLineAddress(facts.subject.postalAddress));
    values.insert(QStringLiteral("subject.email"), facts.subject.email.trimmed());
    values.insert(QStringLiteral("case.reference"), record.reference.trimmed());
    values.insert(QStringLiteral("case.right"), LetterWording::right(record.right, language));
    values.insert(QStringLiteral("case.article"), LetterWording::article(record.right, language));
    values.insert(QStringLiteral("case.received"), LetterWording::date(record.received.stockholmDate, language));
    values.insert(QStringLiteral("case.due"), LetterWording::date(record.due, language));
    values.insert(QStringLiteral("case.extended_due"), LetterWording::date(record.extendedDue, language));
    values.insert(QStringLiteral("controller.name"), facts.controller.name.simplified());
    values.insert(QStringLiteral("controller.organisation_number"), facts.controller.organisationNumber.trimmed());
    values.insert(QStringLiteral("controller.address"), singleLineAddress(facts.controller.postalAddress));
    values.insert(QStringLiteral("controller.email"), facts.controller.email.trimmed());
    values.insert(QStringLiteral("controller.phone"), facts.controller.phone.trimmed());
    values.insert(QStringLiteral("controller.contact"), LetterWording::contact(facts.controller, language));
    values.insert(QStringLiteral("controller.dpo"), facts.controller.dpoContact.simplified());
    values.insert(QStringLiteral("authority"), authorityOf(facts.controller));
    values.insert(QStringLiteral("restriction.offer"), LetterWording::restrictionOffer(record.right, language));
    values.insert(QStringLiteral("identification.reason"), facts.identificationReason.trimmed());
    values.insert(QStringLiteral("extension.reason"), facts.extensionReason.trimmed());
    values.insert(QStringLiteral("decision"), facts.decisionSummary.trimmed());
    values.insert(QStringLiteral("refusal.extent"), LetterWording::refusalExtent(facts.partialRefusal, language));
    values.insert(QStringLiteral("refusal.reasons"), facts.refusalReasons.trimmed());
    values.insert(QStringLiteral("refusal.legal_reference"), facts.refusalLegalReference.trimmed());
    values.insert(QStringLiteral("fee.amount"), facts.feeAmount.trimmed());
    values.insert(QStringLiteral("fee.reasons"), facts.feeReasons.trimmed());
    values.insert(QStringLiteral("restriction.lifted_on"), LetterWording::date(facts.restrictionLiftedOn, language));
    values.insert(QStringLiteral("restriction.reason"), facts.restrictionLiftReason.trimmed());
    return values;
}

// The Markdown of every block field; empty when there is nothing to list.
QHash<QString, QString> blockValues(const LetterFacts& facts)
{
    const QString& language = facts.language;
    QList<QStringList> done;
    for (const LetterLine& line : facts.done)
        done << QStringList { line.what, line.where, LetterWording::date(line.date, language), line.why };
    QList<QStringList> kept;
    for (const LetterLine& line : facts.kept)
        kept << QStringList { line.what, line.where, line.why, LetterWording::date(line.date, language) };
    QList<QStringList> refused;
    for (const LetterLine& line : facts.refused)
        refused << QStringList { line.what, line.where, line.why };
    // GDPR Art. 19: each recipient, and when and how it was told, or why it was not.
    QList<QStringList> recipients;
    for (const LetterRecipient& recipient : facts.recipients) {
        const bool notified = recipient.notifiedOn.isValid();
        recipients << QStringList { recipient.name, recipient.role,
                                    notified ? LetterWording::date(recipient.notifiedOn, language)
                                             : LetterWording::notNotified(language),
                                    notified ? recipient.method : recipient.reasonNotNotified };
    }
    QHash<QString, QString> values;
    values.insert(QStringLiteral("done_table"), table(LetterWording::doneHeaders(language), done, { 1, 2, 3 }));
    values.insert(QStringLiteral("kept_table"), table(LetterWording::keptHeaders(language), kept, { 1 }));
    values.insert(QStringLiteral("refused_table"), table(LetterWording::refusedHeaders(language), refused, { 1 }));
    values.insert(QStringLiteral("recipients_table"),
                  table(LetterWording::recipientHeaders(language), recipients, { 1, 3 }));
    return values;
}

bool allEmpty(const QList<Field>& fields, const QHash<QString, QString>& inlines, const QHash<QString, QString>& blocks)
{
    for (const Field& field : fields) {
        const QString value
            = LetterComposer::isBlockPlaceholder(field.name) ? blocks.value(field.name) : inlines.value(field.name);
        if (!value.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QStringList LetterComposer::languages()
{
    return { QStringLiteral("sv"), QStringLiteral("en") };
}

bool LetterComposer::isLanguage(const QString& language)
{
    return languages().contains(language);
}

QStringList LetterComposer::placeholders(LetterKind kind)
{
    return commonPlaceholders() + kindPlaceholders(kind);
}

bool LetterComposer::isBlockPlaceholder(const QString& name)
{
    return name.endsWith(QLatin1String("_table"));
}

QString LetterComposer::escapeMarkdown(const QString& text)
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones md4c could read as
    // emphasis, links, code, headings, lists, quotes, tables, entities or setext underlines.
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~&=");
    QString escaped;
    escaped.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QStringList LetterComposer::missingElements(const LetterFacts& facts)
{
    QStringList missing;
    if (facts.subject.name.trimmed().isEmpty())
        missing << tr("The data subject's name is missing: fill in the name the letter is addressed to.");
    if (facts.controller.name.trimmed().isEmpty())
        missing << tr("The organisation is missing: choose the organisation (controller) that sends the letter.");
    if (facts.caseRecord.reference.trimmed().isEmpty())
        missing << tr("The case reference is missing: the letter must name the case it answers.");

    switch (facts.kind) {
    case LetterKind::Acknowledgement:
        if (!facts.caseRecord.received.stockholmDate.isValid())
            missing << tr("The receipt date is missing: record when the request reached the organisation.");
        // GDPR Art. 12(3): the subject is told when to expect the answer.
        if (!facts.caseRecord.due.isValid())
            missing << tr("The due date is missing: it is computed from the receipt date, so record that first.");
        break;
    case LetterKind::IdentificationRequest:
        // GDPR Art. 12(6): only what is needed to confirm identity, and why.
        if (facts.identificationReason.trimmed().isEmpty())
            missing << tr("Say what is needed to confirm the subject's identity and why: fill in the identification "
                          "reason.");
        break;
    case LetterKind::ExtensionNotice:
        // GDPR Art. 12(3): the subject is told of the extension together with the reasons for the delay.
        if (facts.extensionReason.trimmed().isEmpty())
            missing << tr("Give the reason for the extension: GDPR Art. 12(3) requires the reasons for the delay.");
        if (!facts.caseRecord.extendedDue.isValid())
            missing << tr("The extended due date is missing: record the extension so that the new date is computed.");
        break;
    case LetterKind::Refusal:
        // GDPR Art. 12(4): what is refused, the specific reasons, and the legal basis for them.
        if (facts.partialRefusal && facts.refused.isEmpty())
            missing << tr("A partial refusal must list what is refused: add the refused parts.");
        for (qsizetype i = 0; i < facts.refused.size(); ++i) {
            if (facts.refused.at(i).what.trimmed().isEmpty())
                missing
                    << tr("Refused item %1 does not say what is refused: fill it in or remove the item.").arg(i + 1);
        }
        if (facts.partialRefusal && facts.decisionSummary.trimmed().isEmpty())
            missing << tr("A partial refusal must also say what was granted: fill in the decision summary.");
        if (facts.refusalReasons.trimmed().isEmpty())
            missing << tr("Give the specific reasons for the refusal (GDPR Art. 12(4)); a legal reference alone is "
                          "not enough.");
        if (facts.refusalLegalReference.trimmed().isEmpty())
            missing << tr("Give the legal reference for the refusal, e.g. GDPR Art. 12(5)(b) or DSL 5 kap. 2 §.");
        break;
    case LetterKind::Outcome:
        // GDPR Art. 12(3): the outcome is told even when the request is granted in full (IMY DI-2020-10538).
        if (facts.decisionSummary.trimmed().isEmpty())
            missing << tr("Summarise the decision for the subject: fill in the decision summary.");
        for (qsizetype i = 0; i < facts.done.size(); ++i) {
            if (facts.done.at(i).what.trimmed().isEmpty())
                missing << tr("Item %1 of what was done does not say what was done: fill it in or remove the item.")
                               .arg(i + 1);
        }
        // GDPR Art. 17(3): each item kept says why, under which provision, and until when.
        for (qsizetype i = 0; i < facts.kept.size(); ++i) {
            const LetterLine& line = facts.kept.at(i);
            if (line.what.trimmed().isEmpty())
                missing << tr("Kept item %1 does not say what is kept: fill it in or remove the item.").arg(i + 1);
            if (line.why.trimmed().isEmpty())
                missing << tr("Kept item %1 needs its reason and legal reference.").arg(i + 1);
            if (!line.date.isValid())
                missing << tr("Kept item %1 needs the date until which it is kept.").arg(i + 1);
        }
        // GDPR Art. 19: notified, or the reason why that was impossible or disproportionate.
        for (qsizetype i = 0; i < facts.recipients.size(); ++i) {
            const LetterRecipient& recipient = facts.recipients.at(i);
            if (recipient.name.trimmed().isEmpty())
                missing << tr("Recipient %1 has no name: fill it in or remove the recipient.").arg(i + 1);
            if (!recipient.notifiedOn.isValid() && recipient.reasonNotNotified.trimmed().isEmpty())
                missing << tr("Recipient %1 has neither the date it was notified nor the reason why it was not "
                              "(GDPR Art. 19).")
                               .arg(i + 1);
        }
        break;
    case LetterKind::RestrictionLifting:
        // GDPR Art. 18(3): the subject is told before the restriction is lifted.
        if (!facts.restrictionLiftedOn.isValid())
            missing << tr("Give the date from which the restriction is lifted.");
        if (facts.restrictionLiftReason.trimmed().isEmpty())
            missing << tr("Give the reason why the restriction is lifted.");
        break;
    case LetterKind::FeeNotice:
        // GDPR Art. 12(5)(a): a reasonable fee; the controller shows why the request is unfounded or excessive.
        if (facts.feeAmount.trimmed().isEmpty())
            missing << tr("Give the fee's amount, e.g. 350 kr.");
        if (facts.feeReasons.trimmed().isEmpty())
            missing << tr("Give the documented facts that make the request manifestly unfounded or excessive (GDPR "
                          "Art. 12(5)).");
        break;
    }
    return missing;
}

Status LetterComposer::checkTemplate(LetterKind kind, const QString& body)
{
    const QStringList known = placeholders(kind);
    const QStringList lines = templateLines(body);
    QStringList unknown;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        Result<QList<Field>> fields = fieldsOf(lines.at(i), lineNumber);
        if (!fields)
            return Error { fields.error() };
        for (const Field& field : fields.value()) {
            if (!known.contains(field.name)) {
                const QString written = QStringLiteral("{{%1}}").arg(field.name);
                if (!unknown.contains(written))
                    unknown << written;
                continue;
            }
            if (isBlockPlaceholder(field.name) && lines.at(i).trimmed().size() != field.length) {
                return Error { tr("{{%1}} becomes a table, so it must stand on a line of its own (line %2 of the "
                                  "template).")
                                   .arg(field.name)
                                   .arg(lineNumber) };
            }
        }
    }
    if (!unknown.isEmpty()) {
        QStringList knownWritten;
        for (const QString& name : known)
            knownWritten << QStringLiteral("{{%1}}").arg(name);
        return Error { tr("The template uses %n field(s) that this letter does not have: %1. The letter \"%2\" can "
                          "use: %3.",
                          nullptr, int(unknown.size()))
                           .arg(unknown.join(QStringLiteral(", ")), LetterKinds::label(kind),
                                knownWritten.join(QStringLiteral(", "))) };
    }
    return {};
}

Result<ComposedLetter> LetterComposer::compose(const LetterFacts& facts, const QString& templateBody)
{
    if (!isLanguage(facts.language))
        return Error { tr("Letters are written in Swedish (sv) or English (en), not \"%1\".").arg(facts.language) };
    if (const QStringList missing = missingElements(facts); !missing.isEmpty()) {
        return Error { tr("The letter \"%1\" is not complete:\n- %2")
                           .arg(LetterKinds::label(facts.kind), missing.join(QStringLiteral("\n- "))) };
    }
    if (Status checked = checkTemplate(facts.kind, templateBody); !checked)
        return Error { checked.error() };

    const QHash<QString, QString> inlines = inlineValues(facts);
    const QHash<QString, QString> blocks = blockValues(facts);
    QStringList lines = templateLines(templateBody);
    // Already checked: every line parses.
    auto fieldsAt = [&lines](qsizetype i) {
        return fieldsOf(lines.at(i), int(i + 1)).value();
    };

    ComposedLetter letter;
    letter.kind = facts.kind;
    letter.language = facts.language;
    letter.caseReference = facts.caseRecord.reference.trimmed();

    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).trimmed().isEmpty())
        ++first;
    if (first < lines.size() && isTitle(lines.at(first))) {
        QString title = lines.at(first);
        const QList<Field> fields = fieldsAt(first);
        for (auto field = fields.crbegin(); field != fields.crend(); ++field)
            title.replace(field->start, field->length, inlines.value(field->name).simplified());
        static const QRegularExpression marker(QStringLiteral("^\\s*#\\s*"));
        letter.title = title.remove(marker).trimmed();
        lines = lines.mid(first + 1);
    }
    if (letter.title.isEmpty())
        letter.title = LetterWording::defaultTitle(facts.kind, facts.partialRefusal, facts.language);

    // A section whose block fields all come out empty is left out, heading and all.
    QList<bool> keep(lines.size(), true);
    auto closeSection = [&](qsizetype start, qsizetype end) {
        if (start < 0)
            return;
        bool hasBlock = false;
        bool allBlocksEmpty = true;
        for (qsizetype i = start + 1; i < end; ++i) {
            for (const Field& field : fieldsAt(i)) {
                if (!isBlockPlaceholder(field.name))
                    continue;
                hasBlock = true;
                allBlocksEmpty = allBlocksEmpty && blocks.value(field.name).isEmpty();
            }
        }
        if (hasBlock && allBlocksEmpty) {
            for (qsizetype i = start; i < end; ++i)
                keep[i] = false;
        }
    };
    qsizetype sectionStart = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isHeading(lines.at(i))) {
            closeSection(sectionStart, i);
            sectionStart = i;
        }
    }
    closeSection(sectionStart, lines.size());

    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!keep.at(i))
            continue;
        QString line = lines.at(i);
        const QList<Field> fields = fieldsAt(i);
        if (!fields.isEmpty() && allEmpty(fields, inlines, blocks))
            continue;
        const bool oneLine = isHeading(line) || line.trimmed().startsWith(QLatin1Char('|'));
        for (auto field = fields.crbegin(); field != fields.crend(); ++field) {
            QString value;
            if (isBlockPlaceholder(field->name))
                value = blocks.value(field->name);
            else
                value = oneLine ? lineValue(inlines.value(field->name)) : paragraphValue(inlines.value(field->name));
            line.replace(field->start, field->length, value);
        }
        const bool blank = line.trimmed().isEmpty();
        if (blank && (out.isEmpty() || out.constLast().trimmed().isEmpty()))
            continue;
        out << line;
    }
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    letter.markdown = out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return letter;
}

} // namespace dsar
