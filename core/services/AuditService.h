#pragma once

#include "common/Result.h"
#include "services/Actor.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;

// Reading the audit trail: a case's history for staff, verification and export for the DPO and
// administrators (GDPR Art. 5(2): show the supervisory authority what was done, when and by whom).
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    AuditService(Database& db, const Actor& actor, const KeyRing& keys);

    Result<QList<AuditEvent>> caseHistory(qint64 caseId) const;
    Result<AuditVerification> verify() const;
    // CSV (RFC 4180, UTF-8) of every event, written atomically; returns the number of events.
    Result<qint64> exportCsv(const QString& path) const;
    static QByteArray toCsv(const QList<AuditEvent>& events);

private:
    Database& m_db;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
