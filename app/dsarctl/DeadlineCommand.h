#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl deadline [--profile EU|SE1930] [--json] RECEIPT...
int runDeadline(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
