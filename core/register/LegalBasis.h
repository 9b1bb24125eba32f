#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// Why a processing is lawful: GDPR Art. 6(1)(a)-(f).
enum class LegalBasis
{
    Consent, // Art. 6(1)(a)
    Contract, // Art. 6(1)(b)
    LegalObligation, // Art. 6(1)(c)
    VitalInterests, // Art. 6(1)(d)
    PublicTask, // Art. 6(1)(e)
    LegitimateInterests, // Art. 6(1)(f)
};

class LegalBases
{
    Q_DECLARE_TR_FUNCTIONS(LegalBases)
public:
    static QList<LegalBasis> all();
    // Stable codes for storage and the CLI: "consent", ..., "legitimate-interests".
    static QString code(LegalBasis basis);
    static std::optional<LegalBasis> fromCode(const QString& code);
    // "Legitimate interests (GDPR Art. 6(1)(f))", translated.
    static QString label(LegalBasis basis);
    static QString codeList();
};

// The exception that allows special categories of data (health, union membership, ...): GDPR Art. 9(2)(a)-(j).
enum class SpecialCategoryCondition
{
    ExplicitConsent, // Art. 9(2)(a)
    Employment, // Art. 9(2)(b): employment and social security law
    VitalInterests, // Art. 9(2)(c): the subject cannot consent
    NonProfitBody, // Art. 9(2)(d): foundations, associations, trade unions, their members
    MadePublic, // Art. 9(2)(e): manifestly made public by the subject
    LegalClaims, // Art. 9(2)(f): legal claims, courts
    SubstantialPublicInterest, // Art. 9(2)(g)
    HealthCare, // Art. 9(2)(h): preventive or occupational medicine, health and social care
    PublicHealth, // Art. 9(2)(i)
    ArchivingResearch, // Art. 9(2)(j): archiving in the public interest, research, statistics
};

class SpecialCategoryConditions
{
    Q_DECLARE_TR_FUNCTIONS(SpecialCategoryConditions)
public:
    static QList<SpecialCategoryCondition> all();
    // Stable codes: "explicit-consent", "employment", ..., "archiving-research".
    static QString code(SpecialCategoryCondition condition);
    static std::optional<SpecialCategoryCondition> fromCode(const QString& code);
    // "Explicit consent (GDPR Art. 9(2)(a))", translated.
    static QString label(SpecialCategoryCondition condition);
    static QString codeList();
};

} // namespace dsar
