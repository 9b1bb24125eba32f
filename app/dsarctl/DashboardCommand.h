#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dashboard [--json]: the DPO's figures (open cases, due soon, overdue, extensions, answered on time, ...).
int runDashboard(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
