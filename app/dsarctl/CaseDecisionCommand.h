#pragma once

#include "CliContext.h"

#include <optional>

namespace dsar::cli {

// dsarctl case identify|extend|approve-extension: the clock stops for identity or clarification and the one
// extension (issue 5 items 2 and 3). std::nullopt when `action` is none of them.
std::optional<int> runCaseDecision(CliContext& context, const QString& action, const QStringList& arguments);
// The actions and what they do, for "dsarctl case" without one.
QList<std::pair<QString, QString>> caseDecisionActions();

} // namespace dsar::cli
