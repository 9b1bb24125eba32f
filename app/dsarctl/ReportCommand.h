#pragma once

#include "CliContext.h"

namespace dsar::cli {

// report annual --year Y --out FILE.pdf [--lang sv|en]: the DPO's annual report.
int runReport(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
