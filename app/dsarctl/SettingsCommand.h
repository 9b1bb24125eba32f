#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl settings list [--json] | settings set KEY VALUE
int runSettings(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
