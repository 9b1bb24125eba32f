#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QList>

namespace dsar {

class RegisterService;

// The demonstration processing register (behandlingsregister): for each demo organisation, the processing
// activities its own privacy notice (../shared/seeds/000-004) describes, in Swedish as the notices write them.
// Retention rules are the notices' own; where a notice states no computable period the rule is
// kept-with-reason with the notice's wording, never an invented period.
class DemoRegister
{
public:
    // Adds the activities of every organisation in controllers that has a demo register (found by name);
    // adminRegister must act as an administrator. Stops at the first refusal.
    static Status populate(RegisterService& adminRegister, const QList<ControllerRecord>& controllers);
};

} // namespace dsar
