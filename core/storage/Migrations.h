#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace dsar {

class Database;

// Numbered schema migrations, each applied in one transaction and recorded in schema_migrations.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    // 0 for an empty database; an error for a file that is not a DSAR Desk database.
    static Result<int> installedVersion(const Database& db);
    static Status apply(Database& db);
};

} // namespace dsar
