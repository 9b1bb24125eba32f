#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace dsar {

class Session;

// The demonstration organisations of ../shared/seeds (five real Swedish privacy notices) with
// fictitious subjects and requests dated relative to today. Written through the same services as
// real work, so the audit trail is complete.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // Refused when the database already holds organisations.
    static Status populate(Session& session);
};

} // namespace dsar
