#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl --user NAME user add|list|disable|passwd
int runUser(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
