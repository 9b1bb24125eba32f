#pragma once

#include "calendar/Deadlines.h"
#include "common/Result.h"
#include "domain/CaseWork.h"
#include "domain/Decision.h"
#include "domain/Extension.h"
#include "domain/Identification.h"
#include "domain/Records.h"
#include "extract/ExtractFacts.h"
#include "extract/ExtractRenderer.h"
#include "extract/IssuedDocument.h"
#include "letters/LetterFacts.h"
#include "letters/LetterRecord.h"
#include "letters/LetterRenderer.h"
#include "register/ProcessingActivity.h"
#include "security/Permission.h"
#include "services/Actor.h"
#include "services/SubjectService.h"
#include "storage/CaseRepository.h"

#include <QObject>

namespace dsar {

class Clock;
class Database;
class Transaction;
struct HoldingView;
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

// What the handläggare proposes; the DPO approves it as it is or sends the case back.
struct DecisionProposal
{
    DecisionOutcome outcome = DecisionOutcome::Granted;
    DecisionGround ground = DecisionGround::None;
    QString summary; // the decision in words for the subject
    QString reasons; // GDPR Art. 12(4): required for a refusal
    QString legalReference; // required for a refusal
    QString facts; // GDPR Art. 12(5): the documented facts
    QString feeAmount; // GDPR Art. 12(5)(a)
    QString balancing; // GDPR Art. 21(1): the balancing of interests for this person
};

// A recipient of the subject's data, from the register (GDPR Art. 19, last sentence).
struct SubjectRecipient
{
    Recipient recipient;
    QStringList activities;
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
    // The cases awaiting identification whose clock is stopped (byReferenceWithDeadlines()->clockStopped), by
    // reference: read together, for the dashboard.
    Result<QStringList> clockStoppedReferences() const;

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

    // Decisions per right (issue 5 item 4; LEGAL.md section 3). The case must be in progress.
    // Drafts the items from the subject's holdings at the case's organisation and the register (AssessmentDrafts)
    // and stores them; an existing assessment is returned unchanged. An objection names its kind: direct
    // marketing stops at once (GDPR Art. 21(3)) and leaves a suppression entry; a consent withdrawal stops every
    // consent-based processing of the subject from its receipt on (GDPR Art. 7(3)).
    Result<QList<AssessmentRecord>> assess(const QString& reference, DecisionGround objection = DecisionGround::None);
    Result<QList<AssessmentRecord>> assessment(const QString& reference) const;
    Result<AssessmentRecord> changeAssessment(const QString& reference, qint64 itemId, const AssessmentChange& change);
    // Checks every item and what the outcome needs, then moves the case to decision-proposed.
    Result<CaseRecord> proposeDecision(const QString& reference, const DecisionProposal& proposal);
    // The DPO approves: refusals need ApproveRefusal, Art. 12(5) decisions DecideExcessive. The decision takes
    // effect: erasure tasks per system, corrections applied, restrictions marked, processing stopped, and an
    // Art. 19 notification per recipient of the affected data.
    Result<CaseRecord> approveDecision(const QString& reference);
    Result<std::optional<DecisionRecord>> decision(const QString& reference) const;
    // The subject's requests received before this one (GDPR Art. 12(5): the facts of an excessive request).
    Result<QList<CaseRecord>> earlierRequests(const QString& reference) const;

    // Carrying the decision out.
    Result<QList<ErasureTask>> erasureTasks(const QString& reference) const;
    // The items decided "erase" in that system are erased from DSAR Desk's copy; done by whom and when.
    Result<ErasureTask> completeErasureTask(const QString& reference, const QString& system);
    Result<QList<RecipientNotification>> notifications(const QString& reference) const;
    // GDPR Art. 19: notified on a date by a method, or impossible/disproportionate with the reason.
    Result<RecipientNotification> recordNotification(const QString& reference, const QString& recipient,
                                                     NotificationStatus status, const QString& method, QDate on,
                                                     const QString& reason);
    Result<QList<SubjectRecipient>> recipientsOfSubject(qint64 subjectId) const;
    Result<QList<ProcessingStop>> processingStops(qint64 subjectId) const;
    // GDPR Art. 18(3): only after the lifting notice is recorded as sent.
    Result<CaseRecord> liftRestriction(const QString& reference);
    // Kept items whose retain-until date has passed, oldest first.
    Result<QList<FollowUp>> followUps() const;
    // The follow-up erasure of a kept item done: erased from DSAR Desk's copy as well.
    Result<FollowUp> completeFollowUp(qint64 itemId);

    // Letters (issue 5 item 5; LEGAL.md section 4).
    // What a letter of that kind says about the case; an error says what is missing before it can be written.
    // A restriction-lifting notice takes the reason and the date from which the restriction ends.
    Result<LetterFacts> letterFacts(const QString& reference, LetterKind kind, const QString& language,
                                    const QString& liftReason = {}, QDate liftOn = {}) const;
    // A letter generated: its SHA-256 and a new document id (printed in the letter) are recorded.
    Result<LetterRecord> recordLetter(const QString& reference, LetterKind kind, const QString& language,
                                      const QString& documentId, const QByteArray& pdf);
    // Composes the letter from the organisation's template and the case's facts, renders it and records it.
    Result<WrittenLetter> writeLetter(const QString& reference, LetterKind kind, const QString& language,
                                      const LetterRenderer& renderer, const QString& liftReason = {},
                                      QDate liftOn = {});
    // The next document id for a letter of that kind on the case.
    Result<QString> nextLetterDocumentId(const QString& reference, LetterKind kind) const;
    // The latest generated letter of that kind was sent. An outcome letter answers the case; a refusal letter
    // of a refused case ends it.
    Result<CaseRecord> markLetterSent(const QString& reference, LetterKind kind, const QString& method);
    Result<QList<LetterRecord>> letters(const QString& reference) const;
    // Answered → closed, once the answering letters are sent, every erasure task is done and every recipient is
    // accounted for.
    Result<CaseRecord> close(const QString& reference);

    // The register extract and the portability export (issue 6; GDPR Art. 15 and 20). From in progress on.
    // What the extract says: this subject's holdings at the case's organisation (never matched by name, e-mail or
    // address), the activities that process them, and the access decision's redactions and withheld items.
    Result<ExtractFacts> extractFacts(const QString& reference, const QString& language) const;
    // Composes, renders and records the extract (document id, SHA-256, pages, items).
    Result<WrittenDocument> writeExtract(const QString& reference, const QString& language,
                                         const ExtractRenderer& renderer);
    // GDPR Art. 20: the items the assessment put in scope, as JSON or CSV (docs/portability-format.md), written to
    // `path` with QSaveFile and recorded.
    Result<WrittenDocument> writePortabilityExport(const QString& reference, IssuedDocument::Kind format,
                                                   const QString& path);
    Result<QList<IssuedDocument>> documents(const QString& reference) const;
    // The latest extract (or export) was sent; it must have been made after the decision was approved.
    Result<IssuedDocument> markDocumentSent(const QString& reference, IssuedDocument::Kind kind, const QString& method);
    // Whether these bytes are a document this database issued (extract, export or letter) and unaltered; the
    // document id read from the file finds an altered copy.
    Result<DocumentCheck> verifyDocument(const QByteArray& bytes, const QString& documentIdInFile) const;

    Result<QList<CaseRecord>> list(const CaseFilter& filter = {}) const;
    // --- Deadline calendar (issue 7 item 4; CaseServiceCalendar.cpp) ---
    // The open cases' due dates as an iCalendar file (RFC 5545) in "sv" or "en"; no personal data in it.
    Result<QByteArray> deadlineCalendar(const QString& language) const;
    // --- end deadline calendar ---
    Result<CaseRecord> byReference(const QString& reference) const;
    QDate today() const;

signals:
    void casesChanged();

private:
    // Inside the caller's transaction: the case's new status (with its closing time when it is final) and the
    // "case.status_changed" audit event. Every status move goes through here.
    Status writeStatus(const CaseRecord& record, CaseStatus to, const QDateTime& now);
    // Inside the caller's transaction: a "case.*" audit event; details hold codes, dates and references only.
    Status logCase(const CaseRecord& record, const QString& action, const QString& details);
    // Commits and tells the models.
    Status commitChange(Transaction& transaction);
    // The case, open for work of this kind: in progress (or the statuses given).
    Result<CaseRecord> caseIn(const QString& reference, const QList<CaseStatus>& statuses, Permission needs) const;
    Result<QList<HoldingView>> holdingsOf(const CaseRecord& record) const;
    // Inside the caller's transaction: what an approved decision sets in motion.
    Status carryOut(const CaseRecord& record, const DecisionRecord& decision, const QDateTime& now);
    Status stopProcessing(const CaseRecord& record, StopScope scope, qint64 activityId, const QDateTime& now);
    Result<QString> nextDocumentId(const QString& reference, IssuedDocument::Kind kind) const;
    // Records a made document with its audit event, in one transaction.
    Result<IssuedDocument> recordDocument(const CaseRecord& record, IssuedDocument document);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
    const SettingsService& m_settings;
};

} // namespace dsar
