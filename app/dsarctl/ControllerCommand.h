#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl controller add --name NAME [--org-number N] [...] | controller list [--json]
int runController(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
