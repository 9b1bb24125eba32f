#pragma once

#include "domain/Decision.h"
#include "register/ProcessingActivity.h"
#include "services/HoldingService.h"

#include <QCoreApplication>

namespace dsar {

// The first assessment of a case, item by item, from the subject's holdings and the register: what the
// handläggare starts from and changes where the case needs it. The rules of LEGAL.md section 3 decide the
// suggestion; nothing here is final until the DPO approves the decision.
class AssessmentDrafts
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentDrafts)
public:
    struct Input
    {
        RequestRight right = RequestRight::Access;
        DecisionGround objection = DecisionGround::None; // for an objection: direct marketing or Art. 21(1)
        QDate today;
        QList<HoldingView> holdings; // the subject's, at the case's organisation
        QList<ProcessingActivity> activities; // the organisation's register
    };

    static QList<AssessmentRecord> draft(const Input& input);
    // The activities an objection to direct marketing concerns: their name or a purpose speaks of marketing.
    static bool isDirectMarketing(const ProcessingActivity& activity);
    static bool reliesOnlyOnConsent(const QList<LegalBasisEntry>& bases);
};

} // namespace dsar
