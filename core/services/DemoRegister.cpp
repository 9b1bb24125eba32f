#include "DemoRegister.h"

#include "services/RegisterService.h"

#include <initializer_list>

namespace dsar {
namespace {

using L = LegalBasis;
using R = RecipientRole;
using S = SourceKind;

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList us(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << u(text);
    return list;
}

LegalBasisEntry basis(LegalBasis legalBasis, const char* note = "")
{
    return { legalBasis, u(note) };
}

Source source(SourceKind kind, const char* name = "")
{
    return { kind, u(name) };
}

Recipient recipient(const char* name, RecipientRole role, const char* purpose, const char* country = "SE")
{
    return { u(name), role, u(country), u(purpose) };
}

Transfer transfer(const char* country, const char* to, TransferSafeguard safeguard, const char* note)
{
    return { u(country), u(to), safeguard, u(note) };
}

// One activity with what every notice states; sources default to the subject, the rest is set by the caller.
ProcessingActivity activity(const char* name, std::initializer_list<const char*> purposes, QList<LegalBasisEntry> bases,
                            std::initializer_list<const char*> data, std::initializer_list<const char*> subjects,
                            const char* rule, const char* note)
{
    ProcessingActivity a;
    a.name = u(name);
    a.purposes = us(purposes);
    a.legalBases = std::move(bases);
    for (const char* category : data)
        a.dataCategories << DataCategory { u(category), false };
    a.subjectCategories = us(subjects);
    a.sources = { source(S::DataSubject) };
    a.retentionRule = u(rule);
    a.retentionNote = u(note);
    return a;
}

// ---------------------------------------------------------------------------------------------------------
// 000: Almi Företagspartner AB. No periods in the notice: everything is culled by its gallringsplan, and
// erasure is refused while data are necessary decision material (beslutsunderlag) or needed by law.
// "Almi fattar inga automatiserade beslut som berör dig."

const char* const almiGallring
    = "kept-with-reason;;;Gallras enligt Almis gallringsplan, sparas så länge det krävs för ändamålet eller den "
      "bevarandetid lagstiftning stadgar";
const char* const almiGallringNote
    = "Gallring av personuppgifter sker enligt gallringsplan, både digital och pappersbunden. Almi sparar "
      "personuppgifter endast så länge det krävs för ändamålet eller i de fall lagstiftning stadgar särskild "
      "bevarandetid. Radering kan inte ske av uppgifter som utgör en nödvändig del av ett beslutsunderlag eller "
      "på annat sätt behövs för att Almi ska kunna uppfylla sina rättsliga förpliktelser.";

QList<Recipient> almiThirdParties()
{
    return { recipient("Personuppgiftsbiträden (leverantörer av Almis system)", R::Processor,
                       "Behandling för Almis räkning enligt personuppgiftsbiträdesavtal"),
             recipient("Tredje part när krav eller skyldighet följer av lag", R::Authority,
                       "Utlämnande som följer av lag") };
}

// "Myndigheter, sanktionslistor, kreditupplysningsföretag och kommersiella informationsleverantörer".
QList<Source> almiCustomerSources(bool companyRepresentative)
{
    QList<Source> sources { source(S::DataSubject) };
    if (companyRepresentative)
        sources << source(S::Employer, "Annan företrädare för företaget/portföljbolaget");
    return sources << source(S::PublicRegister, "Myndigheter") << source(S::SanctionsPepList, "Sanktionslistor")
                   << source(S::SanctionsPepList, "Kontroll av person i politiskt utsatt ställning (PEP)")
                   << source(S::CreditBureau, "Kreditupplysningsföretag")
                   << source(S::Other, "Kommersiella informationsleverantörer");
}

QList<ProcessingActivity> almiForetagspartner()
{
    QList<ProcessingActivity> list;

    ProcessingActivity company = activity(
        "Kunder – företag/portföljbolag",
        { "Ingå och fullgöra avtalet mellan Almi och företaget/portföljbolaget", "Kundservice", "Rättslig förpliktelse",
          "Leverans av tjänster och produkter",
          "Få information om du är en av företagets verkliga huvudmän och om du är en person i politiskt utsatt "
          "ställning" },
        { basis(L::LegitimateInterests,
                "Avtalet är med det företag du företräder: Almis berättigade intresse av att ingå och fullgöra "
                "avtalet väger tyngre än dina grundläggande rättigheter och friheter"),
          basis(L::LegalObligation, "Rättslig förpliktelse") },
        { "Identifierande uppgifter (t.ex. namn)", "Kontaktuppgifter (t.ex. mejladress)", "Uppgift om verklig huvudman",
          "Uppgift om person i politiskt utsatt ställning" },
        { "Företrädare/kontaktperson för kundföretag/portföljbolag" }, almiGallring, almiGallringNote);
    company.sources = almiCustomerSources(true);
    company.recipients = almiThirdParties();
    company.systems = us({ "Kundsystem", "Beslutsunderlag (kredit och investering)" });
    list << company;

    ProcessingActivity person = activity(
        "Kunder – privatpersoner",
        { "Ingå och fullgöra avtalet med dig", "Kundservice", "Rättslig förpliktelse",
          "Leverans av tjänster och produkter", "Få information om du är en person i politiskt utsatt ställning" },
        { basis(L::Contract), basis(L::LegalObligation) },
        { "Identifierande uppgifter (t.ex. namn)", "Kontaktuppgifter (t.ex. mejladress)",
          "Uppgift om person i politiskt utsatt ställning" },
        { "Kund (privatperson)" }, almiGallring, almiGallringNote);
    person.sources = almiCustomerSources(false);
    person.recipients = almiThirdParties();
    person.systems = us({ "Kundsystem", "Beslutsunderlag (kredit och investering)" });
    list << person;

    ProcessingActivity analysis = activity(
        "Kund- och marknadsanalys samt marknadsföring",
        { "Kund- och marknadsanalyser", "Kundnöjdhetsundersökningar", "Upprätta statistik",
          "Utvärdera, utveckla och marknadsföra tjänster och produkter", "Direkt marknadsföring" },
        { basis(L::LegitimateInterests,
                "Almis berättigade intresse att kunna utveckla, förbättra och erbjuda sina tjänster samt "
                "bibehålla en god kontakt med dig och det företag du företräder. Du kan när som helst tacka nej "
                "till direkt marknadsföring.") },
        { "Identifierande uppgifter", "Kontaktuppgifter" },
        { "Företrädare/kontaktperson för kundföretag/portföljbolag", "Kund (privatperson)" }, almiGallring,
        almiGallringNote);
    analysis.recipients = almiThirdParties();
    list << analysis;

    ProcessingActivity newsletter
        = activity("Nyhetsbrev", { "Skicka nyhetsbrev från Almi" }, { basis(L::Consent) },
                   { "Identifierande uppgifter", "Kontaktuppgifter" }, { "Nyhetsbrevsprenumerant" }, almiGallring,
                   "Samtycket kan när som helst återtas genom avregistrering enligt instruktionerna i nyhetsbrevet. "
                   "Gallring sker enligt Almis gallringsplan.");
    newsletter.systems = us({ "Nyhetsbrevsverktyg" });
    list << newsletter;

    // The notice gives no legal basis for event registration; contract is the register's reading of
    // "administrera din anmälan", stated as such in the note.
    ProcessingActivity events = activity(
        "Anmälan till seminarier och event",
        { "Administrera anmälan till öppna seminarier eller event: tillhandahålla plats, bekräfta anmälan m.m." },
        { basis(L::Contract,
                "Policyn anger ingen särskild laglig grund; registrets bedömning: anmälan till "
                "seminariet/eventet") },
        { "Identifierande uppgifter", "Kontaktuppgifter" }, { "Eventdeltagare" }, almiGallring, almiGallringNote);
    list << events;

    ProcessingActivity suppliers
        = activity("Leverantörer och konsulter",
                   { "Kontinuerlig kontakt inom ramen för samarbetet",
                     "Uppfylla åtaganden enligt avtalet, t.ex. "
                     "fakturahantering",
                     "Bedöma konsulter som är aktuella för uppdrag (CV och meriter)" },
                   { basis(L::LegitimateInterests,
                           "Konsult anställd hos leverantören eller kontaktperson/företrädare för "
                           "leverantören"),
                     basis(L::Contract, "Du utför uppdrag åt Almi i egenskap av privatperson") },
                   { "Identifierande uppgifter", "Kontaktuppgifter", "Fakturauppgifter",
                     "CV och sammanställningar över tidigare erfarenheter och meriter" },
                   { "Leverantörskontakt", "Konsult" }, almiGallring, almiGallringNote);
    suppliers.sources << source(S::Employer, "Leverantören enligt avtalet med Almi");
    suppliers.recipients = { recipient("Leverantörer av de system i vilka uppgifterna hanteras", R::Processor,
                                       "Systemdrift enligt personuppgiftsbiträdesavtal") };
    list << suppliers;

    ProcessingActivity visitors = activity(
        "Besökare på Almis kontor", { "Säkerhet: den du besöker ska kunna kommunicera med dig innan du släpps in" },
        { basis(L::LegitimateInterests, "Säkerhetsskäl") }, { "Namn", "Företag du representerar" }, { "Besökare" },
        almiGallring, almiGallringNote);
    list << visitors;

    ProcessingActivity applicants
        = activity("Arbetssökande", { "Genomföra rekryteringsprocessen korrekt och effektivt" },
                   { basis(L::LegitimateInterests, "Almis berättigade intresse av att kunna genomföra rekryteringar") },
                   { "Ansökningshandlingar (CV, meritförteckning, personligt brev)", "Anteckningar från intervjuer",
                     "Upplysningar från referenspersoner" },
                   { "Arbetssökande" }, almiGallring, almiGallringNote);
    applicants.sources << source(S::Other, "Rekryteringsfirma") << source(S::Other, "Referenspersoner");
    applicants.recipients = { recipient("Rekryterare", R::Processor, "Rekrytering enligt personuppgiftsbiträdesavtal"),
                              recipient("Leverantörer av de system i vilka uppgifterna hanteras", R::Processor,
                                        "Systemdrift enligt personuppgiftsbiträdesavtal") };
    applicants.systems = us({ "Rekryteringssystem" });
    list << applicants;

    ProcessingActivity support
        = activity("Kundtjänst och chatt",
                   { "Bearbeta ditt ärende eller din förfrågan och återkoppla svaret till dig",
                     "Kundanalyser, statistik samt utvärdera och utveckla kundtjänsten" },
                   { basis(L::LegitimateInterests,
                           "Säkerställa att inkommande ärenden hanteras korrekt; utveckla, "
                           "förbättra och erbjuda tjänster samt bibehålla en god kundkontakt") },
                   { "Identifierande uppgifter", "Kontaktuppgifter", "Ärendets innehåll" },
                   { "Övriga (kontakt via kundtjänst, mejl, telefon, chatt)" }, almiGallring, almiGallringNote);
    support.recipients
        = { recipient("Konsulter och andra externa uppdragstagare", R::Processor, "När det behövs för ändamålen") };
    support.systems = us({ "Kundtjänst", "Chatt" });
    list << support;

    return list;
}

// ---------------------------------------------------------------------------------------------------------
// 001: Almi AB's website notice (Almi AB joint controller with its subsidiaries); OCR errors corrected.

const char* const almiWebRetention = "kept-with-reason;;;Sparas så länge det krävs för att uppfylla syftet med "
                                     "behandlingen";
const char* const almiWebNote = "Personuppgifter i ovan behandlingar kommer att sparas så länge det krävs för att "
                                "uppfylla syftet med behandlingen.";
const char* const almiWebInterest = "Almis hantering av personuppgifter där den rättsliga grunden är "
                                    "intresseavvägning";

QList<Recipient> almiWebSuppliers()
{
    return { recipient("Andra leverantörer och de systemleverantörer Almi använder sig av", R::Processor,
                       "Exakt information om mottagare lämnas av Almis dataskyddsombud") };
}

// Shared on acceptance of statistics and marketing cookies; each is an independent controller. Countries are
// their EU establishments (the notice names no country).
QList<Recipient> almiCookieRecipients()
{
    const char* const purpose = "Vid godkännande av cookies för statistik och marknadsföring; självständigt "
                                "personuppgiftsansvarig för sin behandling";
    return { recipient("Google", R::IndependentController, purpose, "IE"),
             recipient("Meta", R::IndependentController, purpose, "IE"),
             recipient("Microsoft (Bing)", R::IndependentController, purpose, "IE"),
             recipient("LinkedIn", R::IndependentController, purpose, "IE") };
}

QList<ProcessingActivity> almiWebsite()
{
    QList<ProcessingActivity> list;

    ProcessingActivity satisfaction
        = activity("Mäta kundnöjdhet", { "Förbättra och effektivisera kundtjänst genom en kundnöjdhetsmätning" },
                   { basis(L::LegitimateInterests, almiWebInterest) }, { "Kontaktuppgifter" },
                   { "Webbplatsbesökare", "Kund" }, almiWebRetention, almiWebNote);
    satisfaction.recipients = almiWebSuppliers();
    list << satisfaction;

    ProcessingActivity service = activity(
        "Service vid kontakt",
        { "Kontakt via e-post, kontaktformulär, chatt och telefon med intressenter och potentiella kunder för att "
          "svara på frågor och hjälpa dem med deras ärenden",
          "Dokumentera rådgivning och skicka ärende vidare till respektive dotterbolag" },
        { basis(L::LegitimateInterests, almiWebInterest) },
        { "Demografiska uppgifter", "Identitetsuppgifter", "Kommunikation", "Kontaktuppgifter" },
        { "Intressent", "Potentiell kund" }, almiWebRetention, almiWebNote);
    service.recipients = almiWebSuppliers();
    service.recipients << recipient("Almis dotterbolag", R::JointController,
                                    "Ärendet skickas vidare till respektive dotterbolag; gemensamt "
                                    "personuppgiftsansvar inom Almi-koncernen");
    list << service;

    ProcessingActivity statistics
        = activity("Statistik", { "Samla statistik om ärenden och vilka intressenter som kontaktar kundtjänst" },
                   { basis(L::LegitimateInterests, almiWebInterest) }, { "Identitetsuppgifter" }, { "Intressent" },
                   almiWebRetention, almiWebNote);
    list << statistics;

    ProcessingActivity direct
        = activity("Direkt marknadsföring",
                   { "Nå ut med erbjudanden och information i syfte att få in nya kunder (inte "
                     "nyhetsbrev)" },
                   { basis(L::LegitimateInterests, almiWebInterest) }, { "Identitetsuppgifter", "Kontaktuppgifter" },
                   { "Intressent", "Potentiell kund" }, almiWebRetention, almiWebNote);
    direct.recipients = almiWebSuppliers();
    list << direct;

    ProcessingActivity booking
        = activity("Bokar möte via webben", { "Tjänst för att du direkt ska kunna boka möte med en rådgivare" },
                   { basis(L::LegitimateInterests, almiWebInterest) },
                   { "Företagsuppgifter", "Identitetsuppgifter", "Kommunikation", "Kontaktuppgifter" },
                   { "Webbplatsbesökare", "Potentiell kund" }, almiWebRetention, almiWebNote);
    booking.recipients = almiWebSuppliers();
    list << booking;

    ProcessingActivity telemarketing = activity(
        "Telemarketing",
        { "Nå ut till en identifierad grupp av potentiellt nya kunder; telemarketing genomförs utifrån listor "
          "genererade från offentliga register" },
        { basis(L::LegitimateInterests, almiWebInterest) },
        { "Företagsuppgifter", "Identitetsuppgifter", "Kontaktuppgifter", "Organisatorisk information" },
        { "Potentiell kund" }, almiWebRetention, almiWebNote);
    telemarketing.sources = { source(S::Other, "Leverantörer"), source(S::PublicRegister, "Offentliga källor") };
    telemarketing.recipients = almiWebSuppliers();
    list << telemarketing;

    ProcessingActivity newsletter
        = activity("Nyhetsbrevsanmälan via hemsida",
                   { "Skicka ut nyhetsbrev för att informera om Almis verksamhet och resultat samt event" },
                   { basis(L::Consent) }, { "Identitetsuppgifter", "Kontaktuppgifter" }, { "Nyhetsbrevsprenumerant" },
                   "while-consent-lasts", "Så länge du samtycker till att vara med på listan för utskick.");
    newsletter.recipients = almiWebSuppliers();
    newsletter.systems = us({ "Nyhetsbrevsverktyg" });
    list << newsletter;

    ProcessingActivity analytics = activity(
        "Analys av hemsida", { "Förbättra din användning av hemsidan samt få ut statistik av användning av hemsidan" },
        { basis(L::Consent, "Samtycke till cookies för statistik") },
        { "Användargenererade uppgifter (cookies, loggar)", "Identifieringsuppgifter" }, { "Webbplatsbesökare" },
        "kept-with-reason;;;I enlighet med cookiepolicy", "Lagringstid: i enlighet med cookiepolicyn.");
    analytics.recipients = almiWebSuppliers() + almiCookieRecipients();
    analytics.systems = us({ "Hemsida (cookies)" });
    list << analytics;

    ProcessingActivity network
        = activity("Nätverk", { "Skicka information och kontakta dig med anledning av det nätverk du anmält dig till" },
                   { basis(L::Consent) }, { "Identitetsuppgifter", "Kontaktuppgifter", "Kompetensuppgifter" },
                   { "Nätverksdeltagare" }, "while-consent-lasts", "Så länge du vill vara med i nätverket.");
    network.recipients = almiWebSuppliers();
    list << network;

    ProcessingActivity marketing
        = activity("Marknadsföring (profilering)", { "Kunna visa erbjudanden från Almi på andra sidor du besöker" },
                   { basis(L::Consent, "Samtycke till cookies för marknadsföring") },
                   { "Identitetsuppgifter", "Användargenererade uppgifter (cookies, loggar)" }, { "Webbplatsbesökare" },
                   "kept-with-reason;;;I enlighet med cookiepolicy",
                   "Lagringstid: i enlighet med cookiepolicyn. Denna behandling innebär profilering.");
    marketing.recipients = almiWebSuppliers() + almiCookieRecipients();
    marketing.automatedDecision = AutomatedDecision {
        u("Profilering med cookies: uppgifter om ditt besök på Almis hemsida delas med Google, Meta, Microsoft "
          "(Bing) och LinkedIn så att erbjudanden från Almi kan visas på andra sidor du besöker."),
        u("Du kan se Almis erbjudanden på andra webbplatser. Sker endast om du godkänner cookies för "
          "marknadsföring; inga automatiserade beslut med rättsliga följder fattas.")
    };
    marketing.systems = us({ "Hemsida (cookies)" });
    list << marketing;

    return list;
}

// ---------------------------------------------------------------------------------------------------------
// 002: Allkontor, three joint controllers (Allkontor Teknisk Service AB, Kontor & Miljö i Borlänge AB,
// Mora Kontorsteam AB); the same activities for each.

const char* const allkontorRetention = "after-relationship-ended;24m";
const char* const allkontorNote = "Sparas under den tid som du är kund hos oss och 24 månader därefter för att "
                                  "uppfylla ändamålen med vår behandling; därefter raderas eller avidentifieras "
                                  "uppgifterna.";

QList<Recipient> allkontorRecipients()
{
    return { recipient("Tjänsteleverantörer", R::Processor,
                       "Tillhandahåller tjänster till Allkontor; behandlar endast enligt Allkontors uttryckliga "
                       "instruktioner"),
             recipient("Myndigheter", R::Authority,
                       "Nödvändig information när vi är skyldiga enligt lag (rättslig förpliktelse)"),
             recipient("Domstol, motparter etc.", R::IndependentController,
                       "I samband med en rättstvist; berättigat intresse av att fastställa, göra gällande och "
                       "försvara rättsliga anspråk"),
             recipient("Potentiella köpare och säljare", R::IndependentController,
                       "Vid försäljning av hela eller delar av verksamheten eller vid en sammanslagning; berättigat "
                       "intresse av att genomföra avyttringen eller sammanslagningen") };
}

QList<ProcessingActivity> allkontor()
{
    QList<ProcessingActivity> list;
    const QList<Source> customerSources
        = { source(S::DataSubject), source(S::CreditBureau, "Externa informationstjänster (kreditupplysning)") };

    ProcessingActivity customer
        = activity("Hantera dig som kund",
                   { "Hantera din ansökan om att bli kreditkund", "Fakturera och bevaka betalningar",
                     "Besvara förfrågningar från dig", "Ta hem beställningsvaror" },
                   { basis(L::Consent,
                           "Utan samtycke kan vi inte godkänna en ansökan om att bli kreditkund eller ingå t.ex. "
                           "ett hyresavtal") },
                   { "Identitetsuppgifter (namn, kundnummer, personnummer i förekommande fall)", "Kontaktuppgifter",
                     "Uppgift om genomförda köp" },
                   { "Kund", "Kreditkund" }, allkontorRetention, allkontorNote);
    customer.sources = customerSources;
    customer.recipients = allkontorRecipients();
    customer.systems = us({ "Kundregister", "Ekonomisystem" });
    list << customer;

    ProcessingActivity offers = activity(
        "Kommunikation och lämnande av erbjudanden",
        { "Kommunicera relevant information med dig",
          "Lämna generella och personliga erbjudanden om Allkontors varor och tjänster via brev, e-post, SMS, "
          "webbplatsen och andra digitala kontaktvägar, t.ex. Allkontors profiler på sociala medier" },
        { basis(L::Consent) },
        { "Identitetsuppgifter (namn, kundnummer, personnummer i förekommande fall)",
          "Kontaktuppgifter (adress, telefonnummer, e-postadress)", "Uppgift om genomförda köp",
          "Digitalt beteende (besöks- och sökhistorik på hemsida och i webbshop)",
          "Information från externa informationstjänster" },
        { "Kund" }, allkontorRetention,
        "Sparas under den tid som du är kund hos oss och 24 månader därefter. Du kan när som helst motsätta dig "
        "direktmarknadsföring och avregistrera dig från utskick.");
    offers.sources = { source(S::DataSubject), source(S::Other, "Externa informationstjänster") };
    offers.recipients = allkontorRecipients();
    list << offers;

    ProcessingActivity followUp = activity(
        "Uppföljning och utvärdering",
        { "Ta fram rapporter och statistik för uppföljning och utvärdering av verksamheten" },
        { basis(L::LegitimateInterests, "Berättigat intresse av att genomföra uppföljning och utvärderingar") },
        { "Köphistorik" }, { "Kund" }, allkontorRetention, allkontorNote);
    followUp.recipients = allkontorRecipients();
    list << followUp;

    // The notice names bookkeeping as kept longer but states no period and no law: kept with its wording.
    ProcessingActivity bookkeeping = activity(
        "Ekonomisk bokföring", { "Ekonomisk bokföring" },
        { basis(L::LegalObligation, "Uppgifter som vi är skyldiga enligt lag att bevara") },
        { "Identitetsuppgifter", "Uppgift om genomförda köp", "Fakturor och betalningar" }, { "Kund", "Kreditkund" },
        "kept-with-reason;;;Uppgifter för ekonomisk bokföring kan finnas kvar längre än 24 månader efter "
        "kundrelationen",
        "I vissa fall kan uppgifter finnas kvar längre, som till exempel uppgifter för ekonomisk bokföring. "
        "Närmare information om hur länge personuppgifterna bevaras kan fås på begäran.");
    bookkeeping.recipients = allkontorRecipients();
    bookkeeping.systems = us({ "Ekonomisystem" });
    list << bookkeeping;

    return list;
}

// ---------------------------------------------------------------------------------------------------------
// 003: Coegi. One rule for all relationships: culled after at most 3 years of inactivity (yearly review);
// bookkeeping kept longer under the Bookkeeping Act, period not stated.

const char* const coegiRetention = "after-last-activity;3y";
const char* const coegiNote = "Sparas så länge du är aktiv och potentiell kund, leverantör (inklusive "
                              "underkonsultpartner eller arbetssökande) eller samarbetspartner. Personuppgifter "
                              "gallras senast efter 3 års inaktivitet; genomgång sker periodvis, vanligen minst en "
                              "gång om året.";

QList<Recipient> coegiRecipients()
{
    return { recipient("Tjänsteleverantörer för IT-relaterade tjänster och marknadsföringstjänster", R::Processor,
                       "Uppfylla ändamålen med behandlingen; inom EU/EES eller med EU:s standardavtal"),
             recipient("Företag inom Coegis koncern", R::IndependentController,
                       "Samarbete inom företagsgruppen av intresse för affärsrelationen") };
}

QList<ProcessingActivity> coegi()
{
    QList<ProcessingActivity> list;
    const QList<Source> registers
        = { source(S::DataSubject), source(S::Employer, "Din arbetsgivare (kund, leverantör eller partner)"),
            source(S::PublicRegister, "Bolagsverket"), source(S::PublicRegister, "SPAR") };

    ProcessingActivity relations = activity(
        "Kund-, leverantörs- och partnerrelationer",
        { "Hantera och vårda kund-, leverantörs- och/eller partnerrelationer med ditt företag eller dig som "
          "uppdragstagare och fullgöra gällande avtal, beställningar och förfrågningar",
          "Uppdatera uppgifter från offentliga register för god registervård" },
        { basis(L::LegitimateInterests,
                "Ett naturligt led i vårdandet av vår relation med din "
                "arbetsgivare/uppdragsgivare eller med dig som individ") },
        { "Namn", "Kontaktuppgifter (mobiltelefonnummer, e-postadress)" },
        { "Kundkontaktperson", "Leverantörskontakt", "Samarbetspartner", "Underkonsult" }, coegiRetention, coegiNote);
    relations.sources = registers;
    relations.recipients = coegiRecipients();
    relations.systems = us({ "Kundvårdssystem", "Leverantörsdatabas" });
    list << relations;

    ProcessingActivity matching = activity(
        "Uppdragstagare och arbetssökande",
        { "Hantera och vårda relationen med dig som enskild uppdragstagare eller arbetssökande i syfte att matcha "
          "intressenter mot uppdrag och positioner" },
        { basis(L::LegitimateInterests, "Vårdandet av vår relation med dig som individ") },
        { "Namn", "Kontaktuppgifter (mobiltelefonnummer, e-postadress)" },
        { "Arbetssökande", "Uppdragstagare", "Student" }, coegiRetention, coegiNote);
    matching.sources = registers;
    matching.recipients = coegiRecipients();
    matching.recipients << recipient("Utomstående kund- eller partnerföretag", R::IndependentController,
                                     "Ett led i arbetet att hitta uppdrag för dig");
    list << matching;

    ProcessingActivity administration = activity(
        "Administration och fakturering",
        { "Hantera administration, fakturering och korrespondens med samarbetspartners och möjliggöra god service",
          "Rätta felaktiga uppgifter och skicka information som du har begärt" },
        { basis(L::LegitimateInterests), basis(L::LegalObligation) }, { "Namn", "Kontaktuppgifter" },
        { "Samarbetspartner", "Kundkontaktperson", "Leverantörskontakt" }, coegiRetention, coegiNote);
    administration.recipients = coegiRecipients();
    list << administration;

    ProcessingActivity bookkeeping = activity(
        "Bokföring", { "Uppfylla bokföringslagens krav" }, { basis(L::LegalObligation, "Bokföringslagen") },
        { "Namn", "Faktureringsuppgifter" }, { "Kundkontaktperson", "Leverantörskontakt" },
        "kept-with-reason;;;Viss information kan behållas längre då det krävs pga andra lagkrav, som "
        "bokföringslagen",
        "Viss information kan behållas längre då det krävs så pga andra lagkrav, som exempelvis bokföringslagen.");
    bookkeeping.systems = us({ "Ekonomisystem" });
    list << bookkeeping;

    ProcessingActivity digital = activity(
        "Digitala tjänster",
        { "Fullgöra och administrera åtaganden inom ramen för våra digitala tjänster (webbplatser, appar, "
          "databaser m.m.)",
          "Utveckla och förbättra digitala tjänster genom analys av användarbeteende och statistiska data på "
          "aggregerad nivå" },
        { basis(L::LegitimateInterests) },
        { "Namn, e-postadress och mobiltelefonnummer", "Trafikdata, platsdata, webbloggar",
          "IP-adress, typ av enhet, operativsystem och webbläsartyp", "Cookies och unika identifierare" },
        { "Webbplatsbesökare", "Användare av digitala tjänster" }, coegiRetention, coegiNote);
    digital.recipients = coegiRecipients();
    digital.systems = us({ "Webbplatser", "Appar" });
    list << digital;

    ProcessingActivity newsletter = activity(
        "Nyhetsbrev och samtyckesbaserade formulär",
        { "Använda lämnade uppgifter för det ändamål som beskrivs i anslutning till samtycket, t.ex. nyhetsbrev" },
        { basis(L::Consent, "Lämnas genom att klicka på \"Skicka\" eller på liknande vis") },
        { "Namn", "Telefonnummer", "E-postadress" }, { "Nyhetsbrevsprenumerant" }, coegiRetention, coegiNote);
    newsletter.recipients = coegiRecipients();
    list << newsletter;

    ProcessingActivity marketing
        = activity("Marknadsföring och profilering",
                   { "Kontakta dig via app, SMS, e-post eller post om erbjudanden, kampanjer eller tjänster",
                     "Lagra och analysera uppgifter om användande av tjänst/er som grund för generell och riktad "
                     "marknadsföring" },
                   { basis(L::LegitimateInterests, "Du kan tacka nej till marknadsföringen") },
                   { "Namn", "Kontaktuppgifter", "Uppgifter om användande av tjänst/er" },
                   { "Kundkontaktperson", "Användare av digitala tjänster" }, coegiRetention, coegiNote);
    marketing.recipients = coegiRecipients();
    marketing.automatedDecision = AutomatedDecision {
        u("Uppgifter om användande av tjänst/er lagras och analyseras; för riktade erbjudanden kan "
          "segmentering/profilering användas."),
        u("Vilka erbjudanden och vilken marknadsföring du får. Du kan när som helst tacka nej till "
          "marknadsföringen.")
    };
    list << marketing;

    return list;
}

// ---------------------------------------------------------------------------------------------------------
// 004: Assessio Sverige AB, every activity of the notice with its rule. The notice's transfers (USA under
// standard contractual clauses, the United Kingdom under the adequacy decision) and its recipients are
// stated for all processing, not per activity, so each activity carries them.

QList<Recipient> assessioRecipients()
{
    return { recipient("Assessios personuppgiftsbiträden", R::Processor,
                       "Behandlar personuppgifter enligt Assessios instruktioner"),
             recipient("Brottsbekämpande myndigheter", R::Authority, "Utlämnande vid misstanke om brott") };
}

QList<Transfer> assessioTransfers()
{
    return { transfer("US", "Assessios personuppgiftsbiträden", TransferSafeguard::StandardContractualClauses,
                      "Överföring till USA på grundval av EU-kommissionens standardavtal"),
             transfer("GB", "Assessios personuppgiftsbiträden", TransferSafeguard::AdequacyDecision,
                      "Överföring till Storbritannien på grundval av EU-kommissionens beslut om tillräckligt hög "
                      "skyddsnivå") };
}

const char* const noPeriod = "kept-with-reason;;;Policyn anger ingen lagringstid";

QList<ProcessingActivity> assessio()
{
    QList<ProcessingActivity> list;
    const char* const bfl = "after-fiscal-year-end;7y;BFL 7 kap. 2 §";

    list << activity("Rekryteringsprocess", { "Bemöta verksamhetens personalbehov" }, { basis(L::LegitimateInterests) },
                     { "Kontaktuppgifter", "CV" }, { "Arbetssökande" }, "after-collection;2y",
                     "Vid ej tillsättning raderas personuppgifter efter två år.");
    list.last().systems = us({ "Rekryteringssystem" });

    list << activity("Leverantörsregister",
                     { "Effektivisera arbetet avseende bokföring och betalning av inkommande leverantörsfakturor" },
                     { basis(L::Contract), basis(L::LegalObligation) }, { "Kontaktuppgifter" },
                     { "Leverantörskontakt" }, bfl,
                     "Personuppgifter raderas sju år efter det kalenderår då räkenskapsåret avslutades.");
    list.last().systems = us({ "Ekonomisystem" });

    list << activity("Avtalshantering", { "Effektivisera arbetet kring lagring och administration av avtal" },
                     { basis(L::Contract), basis(L::LegalObligation), basis(L::LegitimateInterests) },
                     { "Kontaktuppgifter" }, { "Kundkontaktperson", "Leverantörskontakt" }, bfl,
                     "Avslutade avtal raderas sju år efter det kalenderår då räkenskapsåret avslutades.");

    // One notice paragraph, two rules and two legal bases: two activities.
    list << activity("Bildbank – kundcase", { "Marknadsföra Assessio Sverige AB" },
                     { basis(L::Contract, "Vid specifika kundcase") }, { "Kontaktuppgifter", "Bilder" },
                     { "Kundkontaktperson" }, "after-collection;5y", "Kundcase-bilder raderas efter fem år.");
    list.last().systems = us({ "Bildbank" });
    list << activity("Bildbank – spontana bilder och videoklipp", { "Marknadsföra Assessio Sverige AB" },
                     { basis(L::LegitimateInterests, "Spontana bilder och videoklipp vid bl.a. event") },
                     { "Bilder", "Videoklipp" }, { "Eventdeltagare" }, "after-collection;1y",
                     "Spontana miljöbilder och videos raderas efter ett år.");
    list.last().systems = us({ "Bildbank" });

    list << activity("CRM-system", { "Registrera kunders uppgifter för affärsrelaterad kontakt" },
                     { basis(L::Contract), basis(L::LegitimateInterests) }, { "Kontaktuppgifter" },
                     { "Kund", "Kundkontaktperson" }, "after-relationship-ended;2y",
                     "Personuppgifter raderas två år efter uppsagt avtal.");
    list.last().systems = us({ "CRM" });

    // "Direkt" has no period the engine can count (periods are at least one day).
    list << activity("Inpassering", { "Säkerställa vilka som rör sig i Assessio Sverige AB:s lokaler" },
                     { basis(L::LegitimateInterests) }, { "Kontaktuppgifter" }, { "Besökare", "Leverantörskontakt" },
                     "kept-with-reason;;;Raderas direkt vid avslutad leverantörstjänst",
                     "Personuppgifter raderas direkt vid avslutad leverantörstjänst.");
    list.last().systems = us({ "Passersystem" });

    list << activity("Customer support", { "Ge support samt hantera extern kommunikation" },
                     { basis(L::Contract), basis(L::LegitimateInterests) }, { "Kontaktuppgifter", "Frågor" },
                     { "Kund", "Kundkontaktperson" }, noPeriod, "Policyn anger ingen lagringstid för kundsupport.");

    list << activity("Nyhetsbrev", { "Marknadsföra och informera" }, { basis(L::Consent) }, { "Kontaktuppgifter" },
                     { "Nyhetsbrevsprenumerant" }, "after-send-out;180d",
                     "Kontaktlistor med mottagare av nyhetsbrev raderas 180 dagar efter utskick. Du kan när som "
                     "helst återkalla ditt samtycke.");
    list.last().systems = us({ "Nyhetsbrevsverktyg" });

    list << activity("Utbildningsanmälan", { "Tillhandahålla rätt information inför genomförandet av utbildningar" },
                     { basis(L::Contract) }, { "Kontaktuppgifter" }, { "Kursdeltagare" }, "after-collection;2y",
                     "Personuppgifter raderas två år efter att utbildningsanmälan inkommit.");

    list << activity("Utbildningsregister", { "Förbereda deltagare inför kommande certifiering" },
                     { basis(L::Contract) }, { "Kontaktuppgifter" }, { "Kursdeltagare" }, "after-account-created;6m",
                     "Kontot i utbildningsregistret raderas sex månader efter att kontot skapats.");
    list.last().systems = us({ "Utbildningsregister" });

    list << activity("Hemsida", { "Ha företagsinformation tillgänglig för intressenter" }, { basis(L::Contract) },
                     { "Kontaktuppgifter", "Bild" }, { "Medarbetare", "Kundkontaktperson" },
                     "kept-with-reason;;;Content på hemsidan raderas direkt när radering sker i backoffice",
                     "Content på hemsidan raderas direkt när radering sker i backoffice. Uppgifter som publiceras "
                     "på hemsidan är tillgängliga för alla besökare, världen över.");
    list.last().systems = us({ "Hemsida" });

    list << activity("Tjänsteutveckling", { "Utveckla en mer träffsäker produkt" }, { basis(L::Consent) },
                     { "Demografisk information" }, { "Användare av Assessios tjänster" }, noPeriod,
                     "Policyn anger ingen lagringstid för tjänsteutveckling.");

    list << activity("Customer success", { "Öka kundvärdet" }, { basis(L::LegitimateInterests) },
                     { "Kontaktuppgifter", "Användning av tjänst" }, { "Kund", "Kundkontaktperson" },
                     "after-last-activity;2y", "Personuppgifter raderas två år efter inaktivitet.");

    list << activity("Marknadsföring", { "Marknadsföra Assessios produkter och tjänster" },
                     { basis(L::LegitimateInterests), basis(L::Consent, "I vissa fall; kan återkallas när som helst") },
                     { "Kontaktuppgifter" }, { "Lead", "Prospekt", "Webbplatsbesökare" }, "after-collection;180d",
                     "Personuppgifter raderas 180 dagar efter att de inkommit via hemsidan.");

    list << activity("Eventanmälan", { "Förbereda inför kommande event" }, { basis(L::Contract) },
                     { "Kontaktuppgifter" }, { "Eventdeltagare" }, "after-collection;180d",
                     "Personuppgifter raderas 180 dagar efter att de inkommit via hemsidan.");

    list << activity("Nykundsbearbetning", { "Erbjuda produkter och tjänster till potentiella kunder" },
                     { basis(L::LegitimateInterests) }, { "Kontaktuppgifter" }, { "Lead", "Prospekt" },
                     "after-relationship-ended;1m;;För leads och prospekts som avböjer Assessios erbjudande",
                     "Personuppgifter raderas inom en månad för leads och prospekts som väljer att avböja "
                     "Assessios erbjudande.");
    list.last().systems = us({ "CRM" });

    list << activity("Sociala medier", { "Digitalt erbjuda produkter och tjänster till potentiella kunder" },
                     { basis(L::Consent) }, { "Kontaktuppgifter", "Bild" }, { "Medverkande i publicerat material" },
                     noPeriod,
                     "Policyn anger ingen lagringstid. När bilder publiceras på LinkedIn kan besökare spara "
                     "publicerade personuppgifter; sådan vidarebehandling är bortom Assessios kontroll.");
    list.last().recipients << recipient("LinkedIn", R::IndependentController, "Publicering på LinkedIn", "IE");

    list << activity("Utbildningsgenomförande", { "Utföra utbildningar åt kunder på distans" }, { basis(L::Contract) },
                     { "Kontaktuppgifter", "Bild" }, { "Kursdeltagare" }, noPeriod,
                     "Policyn anger ingen lagringstid för digitalt utbildningsgenomförande.");

    list << activity("Kompetensutveckling",
                     { "Fri kompetensutveckling för kunder, prospekts och leads i HR-hubbar i webinarieform" },
                     { basis(L::LegitimateInterests, "För dem som lyssnar på HR-hubben"),
                       basis(L::Consent, "För gäster som medverkar i HR-hubben; kan återkallas när som helst") },
                     { "Kontaktuppgifter", "Bild" }, { "Kund", "Prospekt", "Lead", "Gäst i HR-hubben" }, noPeriod,
                     "Policyn anger ingen lagringstid. När personuppgifter publiceras på YouTube kan besökare spara "
                     "dem; sådan vidarebehandling är bortom Assessios kontroll.");
    list.last().recipients << recipient("YouTube", R::IndependentController, "Publicering av HR-hubbens webinarier",
                                        "IE");

    list << activity("Nykundsleads",
                     { "Boka in möten med nya kundleads för att visa demo av Leadership Feedback och skapa nya "
                       "kundrelationer" },
                     { basis(L::LegitimateInterests), basis(L::Consent, "Alternativt; kan återkallas när som helst") },
                     { "Kontaktuppgifter" }, { "Lead" }, "after-collection;3m",
                     "Personuppgifter raderas 3 månader efter att de inkommit.");

    list << activity("Svarservice",
                     { "Ta emot ärenden och kontaktuppgifter för dem som kontaktar oss när customer support inte är "
                       "tillgänglig" },
                     { basis(L::LegitimateInterests) }, { "Kontaktuppgifter", "Ärenden" }, { "Kund", "Intressent" },
                     noPeriod, "Policyn anger ingen lagringstid för svarservice.");

    list << activity("Inbokningssystem", { "Boka in möten med slutkandidater" }, { basis(L::Contract) },
                     { "Kontaktuppgifter" }, { "Slutkandidat" }, "until-project-ends",
                     "Personuppgifter raderas efter varje projektavslut.");
    list.last().systems = us({ "Inbokningssystem" });

    list << activity("Administratörsuppgifter", { "Fakturering", "Statistik", "Tjänsteleverans", "Säkerhet" },
                     { basis(L::Contract), basis(L::LegitimateInterests) }, { "Kontaktuppgifter" },
                     { "Kundens administratör" }, "after-relationship-ended;2y",
                     "Personuppgifter raderas två år efter uppsagt avtal. Certifieringen sparas tills vidare med "
                     "intresseavvägning som rättslig grund.");

    list << activity("Certifiering", { "Säkerställa kvaliteten genom certifiering efter utförda utbildningar" },
                     { basis(L::LegitimateInterests) }, { "Kontaktuppgifter", "Certifieringar" },
                     { "Certifierad kursdeltagare" },
                     "kept-with-reason;;;Certifieringar sparas tills vidare med intresseavvägning som rättslig "
                     "grund",
                     "Personuppgifter raderas vid uppsagt avtal, om kund önskar detta. Annars sparas personuppgifter "
                     "i form av certifieringar tills vidare med intresseavvägning som rättslig grund.");

    list << activity("MBTI – Utbildning", { "Säkerställa kunskap vid certifiering hos kunder genom utbildning" },
                     { basis(L::LegitimateInterests) }, { "Kontaktuppgifter" }, { "Kursdeltagare" },
                     "kept-with-reason;;;Raderas vid avslutat konto i portalen",
                     "Personuppgifter raderas vid avslutat konto i portalen.");
    list.last().systems = us({ "Portalen" });

    list << activity("Chatbot",
                     { "Underlätta för kunder att komma i kontakt med företagets olika avdelningar",
                       "Få information om nya leads och prospekts" },
                     { basis(L::LegitimateInterests) }, { "Kontaktuppgifter", "Meddelanden i chatten" },
                     { "Kund", "Lead", "Prospekt" }, "after-collection;12m",
                     "Personuppgifterna raderas efter 12 månader.");
    list.last().systems = us({ "Chatbot" });

    list << activity("Demo – Process",
                     { "Bjuda in leads och prospekts i plattformen för att testa och få en samlad bild av "
                       "användandet, i försäljningssyfte" },
                     { basis(L::LegitimateInterests) }, { "Kontaktuppgifter" }, { "Lead", "Prospekt" },
                     "after-account-created;6m", "Personuppgifter raderas 6 månader efter skapat demo-konto.");
    list.last().systems = us({ "Plattformen (demo-konto)" });

    for (ProcessingActivity& a : list) {
        a.recipients = assessioRecipients() + a.recipients;
        a.transfers = assessioTransfers();
    }
    return list;
}

QList<ProcessingActivity> activitiesOf(const QString& controller)
{
    if (controller == u("Almi Företagspartner AB"))
        return almiForetagspartner();
    if (controller == u("Almi AB"))
        return almiWebsite();
    if (controller == u("Allkontor Teknisk Service AB") || controller == u("Kontor & Miljö i Borlänge AB")
        || controller == u("Mora Kontorsteam AB"))
        return allkontor();
    if (controller == u("Coegi"))
        return coegi();
    if (controller == u("Assessio Sverige AB"))
        return assessio();
    return {};
}

} // namespace

Status DemoRegister::populate(RegisterService& adminRegister, const QList<ControllerRecord>& controllers)
{
    for (const ControllerRecord& controller : controllers) {
        for (ProcessingActivity activity : activitiesOf(controller.name)) {
            activity.controllerId = controller.id;
            if (Result<ProcessingActivity> added = adminRegister.add(activity); !added)
                return Error { QStringLiteral("%1: %2").arg(controller.name, added.error()) };
        }
    }
    return {};
}

} // namespace dsar
