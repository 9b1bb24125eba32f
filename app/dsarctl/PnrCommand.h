#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl pnr [--json] NUMBER...
int runPnr(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
