// CaseService: the open cases' deadlines as an iCalendar file for the DPO's calendar (issue 7 item 4).
#include "CaseService.h"
#include "calendar/DeadlineCalendar.h"
#include "common/Clock.h"
#include "services/CaseClockStops.h"
#include "storage/ControllerRepository.h"

#include <algorithm>

namespace dsar {
namespace {

// More organisations than this would make the calendar's name a list; the events name each case's own.
constexpr qsizetype maxNamedOrganisations = 3;

} // namespace

Result<QByteArray> CaseService::deadlineCalendar(const QString& language) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    if (language != QLatin1String("sv") && language != QLatin1String("en"))
        return Error {
            tr("The deadline calendar is written in Swedish (sv) or English (en), not \"%1\".").arg(language)
        };
    CaseFilter filter;
    filter.openOnly = true;
    Result<QList<CaseRecord>> open = list(filter);
    if (!open)
        return Error { open.error() };
    // LEGAL.md 1.1 item 7: whether the clock is stopped is not stored; one query per open case computes it, as
    // byReferenceWithDeadlines does for one.
    QList<CaseRecord> cases;
    cases.reserve(open->size());
    for (const CaseRecord& record : open.value()) {
        Result<CaseRecord> withStops = CaseClockStops::load(m_db, m_keys, m_settings, record);
        if (!withStops)
            return Error { withStops.error() };
        cases << withStops.value();
    }
    Result<QList<ControllerRecord>> controllers = ControllerRepository(m_db).all();
    if (!controllers)
        return Error { controllers.error() };
    QStringList names;
    for (const ControllerRecord& controller : controllers.value())
        names << controller.name;
    std::sort(names.begin(), names.end());
    const QString label = names.size() <= maxNamedOrganisations ? names.join(QStringLiteral(", ")) : QString();
    return DeadlineCalendar::toIcs(cases, language, m_clock.now(), label);
}

} // namespace dsar
