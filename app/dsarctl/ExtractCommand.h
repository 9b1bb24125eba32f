#pragma once

#include "CliContext.h"

namespace dsar::cli {

// extract REF --out FILE.pdf [--lang sv|en], extract sent REF, extract list REF, extract verify FILE.
int runExtract(CliContext& context, const QStringList& arguments);
// export REF --format json|csv --out FILE, export sent REF.
int runExport(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
