#pragma once

#include "register/LegalBasis.h"
#include "register/Recipients.h"
#include "register/RetentionRule.h"
#include "register/SourceKind.h"

#include <QString>

namespace dsar {

// The processing register's terms in a document's own language ("sv" or "en"), for what the data subject reads
// (the register extract, letters). Not tr(): the document's language is the subject's, not the interface's.
class RegisterWording
{
public:
    // "Avtal (artikel 6.1 b)", "Contract (Article 6(1)(b))".
    static QString legalBasis(LegalBasis basis, const QString& language);
    static QString specialCondition(SpecialCategoryCondition condition, const QString& language);
    static QString recipientRole(RecipientRole role, const QString& language);
    static QString safeguard(TransferSafeguard safeguard, const QString& language);
    static QString source(SourceKind kind, const QString& language);
    // The criteria of GDPR Art. 15(1)(d): "2 år efter att avtalet eller kundrelationen upphörde".
    static QString retentionRule(const RetentionRule& rule, const QString& language);
    // One datum's concrete answer for a table cell: a date, or a short word when no date is known yet (the
    // criterion is the processing's retention).
    static QString retentionOutcome(const RetentionOutcome& outcome, const QString& language);
    static QString period(const RetentionPeriod& period, const QString& language);
    static QString event(RetentionEvent event, const QString& language);
};

} // namespace dsar
