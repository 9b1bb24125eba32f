#include "DashboardService.h"

#include "calendar/LegalCalendar.h"
#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "extract/AnnualReport.h"
#include "extract/DocumentWords.h"
#include "security/Permission.h"
#include "services/CaseService.h"
#include "services/SettingsService.h"
#include "storage/ControllerRepository.h"
#include "storage/DashboardRepository.h"

#include <algorithm>

namespace dsar {
namespace {

// The instant a Stockholm calendar day begins.
QDateTime startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), StockholmTime::zone());
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

} // namespace

DashboardService::DashboardService(Database& db, const Clock& clock, const Actor& actor, CaseService& cases,
                                   const SettingsService& settings)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_cases(cases)
    , m_settings(settings)
{ }

Result<Reminders> DashboardService::reminders() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<int> days = m_settings.reminderWorkingDays();
    if (!days)
        return Error { days.error() };
    Result<DeadlinePolicy> policy = m_settings.deadlinePolicy();
    if (!policy)
        return Error { policy.error() };
    const QDate today = m_clock.today();
    Reminders reminders;
    reminders.workingDays = days.value();
    // Working days as the organisation's calendar counts them (lag 1989:253 holidays).
    reminders.dueBy = LegalCalendar(policy->profile).addWorkingDays(today, days.value());
    CaseFilter soon;
    soon.dueBetween = std::make_pair(today, reminders.dueBy);
    CaseFilter late;
    late.overdueOn = today;
    Result<QList<CaseRecord>> dueSoon = m_cases.list(soon);
    Result<QList<CaseRecord>> overdue = m_cases.list(late);
    if (!dueSoon || !overdue)
        return Error { dueSoon ? overdue.error() : dueSoon.error() };
    reminders.dueSoon = dueSoon.value();
    reminders.overdue = overdue.value();
    return reminders;
}

Result<AnsweredFigures> DashboardService::answered(QDate from, QDate to) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    if (!from.isValid() || !to.isValid() || to < from)
        return Error { tr("The period must run from a first day to a last day, not backwards.") };
    Result<QList<DashboardRepository::AnsweredRow>> rows
        = DashboardRepository(m_db).answeredBetween(startOf(from), startOf(to.addDays(1)));
    if (!rows)
        return Error { rows.error() };
    AnsweredFigures figures;
    figures.from = from;
    figures.to = to;
    QList<int> days;
    qint64 total = 0;
    for (const DashboardRepository::AnsweredRow& row : rows.value()) {
        // GDPR Art. 12(3): answered in time when it went out on or before the due date, as Stockholm counts days.
        const QDate answeredOn = StockholmTime::dateOf(row.answeredAt);
        ++figures.answered;
        if (answeredOn <= row.due)
            ++figures.onTime;
        else
            figures.late << row.reference;
        const int taken = int(row.received.daysTo(answeredOn));
        days << taken;
        total += taken;
    }
    figures.late.sort();
    if (figures.answered > 0) {
        figures.onTimeShare = double(figures.onTime) / figures.answered;
        figures.averageDays = double(total) / figures.answered;
    }
    figures.medianDays = median(days);
    return figures;
}

Result<DashboardFigures> DashboardService::figures() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    DashboardRepository repository(m_db);
    DashboardFigures figures;
    figures.today = m_clock.today();
    const QDate today = figures.today;

    Result<QList<DashboardRepository::OpenGroup>> groups = repository.openByStatusAndRight();
    if (!groups)
        return Error { groups.error() };
    for (const DashboardRepository::OpenGroup& group : groups.value()) {
        figures.open += group.count;
        figures.openByStatus[group.status] += group.count;
        figures.openByRight[group.right] += group.count;
    }
    figures.decisionsAwaitingDpo = figures.openByStatus.value(CaseStatus::DecisionProposed);

    Result<int> overdue = repository.openDueBetween({}, today.addDays(-1));
    Result<int> dueSoon = repository.openDueBetween(today, today.addDays(7));
    if (!overdue || !dueSoon)
        return Error { overdue ? dueSoon.error() : overdue.error() };
    figures.overdue = overdue.value();
    figures.dueWithin7Days = dueSoon.value();

    Result<QList<DashboardRepository::ExtensionRow>> extensions = repository.openExtensions();
    if (!extensions)
        return Error { extensions.error() };
    for (const DashboardRepository::ExtensionRow& row : extensions.value()) {
        const std::optional<ExtensionReason> reason = ExtensionReasons::fromCode(row.reasonCode);
        figures.extensions.append({ row.reference, reason.value_or(ExtensionReason::VolumeOfData), row.approved });
        if (row.approved)
            ++figures.extended;
        else
            ++figures.extensionsAwaitingDpo;
    }

    // LEGAL.md 1.1 item 7: whether a clock is stopped depends on when the request went out; the case service
    // computes it for the cases that wait for an answer.
    Result<QStringList> stopped = m_cases.clockStoppedReferences();
    if (!stopped)
        return Error { stopped.error() };
    figures.clockStopped = stopped.value();

    // The timeline: this week's Monday and the seven weeks after it.
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    Result<QList<std::pair<QDate, int>>> perDay
        = repository.openDuePerDay(monday, monday.addDays(7 * timelineWeeks - 1));
    if (!perDay)
        return Error { perDay.error() };
    for (int week = 0; week < timelineWeeks; ++week)
        figures.timeline.append({ monday.addDays(7 * week), 0 });
    for (const auto& [day, count] : perDay.value())
        figures.timeline[int(monday.daysTo(day) / 7)].due += count;

    Result<AnsweredFigures> month = answered(QDate(today.year(), today.month(), 1), today);
    Result<AnsweredFigures> year = answered(QDate(today.year(), 1, 1), today);
    if (!month || !year)
        return Error { month ? year.error() : month.error() };
    figures.thisMonth = month.value();
    figures.thisYear = year.value();

    if (Result<QList<FollowUp>> followUps = m_cases.followUps())
        figures.followUpsDue = int(followUps->size());
    return figures;
}

Result<AnnualFigures> DashboardService::annual(int year) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    if (year < 2018 || year > m_clock.today().year())
        return Error { tr("Give a year from 2018 (when the GDPR applied) to this year, not %1.").arg(year) };
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    DashboardRepository repository(m_db);
    AnnualFigures figures;
    figures.year = year;
    const auto take = [](const Result<QList<DashboardRepository::CountRow>>& rows, QList<AnnualCount>& into) {
        for (const DashboardRepository::CountRow& row : rows.value())
            into.append({ row.code, row.detail, row.count, 0 });
    };
    Result<QList<DashboardRepository::CountRow>> rights = repository.requestsPerRight(first, last);
    Result<QList<DashboardRepository::CountRow>> extensions = repository.extensionsPerReason(first, last);
    Result<QList<DashboardRepository::CountRow>> refusals = repository.refusals(first, last);
    Result<QList<DashboardRepository::CountRow>> kept = repository.itemGrounds(first, last, QStringLiteral("keep"));
    Result<QList<DashboardRepository::CountRow>> restricted
        = repository.itemGrounds(first, last, QStringLiteral("restrict"));
    for (const auto* rows : { &rights, &extensions, &refusals, &kept, &restricted }) {
        if (!*rows)
            return Error { rows->error() };
    }
    take(rights, figures.requestsPerRight);
    for (const AnnualCount& count : std::as_const(figures.requestsPerRight))
        figures.requests += count.count;
    // One line per reason: requested (with or without approval) and approved.
    for (const DashboardRepository::CountRow& row : extensions.value()) {
        auto found = std::find_if(figures.extensions.begin(), figures.extensions.end(),
                                  [&row](const AnnualCount& count) { return count.code == row.code; });
        if (found == figures.extensions.end())
            found = figures.extensions.insert(figures.extensions.end(), { row.code, {}, 0, 0 });
        found->count += row.count;
        if (row.detail == QLatin1String("approved"))
            found->approved += row.count;
    }
    take(refusals, figures.refusals);
    take(kept, figures.exceptions);
    take(restricted, figures.restrictions);
    // The answers given during the year (to today when the year is this one).
    Result<AnsweredFigures> answers = answered(first, std::min(last, m_clock.today()));
    if (!answers)
        return Error { answers.error() };
    figures.answered = answers.value();
    return figures;
}

Result<RenderedPdf> DashboardService::annualReport(int year, const QString& language,
                                                   const ExtractRenderer& renderer) const
{
    if (language != QLatin1String("sv") && language != QLatin1String("en"))
        return Error { tr("The annual report is written in Swedish (sv) or English (en), not \"%1\".").arg(language) };
    Result<AnnualFigures> figures = annual(year);
    if (!figures)
        return Error { figures.error() };
    Result<QList<ControllerRecord>> controllers = ControllerRepository(m_db).all();
    if (!controllers)
        return Error { controllers.error() };
    ControllerRecord letterhead;
    QStringList organisations;
    if (controllers->size() == 1) {
        letterhead = controllers->constFirst();
    } else {
        // One database serving several organisations (an outsourced DPO): the DPO's report, naming them all.
        letterhead.name = DocumentWords(language)(u"Dataskyddsombudet", u"The data protection officer");
        for (const ControllerRecord& controller : controllers.value())
            organisations << controller.name;
    }
    return renderer.render(AnnualReportComposer::compose(figures.value(), language, m_clock.today(),
                                                         QStringLiteral("DSAR-ANNUAL-%1").arg(year), letterhead,
                                                         organisations));
}

} // namespace dsar
