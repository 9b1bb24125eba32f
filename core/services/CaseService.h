#pragma once

#include "calendar/Deadlines.h"
#include "common/Result.h"
#include "domain/CaseWork.h"
#include "domain/Extension.h"
#include "domain/Identification.h"
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

    // Identification and extension (issue 5 items 2 and 3).
    // GDPR Art. 12(6), recital 63; LEGAL.md 1.1 item 7: a request for identity or clarification sent on
    // `requestedOn`. The reason (the documented doubt) is required; a received or in-progress case becomes
    // awaiting-identification; one open request at a time. Sent later than the clock-stop window it is recorded
    // but stops no clock, and the case carries the warning.
    Result<CaseRecord> requestIdentification(const QString& reference, ClockStopEpisode::Kind kind,
                                             const QString& reason, QDate requestedOn);
    // The answer to the open request: closes it and recomputes the deadlines with every episode. Confirmed moves
    // an awaiting-identification case to in-progress; a confirmed identity needs the method.
    Result<CaseRecord> recordIdentification(const QString& reference, QDate answeredOn,
                                            std::optional<IdentificationMethod> method, IdentificationOutcome outcome);
    // Ends a case whose identity was never confirmed, once identification.wait_days have passed since the last
    // request for identification.
    Result<CaseRecord> closeIdentityNotConfirmed(const QString& reference);
    Result<QList<IdentificationRecord>> identifications(const QString& reference) const;
    // GDPR Art. 12(3); LEGAL.md 1.1 item 5: the one extension, with a reason and a note, requested no later than
    // the one-month due date.
    Result<CaseRecord> requestExtension(const QString& reference, ExtensionReason reason, const QString& note);
    // The DPO's approval, again no later than the due date: the case's due date becomes the legal maximum.
    Result<CaseRecord> approveExtension(const QString& reference);
    Result<std::optional<ExtensionRecord>> extension(const QString& reference) const;
    // byReference() with the clock stops computed: suspended days, restart, planning date, warnings.
    Result<CaseRecord> byReferenceWithDeadlines(const QString& reference) const;

    // Case work: assignment, notes, attachments (issue 5 item 1).
    static constexpr int MaxNoteLength = 20000; // characters, after trimming
    static constexpr qint64 MaxAttachmentSize = 25 * 1024 * 1024; // bytes
    // The case's handler: an active account whose role works cases; an empty name unassigns. A finished
    // case keeps the handler it had.
    Result<CaseRecord> assign(const QString& reference, const QString& userName);
    // An internal note, or a message to or from the data subject. A finished case takes internal notes only.
    Result<CaseNote> addNote(const QString& reference, CaseNote::Kind kind, const QString& text);
    Result<QList<CaseNote>> notes(const QString& reference) const;
    // A file such as the original letter or e-mail, kept sealed with the SHA-256 of its bytes. The media type
    // is guessed from the name and the content when not given.
    Result<CaseAttachment> attach(const QString& reference, const QString& fileName, const QByteArray& content,
                                  const QString& mediaType = {});
    Result<QList<CaseAttachment>> attachments(const QString& reference) const;
    // The bytes as they were added; an error if they no longer match their SHA-256.
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;

    Result<QList<CaseRecord>> list(const CaseFilter& filter = {}) const;
    Result<CaseRecord> byReference(const QString& reference) const;
    QDate today() const;

signals:
    void casesChanged();

private:
    // Inside the caller's transaction: the case's new status (with its closing time when it is final) and the
    // "case.status_changed" audit event. Every status move goes through here.
    Status writeStatus(const CaseRecord& record, CaseStatus to, const QDateTime& now);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
    const SettingsService& m_settings;
};

} // namespace dsar
