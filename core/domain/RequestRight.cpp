#include "RequestRight.h"

#include "EnumCodes.h"

namespace dsar {

QList<RequestRight> RequestRights::all()
{
    return { RequestRight::Access,           RequestRight::Rectification, RequestRight::Erasure,
             RequestRight::Restriction,      RequestRight::Portability,   RequestRight::Objection,
             RequestRight::ConsentWithdrawal };
}

QString RequestRights::code(RequestRight right)
{
    switch (right) {
    case RequestRight::Access:
        return QStringLiteral("access");
    case RequestRight::Rectification:
        return QStringLiteral("rectification");
    case RequestRight::Erasure:
        return QStringLiteral("erasure");
    case RequestRight::Restriction:
        return QStringLiteral("restriction");
    case RequestRight::Portability:
        return QStringLiteral("portability");
    case RequestRight::Objection:
        return QStringLiteral("objection");
    case RequestRight::ConsentWithdrawal:
        return QStringLiteral("consent-withdrawal");
    }
    return {};
}

std::optional<RequestRight> RequestRights::fromCode(const QString& code)
{
    return enumFromCode(all(), &RequestRights::code, code);
}

QString RequestRights::article(RequestRight right)
{
    switch (right) {
    case RequestRight::Access:
        return tr("Art. 15");
    case RequestRight::Rectification:
        return tr("Art. 16");
    case RequestRight::Erasure:
        return tr("Art. 17");
    case RequestRight::Restriction:
        return tr("Art. 18");
    case RequestRight::Portability:
        return tr("Art. 20");
    case RequestRight::Objection:
        return tr("Art. 21");
    case RequestRight::ConsentWithdrawal:
        return tr("Art. 7(3)");
    }
    return {};
}

QString RequestRights::label(RequestRight right)
{
    switch (right) {
    case RequestRight::Access:
        return tr("Access");
    case RequestRight::Rectification:
        return tr("Rectification");
    case RequestRight::Erasure:
        return tr("Erasure");
    case RequestRight::Restriction:
        return tr("Restriction");
    case RequestRight::Portability:
        return tr("Portability");
    case RequestRight::Objection:
        return tr("Objection");
    case RequestRight::ConsentWithdrawal:
        return tr("Withdrawal of consent");
    }
    return {};
}

QString RequestRights::codeList()
{
    return enumCodeList(all(), &RequestRights::code);
}

} // namespace dsar
