#pragma once

#include "CliContext.h"

#include <optional>

namespace dsar::cli {

// dsarctl case assess|propose|approve|erasure|notify|recipients|lift-restriction|close: the decision per right
// and carrying it out (issue 5 item 4). std::nullopt when `action` is none of them.
std::optional<int> runCaseOutcome(CliContext& context, const QString& action, const QStringList& arguments);
QList<std::pair<QString, QString>> caseOutcomeActions();

// dsarctl case letter|mark-sent|letters (issue 5 item 5).
std::optional<int> runCaseLetters(CliContext& context, const QString& action, const QStringList& arguments);
QList<std::pair<QString, QString>> caseLetterActions();

// dsarctl followups [--json] [--done ITEM]: kept items whose retain-until date has passed.
int runFollowups(CliContext& context, const QStringList& arguments);

} // namespace dsar::cli
