#pragma once

#include "CliContext.h"

namespace dsar::cli {

// calendar: the open cases' due dates as an iCalendar file (.ics) for the DPO's calendar program.
int runCalendar(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
