#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dsar {

class Database;
class KeyRing;

struct AuditEvent
{
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    QString actor;
    QString action; // "case.opened", "subject.added", ...
    QString entityType; // "case", "subject", "controller", "user", "settings"
    qint64 entityId = 0;
    // What changed, without needless personal data (codes, dates, references; never names or numbers).
    QString summary;
    qint64 seq = 0; // position in the chain, from 1
};

struct AuditVerification
{
    bool intact = false;
    qint64 events = 0;
    // The first event found broken (0 when the tail was cut off), and what is wrong with it.
    qint64 brokenSeq = 0;
    qint64 brokenId = 0;
    QString problem;
};

// The audit trail (GDPR Art. 5(2)), appended by the services inside the transaction of the change itself.
// Tamper-evident: each event's SHA-256 hash covers the previous hash and a canonical encoding of the
// event, and an HMAC keyed from the data key covers each hash, so an edited, deleted, inserted or
// reordered event, or a chain recomputed without the key, is found by verify().
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(const Database& db, const KeyRing& keys);
    Status append(const AuditEvent& event);
    Result<QList<AuditEvent>> eventsFor(const QString& entityType, qint64 entityId) const;
    Result<QList<AuditEvent>> all() const;
    Result<AuditVerification> verify() const;

    // Length-prefixed UTF-8 fields: no two different events encode alike.
    static QByteArray canonicalEncoding(const AuditEvent& event);

private:
    Result<QList<AuditEvent>> select(const QString& condition, const QVariantList& bindings) const;
    QByteArray headMac(qint64 seq, const QByteArray& hash) const;
    const Database& m_db;
    const KeyRing& m_keys;
};

} // namespace dsar
