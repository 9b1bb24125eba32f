#pragma once

#include "common/Result.h"
#include "domain/CaseStatus.h"
#include "security/Permission.h"

#include <QCoreApplication>
#include <QList>

namespace dsar {

// One permitted move of a case and the permission it needs.
struct CaseTransition
{
    CaseStatus from;
    CaseStatus to;
    Permission needs;
};

// The case status workflow as an explicit state machine (LEGAL.md sections 1 and 3):
// received → (awaiting identification) → in progress → decision proposed → decision approved (DPO) →
// answered → closed; plus refused, withdrawn and identity not confirmed, which end a case.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
public:
    static const QList<CaseTransition>& transitions();
    // Where a case in `from` may go next, in workflow order.
    static QList<CaseStatus> next(CaseStatus from);
    // Refuses a move the workflow does not have, or a role without its permission, saying why and what is
    // possible instead.
    static Status check(CaseStatus from, CaseStatus to, Role role);
    // A case in one of these is finished: it gets its closing time and counts towards the retention purge.
    static bool isFinal(CaseStatus status);
};

} // namespace dsar
