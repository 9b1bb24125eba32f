#pragma once

#include "CliContext.h"

namespace dsar::cli {

// template list|show|set|reset|preview: each organisation's wording of its letters (LEGAL.md section 4).
int runTemplate(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
