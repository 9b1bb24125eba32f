#include "Recipients.h"

#include "domain/EnumCodes.h"

namespace dsar {

QList<RecipientRole> RecipientRoles::all()
{
    return { RecipientRole::Processor, RecipientRole::IndependentController, RecipientRole::JointController,
             RecipientRole::Authority };
}

QString RecipientRoles::code(RecipientRole role)
{
    switch (role) {
    case RecipientRole::Processor:
        return QStringLiteral("processor");
    case RecipientRole::IndependentController:
        return QStringLiteral("independent-controller");
    case RecipientRole::JointController:
        return QStringLiteral("joint-controller");
    case RecipientRole::Authority:
        return QStringLiteral("authority");
    }
    return {};
}

std::optional<RecipientRole> RecipientRoles::fromCode(const QString& code)
{
    return enumFromCode(all(), &RecipientRoles::code, code);
}

QString RecipientRoles::label(RecipientRole role)
{
    switch (role) {
    case RecipientRole::Processor:
        return tr("Processor (GDPR Art. 28)");
    case RecipientRole::IndependentController:
        return tr("Independent controller");
    case RecipientRole::JointController:
        return tr("Joint controller (GDPR Art. 26)");
    case RecipientRole::Authority:
        return tr("Authority");
    }
    return {};
}

QString RecipientRoles::codeList()
{
    return enumCodeList(all(), &RecipientRoles::code);
}

QList<TransferSafeguard> TransferSafeguards::all()
{
    return { TransferSafeguard::AdequacyDecision, TransferSafeguard::StandardContractualClauses,
             TransferSafeguard::BindingCorporateRules, TransferSafeguard::Derogation };
}

QString TransferSafeguards::code(TransferSafeguard safeguard)
{
    switch (safeguard) {
    case TransferSafeguard::AdequacyDecision:
        return QStringLiteral("adequacy-decision");
    case TransferSafeguard::StandardContractualClauses:
        return QStringLiteral("standard-contractual-clauses");
    case TransferSafeguard::BindingCorporateRules:
        return QStringLiteral("binding-corporate-rules");
    case TransferSafeguard::Derogation:
        return QStringLiteral("derogation");
    }
    return {};
}

std::optional<TransferSafeguard> TransferSafeguards::fromCode(const QString& code)
{
    return enumFromCode(all(), &TransferSafeguards::code, code);
}

QString TransferSafeguards::label(TransferSafeguard safeguard)
{
    switch (safeguard) {
    case TransferSafeguard::AdequacyDecision:
        return tr("Adequacy decision (GDPR Art. 45)");
    case TransferSafeguard::StandardContractualClauses:
        return tr("EU standard contractual clauses (GDPR Art. 46(2)(c))");
    case TransferSafeguard::BindingCorporateRules:
        return tr("Binding corporate rules (GDPR Art. 47)");
    case TransferSafeguard::Derogation:
        return tr("Derogation for a specific situation (GDPR Art. 49)");
    }
    return {};
}

QString TransferSafeguards::codeList()
{
    return enumCodeList(all(), &TransferSafeguards::code);
}

} // namespace dsar
