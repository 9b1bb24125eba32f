#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl [--db PATH] init --admin NAME | --demo [--if-missing]
int runInit(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
