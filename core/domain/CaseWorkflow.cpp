#include "CaseWorkflow.h"

#include <QStringList>

namespace dsar {

const QList<CaseTransition>& CaseWorkflow::transitions()
{
    using S = CaseStatus;
    using P = Permission;
    static const QList<CaseTransition> all = {
        // GDPR Art. 12(6): identity is asked for only where there is reasonable doubt.
        { S::Received, S::AwaitingIdentification, P::WorkCase },
        { S::Received, S::InProgress, P::WorkCase },
        { S::Received, S::Withdrawn, P::WorkCase },
        { S::AwaitingIdentification, S::InProgress, P::WorkCase },
        { S::AwaitingIdentification, S::IdentityNotConfirmed, P::WorkCase },
        { S::AwaitingIdentification, S::Withdrawn, P::WorkCase },
        { S::InProgress, S::AwaitingIdentification, P::WorkCase },
        { S::InProgress, S::DecisionProposed, P::WorkCase },
        { S::InProgress, S::Withdrawn, P::WorkCase },
        // The DPO approves the proposed decision, or sends it back.
        { S::DecisionProposed, S::DecisionApproved, P::ApproveDecision },
        { S::DecisionProposed, S::InProgress, P::WorkCase },
        { S::DecisionApproved, S::Answered, P::WorkCase },
        // GDPR Art. 12(4): a refusal is answered with its reasons and the right to complain.
        { S::DecisionApproved, S::Refused, P::WorkCase },
        { S::Answered, S::Closed, P::WorkCase },
    };
    return all;
}

QList<CaseStatus> CaseWorkflow::next(CaseStatus from)
{
    QList<CaseStatus> statuses;
    for (const CaseTransition& transition : transitions()) {
        if (transition.from == from)
            statuses << transition.to;
    }
    return statuses;
}

Status CaseWorkflow::check(CaseStatus from, CaseStatus to, Role role)
{
    for (const CaseTransition& transition : transitions()) {
        if (transition.from == from && transition.to == to)
            return Permissions::check(role, transition.needs);
    }
    if (from == to)
        return Error { tr("The case is already \"%1\".").arg(CaseStatuses::label(to)) };
    QStringList possible;
    for (CaseStatus status : next(from))
        possible << CaseStatuses::label(status);
    if (possible.isEmpty())
        return Error { tr("The case is \"%1\" and cannot change any more.").arg(CaseStatuses::label(from)) };
    return Error { tr("A case that is \"%1\" cannot become \"%2\". From here it can become: %3.")
                       .arg(CaseStatuses::label(from), CaseStatuses::label(to), possible.join(QStringLiteral(", "))) };
}

bool CaseWorkflow::isFinal(CaseStatus status)
{
    return next(status).isEmpty();
}

} // namespace dsar
