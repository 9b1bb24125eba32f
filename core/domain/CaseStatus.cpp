#include "CaseStatus.h"

#include "EnumCodes.h"

namespace dsar {

QList<CaseStatus> CaseStatuses::all()
{
    return { CaseStatus::Received,         CaseStatus::AwaitingIdentification,
             CaseStatus::InProgress,       CaseStatus::DecisionProposed,
             CaseStatus::DecisionApproved, CaseStatus::Answered,
             CaseStatus::Closed,           CaseStatus::Refused,
             CaseStatus::Withdrawn,        CaseStatus::IdentityNotConfirmed };
}

QString CaseStatuses::code(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return QStringLiteral("received");
    case CaseStatus::AwaitingIdentification:
        return QStringLiteral("awaiting-identification");
    case CaseStatus::InProgress:
        return QStringLiteral("in-progress");
    case CaseStatus::DecisionProposed:
        return QStringLiteral("decision-proposed");
    case CaseStatus::DecisionApproved:
        return QStringLiteral("decision-approved");
    case CaseStatus::Answered:
        return QStringLiteral("answered");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    case CaseStatus::Refused:
        return QStringLiteral("refused");
    case CaseStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case CaseStatus::IdentityNotConfirmed:
        return QStringLiteral("identity-not-confirmed");
    }
    return {};
}

std::optional<CaseStatus> CaseStatuses::fromCode(const QString& code)
{
    return enumFromCode(all(), &CaseStatuses::code, code);
}

QString CaseStatuses::label(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return tr("Received");
    case CaseStatus::AwaitingIdentification:
        return tr("Awaiting identification");
    case CaseStatus::InProgress:
        return tr("In progress");
    case CaseStatus::DecisionProposed:
        return tr("Decision proposed");
    case CaseStatus::DecisionApproved:
        return tr("Decision approved");
    case CaseStatus::Answered:
        return tr("Answered");
    case CaseStatus::Closed:
        return tr("Closed");
    case CaseStatus::Refused:
        return tr("Refused");
    case CaseStatus::Withdrawn:
        return tr("Withdrawn");
    case CaseStatus::IdentityNotConfirmed:
        return tr("Identity not confirmed");
    }
    return {};
}

QString CaseStatuses::codeList()
{
    return enumCodeList(all(), &CaseStatuses::code);
}

bool CaseStatuses::isOpen(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
    case CaseStatus::AwaitingIdentification:
    case CaseStatus::InProgress:
    case CaseStatus::DecisionProposed:
    case CaseStatus::DecisionApproved:
        return true;
    case CaseStatus::Answered:
    case CaseStatus::Closed:
    case CaseStatus::Refused:
    case CaseStatus::Withdrawn:
    case CaseStatus::IdentityNotConfirmed:
        return false;
    }
    return false;
}

} // namespace dsar
