#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl case open|list|show
int runCase(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
