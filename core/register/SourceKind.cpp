#include "SourceKind.h"

#include "domain/EnumCodes.h"

namespace dsar {

QList<SourceKind> SourceKinds::all()
{
    return { SourceKind::DataSubject,      SourceKind::PublicRegister, SourceKind::CreditBureau,
             SourceKind::SanctionsPepList, SourceKind::Employer,       SourceKind::Other };
}

QString SourceKinds::code(SourceKind kind)
{
    switch (kind) {
    case SourceKind::DataSubject:
        return QStringLiteral("data-subject");
    case SourceKind::PublicRegister:
        return QStringLiteral("public-register");
    case SourceKind::CreditBureau:
        return QStringLiteral("credit-bureau");
    case SourceKind::SanctionsPepList:
        return QStringLiteral("sanctions-pep-list");
    case SourceKind::Employer:
        return QStringLiteral("employer");
    case SourceKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<SourceKind> SourceKinds::fromCode(const QString& code)
{
    return enumFromCode(all(), &SourceKinds::code, code);
}

QString SourceKinds::label(SourceKind kind)
{
    switch (kind) {
    case SourceKind::DataSubject:
        return tr("The data subject");
    case SourceKind::PublicRegister:
        return tr("Public register");
    case SourceKind::CreditBureau:
        return tr("Credit bureau");
    case SourceKind::SanctionsPepList:
        return tr("Sanctions or PEP list");
    case SourceKind::Employer:
        return tr("The subject's employer");
    case SourceKind::Other:
        return tr("Other source");
    }
    return {};
}

QString SourceKinds::codeList()
{
    return enumCodeList(all(), &SourceKinds::code);
}

} // namespace dsar
