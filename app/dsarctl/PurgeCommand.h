#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl --user NAME purge [--dry-run] [--reason TEXT] [--json]
int runPurge(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
