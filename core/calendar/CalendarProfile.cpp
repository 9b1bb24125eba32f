#include "CalendarProfile.h"

namespace dsar {

QString calendarProfileCode(CalendarProfile profile)
{
    switch (profile) {
    case CalendarProfile::EU:
        return QStringLiteral("EU");
    case CalendarProfile::SE1930:
        return QStringLiteral("SE1930");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CalendarProfile> calendarProfileFromCode(const QString& code)
{
    // Codes come from settings files and the command line: tolerate case and surrounding blanks.
    const QString trimmed = code.trimmed();
    for (const CalendarProfile profile : { CalendarProfile::EU, CalendarProfile::SE1930 }) {
        if (trimmed.compare(calendarProfileCode(profile), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

} // namespace dsar
