#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl register list [--controller ORG] [--json]: the processing register (read-only for now).
int runRegister(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
