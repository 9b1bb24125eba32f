#include "AssessmentDrafts.h"

#include <QSet>

namespace dsar {
namespace {

bool has(const QList<LegalBasisEntry>& bases, LegalBasis wanted)
{
    for (const LegalBasisEntry& entry : bases) {
        if (entry.basis == wanted)
            return true;
    }
    return false;
}

// "GDPR Art. 6(1)(b)" for the first basis other than consent.
QString otherBasisReference(const QList<LegalBasisEntry>& bases)
{
    static const QHash<LegalBasis, QString> articles = {
        { LegalBasis::Contract, QStringLiteral("GDPR Art. 6(1)(b)") },
        { LegalBasis::LegalObligation, QStringLiteral("GDPR Art. 6(1)(c)") },
        { LegalBasis::VitalInterests, QStringLiteral("GDPR Art. 6(1)(d)") },
        { LegalBasis::PublicTask, QStringLiteral("GDPR Art. 6(1)(e)") },
        { LegalBasis::LegitimateInterests, QStringLiteral("GDPR Art. 6(1)(f)") },
    };
    for (const LegalBasisEntry& entry : bases) {
        if (entry.basis != LegalBasis::Consent)
            return articles.value(entry.basis);
    }
    return {};
}

AssessmentRecord itemFor(const HoldingView& view, ItemDecision decision)
{
    AssessmentRecord item;
    item.holdingId = view.holding.id;
    item.activityId = view.holding.activityId;
    item.activityName = view.activityName;
    item.system = view.holding.system;
    item.category = view.holding.category;
    item.field = view.holding.field;
    item.decision = decision;
    return item;
}

AssessmentRecord itemFor(const ProcessingActivity& activity, ItemDecision decision)
{
    AssessmentRecord item;
    item.activityId = activity.id;
    item.activityName = activity.name;
    item.decision = decision;
    return item;
}

// GDPR Art. 17(3)(b): what the law obliges the organisation to keep stays, until the retention engine's date;
// everything else is erased (17(1)(a), or 17(1)(b) where consent was the only basis).
AssessmentRecord erasureItem(const HoldingView& view, QDate today)
{
    const Result<RetentionRule> rule = RetentionRule::parse(view.retentionRule);
    const bool legalObligation = has(view.legalBases, LegalBasis::LegalObligation);
    const RetentionOutcome& outcome = view.retention;
    const bool dated = outcome.kind == RetentionOutcome::Kind::RetainUntil;
    if (legalObligation && (!dated || outcome.retainUntil >= today)) {
        AssessmentRecord item = itemFor(view, ItemDecision::Keep);
        item.ground = QStringLiteral("17.3.b");
        item.legalReference = rule ? rule->legalReference : QString();
        if (dated)
            item.retainUntil = outcome.retainUntil;
        else
            item.note = AssessmentDrafts::tr("The register gives no date for this processing (%1): decide until "
                                             "when it must be kept.")
                            .arg(RetentionEngine::describe(outcome));
        return item;
    }
    AssessmentRecord item = itemFor(view, ItemDecision::Erase);
    item.ground
        = AssessmentDrafts::reliesOnlyOnConsent(view.legalBases) ? QStringLiteral("17.1.b") : QStringLiteral("17.1.a");
    return item;
}

// GDPR Art. 20(1): data the subject provided, processed on consent or contract by automated means.
AssessmentRecord portabilityItem(const HoldingView& view)
{
    const bool basisInScope = has(view.legalBases, LegalBasis::Consent) || has(view.legalBases, LegalBasis::Contract);
    if (view.holding.providedBySubject && basisInScope)
        return itemFor(view, ItemDecision::InScope);
    AssessmentRecord item = itemFor(view, ItemDecision::Excluded);
    item.ground = QStringLiteral("20.1");
    item.note = !view.holding.providedBySubject
        ? AssessmentDrafts::tr("Not provided by the data subject (GDPR Art. 20(1)); it is in the register extract.")
        : AssessmentDrafts::tr("Processed neither on consent nor on a contract (GDPR Art. 20(1)(a)); it is in the "
                               "register extract.");
    return item;
}

// GDPR Art. 7(3), 17(1)(b): consent-based processing stops; data erased unless another basis remains.
AssessmentRecord consentItem(const HoldingView& view)
{
    if (AssessmentDrafts::reliesOnlyOnConsent(view.legalBases)) {
        AssessmentRecord item = itemFor(view, ItemDecision::Erase);
        item.ground = QStringLiteral("17.1.b");
        return item;
    }
    AssessmentRecord item = itemFor(view, ItemDecision::Continue);
    item.legalReference = otherBasisReference(view.legalBases);
    item.note = AssessmentDrafts::tr("Also processed on another legal basis; only the consent-based use stops.");
    return item;
}

QList<AssessmentRecord> objectionItems(const AssessmentDrafts::Input& input)
{
    // The activities the subject's data are in.
    QSet<qint64> held;
    for (const HoldingView& view : input.holdings)
        held.insert(view.holding.activityId);
    QList<AssessmentRecord> items;
    for (const ProcessingActivity& activity : input.activities) {
        if (!held.contains(activity.id))
            continue;
        if (input.objection == DecisionGround::DirectMarketing) {
            // GDPR Art. 21(3): direct marketing stops, always.
            if (AssessmentDrafts::isDirectMarketing(activity)) {
                AssessmentRecord item = itemFor(activity, ItemDecision::Stop);
                item.ground = QStringLiteral("21.3");
                items << item;
            }
            continue;
        }
        // GDPR Art. 21(1): processing on legitimate interests or a public task.
        if (has(activity.legalBases, LegalBasis::LegitimateInterests)
            || has(activity.legalBases, LegalBasis::PublicTask)) {
            AssessmentRecord item = itemFor(activity, ItemDecision::Stop);
            item.ground = QStringLiteral("21.1");
            items << item;
        }
    }
    return items;
}

} // namespace

bool AssessmentDrafts::reliesOnlyOnConsent(const QList<LegalBasisEntry>& bases)
{
    if (bases.isEmpty())
        return false;
    for (const LegalBasisEntry& entry : bases) {
        if (entry.basis != LegalBasis::Consent)
            return false;
    }
    return true;
}

bool AssessmentDrafts::isDirectMarketing(const ProcessingActivity& activity)
{
    static const QStringList words
        = { QStringLiteral("marknadsför"), QStringLiteral("marketing"),   QStringLiteral("nyhetsbrev"),
            QStringLiteral("newsletter"),  QStringLiteral("erbjudanden"), QStringLiteral("telemarketing") };
    QStringList texts = activity.purposes;
    texts << activity.name;
    for (const QString& text : std::as_const(texts)) {
        for (const QString& word : words) {
            if (text.contains(word, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

QList<AssessmentRecord> AssessmentDrafts::draft(const Input& input)
{
    if (input.right == RequestRight::Objection)
        return objectionItems(input);
    QList<AssessmentRecord> items;
    for (const HoldingView& view : input.holdings) {
        switch (input.right) {
        case RequestRight::Access:
            items << itemFor(view, ItemDecision::Include);
            break;
        case RequestRight::Rectification:
        case RequestRight::Restriction:
            items << itemFor(view, ItemDecision::Unchanged);
            break;
        case RequestRight::Erasure:
            items << erasureItem(view, input.today);
            break;
        case RequestRight::Portability:
            items << portabilityItem(view);
            break;
        case RequestRight::ConsentWithdrawal:
            if (has(view.legalBases, LegalBasis::Consent))
                items << consentItem(view);
            break;
        case RequestRight::Objection:
            break;
        }
    }
    return items;
}

} // namespace dsar
