#pragma once

#include "CliContext.h"

namespace dsar::cli {

// dsarctl subject add --name NAME [--pnr N] [--email A] [--json] | subject list [--json]
int runSubject(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
