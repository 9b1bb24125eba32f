#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl register list [--controller ORG] [--json]: the processing register;
// register export FILE [--format json|csv] and register import FILE (- is standard output/input): the whole
// register as the document of docs/register-format.md (or CSV), and back (admin).
int runRegister(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
