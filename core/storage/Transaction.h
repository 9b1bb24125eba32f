#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace dsar {

class Database;

// One multi-step write: begun on construction, rolled back unless commit() succeeds.
// Nested transactions on the same connection become savepoints, so a service that writes in its own
// transaction can also run inside a larger one (all or nothing).
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the transaction could not begin; error() says why.
    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();

private:
    void rollback();

    Database& m_db;
    int m_level = 0; // 1 = outermost
    bool m_active = false;
    QString m_error;
};

} // namespace dsar
