#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class LetterRenderer;
struct NewAccount;

// The demonstration organisations of ../shared/seeds (five real Swedish privacy notices) with
// fictitious subjects and requests dated relative to today. Written through the same services as
// real work, so the audit trail is complete.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // The demonstration accounts (admin, dpo, handlaggare), for demonstration only.
    static QList<NewAccount> accounts();
    // A new database's key, the demonstration accounts, organisations, subjects and requests, all or
    // nothing; refused when the database already has accounts.
    // The letters of the cases that get that far are rendered with `renderer` (the report library's).
    static Status populate(Database& db, const Clock& clock, const LetterRenderer& renderer);
};

} // namespace dsar
