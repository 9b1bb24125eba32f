#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dashboard [--json]: the DPO's figures (open cases, due soon, overdue, extensions, answered on time, ...).
int runDashboard(CliContext& context, const QStringList& arguments);
// reminders [--json]: open cases due within reminders.working_days working days, and the overdue ones.
int runReminders(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
