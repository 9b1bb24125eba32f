#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dsar {

class Database;

struct AuditEvent
{
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    QString actor;
    QString action; // "case.opened", "subject.added", ...
    QString entityType; // "case", "subject", "controller", "settings"
    qint64 entityId = 0;
    // What changed, without needless personal data (codes, dates, references; never names or numbers).
    QString summary;
};

// The audit trail (GDPR Art. 5(2)). Appended by the services inside the transaction of the change itself.
class AuditLog
{
public:
    explicit AuditLog(const Database& db);
    Status append(const AuditEvent& event);
    Result<QList<AuditEvent>> eventsFor(const QString& entityType, qint64 entityId) const;

private:
    const Database& m_db;
};

} // namespace dsar
