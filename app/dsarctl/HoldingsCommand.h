#pragma once

#include "CliContext.h"

namespace dsar::cli {

// holdings import: what a system holds about a subject, from its CSV or JSON export.
int runHoldings(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
