#pragma once

#include "common/Result.h"
#include "services/Actor.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;
class LetterRenderer;

// The demonstration subjects, their holdings in the organisations' systems and their requests, from
// resources/demo/subjects.json (format "dsardesk-demo-subjects", version 1). Dates are relative to today, so
// the demo always has cases due soon, overdue cases and holdings past their retain-until date.
class DemoSubjects
{
    Q_DECLARE_TR_FUNCTIONS(DemoSubjects)
public:
    // Adds everything through the services as `handler` (a case handler), inside the caller's transaction;
    // the DPO approves the decisions of the cases that get that far.
    static Status populate(const QByteArray& json, Database& db, const Clock& clock, const Actor& handler,
                           const Actor& dpo, const KeyRing& keys, const LetterRenderer& renderer);
};

} // namespace dsar
