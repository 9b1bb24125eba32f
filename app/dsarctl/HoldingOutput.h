#pragma once

#include "services/HoldingService.h"

#include <QJsonObject>
#include <QStringList>

namespace dsar::cli {

// One holding for scripts: where it lives, why it is processed, and its retain_until (null when the rule
// gives no date yet).
QJsonObject holdingJson(const HoldingView& view);
// "2027-01-15", or the engine's words when there is no date ("Kept while consent lasts").
QString retainUntilText(const RetentionOutcome& outcome);
QString legalBasesText(const QList<LegalBasisEntry>& bases);

} // namespace dsar::cli
