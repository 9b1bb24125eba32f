#pragma once

#include "common/Result.h"
#include "domain/Decision.h"

#include <QCoreApplication>

namespace dsar {

// What each item decision needs before a decision can be proposed (LEGAL.md section 3). The case service
// checks every item with it when an item is changed and again when the decision is proposed.
class AssessmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRules)
public:
    // `today` guards retain-until dates: a kept item must still be inside its period.
    static Status check(RequestRight right, const AssessmentRecord& item, QDate today);
};

} // namespace dsar
