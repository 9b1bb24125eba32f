#include "AuditService.h"

#include "common/CsvField.h"
#include "security/Permission.h"
#include "storage/Database.h"

#include <QSaveFile>

namespace dsar {

AuditService::AuditService(Database& db, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_actor(actor)
    , m_keys(keys)
{ }

Result<QList<AuditEvent>> AuditService::caseHistory(qint64 caseId) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    return AuditLog(m_db, m_keys).eventsFor(QStringLiteral("case"), caseId);
}

Result<AuditVerification> AuditService::verify() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::VerifyAudit); !allowed)
        return Error { allowed.error() };
    return AuditLog(m_db, m_keys).verify();
}

QByteArray AuditService::toCsv(const QList<AuditEvent>& events)
{
    QByteArray csv = QByteArrayLiteral("seq,occurred_at_utc,actor,action,entity_type,entity_id,summary\r\n");
    for (const AuditEvent& event : events) {
        const QStringList fields = { QString::number(event.seq),
                                     event.occurredAt.toUTC().toString(Qt::ISODateWithMs),
                                     event.actor,
                                     event.action,
                                     event.entityType,
                                     QString::number(event.entityId),
                                     event.summary };
        QList<QByteArray> encoded;
        for (const QString& field : fields)
            encoded << csvField(field);
        csv += encoded.join(',') + QByteArrayLiteral("\r\n");
    }
    return csv;
}

Result<qint64> AuditService::exportCsv(const QString& path) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::VerifyAudit); !allowed)
        return Error { allowed.error() };
    Result<QList<AuditEvent>> events = AuditLog(m_db, m_keys).all();
    if (!events)
        return Error { events.error() };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("Cannot write %1: %2").arg(path, file.errorString()) };
    file.write(toCsv(events.value()));
    if (!file.commit())
        return Error { tr("Cannot write %1: %2").arg(path, file.errorString()) };
    return qint64(events->size());
}

} // namespace dsar
