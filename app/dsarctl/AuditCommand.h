#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl --user NAME audit verify|export
int runAudit(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
