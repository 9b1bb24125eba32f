#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dsar {

class CaseService;
class FixedClock;
class LetterRenderer;

// Takes a demonstration request's cases through the statuses its "walk" lists, step by step as staff would:
// identification through its request, a decision through the assessment and the proposal (the request's
// "decision" object overrides the draft where the demo needs it), the DPO's approval, the erasure tasks and
// Art. 19 notifications carried out, the answering letter written and recorded as sent, and the closing. Each
// step is taken on the day staff would have taken it (two days after the one before, never after now), so the
// demo's answers are as timely as real ones and the dashboard's figures read true.
class DemoCaseWalk
{
    Q_DECLARE_TR_FUNCTIONS(DemoCaseWalk)
public:
    // The services act on `walkClock`, which the walk moves from the receipt up to `now`.
    DemoCaseWalk(CaseService& handler, CaseService& dpo, const LetterRenderer& renderer, FixedClock& walkClock,
                 QDateTime now);
    Status walk(const QList<CaseRecord>& opened, const QJsonObject& request);

private:
    Result<CaseRecord> step(const CaseRecord& record, CaseStatus status, const QJsonObject& decision);
    Status propose(const CaseRecord& record, const QJsonObject& decision);
    Status answer(const CaseRecord& record);

    CaseService& m_handler;
    CaseService& m_dpo;
    const LetterRenderer& m_renderer;
    FixedClock& m_clock;
    QDateTime m_now;
};

} // namespace dsar
