#include "AssessmentRules.h"

namespace dsar {
namespace {

bool isIn(const QList<ItemGround>& grounds, const QString& code)
{
    for (const ItemGround& ground : grounds) {
        if (ground.code == code)
            return true;
    }
    return false;
}

} // namespace

Status AssessmentRules::check(RequestRight right, const AssessmentRecord& item, QDate today)
{
    const QString what = item.describe();
    if (!ItemDecisions::forRight(right).contains(item.decision)) {
        return Error { tr("%1: \"%2\" is not a decision for a request of %3. Choose one of: %4.")
                           .arg(what, ItemDecisions::code(item.decision), RequestRights::label(right).toLower(),
                                ItemDecisions::codeList(right)) };
    }
    switch (item.decision) {
    case ItemDecision::Keep:
        // GDPR Art. 17(3): kept only "to the extent" an exception covers it, with its reference and an end date.
        if (!isIn(ItemGrounds::erasureExceptions(), item.ground)) {
            return Error { tr("%1: say which exception of GDPR Art. 17(3) allows keeping it: %2.")
                               .arg(what, ItemGrounds::codeList(ItemGrounds::erasureExceptions())) };
        }
        if (item.legalReference.trimmed().isEmpty()) {
            return Error { tr("%1: give the legal reference that requires or allows keeping it, e.g. "
                              "\"BFL 7 kap. 2 §\" for accounting records.")
                               .arg(what) };
        }
        if (!item.retainUntil.isValid()) {
            return Error { tr("%1: give the date until which it is kept; a follow-up erasure is scheduled for the "
                              "day after.")
                               .arg(what) };
        }
        if (item.retainUntil < today) {
            return Error { tr("%1: it was to be kept until %2, which has passed. Erase it instead.")
                               .arg(what, item.retainUntil.toString(Qt::ISODate)) };
        }
        // LEGAL.md section 3: legal claims only with a concrete, documented assessment, never as a blanket rule.
        if (item.ground == QLatin1String("17.3.e") && item.note.trimmed().isEmpty()) {
            return Error { tr("%1: keeping data for legal claims (Art. 17(3)(e)) needs a concrete assessment: "
                              "describe the claim in the note.")
                               .arg(what) };
        }
        return {};
    case ItemDecision::Erase:
        if (!item.ground.isEmpty() && !isIn(ItemGrounds::erasureGrounds(), item.ground)) {
            return Error { tr("%1: \"%2\" is not a ground for erasure. Use one of: %3.")
                               .arg(what, item.ground, ItemGrounds::codeList(ItemGrounds::erasureGrounds())) };
        }
        return {};
    case ItemDecision::Redact:
    case ItemDecision::Withhold:
        // GDPR Art. 15(4); LEGAL.md section 3: withholding needs a legal reference per item.
        if (item.legalReference.trimmed().isEmpty()) {
            return Error { tr("%1: give the legal reference for leaving data out of the copy, e.g. \"GDPR Art. "
                              "15(4)\" for other people's data or \"DSL 5 kap. 2 §\" for internal drafts.")
                               .arg(what) };
        }
        return {};
    case ItemDecision::Rectify:
        // GDPR Art. 16: corrected or completed, before and after recorded.
        if (item.after.trimmed().isEmpty())
            return Error { tr("%1: give the corrected value.").arg(what) };
        if (item.after == item.before)
            return Error { tr("%1: the corrected value is the same as the current one.").arg(what) };
        return {};
    case ItemDecision::Restrict:
        if (!isIn(ItemGrounds::restrictionGrounds(), item.ground)) {
            return Error { tr("%1: say on which ground of GDPR Art. 18(1) it is restricted: %2.")
                               .arg(what, ItemGrounds::codeList(ItemGrounds::restrictionGrounds())) };
        }
        return {};
    case ItemDecision::Excluded:
        // GDPR Art. 20(1): the excluded items are listed with why.
        if (item.note.trimmed().isEmpty())
            return Error { tr("%1: say why it is outside the right to data portability.").arg(what) };
        return {};
    case ItemDecision::Continue:
        if (right == RequestRight::ConsentWithdrawal && item.legalReference.trimmed().isEmpty()) {
            // GDPR Art. 17(1)(b): only another legal basis allows continuing.
            return Error { tr("%1: give the other legal basis the processing continues on, e.g. \"GDPR Art. "
                              "6(1)(b)\".")
                               .arg(what) };
        }
        if (right == RequestRight::Objection && item.note.trimmed().isEmpty()) {
            // GDPR Art. 21(1): compelling legitimate grounds, documented for this person.
            return Error { tr("%1: describe the compelling legitimate grounds that override the subject's "
                              "interests, or the legal claim.")
                               .arg(what) };
        }
        return {};
    case ItemDecision::Include:
    case ItemDecision::Unchanged:
    case ItemDecision::InScope:
    case ItemDecision::Stop:
        return {};
    }
    return {};
}

} // namespace dsar
