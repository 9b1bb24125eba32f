#include "RegisterWording.h"

#include "letters/LetterWording.h"

namespace dsar {
namespace {

QString pick(const QString& language, const QString& swedish, const QString& english)
{
    return LetterWording::isSwedish(language) ? swedish : english;
}

// Swedish cites "artikel 6.1 a", English "Article 6(1)(a)".
QString article(const QString& language, const QString& number, const QString& paragraph, QChar point)
{
    return pick(language, QStringLiteral("artikel %1.%2 %3").arg(number, paragraph, point),
                QStringLiteral("Article %1(%2)(%3)").arg(number, paragraph, point));
}

// "7:e", "7th"; "1:a", "1st".
QString ordinal(int number, const QString& language)
{
    if (LetterWording::isSwedish(language)) {
        const int last = number % 10;
        const bool aForm = (last == 1 || last == 2) && number % 100 != 11 && number % 100 != 12;
        return QString::number(number) + (aForm ? QStringLiteral(":a") : QStringLiteral(":e"));
    }
    const int tens = number % 100;
    QString suffix = QStringLiteral("th");
    if (tens < 11 || tens > 13) {
        if (number % 10 == 1)
            suffix = QStringLiteral("st");
        else if (number % 10 == 2)
            suffix = QStringLiteral("nd");
        else if (number % 10 == 3)
            suffix = QStringLiteral("rd");
    }
    return QString::number(number) + suffix;
}

} // namespace

QString RegisterWording::legalBasis(LegalBasis basis, const QString& language)
{
    const auto named = [&](const QString& sv, const QString& en, char point) -> QString {
        return pick(language, sv, en) + QStringLiteral(" (")
            + article(language, QStringLiteral("6"), QStringLiteral("1"), QLatin1Char(point)) + QLatin1Char(')');
    };
    switch (basis) {
    case LegalBasis::Consent:
        return named(QStringLiteral("Samtycke"), QStringLiteral("Consent"), 'a');
    case LegalBasis::Contract:
        return named(QStringLiteral("Avtal"), QStringLiteral("Contract"), 'b');
    case LegalBasis::LegalObligation:
        return named(QStringLiteral("Rättslig förpliktelse"), QStringLiteral("Legal obligation"), 'c');
    case LegalBasis::VitalInterests:
        return named(QStringLiteral("Grundläggande intressen"), QStringLiteral("Vital interests"), 'd');
    case LegalBasis::PublicTask:
        return named(QStringLiteral("Allmänt intresse eller myndighetsutövning"), QStringLiteral("Public task"), 'e');
    case LegalBasis::LegitimateInterests:
        return named(QStringLiteral("Berättigat intresse"), QStringLiteral("Legitimate interests"), 'f');
    }
    return LegalBases::code(basis);
}

QString RegisterWording::specialCondition(SpecialCategoryCondition condition, const QString& language)
{
    const auto named = [&](const QString& sv, const QString& en, char point) -> QString {
        return pick(language, sv, en) + QStringLiteral(" (")
            + article(language, QStringLiteral("9"), QStringLiteral("2"), QLatin1Char(point)) + QLatin1Char(')');
    };
    switch (condition) {
    case SpecialCategoryCondition::ExplicitConsent:
        return named(QStringLiteral("Uttryckligt samtycke"), QStringLiteral("Explicit consent"), 'a');
    case SpecialCategoryCondition::Employment:
        return named(QStringLiteral("Arbetsrätt och social trygghet"), QStringLiteral("Employment and social security"),
                     'b');
    case SpecialCategoryCondition::VitalInterests:
        return named(QStringLiteral("Grundläggande intressen"), QStringLiteral("Vital interests"), 'c');
    case SpecialCategoryCondition::NonProfitBody:
        return named(QStringLiteral("Ideell organisation"), QStringLiteral("Not-for-profit body"), 'd');
    case SpecialCategoryCondition::MadePublic:
        return named(QStringLiteral("Offentliggjorda av dig"), QStringLiteral("Made public by you"), 'e');
    case SpecialCategoryCondition::LegalClaims:
        return named(QStringLiteral("Rättsliga anspråk"), QStringLiteral("Legal claims"), 'f');
    case SpecialCategoryCondition::SubstantialPublicInterest:
        return named(QStringLiteral("Viktigt allmänt intresse"), QStringLiteral("Substantial public interest"), 'g');
    case SpecialCategoryCondition::HealthCare:
        return named(QStringLiteral("Hälso- och sjukvård"), QStringLiteral("Health or social care"), 'h');
    case SpecialCategoryCondition::PublicHealth:
        return named(QStringLiteral("Folkhälsa"), QStringLiteral("Public health"), 'i');
    case SpecialCategoryCondition::ArchivingResearch:
        return named(QStringLiteral("Arkiv, forskning eller statistik"),
                     QStringLiteral("Archiving, research or statistics"), 'j');
    }
    return SpecialCategoryConditions::code(condition);
}

QString RegisterWording::recipientRole(RecipientRole role, const QString& language)
{
    switch (role) {
    case RecipientRole::Processor:
        return pick(language, QStringLiteral("Personuppgiftsbiträde"), QStringLiteral("Processor"));
    case RecipientRole::IndependentController:
        return pick(language, QStringLiteral("Självständigt personuppgiftsansvarig"),
                    QStringLiteral("Independent controller"));
    case RecipientRole::JointController:
        return pick(language, QStringLiteral("Gemensamt personuppgiftsansvarig"), QStringLiteral("Joint controller"));
    case RecipientRole::Authority:
        return pick(language, QStringLiteral("Myndighet"), QStringLiteral("Public authority"));
    }
    return RecipientRoles::code(role);
}

QString RegisterWording::safeguard(TransferSafeguard safeguard, const QString& language)
{
    switch (safeguard) {
    case TransferSafeguard::AdequacyDecision:
        return pick(language, QStringLiteral("EU-kommissionens beslut om adekvat skyddsnivå (artikel 45)"),
                    QStringLiteral("an adequacy decision of the European Commission (Article 45)"));
    case TransferSafeguard::StandardContractualClauses:
        return pick(language, QStringLiteral("EU-kommissionens standardavtalsklausuler (artikel 46.2 c)"),
                    QStringLiteral("the European Commission's standard contractual clauses (Article 46(2)(c))"));
    case TransferSafeguard::BindingCorporateRules:
        return pick(language, QStringLiteral("bindande företagsbestämmelser (artikel 47)"),
                    QStringLiteral("binding corporate rules (Article 47)"));
    case TransferSafeguard::Derogation:
        return pick(language, QStringLiteral("undantag för särskilda situationer (artikel 49.1)"),
                    QStringLiteral("a derogation for a specific situation (Article 49(1))"));
    }
    return TransferSafeguards::code(safeguard);
}

QString RegisterWording::source(SourceKind kind, const QString& language)
{
    switch (kind) {
    case SourceKind::DataSubject:
        return pick(language, QStringLiteral("från dig"), QStringLiteral("from you"));
    case SourceKind::PublicRegister:
        return pick(language, QStringLiteral("offentligt register"), QStringLiteral("public register"));
    case SourceKind::CreditBureau:
        return pick(language, QStringLiteral("kreditupplysningsföretag"), QStringLiteral("credit reference agency"));
    case SourceKind::SanctionsPepList:
        return pick(language, QStringLiteral("sanktions- och PEP-listor"), QStringLiteral("sanctions and PEP lists"));
    case SourceKind::Employer:
        return pick(language, QStringLiteral("din arbetsgivare eller uppdragsgivare"),
                    QStringLiteral("your employer or principal"));
    case SourceKind::Other:
        return pick(language, QStringLiteral("annan källa"), QStringLiteral("other source"));
    }
    return SourceKinds::code(kind);
}

QString RegisterWording::period(const RetentionPeriod& period, const QString& language)
{
    const bool one = period.amount == 1;
    QString unit;
    switch (period.unit) {
    case RetentionPeriod::Days:
        unit = pick(language, one ? QStringLiteral("dag") : QStringLiteral("dagar"),
                    one ? QStringLiteral("day") : QStringLiteral("days"));
        break;
    case RetentionPeriod::Months:
        unit = pick(language, one ? QStringLiteral("månad") : QStringLiteral("månader"),
                    one ? QStringLiteral("month") : QStringLiteral("months"));
        break;
    case RetentionPeriod::Years:
        unit = pick(language, QStringLiteral("år"), one ? QStringLiteral("year") : QStringLiteral("years"));
        break;
    }
    return QStringLiteral("%1 %2").arg(period.amount).arg(unit);
}

QString RegisterWording::event(RetentionEvent event, const QString& language)
{
    switch (event) {
    case RetentionEvent::Collected:
        return pick(language, QStringLiteral("uppgifterna samlades in"), QStringLiteral("the data were collected"));
    case RetentionEvent::RelationshipEnded:
        return pick(language, QStringLiteral("avtalet eller kundrelationen upphörde"),
                    QStringLiteral("the contract or relationship ended"));
    case RetentionEvent::LastActivity:
        return pick(language, QStringLiteral("din senaste aktivitet"), QStringLiteral("your last activity"));
    case RetentionEvent::FiscalYearEnd:
        return pick(language, QStringLiteral("räkenskapsåret avslutades"), QStringLiteral("the fiscal year ended"));
    case RetentionEvent::SentOut:
        return pick(language, QStringLiteral("utskicket"), QStringLiteral("the send-out"));
    case RetentionEvent::AccountCreated:
        return pick(language, QStringLiteral("kontot skapades"), QStringLiteral("the account was created"));
    case RetentionEvent::ConsentWithdrawn:
        return pick(language, QStringLiteral("samtycket återkallades"), QStringLiteral("consent was withdrawn"));
    case RetentionEvent::ProjectEnded:
        return pick(language, QStringLiteral("projektet avslutades"), QStringLiteral("the project ended"));
    }
    return RetentionEvents::code(event);
}

QString RegisterWording::retentionRule(const RetentionRule& rule, const QString& language)
{
    QString text;
    const QString amount = rule.period ? period(*rule.period, language) : QString();
    switch (rule.anchor) {
    case RetentionAnchor::AfterFiscalYearEnd:
        // BFL 7 kap. 2 §: counted in calendar years after the year in which the fiscal year ended.
        text = pick(language,
                    QStringLiteral("till och med den 31 december det %1 året efter det kalenderår då räkenskapsåret "
                                   "avslutades")
                        .arg(ordinal(rule.period ? rule.period->amount : 0, language)),
                    QStringLiteral("until 31 December of the %1 year after the calendar year in which the fiscal "
                                   "year ended")
                        .arg(ordinal(rule.period ? rule.period->amount : 0, language)));
        break;
    case RetentionAnchor::WhileConsentLasts:
        text = pick(language, QStringLiteral("så länge ditt samtycke gäller"),
                    QStringLiteral("for as long as your consent lasts"));
        break;
    case RetentionAnchor::UntilProjectEnds:
        text = rule.period
            ? pick(language, QStringLiteral("%1 efter att projektet avslutats").arg(amount),
                   QStringLiteral("%1 after the project ends").arg(amount))
            : pick(language, QStringLiteral("tills projektet avslutas"), QStringLiteral("until the project ends"));
        break;
    case RetentionAnchor::KeptWithReason:
        text = pick(language, QStringLiteral("utan fast tid"), QStringLiteral("without a fixed period"));
        if (!rule.reason.isEmpty())
            return text + QStringLiteral(": ") + rule.reason;
        break;
    default:
        if (std::optional<RetentionEvent> from = RetentionEvents::eventFor(rule.anchor)) {
            text = pick(language, QStringLiteral("%1 efter att %2").arg(amount, event(*from, language)),
                        QStringLiteral("%1 after %2").arg(amount, event(*from, language)));
        }
        break;
    }
    if (!rule.legalReference.isEmpty())
        text += QStringLiteral(" (%1)").arg(rule.legalReference);
    if (!rule.reason.isEmpty())
        text += QStringLiteral(". ") + rule.reason;
    return text;
}

QString RegisterWording::retentionOutcome(const RetentionOutcome& outcome, const QString& language)
{
    switch (outcome.kind) {
    case RetentionOutcome::Kind::RetainUntil:
        return LetterWording::date(outcome.retainUntil, language);
    case RetentionOutcome::Kind::NotYetComputable:
        if (outcome.missingEvent) {
            // The event has not happened yet; the criterion is the processing's (GDPR Art. 15(1)(d)).
            return pick(language, QStringLiteral("Tills vidare (se behandlingen)"),
                        QStringLiteral("Until further notice (see the processing)"));
        }
        return pick(language, QStringLiteral("Inte fastställt"), QStringLiteral("Not yet set"));
    case RetentionOutcome::Kind::WhileConsentLasts:
        return pick(language, QStringLiteral("Så länge samtycket gäller"), QStringLiteral("While consent lasts"));
    case RetentionOutcome::Kind::KeptWithReason:
        // The reason is the processing's own (shown with its retention); a table cell needs only the answer.
        return pick(language, QStringLiteral("Utan fast tid (se behandlingen)"),
                    QStringLiteral("No fixed date (see the processing)"));
    }
    return {};
}

} // namespace dsar
