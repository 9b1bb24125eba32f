#include "Transaction.h"

#include "Database.h"
#include "SqlQuery.h"
#include "common/Logging.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace dsar {
namespace {

QString savepointName(int level)
{
    return QStringLiteral("dsar_level_%1").arg(level);
}

} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_level(db.m_transactionDepth + 1)
{
    if (m_level == 1) {
        QSqlDatabase connection = m_db.connection();
        m_active = connection.transaction();
        if (!m_active)
            m_error = tr("Cannot begin a database transaction: %1").arg(connection.lastError().text());
    } else {
        Status begun = SqlQuery::run(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_level));
        m_active = begun.ok();
        if (!m_active)
            m_error = begun.error();
    }
    if (m_active)
        m_db.m_transactionDepth = m_level;
}

Transaction::~Transaction()
{
    if (m_active) {
        qCDebug(lcStorage) << "rolling back an uncommitted transaction at level" << m_level;
        rollback();
    }
}

void Transaction::rollback()
{
    if (m_level == 1) {
        m_db.connection().rollback();
    } else {
        const QString name = savepointName(m_level);
        (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
        (void)SqlQuery::run(m_db, QStringLiteral("RELEASE SAVEPOINT ") + name);
    }
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
}

Status Transaction::commit()
{
    if (!m_active)
        return Error { m_error.isEmpty() ? tr("No transaction is active.") : m_error };
    if (m_level > 1) {
        Status released = SqlQuery::run(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level));
        if (!released) {
            rollback();
            return released;
        }
        m_active = false;
        m_db.m_transactionDepth = m_level - 1;
        return {};
    }
    QSqlDatabase connection = m_db.connection();
    if (!connection.commit()) {
        const QString why = connection.lastError().text();
        rollback();
        return Error { tr("The change could not be saved and nothing was written: %1").arg(why) };
    }
    m_active = false;
    m_db.m_transactionDepth = 0;
    return {};
}

} // namespace dsar
