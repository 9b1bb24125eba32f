#pragma once

#include "calendar/Deadlines.h"
#include "common/Result.h"
#include "domain/Records.h"
#include "services/Actor.h"
#include "services/SubjectService.h"
#include "storage/CaseRepository.h"

#include <QObject>

namespace dsar {

class Clock;
class Database;
class KeyRing;
class SettingsService;

struct OpenRequest
{
    // Either an existing subject, or a new one registered together with the request (all or nothing).
    qint64 subjectId = 0;
    std::optional<NewSubject> newSubject;
    QString controller; // id, organisation number or name; empty = the only organisation
    QList<RequestRight> rights;
    Channel channel = Channel::Email;
    ReceiptTime received;
};

// The one way to change a case: validates, writes the change and its audit event in one transaction,
// and emits casesChanged() for the models.
class CaseService : public QObject
{
    Q_OBJECT
public:
    CaseService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys,
                const SettingsService& settings);

    // The deadlines a request received then would get, under the organisation's policy.
    Result<Deadlines> previewDeadlines(const ReceiptTime& received) const;
    // Refuses a receipt in the future or before the GDPR applied; the message says what to do.
    Status validateReceipt(const ReceiptTime& received) const;
    // One request, one receipt; one linked case per right. All or nothing.
    Result<QList<CaseRecord>> openRequest(const OpenRequest& request);

    // Moves the case one step along CaseWorkflow; a finished case gets its closing time.
    Result<CaseRecord> changeStatus(const QString& reference, CaseStatus to);

    Result<QList<CaseRecord>> list(const CaseFilter& filter = {}) const;
    Result<CaseRecord> byReference(const QString& reference) const;
    QDate today() const;

signals:
    void casesChanged();

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
    const SettingsService& m_settings;
};

} // namespace dsar
