#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace dsar::bench {

// The shape of the benchmark's database: issue 7 item 8 names 100,000 cases.
struct SeedShape
{
    int cases = 100000;
    int subjects = 60000;
    int organisations = 4;
    QDate today { 2027, 3, 10 }; // a Wednesday
    unsigned seed = 20270310; // the same seed gives the same database, so figures of different days compare
};

// The accounts the benchmark signs in with (scrypt as the real accounts).
struct SeedAccounts
{
    static QString handler() { return QStringLiteral("anna"); }
    static QString dpo() { return QStringLiteral("dpo"); }
    static QString password() { return QStringLiteral("bench-password"); }
};

// What the seeding made, counted as it was written.
struct SeedReport
{
    int subjects = 0;
    int requests = 0;
    int cases = 0;
    int open = 0;
    int awaitingIdentification = 0;
    int extensionsApproved = 0;
    int extensionsAwaiting = 0;
    int assignedToHandler = 0;
};

// Writes a new database file at path: accounts and organisations through the real services, then subjects
// (sealed with the KeyRing), requests, cases, identification episodes and extensions through the real
// repositories inside one transaction, so the file is one the app reads unchanged. Per-case audit events are
// not written (no reader of the list or the dashboard needs them).
Result<SeedReport> seedWorkspace(const QString& path, const SeedShape& shape);

} // namespace dsar::bench
