#include "ExtractComposer.h"

#include "extract/DocumentWords.h"
#include "extract/RegisterWording.h"
#include "identity/SwedishId.h"
#include "letters/LetterWording.h"
#include "register/Countries.h"

#include <QCollator>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace dsar {
namespace {

using Block = ExtractBlock;

using Words = DocumentWords;

QString maskedId(const SubjectRecord& subject)
{
    if (subject.personalId.isEmpty())
        return {};
    // DSL 3 kap. 10 §: the personnummer is masked also in what is sent out.
    Result<SwedishId> id = SwedishIdParser::parse(subject.personalId, QDate(2100, 1, 1));
    return id ? id->masked() : QString();
}

bool isShown(const ExtractItem& item)
{
    return item.decision != ItemDecision::Withhold;
}

QList<const ExtractItem*> itemsOf(const ExtractFacts& facts, qint64 activityId)
{
    QList<const ExtractItem*> found;
    for (const ExtractItem& item : facts.items) {
        if (item.view.holding.activityId == activityId)
            found << &item;
    }
    return found;
}

// GDPR Art. 15(1)(b): the categories of this subject's data in the processing, special categories marked.
QString categoriesOf(const ProcessingActivity& activity, const QList<const ExtractItem*>& items, const Words& w)
{
    QSet<QString> held;
    for (const ExtractItem* item : items)
        held.insert(item->view.holding.category);
    QStringList names;
    for (const DataCategory& category : activity.dataCategories) {
        if (!held.isEmpty() && !held.contains(category.name))
            continue;
        names << (category.special
                      ? category.name + w(u" (känslig personuppgift, artikel 9)", u" (special category, Article 9)")
                      : category.name);
        held.remove(category.name);
    }
    for (const QString& rest : std::as_const(held))
        names << rest;
    return names.join(QStringLiteral("; "));
}

QString legalBasesOf(const ProcessingActivity& activity, const Words& w)
{
    QStringList lines;
    for (const LegalBasisEntry& entry : activity.legalBases) {
        QString line = RegisterWording::legalBasis(entry.basis, w.language());
        if (!entry.note.trimmed().isEmpty())
            line += QStringLiteral(": ") + entry.note.simplified();
        lines << line;
    }
    if (activity.specialCondition) {
        lines << w(u"För känsliga personuppgifter: ", u"For special categories: ")
                + RegisterWording::specialCondition(*activity.specialCondition, w.language());
    }
    return lines.join(QLatin1Char('\n'));
}

// GDPR Art. 15(1)(c): recipients by name and role (CJEU C-154/21), third-country recipients included.
QString recipientsOf(const ProcessingActivity& activity, const Words& w)
{
    if (activity.recipients.isEmpty())
        return w(u"Uppgifterna lämnas inte ut till någon utanför organisationen.",
                 u"The data are not disclosed to anyone outside the organisation.");
    QStringList lines;
    for (const Recipient& recipient : activity.recipients) {
        QString line = recipient.name.simplified() + QStringLiteral(" (")
            + RegisterWording::recipientRole(recipient.role, w.language());
        if (!recipient.country.isEmpty() && recipient.country != QLatin1String("SE"))
            line += QStringLiteral(", ") + recipient.country;
        line += QLatin1Char(')');
        if (!recipient.purpose.trimmed().isEmpty())
            line += QStringLiteral(": ") + recipient.purpose.simplified();
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// GDPR Art. 15(1)(d): the criteria, and the concrete date for this subject's data where it is known.
QString retentionOf(const ProcessingActivity& activity, const QList<const ExtractItem*>& items, const Words& w)
{
    QString text;
    if (Result<RetentionRule> rule = RetentionRule::parse(activity.retentionRule))
        text = RegisterWording::retentionRule(rule.value(), w.language());
    if (!activity.retentionNote.trimmed().isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(". ")) + activity.retentionNote.simplified();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    QDate first;
    QDate last;
    for (const ExtractItem* item : items) {
        if (item->view.retention.kind != RetentionOutcome::Kind::RetainUntil)
            continue;
        const QDate until = item->view.retention.retainUntil;
        if (!first.isValid() || until < first)
            first = until;
        if (!last.isValid() || until > last)
            last = until;
    }
    if (first.isValid()) {
        const QString dates = first == last ? w.date(last) : QStringLiteral("%1 – %2").arg(w.date(first), w.date(last));
        text += QLatin1Char('\n')
            + (first == last ? w(u"Dina uppgifter sparas till och med %1.", u"Your data are kept until %1.")
                             : w(u"Dina uppgifter sparas till och med %1 (olika för olika uppgifter, se kopian).",
                                 u"Your data are kept until %1 (different for different data, see the copy)."))
                  .arg(dates);
    }
    return text;
}

// GDPR Art. 15(1)(g): where data not collected from the subject come from.
QString sourcesOf(const ProcessingActivity& activity, const Words& w)
{
    QStringList lines;
    for (const Source& source : activity.sources) {
        const QString kind = RegisterWording::source(source.kind, w.language());
        if (source.kind == SourceKind::DataSubject)
            lines << (source.name.isEmpty() ? kind : source.name.simplified());
        else
            lines << (source.name.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(source.name.simplified(), kind));
    }
    if (lines.isEmpty())
        return w(u"Från dig", u"From you");
    QString joined = lines.join(QStringLiteral("; "));
    joined[0] = joined.at(0).toUpper();
    return joined;
}

// GDPR Art. 15(1)(h), Art. 22.
QString automatedOf(const ProcessingActivity& activity, const Words& w)
{
    if (!activity.automatedDecision)
        return w(u"Inga automatiserade beslut eller profilering enligt artikel 22.",
                 u"No automated decisions or profiling under Article 22.");
    QString text = w(u"Logiken: ", u"The logic: ") + activity.automatedDecision->logic.simplified();
    if (!activity.automatedDecision->significance.trimmed().isEmpty())
        text += QLatin1Char('\n')
            + w(u"Betydelse och följder för dig: ", u"Its significance and consequences for you: ")
            + activity.automatedDecision->significance.simplified();
    return text;
}

// GDPR Art. 15(2): transfers outside the EU/EEA and their safeguards.
QString transfersOf(const ProcessingActivity& activity, const Words& w)
{
    QStringList lines;
    for (const Transfer& transfer : activity.transfers) {
        QString line = transfer.country;
        if (!transfer.recipient.trimmed().isEmpty())
            line += QStringLiteral(", ") + transfer.recipient.simplified();
        if (transfer.safeguard) {
            line += w(u", skyddsåtgärd: ", u", safeguard: ")
                + RegisterWording::safeguard(*transfer.safeguard, w.language());
        } else if (Countries::isEuEea(transfer.country)) {
            line += w(u" (inom EU/EES)", u" (within the EU/EEA)");
        }
        if (!transfer.note.trimmed().isEmpty())
            line += QStringLiteral(". ") + transfer.note.simplified();
        lines << line;
    }
    if (lines.isEmpty())
        return w(u"Uppgifterna överförs inte till länder utanför EU/EES.",
                 u"The data are not transferred to countries outside the EU/EEA.");
    return lines.join(QLatin1Char('\n'));
}

void addAbout(QList<Block>& blocks, const ExtractFacts& facts, const Words& w)
{
    const CaseRecord& record = facts.caseRecord;
    const QString controller = facts.controller.name.simplified();
    blocks << Block::paragraph(
        w(u"Du har begärt att få veta vilka personuppgifter om dig som %1 behandlar (registerutdrag enligt artikel 15 "
          u"i dataskyddsförordningen). Vi tog emot din begäran den %2. Utdraget visar vad vi behandlar den %3.",
          u"You asked which personal data about you %1 processes (access under Article 15 of the GDPR). We received "
          u"your request on %2. This extract shows what we process as of %3.")
            .arg(controller, w.date(record.received.stockholmDate), w.date(facts.date)));
    QList<std::pair<QString, QString>> about;
    about.append({ w(u"Registrerad", u"Data subject"), facts.subject.name.simplified() });
    if (const QString id = maskedId(facts.subject); !id.isEmpty())
        about.append({ w(u"Personnummer", u"Personal identity number"), id });
    about.append({ w(u"Ärende", u"Case"), record.reference });
    about.append({ w(u"Begäran mottagen", u"Request received"), w.date(record.received.stockholmDate) });
    about.append({ w(u"Utdraget upprättat", u"Extract made"), w.date(facts.date) });
    about.append({ w(u"Dokument-id", u"Document id"), facts.documentId });
    QString controllerLine = controller;
    if (!facts.controller.organisationNumber.trimmed().isEmpty())
        controllerLine += QStringLiteral(", ") + LetterWording::organisationNumberLabel(w.language()) + QLatin1Char(' ')
            + facts.controller.organisationNumber.trimmed();
    about.append({ w(u"Personuppgiftsansvarig", u"Controller"), controllerLine });
    if (!facts.controller.dpoContact.trimmed().isEmpty())
        about.append({ LetterWording::dpoLabel(w.language()), facts.controller.dpoContact.simplified() });
    blocks << Block::factList(about);
}

void addConfirmation(QList<Block>& blocks, const ExtractFacts& facts, const Words& w)
{
    blocks << Block::heading(w(u"Behandlar vi personuppgifter om dig?", u"Do we process personal data about you?"));
    const QString controller = facts.controller.name.simplified();
    if (facts.items.isEmpty()) {
        blocks << Block::paragraph(w(u"Nej. %1 behandlar inga personuppgifter om dig.",
                                     u"No. %1 does not process any personal data about you.")
                                       .arg(controller));
        return;
    }
    // "i en behandling" / "i 3 behandlingar".
    const qsizetype count = facts.activities.size();
    const QString activities = count == 1 ? w(u"i en behandling", u"in one processing activity")
                                          : w(u"i %1 behandlingar", u"in %1 processing activities").arg(count);
    blocks << Block::paragraph(
        w(u"Ja. %1 behandlar personuppgifter om dig %2. Först beskrivs varje behandling: varför vi behandlar "
          u"uppgifterna, med vilken rätt, vem som får dem och hur länge de sparas. Därefter följer en kopia av "
          u"uppgifterna.",
          u"Yes. %1 processes personal data about you %2. Each is described first: why we process the data, on "
          u"which legal basis, who receives them and how long they are kept. A copy of the data follows.")
            .arg(controller, activities));
}

void addActivities(QList<Block>& blocks, const ExtractFacts& facts, const Words& w)
{
    if (facts.activities.isEmpty())
        return;
    blocks << Block::heading(w(u"Så behandlar vi dina uppgifter", u"How we process your data"));
    for (const ProcessingActivity& activity : facts.activities) {
        const QList<const ExtractItem*> items = itemsOf(facts, activity.id);
        blocks << Block::subheading(activity.name);
        QList<std::pair<QString, QString>> lines;
        lines.append({ w(u"Ändamål", u"Purposes"), activity.purposes.join(QLatin1Char('\n')) }); // Art. 15(1)(a)
        lines.append({ w(u"Rättslig grund", u"Legal basis"), legalBasesOf(activity, w) });
        lines.append({ w(u"Kategorier av uppgifter", u"Categories of data"), categoriesOf(activity, items, w) });
        lines.append({ w(u"Mottagare", u"Recipients"), recipientsOf(activity, w) });
        lines.append({ w(u"Lagringstid", u"Retention"), retentionOf(activity, items, w) });
        lines.append({ w(u"Varifrån uppgifterna kommer", u"Where the data come from"), sourcesOf(activity, w) });
        lines.append({ w(u"Automatiserade beslut", u"Automated decisions"), automatedOf(activity, w) });
        lines.append({ w(u"Tredje land", u"Third countries"), transfersOf(activity, w) });
        blocks << Block::factList(lines);
    }
}

QString shownValue(const ExtractItem& item, const Words& w)
{
    if (item.decision != ItemDecision::Redact)
        return item.view.holding.value;
    // GDPR Art. 15(4): other people's data are taken out, the rest is shown.
    const QString marker = w(u"[maskerat: %1]", u"[redacted: %1]").arg(item.legalReference);
    return item.redactedValue.isEmpty() ? marker : item.redactedValue + QLatin1Char(' ') + marker;
}

// GDPR Art. 15(3): the copy itself, per system and category.
void addCopy(QList<Block>& blocks, const ExtractFacts& facts, const Words& w)
{
    QMap<QString, QMap<QString, QList<const ExtractItem*>>> bySystem;
    for (const ExtractItem& item : facts.items) {
        if (isShown(item))
            bySystem[item.view.holding.system][item.view.holding.category] << &item;
    }
    if (bySystem.isEmpty())
        return;
    blocks << Block::heading(w(u"Kopia av dina personuppgifter", u"A copy of your personal data"));
    blocks << Block::paragraph(w(u"Uppgifterna så som de finns i våra system, ordnade efter system och kategori. "
                                 u"\"Sparas till och med\" är den sista dag uppgiften sparas enligt vår gallringsplan.",
                                 u"The data as they are held in our systems, by system and category. \"Kept until\" is "
                                 u"the last day the datum is kept under our retention plan."));
    const QStringList header { w(u"Uppgift", u"Item"), w(u"Värde", u"Value"), w(u"Behandling", u"Processing"),
                               w(u"Sparas till och med", u"Kept until") };
    const QStringList oneActivityHeader { header.at(0), header.at(1), header.at(3) };
    QCollator collator(QLocale(LetterWording::isSwedish(w.language()) ? QLocale::Swedish : QLocale::English));
    collator.setNumericMode(true);
    for (auto system = bySystem.cbegin(); system != bySystem.cend(); ++system) {
        blocks << Block::subheading(w(u"System: %1", u"System: %1").arg(system.key()));
        for (auto category = system->cbegin(); category != system->cend(); ++category) {
            QSet<QString> activities;
            for (const ExtractItem* item : category.value())
                activities.insert(item->view.activityName);
            // One processing for the whole table: named once above it, not on every row.
            const bool one = activities.size() == 1;
            blocks << Block::minor(one ? w(u"%1 (behandling: %2)", u"%1 (processing: %2)")
                                             .arg(category.key(), category.value().constFirst()->view.activityName)
                                       : category.key());
            // "Faktura 2" before "Faktura 10", as a reader counts.
            QList<const ExtractItem*> rows = category.value();
            std::stable_sort(rows.begin(), rows.end(), [&collator](const ExtractItem* a, const ExtractItem* b) {
                return collator.compare(a->view.holding.field, b->view.holding.field) < 0;
            });
            ExtractTable table { one ? oneActivityHeader : header,
                                 one ? QList<int> { 24, 56, 20 } : QList<int> { 21, 41, 21, 17 },
                                 {} };
            for (const ExtractItem* item : std::as_const(rows)) {
                QStringList row { item->view.holding.field, shownValue(*item, w) };
                if (!one)
                    row << item->view.activityName;
                row << RegisterWording::retentionOutcome(item->view.retention, w.language());
                table.rows << row;
            }
            blocks << Block::tableOf(table);
        }
    }
}

// GDPR Art. 15(4); LEGAL.md section 3: every item left out or redacted, with its legal reference.
void addWithheld(QList<Block>& blocks, const ExtractFacts& facts, const Words& w)
{
    ExtractTable table { { w(u"Uppgift", u"Item"), w(u"System", u"System"), w(u"Vad vi gjort", u"What we did"),
                           w(u"Lagstöd", u"Legal basis") },
                         { 30, 20, 25, 25 },
                         {} };
    for (const ExtractItem& item : facts.items) {
        if (item.decision != ItemDecision::Withhold && item.decision != ItemDecision::Redact)
            continue;
        const QString done = item.decision == ItemDecision::Withhold
            ? w(u"Lämnas inte ut", u"Withheld")
            : w(u"Maskerat: andras uppgifter borttagna", u"Redacted: other people's data removed");
        table.rows << QStringList { QStringLiteral("%1 (%2)").arg(item.view.holding.field, item.view.holding.category),
                                    item.view.holding.system, done, item.legalReference };
    }
    if (table.rows.isEmpty())
        return;
    blocks << Block::heading(w(u"Uppgifter som inte lämnas ut eller är maskerade", u"Data withheld or redacted"));
    blocks << Block::paragraph(w(u"Följande uppgifter finns hos oss men lämnas inte ut, eller lämnas ut med andra "
                                 u"personers uppgifter borttagna. Skälet och lagstödet anges för varje uppgift.",
                                 u"We hold the following data but do not disclose them, or disclose them with other "
                                 u"people's data removed. The reason and its legal basis are given for each."));
    blocks << Block::tableOf(table);
}

void addRights(QList<Block>& blocks, const ExtractFacts& facts, const Words& w)
{
    blocks << Block::heading(w(u"Dina rättigheter", u"Your rights"));
    // GDPR Art. 15(1)(e).
    blocks << Block::factList({
        { w(u"Rättelse", u"Rectification"),
          w(u"Du har rätt att få felaktiga uppgifter rättade och ofullständiga uppgifter kompletterade (artikel 16).",
            u"You may have inaccurate data corrected and incomplete data completed (Article 16).") },
        { w(u"Radering", u"Erasure"),
          w(u"Du har rätt att få uppgifter raderade, till exempel när de inte längre behövs eller om du återkallar "
            u"ditt samtycke, om inte en lag eller ett rättsligt anspråk kräver att vi sparar dem (artikel 17).",
            u"You may have data erased, for example when they are no longer needed or you withdraw your consent, "
            u"unless a law or a legal claim requires us to keep them (Article 17).") },
        { w(u"Begränsning", u"Restriction"),
          w(u"Du har rätt att begära att behandlingen begränsas, till exempel medan riktigheten kontrolleras "
            u"(artikel 18).",
            u"You may ask for the processing to be restricted, for example while accuracy is checked (Article 18).") },
        { w(u"Invändning", u"Objection"),
          w(u"Du har rätt att invända mot behandling som grundar sig på berättigat intresse eller allmänt intresse. "
            u"Mot direkt marknadsföring kan du alltid invända, och då upphör den (artikel 21).",
            u"You may object to processing based on legitimate interests or a public task. You may always object to "
            u"direct marketing, and it then stops (Article 21).") },
        { w(u"Dataportabilitet", u"Portability"),
          w(u"Uppgifter som du själv lämnat och som vi behandlar med stöd av samtycke eller avtal kan du få i ett "
            u"maskinläsbart format, eller överförda till en annan organisation (artikel 20).",
            u"Data you provided that we process on consent or a contract you may receive in a machine-readable "
            u"format, or have transmitted to another organisation (Article 20).") },
        { w(u"Samtycke", u"Consent"),
          w(u"Där vi behandlar uppgifter med stöd av ditt samtycke kan du när som helst återkalla det (artikel 7.3).",
            u"Where we process data on your consent, you may withdraw it at any time (Article 7(3)).") },
    });
    const QString authority = facts.supervisoryAuthority.simplified();
    // GDPR Art. 15(1)(f), 77 and 79.
    blocks << Block::paragraph(w(u"Du har rätt att klaga till tillsynsmyndigheten: %1. Du kan också klaga till "
                                 u"tillsynsmyndigheten i det land där du bor eller arbetar, och du har rätt att gå "
                                 u"till domstol (artikel 77 och 79).",
                                 u"You have the right to complain to the supervisory authority: %1. You may also "
                                 u"complain to the authority of the country where you live or work, and you have the "
                                 u"right to go to court (Articles 77 and 79).")
                                   .arg(authority));
    QString contact
        = w(u"Frågor om utdraget besvaras av %1, %2.", u"Questions about this extract: %1, %2.")
              .arg(facts.controller.name.simplified(), LetterWording::contact(facts.controller, w.language()));
    if (!facts.controller.dpoContact.trimmed().isEmpty())
        contact += QLatin1Char(' ')
            + w(u"Dataskyddsombudet nås via %1.", u"The data protection officer: %1.")
                  .arg(facts.controller.dpoContact.simplified());
    blocks << Block::paragraph(contact);
}

} // namespace

ExtractDocument ExtractComposer::compose(const ExtractFacts& facts)
{
    const Words w(facts.language);
    ExtractDocument document;
    document.language = facts.language;
    document.title = w(u"Registerutdrag", u"Register extract");
    document.documentId = facts.documentId;
    document.caseReference = facts.caseRecord.reference;
    document.date = facts.date;
    document.controller = facts.controller;
    document.recipient = facts.subject;
    addAbout(document.blocks, facts, w);
    addConfirmation(document.blocks, facts, w);
    addActivities(document.blocks, facts, w);
    addCopy(document.blocks, facts, w);
    addWithheld(document.blocks, facts, w);
    addRights(document.blocks, facts, w);
    return document;
}

} // namespace dsar
