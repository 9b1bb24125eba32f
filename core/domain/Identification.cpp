#include "Identification.h"

#include "EnumCodes.h"

namespace dsar {

QList<IdentificationMethod> IdentificationMethods::all()
{
    return { IdentificationMethod::KnownEmail,
             IdentificationMethod::LoggedInAccount,
             IdentificationMethod::BankId,
             IdentificationMethod::FrejaEid,
             IdentificationMethod::IdDocumentInspected,
             IdentificationMethod::KnownPostalAddress,
             IdentificationMethod::AgentPowerOfAttorney };
}

QString IdentificationMethods::code(IdentificationMethod method)
{
    switch (method) {
    case IdentificationMethod::KnownEmail:
        return QStringLiteral("known-email");
    case IdentificationMethod::LoggedInAccount:
        return QStringLiteral("logged-in-account");
    case IdentificationMethod::BankId:
        return QStringLiteral("bankid");
    case IdentificationMethod::FrejaEid:
        return QStringLiteral("freja-eid");
    case IdentificationMethod::IdDocumentInspected:
        return QStringLiteral("id-document-inspected");
    case IdentificationMethod::KnownPostalAddress:
        return QStringLiteral("known-postal-address");
    case IdentificationMethod::AgentPowerOfAttorney:
        return QStringLiteral("agent-power-of-attorney");
    }
    return {};
}

std::optional<IdentificationMethod> IdentificationMethods::fromCode(const QString& code)
{
    return enumFromCode(all(), &IdentificationMethods::code, code);
}

QString IdentificationMethods::label(IdentificationMethod method)
{
    switch (method) {
    case IdentificationMethod::KnownEmail:
        return tr("Known e-mail address");
    case IdentificationMethod::LoggedInAccount:
        return tr("Logged-in account");
    case IdentificationMethod::BankId:
        return tr("BankID");
    case IdentificationMethod::FrejaEid:
        return tr("Freja eID");
    case IdentificationMethod::IdDocumentInspected:
        return tr("ID document inspected (no copy kept)");
    case IdentificationMethod::KnownPostalAddress:
        return tr("Known postal address");
    case IdentificationMethod::AgentPowerOfAttorney:
        return tr("Agent with power of attorney");
    }
    return {};
}

QString IdentificationMethods::codeList()
{
    return enumCodeList(all(), &IdentificationMethods::code);
}

QList<IdentificationOutcome> IdentificationOutcomes::all()
{
    return { IdentificationOutcome::Confirmed, IdentificationOutcome::NotConfirmed };
}

QString IdentificationOutcomes::code(IdentificationOutcome outcome)
{
    switch (outcome) {
    case IdentificationOutcome::Confirmed:
        return QStringLiteral("confirmed");
    case IdentificationOutcome::NotConfirmed:
        return QStringLiteral("not-confirmed");
    }
    return {};
}

std::optional<IdentificationOutcome> IdentificationOutcomes::fromCode(const QString& code)
{
    return enumFromCode(all(), &IdentificationOutcomes::code, code);
}

QString IdentificationOutcomes::label(IdentificationOutcome outcome)
{
    switch (outcome) {
    case IdentificationOutcome::Confirmed:
        return tr("Confirmed");
    case IdentificationOutcome::NotConfirmed:
        return tr("Not confirmed");
    }
    return {};
}

QString IdentificationOutcomes::codeList()
{
    return enumCodeList(all(), &IdentificationOutcomes::code);
}

QList<ClockStopEpisode::Kind> ClockStopKinds::all()
{
    return { ClockStopEpisode::Kind::Identity, ClockStopEpisode::Kind::Clarification };
}

QString ClockStopKinds::code(ClockStopEpisode::Kind kind)
{
    switch (kind) {
    case ClockStopEpisode::Kind::Identity:
        return QStringLiteral("identity");
    case ClockStopEpisode::Kind::Clarification:
        return QStringLiteral("clarification");
    }
    return {};
}

std::optional<ClockStopEpisode::Kind> ClockStopKinds::fromCode(const QString& code)
{
    return enumFromCode(all(), &ClockStopKinds::code, code);
}

QString ClockStopKinds::label(ClockStopEpisode::Kind kind)
{
    switch (kind) {
    case ClockStopEpisode::Kind::Identity:
        return tr("Identity (Art. 12(6))");
    case ClockStopEpisode::Kind::Clarification:
        return tr("Clarification (recital 63)");
    }
    return {};
}

QString ClockStopKinds::codeList()
{
    return enumCodeList(all(), &ClockStopKinds::code);
}

} // namespace dsar
