// CaseService: what each letter says, the letters generated and sent, and closing a case (issue 5 item 5;
// LEGAL.md section 4).
#include "CaseService.h"
#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "domain/CaseWorkflow.h"
#include "extract/RegisterWording.h"
#include "register/Recipients.h"
#include "services/LetterTemplateService.h"
#include "storage/CaseTaskRepository.h"
#include "storage/ControllerRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/ExtensionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Transaction.h"

namespace dsar {
namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dayOf(const QDateTime& at)
{
    return at.toTimeZone(StockholmTime::zone()).date(); // the day as the organisation counts it
}

// Everything the decision set in motion is finished: what the outcome letter reports.
Status checkCarriedOut(const QString& reference, const QList<ErasureTask>& tasks,
                       const QList<RecipientNotification>& notifications)
{
    for (const ErasureTask& task : tasks) {
        if (!task.isDone()) {
            return Error { CaseService::tr("%1: the erasure in %2 is not yet confirmed done. The letter must say what "
                                           "was erased, where and when.")
                               .arg(reference, task.system) };
        }
    }
    for (const RecipientNotification& notification : notifications) {
        if (notification.status == NotificationStatus::Pending) {
            // GDPR Art. 19.
            return Error { CaseService::tr("%1: record whether %2 was notified of the change (GDPR Art. 19), or why "
                                           "that was impossible or disproportionate.")
                               .arg(reference, notification.recipient) };
        }
    }
    return {};
}

// The letter speaks the subject's language, not the staff member's interface language (so not tr()).
QString actionWord(ItemDecision decision, const QString& language)
{
    const bool sv = language == QLatin1String("sv");
    switch (decision) {
    case ItemDecision::Erase:
        return sv ? QStringLiteral("Raderat") : QStringLiteral("Erased");
    case ItemDecision::Restrict:
        return sv ? QStringLiteral("Begränsat") : QStringLiteral("Restricted");
    case ItemDecision::Stop:
        return sv ? QStringLiteral("Behandlingen upphör") : QStringLiteral("Processing stopped");
    case ItemDecision::Rectify:
        return sv ? QStringLiteral("Rättat") : QStringLiteral("Rectified");
    case ItemDecision::Continue:
        return sv ? QStringLiteral("Behandlingen fortsätter") : QStringLiteral("Processing continues");
    default:
        return ItemDecisions::code(decision);
    }
}

QString roleWord(const QString& code, const QString& language)
{
    return RegisterWording::recipientRole(RecipientRoles::fromCode(code).value_or(RecipientRole::Processor), language);
}

// GDPR Art. 5(2), 15(3), 20(1): the outcome names the copy the subject gets by its document id, so the letter and
// the extract or export prove each other (dsarctl extract verify reads the id back).
LetterLine documentLine(const IssuedDocument& document, const QString& language)
{
    const bool sv = language == QLatin1String("sv");
    const auto count = [sv](int n, const char* svOne, const char* svMany, const char* enOne, const char* enMany) {
        return QStringLiteral("%1 %2").arg(n).arg(
            QString::fromUtf8(sv ? (n == 1 ? svOne : svMany) : (n == 1 ? enOne : enMany)));
    };
    const QString items = count(document.items, "uppgift", "uppgifter", "item", "items");
    const QString what = document.kind == IssuedDocument::Kind::RegisterExtract
        ? (sv ? QStringLiteral("Registerutdrag, dokument-id %1 (%2, %3)")
              : QStringLiteral("Register extract, document id %1 (%2, %3)"))
              .arg(document.documentId, count(document.pages, "sida", "sidor", "page", "pages"), items)
        : (sv ? QStringLiteral("Dataexport (%1), dokument-id %2 (%3)")
              : QStringLiteral("Data export (%1), document id %2 (%3)"))
              .arg(document.kind == IssuedDocument::Kind::ExportJson ? QStringLiteral("JSON") : QStringLiteral("CSV"),
                   document.documentId, items);
    const QString why = document.kind == IssuedDocument::Kind::RegisterExtract ? QStringLiteral("GDPR Art. 15(3)")
                                                                               : QStringLiteral("GDPR Art. 20(1)");
    return { what, QString(), dayOf(document.generatedAt), why };
}

QString itemWhy(const AssessmentRecord& item)
{
    QStringList parts;
    if (std::optional<ItemGround> ground = ItemGrounds::find(item.ground))
        parts << ground->article;
    if (!item.legalReference.isEmpty())
        parts << item.legalReference;
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<LetterFacts> CaseService::letterFacts(const QString& reference, LetterKind kind, const QString& language,
                                             const QString& liftReason, QDate liftOn) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    if (language != QLatin1String("sv") && language != QLatin1String("en"))
        return Error { tr("Letters are written in Swedish (sv) or English (en), not \"%1\".").arg(language) };
    Result<CaseRecord> current = byReferenceWithDeadlines(reference);
    if (!current)
        return Error { current.error() };
    LetterFacts facts;
    facts.kind = kind;
    facts.language = language;
    facts.letterDate = today();
    facts.caseRecord = current.value();
    const CaseRecord& record = facts.caseRecord;
    Result<std::optional<ControllerRecord>> controller = ControllerRepository(m_db).byId(record.controllerId);
    if (!controller)
        return Error { controller.error() };
    if (controller.value())
        facts.controller = *controller.value();
    Result<std::optional<SubjectRecord>> subject = SubjectRepository(m_db, m_keys).byId(record.subjectId);
    if (!subject)
        return Error { subject.error() };
    if (subject.value())
        facts.subject = *subject.value();

    Result<std::optional<DecisionRecord>> found = DecisionRepository(m_db, m_keys).forCase(record.id);
    if (!found)
        return Error { found.error() };
    const std::optional<DecisionRecord>& decision = found.value();
    const auto needApproved = [&]() -> Status {
        if (!decision || !decision->isApproved()) {
            return Error {
                tr("%1: the decision must be approved before this letter can be written.").arg(record.reference)
            };
        }
        return {};
    };
    CaseTaskRepository tasks(m_db, m_keys);

    switch (kind) {
    case LetterKind::Acknowledgement:
        break;
    case LetterKind::IdentificationRequest: {
        Result<QList<IdentificationRecord>> episodes = identifications(reference);
        if (!episodes)
            return Error { episodes.error() };
        if (episodes->isEmpty()) {
            return Error { tr("%1: record the request for identity or clarification first; the letter states its "
                              "reason.")
                               .arg(record.reference) };
        }
        facts.identificationReason = episodes->constLast().reason;
        break;
    }
    case LetterKind::ExtensionNotice: {
        Result<std::optional<ExtensionRecord>> extension = ExtensionRepository(m_db, m_keys).forCase(record.id);
        if (!extension)
            return Error { extension.error() };
        if (!extension.value() || !extension.value()->isApproved()) {
            return Error { tr("%1: the extension must be requested and approved before the notice can be written.")
                               .arg(record.reference) };
        }
        // GDPR Art. 12(3): the subject is told of the extension "together with the reasons for the delay".
        facts.extensionReason
            = QStringLiteral("%1. %2").arg(ExtensionReasons::label(extension.value()->reason), extension.value()->note);
        break;
    }
    case LetterKind::Refusal: {
        if (Status approved = needApproved(); !approved)
            return Error { approved.error() };
        if (!DecisionOutcomes::refuses(decision->outcome)) {
            return Error { tr("%1: the decision (%2) refuses nothing; write the outcome letter.")
                               .arg(record.reference, DecisionOutcomes::label(decision->outcome)) };
        }
        facts.partialRefusal = decision->outcome == DecisionOutcome::PartlyRefused;
        facts.decisionSummary = decision->summary;
        facts.refusalReasons = decision->reasons;
        facts.refusalLegalReference = decision->legalReference;
        Result<QList<AssessmentRecord>> items = assessment(reference);
        if (!items)
            return Error { items.error() };
        for (const AssessmentRecord& item : items.value()) {
            const bool refused = item.decision == ItemDecision::Withhold || item.decision == ItemDecision::Excluded
                || item.decision == ItemDecision::Continue;
            if (refused || decision->outcome == DecisionOutcome::Refused)
                facts.refused << LetterLine { item.describe(), item.system, {}, itemWhy(item) };
        }
        break;
    }
    case LetterKind::Outcome: {
        if (Status approved = needApproved(); !approved)
            return Error { approved.error() };
        if (decision->outcome == DecisionOutcome::Refused) {
            return Error { tr("%1: the request is refused; write the refusal letter.").arg(record.reference) };
        }
        if (decision->outcome == DecisionOutcome::Fee) {
            Result<QList<LetterRecord>> sent = tasks.letters(record.id);
            if (!sent)
                return Error { sent.error() };
            const bool feeSent = std::any_of(sent->cbegin(), sent->cend(), [](const LetterRecord& letter) {
                return letter.kind == LetterKind::FeeNotice && letter.isSent();
            });
            if (!feeSent)
                return Error { tr("%1: send the fee notice first (GDPR Art. 12(5)(a)).").arg(record.reference) };
        }
        Result<QList<ErasureTask>> erasures = tasks.erasureTasks(record.id);
        Result<QList<RecipientNotification>> notified = tasks.notifications(record.id);
        if (!erasures || !notified)
            return Error { erasures ? notified.error() : erasures.error() };
        if (Status finished = checkCarriedOut(record.reference, erasures.value(), notified.value()); !finished)
            return Error { finished.error() };
        facts.decisionSummary = decision->summary;
        Result<QList<AssessmentRecord>> items = assessment(reference);
        if (!items)
            return Error { items.error() };
        for (const AssessmentRecord& item : items.value()) {
            switch (item.decision) {
            case ItemDecision::Erase:
            case ItemDecision::Restrict:
            case ItemDecision::Stop:
                facts.done << LetterLine { QStringLiteral("%1: %2").arg(actionWord(item.decision, language),
                                                                        item.describe()),
                                           item.system, dayOf(item.doneAt), itemWhy(item) };
                break;
            case ItemDecision::Rectify:
                facts.done << LetterLine { QStringLiteral("%1: %2 → %3").arg(item.describe(), item.before, item.after),
                                           item.system, dayOf(item.doneAt), QStringLiteral("GDPR Art. 16") };
                break;
            case ItemDecision::Keep:
                facts.kept << LetterLine { item.describe(), item.system, item.retainUntil, itemWhy(item) };
                break;
            case ItemDecision::Continue:
                // GDPR Art. 7(3), 21(1): what goes on and on which ground. It has no retain-until date, so it is
                // not a kept item (those need one, Art. 17(3)) and would leave the letter incomplete.
                facts.done << LetterLine { QStringLiteral("%1: %2").arg(actionWord(item.decision, language),
                                                                        item.describe()),
                                           item.system,
                                           {},
                                           !item.legalReference.isEmpty() || record.right != RequestRight::Objection
                                               ? item.legalReference
                                               : QStringLiteral("GDPR Art. 21(1)") };
                break;
            default:
                break;
            }
        }
        if (record.right == RequestRight::Access || record.right == RequestRight::Portability) {
            Result<QList<IssuedDocument>> documents = this->documents(reference);
            if (!documents)
                return Error { documents.error() };
            // The latest of each kind made after the approval: the one that may be sent (the list is oldest first).
            QSet<IssuedDocument::Kind> named;
            for (auto it = documents->crbegin(); it != documents->crend(); ++it) {
                const IssuedDocument& document = *it;
                if (document.afterApproval && !named.contains(document.kind)) {
                    named.insert(document.kind);
                    facts.done << documentLine(document, language);
                }
            }
        }
        for (const RecipientNotification& notification : notified.value()) {
            facts.recipients << LetterRecipient { notification.recipient, roleWord(notification.role, language),
                                                  notification.notifiedOn, notification.method, notification.reason };
        }
        break;
    }
    case LetterKind::RestrictionLifting: {
        if (record.right != RequestRight::Restriction)
            return Error { tr("%1 is not a request for restriction.").arg(record.reference) };
        // GDPR Art. 18(3): the notice is about a restriction the subject has obtained; sent earlier, it would let
        // the restriction be lifted as soon as it took effect, without the subject being told.
        Result<QList<AssessmentRecord>> items = assessment(reference);
        if (!items)
            return Error { items.error() };
        const bool inForce = std::any_of(items->cbegin(), items->cend(), [](const AssessmentRecord& item) {
            return item.decision == ItemDecision::Restrict && item.doneAt.isValid() && !item.liftedAt.isValid();
        });
        if (!inForce) {
            return Error { tr("%1 has no restriction in force: the notice that a restriction ends is written once the "
                              "decision to restrict is approved.")
                               .arg(record.reference) };
        }
        // GDPR Art. 18(3): the subject learns when and why the restriction ends.
        if (liftReason.trimmed().isEmpty() || !liftOn.isValid() || liftOn < today()) {
            return Error { tr("%1: give the reason the restriction ends and the date from which it ends (today or "
                              "later).")
                               .arg(record.reference) };
        }
        facts.restrictionLiftReason = liftReason.trimmed();
        facts.restrictionLiftedOn = liftOn;
        break;
    }
    case LetterKind::FeeNotice:
        if (Status approved = needApproved(); !approved)
            return Error { approved.error() };
        if (decision->outcome != DecisionOutcome::Fee)
            return Error { tr("%1: the decision charges no fee.").arg(record.reference) };
        facts.feeAmount = decision->feeAmount;
        facts.feeReasons = decision->facts;
        break;
    }
    return facts;
}

Result<WrittenLetter> CaseService::writeLetter(const QString& reference, LetterKind kind, const QString& language,
                                               const LetterRenderer& renderer, const QString& liftReason, QDate liftOn)
{
    Result<LetterFacts> facts = letterFacts(reference, kind, language, liftReason, liftOn);
    if (!facts)
        return Error { facts.error() };
    Result<QString> body
        = LetterTemplateService(m_db, m_clock, m_actor, m_keys).body(facts->caseRecord.controllerId, kind, language);
    if (!body)
        return Error { body.error() };
    // LEGAL.md section 4 (GDPR Art. 12(4)): a letter missing a required element is not written at all.
    Result<ComposedLetter> composed = LetterComposer::compose(facts.value(), body.value());
    if (!composed)
        return Error { tr("%1: %2").arg(facts->caseRecord.reference, composed.error()) };
    Result<QString> documentId = nextLetterDocumentId(reference, kind);
    if (!documentId)
        return Error { documentId.error() };
    Result<QByteArray> pdf = renderer.render(composed.value(), facts.value(), documentId.value());
    if (!pdf)
        return Error { pdf.error() };
    Result<LetterRecord> recorded = recordLetter(reference, kind, language, documentId.value(), pdf.value());
    if (!recorded)
        return Error { recorded.error() };
    return WrittenLetter { recorded.value(), pdf.value() };
}

Result<QString> CaseService::nextLetterDocumentId(const QString& reference, LetterKind kind) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    Result<int> count = CaseTaskRepository(m_db, m_keys).letterCount(current->id, kind);
    if (!count)
        return Error { count.error() };
    return QStringLiteral("%1-%2-%3").arg(current->reference, LetterKinds::code(kind)).arg(count.value() + 1);
}

Result<LetterRecord> CaseService::recordLetter(const QString& reference, LetterKind kind, const QString& language,
                                               const QString& documentId, const QByteArray& pdf)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    if (pdf.isEmpty())
        return Error { tr("%1: the letter is empty; nothing was recorded.").arg(record.reference) };
    LetterRecord letter;
    letter.caseId = record.id;
    letter.kind = kind;
    letter.language = language;
    letter.documentId = documentId;
    letter.sha256 = QString::fromLatin1(crypto::sha256(pdf).toHex());
    letter.generatedBy = m_actor.userName;
    letter.generatedAt = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<qint64> id = CaseTaskRepository(m_db, m_keys).insertLetter(letter);
    if (!id)
        return Error { id.error() };
    letter.id = id.value();
    if (Status logged
        = logCase(record, QStringLiteral("case.letter_generated"),
                  QStringLiteral("reference=%1 kind=%2 language=%3 document=%4 sha256=%5")
                      .arg(record.reference, LetterKinds::code(kind), language, documentId, letter.sha256));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return letter;
}

Result<QList<LetterRecord>> CaseService::letters(const QString& reference) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    return CaseTaskRepository(m_db, m_keys).letters(current->id);
}

Result<CaseRecord> CaseService::markLetterSent(const QString& reference, LetterKind kind, const QString& method)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    if (method.trimmed().isEmpty())
        return Error { tr("%1: say how the letter was sent, e.g. \"e-post\" or \"brev\".").arg(record.reference) };
    Result<QList<LetterRecord>> all = letters(reference);
    if (!all)
        return Error { all.error() };
    std::optional<LetterRecord> latest;
    for (const LetterRecord& letter : all.value()) {
        if (letter.kind == kind)
            latest = letter;
    }
    if (!latest) {
        return Error { tr("%1: no %2 letter has been written for this case; write it first (Write letter on the "
                          "Decision and letters tab, or dsarctl case letter %1 --kind %3).")
                           .arg(record.reference, LetterKinds::label(kind).toLower(), LetterKinds::code(kind)) };
    }
    if (latest->isSent()) {
        return Error { tr("%1: the %2 letter %3 was already recorded as sent on %4.")
                           .arg(record.reference, LetterKinds::label(kind).toLower(), latest->documentId,
                                iso(dayOf(latest->sentAt))) };
    }
    Result<std::optional<DecisionRecord>> decision = DecisionRepository(m_db, m_keys).forCase(record.id);
    if (!decision)
        return Error { decision.error() };
    // The answering letter moves an approved case on: an outcome letter answers it, the refusal letter of a
    // refused request ends it (GDPR Art. 12(4)).
    std::optional<CaseStatus> next;
    if (record.status == CaseStatus::DecisionApproved && decision.value()) {
        if (kind == LetterKind::Outcome)
            next = CaseStatus::Answered;
        else if (kind == LetterKind::Refusal && decision.value()->outcome == DecisionOutcome::Refused)
            next = CaseStatus::Refused;
    }
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status sent
        = CaseTaskRepository(m_db, m_keys).markLetterSent(latest->id, m_actor.userName, now, method.trimmed());
        !sent)
        return Error { sent.error() };
    if (Status logged = logCase(
            record, QStringLiteral("case.letter_sent"),
            QStringLiteral("reference=%1 kind=%2 document=%3 sha256=%4 method=%5")
                .arg(record.reference, LetterKinds::code(kind), latest->documentId, latest->sha256, method.trimmed()));
        !logged)
        return Error { logged.error() };
    if (next) {
        if (Status moved = writeStatus(record, *next, now); !moved)
            return Error { moved.error() };
    }
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return byReferenceWithDeadlines(reference);
}

Result<CaseRecord> CaseService::close(const QString& reference)
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    if (record.status == CaseStatus::DecisionApproved) {
        return Error { tr("%1 cannot close before its outcome letter (or refusal letter) is recorded as sent.")
                           .arg(record.reference) };
    }
    if (Status allowed = CaseWorkflow::check(record.status, CaseStatus::Closed, m_actor.role); !allowed)
        return Error { tr("%1: %2").arg(record.reference, allowed.error()) };
    CaseTaskRepository tasks(m_db, m_keys);
    Result<QList<LetterRecord>> sent = tasks.letters(record.id);
    if (!sent)
        return Error { sent.error() };
    const auto wasSent = [&sent](LetterKind kind) {
        return std::any_of(sent->cbegin(), sent->cend(),
                           [kind](const LetterRecord& letter) { return letter.kind == kind && letter.isSent(); });
    };
    if (!wasSent(LetterKind::Outcome)) {
        return Error { tr("%1 cannot close before its outcome letter is recorded as sent.").arg(record.reference) };
    }
    Result<std::optional<DecisionRecord>> decision = DecisionRepository(m_db, m_keys).forCase(record.id);
    if (!decision)
        return Error { decision.error() };
    // GDPR Art. 12(4): the refused part is answered with its reasons.
    if (decision.value() && decision.value()->outcome == DecisionOutcome::PartlyRefused
        && !wasSent(LetterKind::Refusal)) {
        return Error { tr("%1 is partly refused: it cannot close before the refusal letter is recorded as sent.")
                           .arg(record.reference) };
    }
    Result<QList<ErasureTask>> erasures = tasks.erasureTasks(record.id);
    Result<QList<RecipientNotification>> notified = tasks.notifications(record.id);
    if (!erasures || !notified)
        return Error { erasures ? notified.error() : erasures.error() };
    if (Status finished = checkCarriedOut(record.reference, erasures.value(), notified.value()); !finished)
        return Error { finished.error() };

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status moved = writeStatus(record, CaseStatus::Closed, m_clock.now()); !moved)
        return Error { moved.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return byReferenceWithDeadlines(reference);
}

} // namespace dsar
