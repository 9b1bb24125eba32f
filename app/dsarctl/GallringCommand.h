#pragma once

#include "CliContext.h"

namespace dsar::cli {

// gallring: the holdings past their retain-until date; --confirm-erased records that systems deleted them.
int runGallring(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
