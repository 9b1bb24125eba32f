#include "LetterWording.h"

#include <QLocale>

namespace dsar {

QString LetterWording::date(QDate date, const QString& language)
{
    if (!date.isValid())
        return {};
    if (isSwedish(language))
        return date.toString(Qt::ISODate);
    // CLDR's month names, whatever the machine's locale.
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString LetterWording::right(RequestRight right, const QString& language)
{
    const bool sv = isSwedish(language);
    switch (right) {
    case RequestRight::Access:
        return sv ? QStringLiteral("tillgång till dina personuppgifter (registerutdrag)")
                  : QStringLiteral("access to your personal data");
    case RequestRight::Rectification:
        return sv ? QStringLiteral("rättelse av dina personuppgifter")
                  : QStringLiteral("rectification of your personal data");
    case RequestRight::Erasure:
        return sv ? QStringLiteral("radering av dina personuppgifter")
                  : QStringLiteral("erasure of your personal data");
    case RequestRight::Restriction:
        return sv ? QStringLiteral("begränsning av behandlingen av dina personuppgifter")
                  : QStringLiteral("restriction of the processing of your personal data");
    case RequestRight::Portability:
        return sv ? QStringLiteral("dataportabilitet (att få ut dina personuppgifter i ett maskinläsbart format)")
                  : QStringLiteral("data portability (receiving your personal data in a machine-readable format)");
    case RequestRight::Objection:
        return sv ? QStringLiteral("invändning mot behandlingen av dina personuppgifter")
                  : QStringLiteral("objection to the processing of your personal data");
    case RequestRight::ConsentWithdrawal:
        return sv ? QStringLiteral("återkallelse av ditt samtycke") : QStringLiteral("the withdrawal of your consent");
    }
    return {};
}

QString LetterWording::articleNumber(RequestRight right, const QString& language)
{
    switch (right) {
    case RequestRight::Access:
        return QStringLiteral("15");
    case RequestRight::Rectification:
        return QStringLiteral("16");
    case RequestRight::Erasure:
        return QStringLiteral("17");
    case RequestRight::Restriction:
        return QStringLiteral("18");
    case RequestRight::Portability:
        return QStringLiteral("20");
    case RequestRight::Objection:
        return QStringLiteral("21");
    case RequestRight::ConsentWithdrawal:
        // Swedish cites paragraphs as "7.3", English as "7(3)".
        return isSwedish(language) ? QStringLiteral("7.3") : QStringLiteral("7(3)");
    }
    return {};
}

QString LetterWording::article(RequestRight right, const QString& language)
{
    return isSwedish(language)
        ? QStringLiteral("artikel %1 i dataskyddsförordningen").arg(articleNumber(right, language))
        : QStringLiteral("Article %1 of the GDPR").arg(articleNumber(right, language));
}

QString LetterWording::shortRight(RequestRight right, const QString& language)
{
    const bool sv = isSwedish(language);
    switch (right) {
    case RequestRight::Access:
        return sv ? QStringLiteral("tillgång") : QStringLiteral("access");
    case RequestRight::Rectification:
        return sv ? QStringLiteral("rättelse") : QStringLiteral("rectification");
    case RequestRight::Erasure:
        return sv ? QStringLiteral("radering") : QStringLiteral("erasure");
    case RequestRight::Restriction:
        return sv ? QStringLiteral("begränsning") : QStringLiteral("restriction");
    case RequestRight::Portability:
        return sv ? QStringLiteral("dataportabilitet") : QStringLiteral("portability");
    case RequestRight::Objection:
        return sv ? QStringLiteral("invändning") : QStringLiteral("objection");
    case RequestRight::ConsentWithdrawal:
        return sv ? QStringLiteral("återkallat samtycke") : QStringLiteral("withdrawal of consent");
    }
    return {};
}

QString LetterWording::refusalExtent(bool partial, const QString& language)
{
    if (isSwedish(language))
        return partial ? QStringLiteral("delvis") : QStringLiteral("helt");
    return partial ? QStringLiteral("in part") : QStringLiteral("in full");
}

QString LetterWording::defaultTitle(LetterKind kind, bool partialRefusal, const QString& language)
{
    const bool sv = isSwedish(language);
    switch (kind) {
    case LetterKind::Acknowledgement:
        return sv ? QStringLiteral("Vi har tagit emot din begäran") : QStringLiteral("We have received your request");
    case LetterKind::IdentificationRequest:
        return sv ? QStringLiteral("Vi behöver bekräfta din identitet")
                  : QStringLiteral("We need to confirm your identity");
    case LetterKind::ExtensionNotice:
        return sv ? QStringLiteral("Förlängd svarstid för din begäran")
                  : QStringLiteral("Extended time to answer your request");
    case LetterKind::Refusal:
        return sv ? QStringLiteral("Beslut: din begäran avslås %1").arg(refusalExtent(partialRefusal, language))
                  : QStringLiteral("Decision: your request is refused %1").arg(refusalExtent(partialRefusal, language));
    case LetterKind::Outcome:
        return sv ? QStringLiteral("Svar på din begäran") : QStringLiteral("Our answer to your request");
    case LetterKind::RestrictionLifting:
        return sv ? QStringLiteral("Begränsningen av behandlingen upphör")
                  : QStringLiteral("The restriction of processing will be lifted");
    case LetterKind::FeeNotice:
        return sv ? QStringLiteral("Avgift för att handlägga din begäran")
                  : QStringLiteral("Fee for handling your request");
    }
    return {};
}

QString LetterWording::contact(const ControllerRecord& controller, const QString& language)
{
    const bool sv = isSwedish(language);
    QStringList parts;
    if (!controller.email.trimmed().isEmpty())
        parts << (sv ? QStringLiteral("e-post ") : QStringLiteral("email ")) + controller.email.trimmed();
    if (!controller.phone.trimmed().isEmpty())
        parts << (sv ? QStringLiteral("telefon ") : QStringLiteral("telephone ")) + controller.phone.trimmed();
    if (parts.isEmpty())
        return controller.postalAddress.simplified();
    return parts.join(QStringLiteral(", "));
}

QStringList LetterWording::doneHeaders(const QString& language)
{
    if (isSwedish(language))
        return { QStringLiteral("Åtgärd"), QStringLiteral("System"), QStringLiteral("Datum"), QStringLiteral("Grund") };
    return { QStringLiteral("Action"), QStringLiteral("System"), QStringLiteral("Date"), QStringLiteral("Basis") };
}

QStringList LetterWording::keptHeaders(const QString& language)
{
    if (isSwedish(language))
        return { QStringLiteral("Uppgifter"), QStringLiteral("System"), QStringLiteral("Skäl och lagstöd"),
                 QStringLiteral("Sparas till och med") };
    return { QStringLiteral("Data"), QStringLiteral("System"), QStringLiteral("Reason and legal basis"),
             QStringLiteral("Kept until") };
}

QStringList LetterWording::refusedHeaders(const QString& language)
{
    if (isSwedish(language))
        return { QStringLiteral("Det som avslås"), QStringLiteral("System"), QStringLiteral("Skäl och lagstöd") };
    return { QStringLiteral("What is refused"), QStringLiteral("System"), QStringLiteral("Reason and legal basis") };
}

QStringList LetterWording::recipientHeaders(const QString& language)
{
    if (isSwedish(language))
        return { QStringLiteral("Mottagare"), QStringLiteral("Typ av mottagare"), QStringLiteral("Underrättad"),
                 QStringLiteral("Hur, eller varför inte") };
    return { QStringLiteral("Recipient"), QStringLiteral("Type"), QStringLiteral("Notified"),
             QStringLiteral("How, or why not") };
}

QString LetterWording::notNotified(const QString& language)
{
    return isSwedish(language) ? QStringLiteral("Nej") : QStringLiteral("No");
}

QString LetterWording::dateLabel(const QString& language)
{
    return isSwedish(language) ? QStringLiteral("Datum") : QStringLiteral("Date");
}

QString LetterWording::referenceLabel(const QString& language)
{
    return isSwedish(language) ? QStringLiteral("Vår referens") : QStringLiteral("Our reference");
}

QString LetterWording::organisationNumberLabel(const QString& language)
{
    return isSwedish(language) ? QStringLiteral("Org.nr") : QStringLiteral("Reg. no.");
}

QString LetterWording::dpoLabel(const QString& language)
{
    return isSwedish(language) ? QStringLiteral("Dataskyddsombud") : QStringLiteral("Data protection officer");
}

QString LetterWording::documentIdLabel(const QString& language)
{
    return isSwedish(language) ? QStringLiteral("Dokument-id") : QStringLiteral("Document ID");
}

QString LetterWording::pageOfPages(int page, int pages, const QString& language)
{
    return isSwedish(language) ? QStringLiteral("Sida %1 av %2").arg(page).arg(pages)
                               : QStringLiteral("Page %1 of %2").arg(page).arg(pages);
}

QString LetterWording::restrictionOffer(RequestRight right, const QString& language)
{
    const bool sv = isSwedish(language);
    if (right == RequestRight::Rectification) {
        // GDPR Art. 18(1)(a)
        return sv ? QStringLiteral("Medan vi kontrollerar om uppgifterna är korrekta kan du begära att vi begränsar "
                                   "behandlingen av dem (artikel 18.1 a i dataskyddsförordningen). Hör av dig till oss "
                                   "om du vill det.")
                  : QStringLiteral("While we check whether the data are accurate, you may ask us to restrict their "
                                   "processing (Article 18(1)(a) of the GDPR). Let us know if you want this.");
    }
    if (right == RequestRight::Objection) {
        // GDPR Art. 18(1)(d)
        return sv ? QStringLiteral("Medan vi prövar din invändning kan du begära att vi begränsar behandlingen av dina "
                                   "uppgifter (artikel 18.1 d i dataskyddsförordningen). Hör av dig till oss om du "
                                   "vill det.")
                  : QStringLiteral("While we consider your objection, you may ask us to restrict the processing of "
                                   "your data (Article 18(1)(d) of the GDPR). Let us know if you want this.");
    }
    return {};
}

} // namespace dsar
