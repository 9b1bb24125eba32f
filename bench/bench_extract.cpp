// bench_extract: issue 6 item 8. A register extract (GDPR Art. 15) for a subject with 2,000 held items (the issue
// expects about 50 pages) must be made in under a second on the 2-core development machine. The database is built
// through the real services on an in-memory TestSession; CaseService::writeExtract is timed as the user gets it, and
// the composition and the rendering apart so a regression can be located. Not a test: the figures depend on the
// machine, so CTest never runs it (scripts/bench.sh does).
#include "ExtractPdf.h"
#include "PdfExtractRenderer.h"
#include "TestSession.h"
#include "extract/ExtractComposer.h"
#include "services/CaseService.h"
#include "services/ControllerService.h"
#include "services/HoldingService.h"
#include "services/RegisterService.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <sys/resource.h>
#include <time.h>

using namespace dsar;

namespace {

constexpr double targetMs = 1000.0;

// The work of the day (Stockholm): received Monday 1 March 2027, identity confirmed on the Friday, the extract
// made on Wednesday 10 March.
const QDate receivedOn(2027, 3, 1);
const QDate askedOn(2027, 3, 2);
const QDate answeredOn(2027, 3, 5);
const QDate extractOn(2027, 3, 10);

QDateTime morningOf(QDate date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC);
}

[[noreturn]] void fail(const QString& what, const QString& error)
{
    std::fprintf(stderr, "bench_extract: %s: %s\n", qPrintable(what), qPrintable(error));
    std::exit(1);
}

template <typename T>
T need(Result<T> result, const QString& what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

double peakRssMib()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux: KiB
}

// ru_maxrss covers the setup too (scrypt for the accounts, the sealed inserts); the high-water mark reset after
// the setup (Linux >= 4.0) and read after the runs is the extract's own. Negative: unknown.
bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

double highWaterMib()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

struct Timing
{
    double median = 0;
    double min = 0;
    double cpuMedian = 0; // steadier than wall time when the two cores are shared with a build
};

// One warm-up run (fonts, glyph caches, prepared statements), then `runs` timed ones.
Timing timeRuns(int runs, const std::function<void()>& work)
{
    work();
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = cpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << cpuMs() - cpuStart;
    }
    return { medianOf(wall), *std::min_element(wall.cbegin(), wall.cend()), medianOf(cpu) };
}

// Deterministic text of Swedish customer-service prose; the same seed gives the same database on every run, so
// figures from different days compare.
class Text
{
public:
    explicit Text(unsigned seed)
        : m_random(seed)
    { }

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    template <typename T>
    const T& pick(const QList<T>& from)
    {
        return from.at(between(0, int(from.size()) - 1));
    }
    QDate dateBetween(QDate first, QDate last) { return first.addDays(between(0, int(first.daysTo(last)))); }
    // Whole sentences up to a length in [low, high], so the value wraps over several lines of its cell.
    QString prose(int low, int high)
    {
        static const QStringList sentences {
            QStringLiteral("Kunden ringde och frågade när leveransen kommer."),
            QStringLiteral("Paketet har enligt PostNord lämnats till ombudet på Storgatan."),
            QStringLiteral("Vi har skickat en ny faktura med rätt adress och förlängt betalningstiden med 14 dagar."),
            QStringLiteral("Kunden är missnöjd med handläggningstiden och vill ha en skriftlig förklaring."),
            QStringLiteral("Returen är mottagen och krediteringen görs inom fem bankdagar."),
            QStringLiteral("Ärendet eskalerat till teamledare enligt rutinen för reklamationer över 5 000 kr."),
            QStringLiteral("Kunden önskar kontakt via e-post i stället för telefon."),
            QStringLiteral("Bytt leveransadress till arbetsplatsen efter önskemål."),
            QStringLiteral("Garantiärende: produkten slutade fungera efter elva månader, ersättningsvara skickad."),
            QStringLiteral("Kunden har fått information om ångerrätten enligt distansavtalslagen."),
        };
        const int target = between(low, high);
        QString text;
        while (text.size() < target) {
            const QString& next = pick(sentences);
            if (!text.isEmpty() && text.size() + 1 + next.size() > high)
                break;
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + next;
        }
        return text;
    }
    // A long token without spaces (a user agent, a URL): the layout must break it anywhere.
    QString token(int length)
    {
        static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
        QString text = QStringLiteral("https://www.nordvik.se/konto/orders?session=");
        while (text.size() < length)
            text += alphabet.at(between(0, int(alphabet.size()) - 1));
        return text;
    }

private:
    std::mt19937 m_random;
};

ProcessingActivity activity(qint64 controllerId, const QString& name, const QStringList& purposes,
                            const QList<LegalBasisEntry>& bases, const QStringList& systems,
                            const QList<DataCategory>& categories, const QString& retentionRule)
{
    ProcessingActivity a;
    a.controllerId = controllerId;
    a.name = name;
    a.purposes = purposes;
    a.legalBases = bases;
    a.dataCategories = categories;
    a.systems = systems;
    a.retentionRule = retentionRule;
    a.subjectCategories = { QStringLiteral("Kunder") };
    return a;
}

Recipient recipient(const QString& name, RecipientRole role, const QString& country, const QString& purpose)
{
    Recipient r;
    r.name = name;
    r.role = role;
    r.country = country;
    r.purpose = purpose;
    return r;
}

struct Register
{
    qint64 customers = 0; // CRM and Kundtjänst
    qint64 bookkeeping = 0; // BFL 7 kap. 2 §
    qint64 newsletter = 0;
    qint64 webShop = 0;
    qint64 accessibility = 0; // special category (GDPR Art. 9)
};

// A web shop's register of processing activities: several systems, categories, recipients (one outside the
// EU/EEA), sources, an automated decision and a BFL retention rule.
Register buildRegister(test::TestSession& t, qint64 controllerId)
{
    RegisterService asAdmin(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    const auto add = [&](const ProcessingActivity& a) {
        return need(asAdmin.add(a), QStringLiteral("activity %1").arg(a.name)).id;
    };
    Register r;

    ProcessingActivity customers = activity(
        controllerId, QStringLiteral("Kundregister och kundtjänst"),
        { QStringLiteral("Administrera kundrelationen och leverera beställda varor"),
          QStringLiteral("Besvara frågor, reklamationer och garantiärenden") },
        { { LegalBasis::Contract, QString() },
          { LegalBasis::LegitimateInterests, QStringLiteral("Att kunna visa vad som sagts i ett kundtjänstärende") } },
        { QStringLiteral("CRM"), QStringLiteral("Kundtjänst") },
        { { QStringLiteral("Kontaktuppgifter"), false },
          { QStringLiteral("Orderhistorik"), false },
          { QStringLiteral("Kundtjänstärenden"), false } },
        QStringLiteral("after-relationship-ended;2y"));
    customers.sources
        = { { SourceKind::DataSubject, QString() }, { SourceKind::PublicRegister, QStringLiteral("SPAR") } };
    customers.recipients = { recipient(QStringLiteral("Fraktbolaget Norden AB"), RecipientRole::Processor,
                                       QStringLiteral("SE"), QStringLiteral("Leverans av beställningar")),
                             recipient(QStringLiteral("Supportverktyg Inc."), RecipientRole::Processor,
                                       QStringLiteral("US"), QStringLiteral("Drift av kundtjänstsystemet")) };
    Transfer us;
    us.country = QStringLiteral("US");
    us.recipient = QStringLiteral("Supportverktyg Inc.");
    us.safeguard = TransferSafeguard::AdequacyDecision;
    us.note = QStringLiteral("EU-US Data Privacy Framework");
    customers.transfers = { us };
    r.customers = add(customers);

    ProcessingActivity bookkeeping = activity(
        controllerId, QStringLiteral("Bokföring"), { QStringLiteral("Fullgöra bokföringsskyldigheten") },
        { { LegalBasis::LegalObligation, QStringLiteral("Bokföringslagen (1999:1078)") } },
        { QStringLiteral("Ekonomisystem") },
        { { QStringLiteral("Räkenskapsinformation"), false }, { QStringLiteral("Betalningsuppgifter"), false } },
        QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 §"));
    bookkeeping.recipients = { recipient(QStringLiteral("Revisionsbyrån Norr AB"), RecipientRole::IndependentController,
                                         QStringLiteral("SE"), QStringLiteral("Revision")),
                               recipient(QStringLiteral("Skatteverket"), RecipientRole::Authority, QStringLiteral("SE"),
                                         QStringLiteral("Kontroll enligt skatteförfarandelagen")),
                               recipient(QStringLiteral("Betalpartner AB"), RecipientRole::IndependentController,
                                         QStringLiteral("SE"), QStringLiteral("Kortbetalningar och fakturaköp")) };
    r.bookkeeping = add(bookkeeping);

    ProcessingActivity newsletter
        = activity(controllerId, QStringLiteral("Nyhetsbrev och erbjudanden"),
                   { QStringLiteral("Skicka nyhetsbrev och erbjudanden anpassade efter tidigare köp") },
                   { { LegalBasis::Consent, QString() } }, { QStringLiteral("Nyhetsbrevsverktyg") },
                   { { QStringLiteral("Kontaktuppgifter"), false }, { QStringLiteral("Utskick och klick"), false } },
                   QStringLiteral("after-send-out;180d"));
    newsletter.automatedDecision
        = AutomatedDecision { QStringLiteral("Erbjudandena väljs efter vilka varugrupper du köpt ur de senaste två "
                                             "åren och vilka utskick du öppnat."),
                              QStringLiteral("Du kan få andra erbjudanden än andra kunder; priser och villkor "
                                             "påverkas inte.") };
    newsletter.recipients = { recipient(QStringLiteral("Mejlutskick AB"), RecipientRole::Processor,
                                        QStringLiteral("SE"), QStringLiteral("Utskick av e-post")) };
    r.newsletter = add(newsletter);

    ProcessingActivity webShop = activity(
        controllerId, QStringLiteral("Webbutik och säkerhetsloggar"),
        { QStringLiteral("Hålla webbutiken säker och upptäcka bedrägliga köp") },
        { { LegalBasis::LegitimateInterests, QStringLiteral("Att förhindra bedrägerier mot kunderna och oss") } },
        { QStringLiteral("Webbserver") }, { { QStringLiteral("Tekniska uppgifter"), false } },
        QStringLiteral("after-collection;90d"));
    webShop.sources = { { SourceKind::DataSubject, QString() } };
    r.webShop = add(webShop);

    ProcessingActivity accessibility
        = activity(controllerId, QStringLiteral("Anpassad leverans"),
                   { QStringLiteral("Leverera till kunder som behöver hjälp med att bära in varor") },
                   { { LegalBasis::Contract, QString() } }, { QStringLiteral("CRM") },
                   { { QStringLiteral("Hälsouppgifter"), true } }, QStringLiteral("while-consent-lasts"));
    accessibility.specialCondition = SpecialCategoryCondition::ExplicitConsent;
    r.accessibility = add(accessibility);
    return r;
}

struct Holdings
{
    int added = 0;
    QList<qint64> notes; // Kundtjänst notes, for redaction
};

HoldingInput input(const QString& category, const QString& field, const QString& value)
{
    HoldingInput in;
    in.category = category;
    in.field = field;
    in.value = value;
    return in;
}

// `count` holdings spread over the activities, systems and categories roughly as a web shop's long-standing
// customer would have them: many orders and invoices, fewer notes (long, 200-400 characters), a few contact
// details, log lines with long unbroken tokens. The event dates keep every item within its retention on the day
// of the extract, as at an organisation whose gallring is up to date.
Holdings addHoldings(test::TestSession& t, const Register& r, qint64 subjectId, int count, unsigned seed)
{
    HoldingService& service = t.session->holdings();
    Text text(seed);
    Holdings made;
    const QDate today = t.clock.today();
    const auto add = [&](qint64 activityId, const QString& system, const HoldingInput& in) {
        const Holding holding
            = need(service.add(subjectId, activityId, system, in), QStringLiteral("holding %1").arg(in.field));
        ++made.added;
        return holding.id;
    };

    // The contact details first: every customer has them, whatever the count.
    const QList<std::pair<QString, QString>> contact {
        { QStringLiteral("Namn"), QStringLiteral("Tolvan Tolvansson") },
        { QStringLiteral("E-post"), QStringLiteral("tolvan.tolvansson@example.se") },
        { QStringLiteral("Telefon"), QStringLiteral("070-123 45 67") },
        { QStringLiteral("Leveransadress"), QStringLiteral("Storgatan 1\n111 22 Stockholm") },
        { QStringLiteral("Fakturaadress"), QStringLiteral("Box 12\n111 23 Stockholm") },
    };
    for (const auto& [field, value] : contact) {
        if (made.added >= count)
            break;
        HoldingInput in = input(QStringLiteral("Kontaktuppgifter"), field, value);
        in.providedBySubject = true;
        in.events.collected = QDate(2019, 4, 2);
        add(r.customers, QStringLiteral("CRM"), in);
    }
    if (made.added < count) {
        HoldingInput in
            = input(QStringLiteral("Hälsouppgifter"), QStringLiteral("Leveransanpassning"),
                    QStringLiteral("Behöver hjälp att bära in varor över 10 kg (uppgift lämnad av kunden)."));
        in.providedBySubject = true;
        add(r.accessibility, QStringLiteral("CRM"), in);
    }

    for (int i = 0; made.added < count; ++i) {
        const int kind = text.between(0, 99);
        const QString number = QString::number(100000 + i);
        if (kind < 30) {
            HoldingInput in = input(QStringLiteral("Orderhistorik"), QStringLiteral("Order ") + number,
                                    QStringLiteral("%1 st, %2 kr, levererad %3")
                                        .arg(text.between(1, 6))
                                        .arg(text.between(49, 8900))
                                        .arg(text.dateBetween(QDate(2019, 5, 1), today).toString(Qt::ISODate)));
            in.providedBySubject = true;
            in.events.collected = text.dateBetween(QDate(2019, 5, 1), today);
            add(r.customers, QStringLiteral("CRM"), in);
        } else if (kind < 45) {
            // Notes are the long values: 200-400 characters.
            HoldingInput in = input(QStringLiteral("Kundtjänstärenden"), QStringLiteral("Ärende K-") + number,
                                    text.prose(200, 400));
            in.events.collected = text.dateBetween(QDate(2020, 1, 1), today);
            made.notes << add(r.customers, QStringLiteral("Kundtjänst"), in);
        } else if (kind < 70) {
            const int year = text.between(2020, 2026);
            HoldingInput in
                = input(QStringLiteral("Räkenskapsinformation"), QStringLiteral("Faktura F-%1-%2").arg(year).arg(i),
                        QStringLiteral("Varor enligt order %1, %2 kr inkl. moms, betald")
                            .arg(100000 + text.between(0, count))
                            .arg(text.between(49, 8900)));
            in.events.fiscalYearEnd = QDate(year, 12, 31); // BFL 7 kap. 2 §: the calendar year
            add(r.bookkeeping, QStringLiteral("Ekonomisystem"), in);
        } else if (kind < 80) {
            const int year = text.between(2020, 2026);
            HoldingInput in
                = input(QStringLiteral("Betalningsuppgifter"), QStringLiteral("Betalning ") + number,
                        QStringLiteral("Kort **** **** **** %1, %2")
                            .arg(text.between(1000, 9999))
                            .arg(text.between(0, 1) ? QStringLiteral("Visa") : QStringLiteral("Mastercard")));
            in.events.fiscalYearEnd = QDate(year, 12, 31);
            add(r.bookkeeping, QStringLiteral("Ekonomisystem"), in);
        } else if (kind < 93) {
            const QDate sent = text.dateBetween(extractOn.addDays(-179), today);
            HoldingInput in = input(QStringLiteral("Utskick och klick"), QStringLiteral("Utskick ") + number,
                                    QStringLiteral("Nyhetsbrev %1: öppnat %2, klickat på %3 länkar")
                                        .arg(sent.toString(Qt::ISODate))
                                        .arg(text.between(0, 3))
                                        .arg(text.between(0, 5)));
            in.events.sentOut = sent;
            add(r.newsletter, QStringLiteral("Nyhetsbrevsverktyg"), in);
        } else {
            const QDate seen = text.dateBetween(extractOn.addDays(-89), today);
            // Every fifth log line carries a 200-300 character URL without spaces.
            const QString value = kind % 5 == 0 ? text.token(text.between(200, 300))
                                                : QStringLiteral("IP 192.0.2.%1, inloggning %2, Firefox 131 på Linux")
                                                      .arg(text.between(1, 254))
                                                      .arg(seen.toString(Qt::ISODate));
            HoldingInput in = input(QStringLiteral("Tekniska uppgifter"), QStringLiteral("Logg ") + number, value);
            in.events.collected = seen;
            add(r.webShop, QStringLiteral("Webbserver"), in);
        }
    }
    return made;
}

struct Fixture
{
    test::TestSession t { morningOf(receivedOn) };
    QString reference;
    int holdings = 0;
    int assessed = 0;
};

// The access request of the first subject, identified, in progress and assessed with a few items redacted and
// withheld (GDPR Art. 15(4)); a second subject with a handful of holdings beside it.
void build(Fixture& f, int items)
{
    test::TestSession& t = f.t;
    NewController org;
    org.name = QStringLiteral("Nordvik Handel AB");
    org.organisationNumber = QStringLiteral("556268-6823");
    org.postalAddress = QStringLiteral("Box 4711, 114 79 Stockholm");
    org.email = QStringLiteral("dataskydd@nordvik.se");
    org.phone = QStringLiteral("08-123 456 00");
    org.dpoContact = QStringLiteral("dso@nordvik.se");
    ControllerService asAdmin(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    const qint64 controllerId = need(asAdmin.add(org), QStringLiteral("organisation")).id;
    const Register r = buildRegister(t, controllerId);

    SubjectService& subjects = t.session->subjects();
    const SubjectRecord tolvan
        = need(subjects.add({ QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"),
                              QStringLiteral("tolvan.tolvansson@example.se"), QStringLiteral("070-123 45 67"),
                              QStringLiteral("Storgatan 1\n111 22 Stockholm") }),
               QStringLiteral("subject"));
    const SubjectRecord other = need(subjects.add({ QStringLiteral("Elva Elvasson"), QString(),
                                                    QStringLiteral("elva@example.se"), QString(), QString() }),
                                     QStringLiteral("second subject"));
    const Holdings held = addHoldings(t, r, tolvan.id, items, 2027);
    f.holdings = held.added;
    addHoldings(t, r, other.id, 12, 11);

    OpenRequest request;
    request.subjectId = tolvan.id;
    request.rights = { RequestRight::Access };
    request.channel = Channel::Email;
    request.received = ReceiptTime::fromDate(receivedOn);
    CaseService& cases = t.session->cases();
    f.reference = need(cases.openRequest(request), QStringLiteral("request")).first().reference;
    t.clock.setNow(morningOf(askedOn));
    need(cases.requestIdentification(f.reference, ClockStopEpisode::Kind::Identity,
                                     QStringLiteral("Namnet i e-postmeddelandet stämmer inte med kundregistret"),
                                     askedOn),
         QStringLiteral("identification request"));
    t.clock.setNow(morningOf(answeredOn));
    need(cases.recordIdentification(f.reference, answeredOn, IdentificationMethod::BankId,
                                    IdentificationOutcome::Confirmed),
         QStringLiteral("identification"));
    t.clock.setNow(morningOf(extractOn));

    const QList<AssessmentRecord> drafted = need(cases.assess(f.reference), QStringLiteral("assessment"));
    f.assessed = int(drafted.size());
    // A few notes name another customer and are redacted (GDPR Art. 15(4)); a few are internal drafts, withheld.
    int changed = 0;
    for (const AssessmentRecord& item : drafted) {
        if (!held.notes.contains(item.holdingId))
            continue;
        AssessmentChange change;
        if (changed % 2 == 0) {
            change.decision = ItemDecision::Redact;
            change.legalReference = QStringLiteral("GDPR Art. 15(4)");
            change.after = QStringLiteral("Kunden ringde om en leverans som tagits emot av en granne.");
            change.note = QStringLiteral("Anteckningen nämner en annan kund.");
        } else {
            change.decision = ItemDecision::Withhold;
            change.legalReference = QStringLiteral("DSL 5 kap. 2 §");
            change.note = QStringLiteral("Internt utkast som inte har lämnats till någon utomstående.");
        }
        need(cases.changeAssessment(f.reference, item.id, change), QStringLiteral("item decision"));
        if (++changed == 6)
            break;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Rendering needs a QGuiApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the register extract (issue 6 item 8)."));
    parser.addHelpOption();
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Held items of the subject."),
                                         QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs after the warm-up."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the extract to FILE.pdf."),
                                       QStringLiteral("FILE"));
    parser.addOptions({ itemsOption, runsOption, outOption });
    parser.process(app);
    bool itemsOk = false;
    bool runsOk = false;
    const int items = parser.value(itemsOption).toInt(&itemsOk);
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!itemsOk || items < 1 || !runsOk || runs < 1) {
        std::fprintf(stderr, "bench_extract: --items and --runs take a whole number of at least 1.\n");
        return 1;
    }

    QElapsedTimer setupTimer;
    setupTimer.start();
    Fixture f;
    build(f, items);
    const double setupMs = double(setupTimer.elapsed());
    const double setupRssMib = peakRssMib();
    const bool peakReset = resetPeakRss();
    CaseService& cases = f.t.session->cases();
    const QString language = QStringLiteral("sv");

    // What the user waits for: facts, composition, rendering and the recorded document.
    WrittenDocument written;
    const Timing whole = timeRuns(runs, [&] {
        written = need(cases.writeExtract(f.reference, language, PdfExtractRenderer()), QStringLiteral("extract"));
    });

    ExtractFacts facts;
    const Timing gathering = timeRuns(
        runs, [&] { facts = need(cases.extractFacts(f.reference, language), QStringLiteral("extract facts")); });
    facts.documentId = written.record.documentId;
    ExtractDocument document;
    const Timing composing = timeRuns(runs, [&] { document = ExtractComposer::compose(facts); });
    const Timing composition = timeRuns(runs, [&] {
        ExtractFacts gathered = need(cases.extractFacts(f.reference, language), QStringLiteral("extract facts"));
        gathered.documentId = written.record.documentId;
        document = ExtractComposer::compose(gathered);
    });
    RenderedPdf rendered;
    const Timing rendering
        = timeRuns(runs, [&] { rendered = need(ExtractPdf::render(document), QStringLiteral("render")); });
    const double peakMib = peakRssMib();
    const double extractPeakMib = peakReset ? highWaterMib() : -1;

    if (parser.isSet(outOption)) {
        QFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(written.bytes) != written.bytes.size())
            fail(parser.value(outOption), file.errorString());
    }

    const int pages = written.record.pages;
    const double pagesPerSecond = pages / (whole.median / 1000.0);
    const bool pass = whole.median < targetMs;
    QTextStream out(stdout);
    out << QStringLiteral("bench_extract: %1 held items (%2 in the extract, %3 assessed), %4 timed runs after one "
                          "warm-up\n")
               .arg(f.holdings)
               .arg(written.record.items)
               .arg(f.assessed)
               .arg(runs);
    out << QStringLiteral("setup through the services: %1 ms\n\n").arg(setupMs, 0, 'f', 0);
    const auto row = [&](const QString& step, const Timing& timing) {
        out << QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(step, -34)
                   .arg(timing.median, 10, 'f', 1)
                   .arg(timing.min, 10, 'f', 1)
                   .arg(timing.cpuMedian, 10, 'f', 1);
    };
    out << QStringLiteral("  %1 %2 %3 %4\n")
               .arg(QStringLiteral("step"), -34)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("min ms"), 10)
               .arg(QStringLiteral("cpu ms"), 10);
    row(QStringLiteral("writeExtract (everything)"), whole);
    row(QStringLiteral("extractFacts + compose"), composition);
    row(QStringLiteral("  extractFacts"), gathering);
    row(QStringLiteral("  ExtractComposer::compose"), composing);
    row(QStringLiteral("ExtractPdf::render"), rendering);
    out << QStringLiteral("\n  pages %1, %2 pages/s (median wall time), PDF %3 KiB\n")
               .arg(pages)
               .arg(pagesPerSecond, 0, 'f', 1)
               .arg(double(written.bytes.size()) / 1024.0, 0, 'f', 0);
    // The high-water mark is reset after the setup, so getrusage's peak is the extracting's own from then on.
    out << QStringLiteral("  peak RSS while extracting %1 MiB (getrusage; VmHWM %2 MiB); the setup reached %3 MiB\n\n")
               .arg(peakMib, 0, 'f', 1)
               .arg(extractPeakMib < 0 ? QStringLiteral("?") : QString::number(extractPeakMib, 'f', 1))
               .arg(setupRssMib, 0, 'f', 1);
    // The target is set for 2,000 items; other counts are for profiling and scaling.
    out << QStringLiteral(
               "RESULT extract_%1_items_ms=%2 pages=%3 pages_per_second=%4 peak_rss_mib=%5 target_ms=%6 %7\n")
               .arg(items)
               .arg(whole.median, 0, 'f', 1)
               .arg(pages)
               .arg(pagesPerSecond, 0, 'f', 1)
               .arg(peakMib, 0, 'f', 1)
               .arg(targetMs, 0, 'f', 0)
               .arg(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return 0;
}
