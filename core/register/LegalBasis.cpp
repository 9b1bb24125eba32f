#include "LegalBasis.h"

#include "domain/EnumCodes.h"

namespace dsar {

QList<LegalBasis> LegalBases::all()
{
    return { LegalBasis::Consent,        LegalBasis::Contract,   LegalBasis::LegalObligation,
             LegalBasis::VitalInterests, LegalBasis::PublicTask, LegalBasis::LegitimateInterests };
}

QString LegalBases::code(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent:
        return QStringLiteral("consent");
    case LegalBasis::Contract:
        return QStringLiteral("contract");
    case LegalBasis::LegalObligation:
        return QStringLiteral("legal-obligation");
    case LegalBasis::VitalInterests:
        return QStringLiteral("vital-interests");
    case LegalBasis::PublicTask:
        return QStringLiteral("public-task");
    case LegalBasis::LegitimateInterests:
        return QStringLiteral("legitimate-interests");
    }
    return {};
}

std::optional<LegalBasis> LegalBases::fromCode(const QString& code)
{
    return enumFromCode(all(), &LegalBases::code, code);
}

QString LegalBases::label(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent:
        return tr("Consent (GDPR Art. 6(1)(a))");
    case LegalBasis::Contract:
        return tr("Contract (GDPR Art. 6(1)(b))");
    case LegalBasis::LegalObligation:
        return tr("Legal obligation (GDPR Art. 6(1)(c))");
    case LegalBasis::VitalInterests:
        return tr("Vital interests (GDPR Art. 6(1)(d))");
    case LegalBasis::PublicTask:
        return tr("Public task (GDPR Art. 6(1)(e))");
    case LegalBasis::LegitimateInterests:
        return tr("Legitimate interests (GDPR Art. 6(1)(f))");
    }
    return {};
}

QString LegalBases::codeList()
{
    return enumCodeList(all(), &LegalBases::code);
}

QList<SpecialCategoryCondition> SpecialCategoryConditions::all()
{
    return { SpecialCategoryCondition::ExplicitConsent,
             SpecialCategoryCondition::Employment,
             SpecialCategoryCondition::VitalInterests,
             SpecialCategoryCondition::NonProfitBody,
             SpecialCategoryCondition::MadePublic,
             SpecialCategoryCondition::LegalClaims,
             SpecialCategoryCondition::SubstantialPublicInterest,
             SpecialCategoryCondition::HealthCare,
             SpecialCategoryCondition::PublicHealth,
             SpecialCategoryCondition::ArchivingResearch };
}

QString SpecialCategoryConditions::code(SpecialCategoryCondition condition)
{
    switch (condition) {
    case SpecialCategoryCondition::ExplicitConsent:
        return QStringLiteral("explicit-consent");
    case SpecialCategoryCondition::Employment:
        return QStringLiteral("employment");
    case SpecialCategoryCondition::VitalInterests:
        return QStringLiteral("vital-interests");
    case SpecialCategoryCondition::NonProfitBody:
        return QStringLiteral("non-profit-body");
    case SpecialCategoryCondition::MadePublic:
        return QStringLiteral("made-public");
    case SpecialCategoryCondition::LegalClaims:
        return QStringLiteral("legal-claims");
    case SpecialCategoryCondition::SubstantialPublicInterest:
        return QStringLiteral("substantial-public-interest");
    case SpecialCategoryCondition::HealthCare:
        return QStringLiteral("health-care");
    case SpecialCategoryCondition::PublicHealth:
        return QStringLiteral("public-health");
    case SpecialCategoryCondition::ArchivingResearch:
        return QStringLiteral("archiving-research");
    }
    return {};
}

std::optional<SpecialCategoryCondition> SpecialCategoryConditions::fromCode(const QString& code)
{
    return enumFromCode(all(), &SpecialCategoryConditions::code, code);
}

QString SpecialCategoryConditions::label(SpecialCategoryCondition condition)
{
    switch (condition) {
    case SpecialCategoryCondition::ExplicitConsent:
        return tr("Explicit consent (GDPR Art. 9(2)(a))");
    case SpecialCategoryCondition::Employment:
        return tr("Employment and social security law (GDPR Art. 9(2)(b))");
    case SpecialCategoryCondition::VitalInterests:
        return tr("Vital interests, the subject cannot consent (GDPR Art. 9(2)(c))");
    case SpecialCategoryCondition::NonProfitBody:
        return tr("Non-profit body and its members (GDPR Art. 9(2)(d))");
    case SpecialCategoryCondition::MadePublic:
        return tr("Manifestly made public by the subject (GDPR Art. 9(2)(e))");
    case SpecialCategoryCondition::LegalClaims:
        return tr("Legal claims or courts (GDPR Art. 9(2)(f))");
    case SpecialCategoryCondition::SubstantialPublicInterest:
        return tr("Substantial public interest (GDPR Art. 9(2)(g))");
    case SpecialCategoryCondition::HealthCare:
        return tr("Preventive or occupational medicine, health or social care (GDPR Art. 9(2)(h))");
    case SpecialCategoryCondition::PublicHealth:
        return tr("Public health (GDPR Art. 9(2)(i))");
    case SpecialCategoryCondition::ArchivingResearch:
        return tr("Archiving, research or statistics (GDPR Art. 9(2)(j))");
    }
    return {};
}

QString SpecialCategoryConditions::codeList()
{
    return enumCodeList(all(), &SpecialCategoryConditions::code);
}

} // namespace dsar
