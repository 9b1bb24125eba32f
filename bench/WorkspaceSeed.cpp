#include "WorkspaceSeed.h"

#include "calendar/ReceiptTime.h"
#include "identity/SwedishId.h"
#include "services/CaseClockStops.h"
#include "services/Session.h"
#include "storage/CaseRepository.h"
#include "storage/ExtensionRepository.h"
#include "storage/IdentificationRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SubjectRepository.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <random>

namespace dsar::bench {
namespace {

const QStringList firstNames {
    QStringLiteral("Anna"),   QStringLiteral("Åsa"),     QStringLiteral("Örjan"),  QStringLiteral("Märta"),
    QStringLiteral("Björn"),  QStringLiteral("Sören"),   QStringLiteral("Erik"),   QStringLiteral("Lars"),
    QStringLiteral("Karin"),  QStringLiteral("Maria"),   QStringLiteral("Ängla"),  QStringLiteral("Göran"),
    QStringLiteral("Elin"),   QStringLiteral("Johan"),   QStringLiteral("Sara"),   QStringLiteral("Mikael"),
    QStringLiteral("Ingrid"), QStringLiteral("Per"),     QStringLiteral("Linnéa"), QStringLiteral("Oskar"),
    QStringLiteral("Fatima"), QStringLiteral("Mohamed"), QStringLiteral("Aino"),   QStringLiteral("Nils"),
    QStringLiteral("Ebba"),   QStringLiteral("Hugo"),    QStringLiteral("Wilma"),  QStringLiteral("Tove"),
    QStringLiteral("Ali"),    QStringLiteral("Zoë"),     QStringLiteral("Stina"),  QStringLiteral("Kjell"),
    QStringLiteral("Agnes"),  QStringLiteral("Ulf"),     QStringLiteral("Saga"),   QStringLiteral("Leo"),
    QStringLiteral("Greta"),  QStringLiteral("Alva"),    QStringLiteral("Jörgen"), QStringLiteral("Mats"),
};
const QStringList lastNames {
    QStringLiteral("Andersson"), QStringLiteral("Johansson"),  QStringLiteral("Karlsson"),  QStringLiteral("Nilsson"),
    QStringLiteral("Eriksson"),  QStringLiteral("Larsson"),    QStringLiteral("Olsson"),    QStringLiteral("Persson"),
    QStringLiteral("Svensson"),  QStringLiteral("Gustafsson"), QStringLiteral("Jönsson"),   QStringLiteral("Lindström"),
    QStringLiteral("Sjöberg"),   QStringLiteral("Håkansson"),  QStringLiteral("Åberg"),     QStringLiteral("Öberg"),
    QStringLiteral("Ek"),        QStringLiteral("Söderberg"),  QStringLiteral("Lindqvist"), QStringLiteral("Berg"),
    QStringLiteral("af Klint"),  QStringLiteral("von Essen"),  QStringLiteral("de Geer"),   QStringLiteral("Nguyen"),
    QStringLiteral("Yilmaz"),    QStringLiteral("Al-Hassan"),  QStringLiteral("Virtanen"),  QStringLiteral("Mäkinen"),
    QStringLiteral("Holm"),      QStringLiteral("Wallin"),     QStringLiteral("Engström"),  QStringLiteral("Björk"),
    QStringLiteral("Nyström"),   QStringLiteral("Åkesson"),    QStringLiteral("Ström"),     QStringLiteral("Lund"),
    QStringLiteral("Hedlund"),   QStringLiteral("Falk"),       QStringLiteral("Sandberg"),  QStringLiteral("Forsberg"),
};
const QStringList handlers { SeedAccounts::handler(), QStringLiteral("bertil"), QStringLiteral("cecilia"),
                             QStringLiteral("david"), QStringLiteral("eva"),    QStringLiteral("fredrik"),
                             QStringLiteral("gun"),   QStringLiteral("hanna") };

class Dice
{
public:
    explicit Dice(unsigned seed)
        : m_random(seed)
    { }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(int percent) { return between(0, 99) < percent; }
    template <typename T>
    const T& pick(const QList<T>& from)
    {
        return from.at(between(0, int(from.size()) - 1));
    }

private:
    std::mt19937 m_random;
};

template <typename T>
T need(Result<T> result, const char* what)
{
    if (!result)
        qFatal("bench_workspace: %s: %s", what, qPrintable(result.error()));
    return std::move(result).value();
}

void need(const Status& status, const char* what)
{
    if (!status)
        qFatal("bench_workspace: %s: %s", what, qPrintable(status.error()));
}

QDateTime morningOf(QDate date, int minute = 0)
{
    return QDateTime(date, QTime(8, 0).addSecs(60 * minute), Qt::UTC);
}

// A unique, valid personnummer per subject, normalised as SubjectService stores it.
SubjectRecord makeSubject(int index, Dice& dice, QDate today)
{
    SubjectRecord subject;
    QString name = dice.pick(firstNames);
    if (dice.chance(15))
        name += QLatin1Char(' ') + dice.pick(firstNames);
    subject.name = name + QLatin1Char(' ') + dice.pick(lastNames);
    subject.createdAt = morningOf(today.addDays(-dice.between(0, 800)));
    if (index % 10 != 0) {
        // Birth dates from 1940 on; the serial number spreads the index so no two subjects share one.
        const QDate born = QDate(1940, 1, 1).addDays(index % 23000);
        const QString digits = born.toString(QStringLiteral("yyMMdd"))
            + QStringLiteral("%1").arg(index / 23000 * 7 + 11, 3, 10, QLatin1Char('0'));
        const QString check = QString::number(SwedishIdParser::luhnCheckDigit(digits));
        const SwedishId id = need(SwedishIdParser::parse(digits + check, today), "personnummer");
        subject.personalId = id.normalized;
        subject.personalIdKind = swedishIdKindCode(id.kind);
    }
    if (index % 4 != 0)
        subject.email = QStringLiteral("kund%1@example.se").arg(index);
    return subject;
}

QList<qint64> addOrganisations(Session& admin, const SeedShape& shape)
{
    static const QStringList names { QStringLiteral("Nordvik Handel AB"),       QStringLiteral("Allkontor Sverige AB"),
                                     QStringLiteral("Ögruppen Fastigheter AB"), QStringLiteral("Bergslagens Energi AB"),
                                     QStringLiteral("Kustbanken AB"),           QStringLiteral("Åre Resor AB") };
    QList<qint64> ids;
    for (int i = 0; i < shape.organisations; ++i) {
        NewController org;
        org.name = names.at(i % names.size()) + (i < names.size() ? QString() : QString::number(i));
        ids << need(admin.controllers().add(org), "organisation").id;
    }
    return ids;
}

struct CasePlan
{
    CaseStatus status = CaseStatus::Received;
    QDate received;
    int closedAfterDays = 0;
    bool extension = false;
    bool extensionApproved = false;
};

// 12 % of the cases are open, most of them received within five weeks and a tail older (overdue unless
// extended); the closed ones spread over two years.
CasePlan planCase(Dice& dice, QDate today)
{
    CasePlan plan;
    if (!dice.chance(12)) {
        plan.received = today.addDays(-dice.between(30, 760));
        const int kind = dice.between(0, 99);
        plan.status = kind < 70 ? CaseStatus::Answered
            : kind < 85         ? CaseStatus::Closed
            : kind < 90         ? CaseStatus::Refused
            : kind < 95         ? CaseStatus::Withdrawn
                                : CaseStatus::IdentityNotConfirmed;
        plan.closedAfterDays = std::min(dice.between(3, 40), int(plan.received.daysTo(today)));
        return plan;
    }
    plan.received = dice.chance(85) ? today.addDays(-dice.between(0, 35)) : today.addDays(-dice.between(36, 120));
    const int kind = dice.between(0, 99);
    plan.status = kind < 25 ? CaseStatus::Received
        : kind < 35         ? CaseStatus::AwaitingIdentification
        : kind < 80         ? CaseStatus::InProgress
        : kind < 92         ? CaseStatus::DecisionProposed
                            : CaseStatus::DecisionApproved;
    if (plan.status != CaseStatus::AwaitingIdentification && plan.received.daysTo(today) > 20 && dice.chance(35)) {
        plan.extension = true;
        plan.extensionApproved = dice.chance(80);
    }
    return plan;
}

class Seeder
{
public:
    Seeder(Session& session, const SeedShape& shape)
        : m_session(session)
        , m_shape(shape)
        , m_dice(shape.seed)
        , m_cases(session.database(), session.keys())
        , m_policy(need(session.settings().deadlinePolicy(), "policy"))
    { }

    void run(SeedReport& report)
    {
        m_organisations = addOrganisations(m_session, m_shape);
        Transaction transaction(m_session.database());
        if (!transaction.isActive())
            qFatal("bench_workspace: %s", qPrintable(transaction.error()));
        addSubjects(report);
        while (report.cases < m_shape.cases)
            addRequest(report);
        need(transaction.commit(), "commit");
    }

private:
    void addSubjects(SeedReport& report)
    {
        SubjectRepository subjects(m_session.database(), m_session.keys());
        for (int i = 0; i < m_shape.subjects; ++i) {
            m_subjectIds << need(subjects.insert(makeSubject(i, m_dice, m_shape.today)), "subject");
            ++report.subjects;
        }
    }

    void addRequest(SeedReport& report)
    {
        const CasePlan plan = planCase(m_dice, m_shape.today);
        // Every subject asks at least once; some ask again.
        const qint64 subjectId
            = report.requests < m_subjectIds.size() ? m_subjectIds.at(report.requests) : m_dice.pick(m_subjectIds);
        const ReceiptTime received = m_dice.chance(70)
            ? ReceiptTime::fromInstant(morningOf(plan.received, m_dice.between(0, 600)))
            : ReceiptTime::fromDate(plan.received);
        const QDateTime registeredAt = morningOf(plan.received, 610);
        const qint64 requestId = need(
            m_cases.insertRequest({ m_dice.pick(m_organisations), subjectId, Channels::all().at(m_dice.between(0, 4)),
                                    received, registeredAt, m_dice.pick(handlers) }),
            "request");
        ++report.requests;
        QList<RequestRight> rights { RequestRights::all().at(m_dice.between(0, 6)) };
        if (m_dice.chance(15))
            rights << RequestRights::all().at((int(rights.first()) + m_dice.between(1, 6)) % 7);
        for (RequestRight right : rights) {
            if (report.cases < m_shape.cases)
                addCase(plan, requestId, received, registeredAt, right, report);
        }
    }

    void addCase(const CasePlan& plan, qint64 requestId, const ReceiptTime& received, const QDateTime& registeredAt,
                 RequestRight right, SeedReport& report)
    {
        const Deadlines deadlines = DeadlineCalculator(m_policy).compute(received.stockholmDate);
        CaseRecord record;
        record.reference = need(m_cases.nextReference(received.stockholmDate.year()), "reference");
        record.requestId = requestId;
        record.right = right;
        record.status = CaseStatuses::isOpen(plan.status) ? plan.status : CaseStatus::InProgress;
        record.received = received;
        record.registeredAt = registeredAt;
        record.calendarProfile = m_policy.profile;
        record.due = deadlines.due;
        record.extendedDue = deadlines.extendedDue;
        record.extensionTarget = deadlines.extensionTarget;
        record.internalTarget = deadlines.internalTarget;
        record.currentDue = deadlines.due;
        if (plan.status != CaseStatus::Received)
            record.assignee = m_dice.pick(handlers);
        record.id = need(m_cases.insertCase(record), "case");
        ++report.cases;
        const QDateTime now = morningOf(m_shape.today);
        if (!CaseStatuses::isOpen(plan.status)) {
            closeCase(record, plan);
            return;
        }
        ++report.open;
        if (record.assignee == SeedAccounts::handler())
            ++report.assignedToHandler;
        if (plan.status == CaseStatus::AwaitingIdentification) {
            // A request for identity that went out a day or two after receipt, not yet answered: the clock stops.
            IdentificationRecord episode;
            episode.caseId = record.id;
            episode.reason = QStringLiteral("Namnet i begäran stämmer inte med kundregistret.");
            episode.requestedOn = std::min(m_shape.today, record.received.stockholmDate.addDays(m_dice.between(1, 2)));
            episode.recordedBy = record.assignee;
            need(IdentificationRepository(m_session.database(), m_session.keys()).insert(episode, now), "episode");
            ++report.awaitingIdentification;
        }
        need(m_cases.updateStatus(record.id, plan.status, {}, now), "status");
        record.status = plan.status;
        if (plan.extension)
            extend(record, plan, report);
        else if (plan.status == CaseStatus::AwaitingIdentification)
            storeDeadlines(record);
    }

    void extend(CaseRecord record, const CasePlan& plan, SeedReport& report)
    {
        ExtensionRepository extensions(m_session.database(), m_session.keys());
        ExtensionRecord extension;
        extension.caseId = record.id;
        extension.reason = ExtensionReasons::all().at(m_dice.between(0, 4));
        extension.note = QStringLiteral("Uppgifterna finns i många system.");
        extension.requestedBy = record.assignee.isEmpty() ? m_dice.pick(handlers) : record.assignee;
        extension.requestedAt = morningOf(record.received.stockholmDate.addDays(20));
        need(extensions.insert(extension), "extension");
        if (!plan.extensionApproved) {
            ++report.extensionsAwaiting;
            return;
        }
        need(extensions.approve(record.id, SeedAccounts::dpo(), extension.requestedAt.addDays(1)), "approval");
        record.extended = true;
        storeDeadlines(record);
        ++report.extensionsApproved;
    }

    // The deadlines as CaseService stores them after a clock stop or an extension.
    void storeDeadlines(const CaseRecord& record)
    {
        const CaseRecord changed = need(
            CaseClockStops::load(m_session.database(), m_session.keys(), m_session.settings(), record), "deadlines");
        need(m_cases.updateDeadlines(changed, morningOf(m_shape.today)), "stored deadlines");
    }

    void closeCase(const CaseRecord& record, const CasePlan& plan)
    {
        const QDateTime closedAt = morningOf(record.received.stockholmDate.addDays(plan.closedAfterDays), 30);
        need(m_cases.updateStatus(record.id, plan.status, closedAt, closedAt), "closing");
        // GDPR Art. 12(3)-(4): answered and refused cases (and the closed ones, answered first) went out.
        if (plan.status == CaseStatus::Answered || plan.status == CaseStatus::Closed
            || plan.status == CaseStatus::Refused)
            need(m_cases.setAnsweredAt(record.id, closedAt.addSecs(-3600)), "answer");
    }

    Session& m_session;
    const SeedShape& m_shape;
    Dice m_dice;
    CaseRepository m_cases;
    const DeadlinePolicy m_policy;
    QList<qint64> m_organisations;
    QList<qint64> m_subjectIds;
};

} // namespace

Result<SeedReport> seedWorkspace(const QString& path, const SeedShape& shape)
{
    Result<std::unique_ptr<Database>> database = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
    if (!database)
        return Error { database.error() };
    const FixedClock clock(morningOf(shape.today));
    const QList<NewAccount> accounts { { QStringLiteral("admin"), Role::Admin, SeedAccounts::password() },
                                       { SeedAccounts::handler(), Role::Handlaggare, SeedAccounts::password() },
                                       { SeedAccounts::dpo(), Role::Dpo, SeedAccounts::password() } };
    Result<SignedIn> admin = AccountService::initialise(*database.value(), clock, accounts);
    if (!admin)
        return Error { admin.error() };
    Session session(std::move(database).value(), clock, std::move(admin).value());
    SeedReport report;
    Seeder(session, shape).run(report);
    return report;
}

} // namespace dsar::bench
