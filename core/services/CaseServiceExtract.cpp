// CaseService: the register extract (GDPR Art. 15) and the portability export (GDPR Art. 20) made for a case,
// recorded with their SHA-256, marked as sent, and verified later (GDPR Art. 5(2)).
#include "CaseService.h"
#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "extract/ExtractComposer.h"
#include "extract/PortabilityExport.h"
#include "services/ControllerService.h"
#include "storage/ControllerRepository.h"
#include "storage/DecisionRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace dsar {
namespace {

// Once the subject's identity is settled and work has begun; never for a request that was refused, withdrawn
// or whose requester was not identified (the data would go to someone unconfirmed).
const QList<CaseStatus> documentStatuses { CaseStatus::InProgress, CaseStatus::DecisionProposed,
                                           CaseStatus::DecisionApproved, CaseStatus::Answered, CaseStatus::Closed };

QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

} // namespace

Result<ExtractFacts> CaseService::extractFacts(const QString& reference, const QString& language) const
{
    if (language != QLatin1String("sv") && language != QLatin1String("en"))
        return Error {
            tr("The register extract is written in Swedish (sv) or English (en), not \"%1\".").arg(language)
        };
    Result<CaseRecord> current = caseIn(reference, documentStatuses, Permission::WorkCase);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    // GDPR Art. 15; a portability request refused in part is offered the Art. 15 copy (LEGAL.md section 3).
    if (record.right != RequestRight::Access && record.right != RequestRight::Portability) {
        return Error { tr("%1 is a request for %2; a register extract answers a request for access (or "
                          "portability).")
                           .arg(record.reference, RequestRights::label(record.right).toLower()) };
    }
    ExtractFacts facts;
    facts.language = language;
    facts.date = today();
    facts.caseRecord = record;
    Result<std::optional<ControllerRecord>> controller = ControllerRepository(m_db).byId(record.controllerId);
    if (!controller)
        return Error { controller.error() };
    if (controller.value())
        facts.controller = *controller.value();
    const QString named = facts.controller.supervisoryAuthority.simplified();
    facts.supervisoryAuthority = named.isEmpty() ? ControllerService::defaultSupervisoryAuthority() : named;
    Result<std::optional<SubjectRecord>> subject = SubjectRepository(m_db, m_keys).byId(record.subjectId);
    if (!subject)
        return Error { subject.error() };
    if (!subject.value())
        return Error { tr("%1: the data subject of the case no longer exists.").arg(record.reference) };
    facts.subject = *subject.value();

    // Exactly this subject's data at this organisation: the holdings are read by the subject's id, never by
    // name, e-mail or address, so a namesake or a household member cannot appear in the extract.
    Result<QList<HoldingView>> holdings = holdingsOf(record);
    if (!holdings)
        return Error { holdings.error() };
    Result<QList<AssessmentRecord>> assessed = DecisionRepository(m_db, m_keys).items(record.id);
    if (!assessed)
        return Error { assessed.error() };
    QHash<qint64, AssessmentRecord> byHolding;
    if (record.right == RequestRight::Access) {
        for (const AssessmentRecord& item : assessed.value()) {
            if (item.holdingId != 0)
                byHolding.insert(item.holdingId, item);
        }
    }
    QSet<qint64> activityIds;
    for (const HoldingView& view : holdings.value()) {
        if (view.holding.subjectId != record.subjectId)
            continue; // defence in depth: never another subject's datum
        ExtractItem item;
        item.view = view;
        if (auto found = byHolding.constFind(view.holding.id); found != byHolding.cend()) {
            // GDPR Art. 15(4): the access decision redacts or withholds an item with its legal reference.
            if (found->decision == ItemDecision::Redact || found->decision == ItemDecision::Withhold) {
                item.decision = found->decision;
                item.ground = found->ground;
                item.legalReference = found->legalReference;
                item.redactedValue = found->decision == ItemDecision::Redact ? found->after : QString();
            }
        }
        facts.items << item;
        activityIds.insert(view.holding.activityId);
    }
    Result<QList<ProcessingActivity>> activities = RegisterRepository(m_db).forController(record.controllerId);
    if (!activities)
        return Error { activities.error() };
    for (const ProcessingActivity& activity : activities.value()) {
        if (activityIds.contains(activity.id))
            facts.activities << activity;
    }
    return facts;
}

Result<QString> CaseService::nextDocumentId(const QString& reference, IssuedDocument::Kind kind) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    Result<int> count = DocumentRepository(m_db).count(current->id, kind);
    if (!count)
        return Error { count.error() };
    return QStringLiteral("%1-%2-%3").arg(current->reference, IssuedDocument::idPart(kind)).arg(count.value() + 1);
}

Result<IssuedDocument> CaseService::recordDocument(const CaseRecord& record, IssuedDocument document)
{
    document.caseId = record.id;
    document.caseReference = record.reference;
    Result<std::optional<DecisionRecord>> decision = DecisionRepository(m_db, m_keys).forCase(record.id);
    if (!decision)
        return Error { decision.error() };
    // What it withholds or redacts is then the DPO's decision, not a draft.
    document.afterApproval = decision.value() && decision.value()->isApproved();
    document.generatedBy = m_actor.userName;
    document.generatedAt = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<qint64> id = DocumentRepository(m_db).insert(document);
    if (!id)
        return Error { id.error() };
    document.id = id.value();
    if (Status logged = logCase(record, QStringLiteral("case.document_generated"),
                                QStringLiteral("reference=%1 kind=%2 language=%3 document=%4 sha256=%5 items=%6")
                                    .arg(record.reference, IssuedDocument::code(document.kind), document.language,
                                         document.documentId, document.sha256)
                                    .arg(document.items));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return document;
}

Result<WrittenDocument> CaseService::writeExtract(const QString& reference, const QString& language,
                                                  const ExtractRenderer& renderer)
{
    Result<ExtractFacts> facts = extractFacts(reference, language);
    if (!facts)
        return Error { facts.error() };
    Result<QString> documentId = nextDocumentId(reference, IssuedDocument::Kind::RegisterExtract);
    if (!documentId)
        return Error { documentId.error() };
    ExtractFacts gathered = facts.value();
    gathered.documentId = documentId.value();
    Result<RenderedPdf> rendered = renderer.render(ExtractComposer::compose(gathered));
    if (!rendered)
        return Error { rendered.error() };
    IssuedDocument document;
    document.kind = IssuedDocument::Kind::RegisterExtract;
    document.language = language;
    document.documentId = documentId.value();
    document.sha256 = hexSha256(rendered->pdf);
    document.pages = rendered->pages;
    for (const ExtractItem& item : gathered.items)
        document.items += item.decision == ItemDecision::Withhold ? 0 : 1;
    Result<IssuedDocument> recorded = recordDocument(gathered.caseRecord, document);
    if (!recorded)
        return Error { recorded.error() };
    return WrittenDocument { recorded.value(), rendered->pdf };
}

Result<WrittenDocument> CaseService::writePortabilityExport(const QString& reference, IssuedDocument::Kind format,
                                                            const QString& path)
{
    if (format == IssuedDocument::Kind::RegisterExtract)
        return Error { tr("The portability export is JSON or CSV; the register extract is the PDF.") };
    Result<CaseRecord> current = caseIn(reference, documentStatuses, Permission::WorkCase);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    if (record.right != RequestRight::Portability) {
        return Error { tr("%1 is a request for %2; the machine-readable export answers a request for portability "
                          "(GDPR Art. 20).")
                           .arg(record.reference, RequestRights::label(record.right).toLower()) };
    }
    // GDPR Art. 20(1): only what the assessment put in scope (provided by the subject, on consent or contract).
    Result<QList<AssessmentRecord>> assessed = DecisionRepository(m_db, m_keys).items(record.id);
    if (!assessed)
        return Error { assessed.error() };
    if (assessed->isEmpty()) {
        return Error { tr("%1: assess the subject's data first (Begin assessment on the Decision and letters tab, or "
                          "dsarctl case assess %1); the export holds only the items the assessment puts in scope of "
                          "GDPR Art. 20.")
                           .arg(record.reference) };
    }
    QSet<qint64> inScope;
    for (const AssessmentRecord& item : assessed.value()) {
        if (item.decision == ItemDecision::InScope && item.holdingId != 0)
            inScope.insert(item.holdingId);
    }
    Result<QList<HoldingView>> holdings = holdingsOf(record);
    if (!holdings)
        return Error { holdings.error() };
    Result<std::optional<SubjectRecord>> subject = SubjectRepository(m_db, m_keys).byId(record.subjectId);
    if (!subject)
        return Error { subject.error() };
    if (!subject.value())
        return Error { tr("%1: the data subject of the case no longer exists.").arg(record.reference) };
    QList<PortableItem> items;
    for (const HoldingView& view : holdings.value()) {
        if (!inScope.contains(view.holding.id) || view.holding.subjectId != record.subjectId)
            continue;
        PortableItem item;
        item.controller = view.controllerName;
        item.activity = view.activityName;
        item.system = view.holding.system;
        item.category = view.holding.category;
        item.field = view.holding.field;
        item.value = view.holding.value;
        item.providedBySubject = view.holding.providedBySubject;
        for (const LegalBasisEntry& basis : view.legalBases)
            item.legalBases << LegalBases::code(basis.basis);
        item.collected = view.holding.events.collected;
        items << item;
    }
    Result<QString> documentId = nextDocumentId(reference, format);
    if (!documentId)
        return Error { documentId.error() };
    Result<std::optional<ControllerRecord>> controller = ControllerRepository(m_db).byId(record.controllerId);
    if (!controller)
        return Error { controller.error() };
    PortabilityHeader header;
    header.documentId = documentId.value();
    header.caseReference = record.reference;
    header.generatedAt = m_clock.now().toUTC();
    if (controller.value()) {
        header.controllerName = controller.value()->name;
        header.controllerOrganisationNumber = controller.value()->organisationNumber;
    }
    header.subjectName = subject.value()->name;
    header.subjectEmail = subject.value()->email;
    const QByteArray bytes = format == IssuedDocument::Kind::ExportJson ? PortabilityExport::toJson(header, items)
                                                                        : PortabilityExport::toCsv(header, items);
    // The file replaces `path` only once it is complete; a failed write leaves the old file and records nothing.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error { tr("%1 could not be written (%2). Nothing was recorded; choose another place to save it.")
                           .arg(path, file.errorString()) };
    }
    IssuedDocument document;
    document.kind = format;
    document.language = QStringLiteral("und"); // machine-readable: keys and codes, no language of its own
    document.documentId = documentId.value();
    document.sha256 = hexSha256(bytes);
    document.items = int(items.size());
    Result<IssuedDocument> recorded = recordDocument(record, document);
    if (!recorded)
        return Error { recorded.error() };
    return WrittenDocument { recorded.value(), bytes };
}

Result<QList<IssuedDocument>> CaseService::documents(const QString& reference) const
{
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return Error { current.error() };
    return DocumentRepository(m_db).forCase(current->id);
}

Result<IssuedDocument> CaseService::markDocumentSent(const QString& reference, IssuedDocument::Kind kind,
                                                     const QString& method)
{
    Result<CaseRecord> current = caseIn(reference, documentStatuses, Permission::WorkCase);
    if (!current)
        return Error { current.error() };
    const CaseRecord& record = current.value();
    if (method.trimmed().isEmpty())
        return Error { tr("%1: say how it was sent, e.g. \"e-post\" or \"brev\".").arg(record.reference) };
    Result<QList<IssuedDocument>> all = DocumentRepository(m_db).forCase(record.id);
    if (!all)
        return Error { all.error() };
    std::optional<IssuedDocument> latest;
    for (const IssuedDocument& document : all.value()) {
        const bool sameKind = kind == IssuedDocument::Kind::RegisterExtract
            ? document.kind == kind
            : document.kind != IssuedDocument::Kind::RegisterExtract;
        if (sameKind)
            latest = document;
    }
    if (!latest) {
        return Error { kind == IssuedDocument::Kind::RegisterExtract
                           ? tr("%1: no register extract has been made for this case; make it first (Make register "
                                "extract on the Decision and letters tab, or dsarctl extract %1 --out FILE.pdf).")
                                 .arg(record.reference)
                           : tr("%1: no export has been made for this case; make it first (Export data on the Decision "
                                "and letters tab, or dsarctl export %1 --format json --out FILE).")
                                 .arg(record.reference) };
    }
    if (latest->isSent()) {
        return Error { tr("%1: %2 was already recorded as sent on %3.")
                           .arg(record.reference, latest->documentId,
                                latest->sentAt.toTimeZone(StockholmTime::zone()).date().toString(Qt::ISODate)) };
    }
    // What is sent must show the approved decision: what it withholds or redacts is the DPO's decision.
    Result<std::optional<DecisionRecord>> decision = DecisionRepository(m_db, m_keys).forCase(record.id);
    if (!decision)
        return Error { decision.error() };
    if (!decision.value() || !decision.value()->isApproved()) {
        return Error {
            tr("%1: the decision must be approved before %2 is sent.").arg(record.reference, latest->documentId)
        };
    }
    if (!latest->afterApproval) {
        return Error { tr("%1: %2 was made before the decision was approved; make it again so that it shows the "
                          "approved decision, then send that one.")
                           .arg(record.reference, latest->documentId) };
    }
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status sent = DocumentRepository(m_db).markSent(latest->id, m_actor.userName, now, method.trimmed()); !sent)
        return Error { sent.error() };
    if (Status logged = logCase(record, QStringLiteral("case.document_sent"),
                                QStringLiteral("reference=%1 kind=%2 document=%3 sha256=%4 method=%5")
                                    .arg(record.reference, IssuedDocument::code(latest->kind), latest->documentId,
                                         latest->sha256, method.trimmed()));
        !logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    latest->sentBy = m_actor.userName;
    latest->sentAt = now;
    latest->sentMethod = method.trimmed();
    return *latest;
}

Result<DocumentCheck> CaseService::verifyDocument(const QByteArray& bytes, const QString& documentIdInFile) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    DocumentCheck check;
    check.sha256 = hexSha256(bytes);
    DocumentRepository documents(m_db);
    Result<QList<DocumentMatch>> matches = documents.byHash(check.sha256);
    if (!matches)
        return Error { matches.error() };
    if (matches->isEmpty() && !documentIdInFile.isEmpty()) {
        matches = documents.byDocumentId(documentIdInFile);
        if (!matches)
            return Error { matches.error() };
    }
    if (matches->isEmpty())
        return check;
    const DocumentMatch& found = matches->constFirst();
    for (qsizetype i = 1; i < matches->size(); ++i)
        check.alsoIssuedAs << QStringLiteral("%1 (%2)").arg(matches->at(i).documentId, matches->at(i).caseReference);
    check.verdict = found.sha256 == check.sha256 ? DocumentCheck::Verdict::Issued : DocumentCheck::Verdict::Altered;
    check.kind = found.kind;
    check.documentId = found.documentId;
    check.caseReference = found.caseReference;
    check.issuedSha256 = found.sha256;
    check.generatedAt = found.generatedAt;
    check.generatedBy = found.generatedBy;
    check.sentAt = found.sentAt;
    check.sentMethod = found.sentMethod;
    return check;
}

} // namespace dsar
