#include "Extension.h"

#include "EnumCodes.h"

namespace dsar {

QList<ExtensionReason> ExtensionReasons::all()
{
    return { ExtensionReason::VolumeOfData, ExtensionReason::ManySystems, ExtensionReason::ThirdPartyRedaction,
             ExtensionReason::SeveralRequests, ExtensionReason::TemporaryPeak };
}

QString ExtensionReasons::code(ExtensionReason reason)
{
    switch (reason) {
    case ExtensionReason::VolumeOfData:
        return QStringLiteral("volume-of-data");
    case ExtensionReason::ManySystems:
        return QStringLiteral("many-systems");
    case ExtensionReason::ThirdPartyRedaction:
        return QStringLiteral("third-party-redaction");
    case ExtensionReason::SeveralRequests:
        return QStringLiteral("several-requests");
    case ExtensionReason::TemporaryPeak:
        return QStringLiteral("temporary-peak");
    }
    return {};
}

std::optional<ExtensionReason> ExtensionReasons::fromCode(const QString& code)
{
    return enumFromCode(all(), &ExtensionReasons::code, code);
}

QString ExtensionReasons::label(ExtensionReason reason)
{
    switch (reason) {
    case ExtensionReason::VolumeOfData:
        return tr("Large volume of data");
    case ExtensionReason::ManySystems:
        return tr("Data spread over many systems");
    case ExtensionReason::ThirdPartyRedaction:
        return tr("Redaction of third-party data");
    case ExtensionReason::SeveralRequests:
        return tr("Several requests from the same person");
    case ExtensionReason::TemporaryPeak:
        return tr("Exceptional temporary peak of requests");
    }
    return {};
}

QString ExtensionReasons::codeList()
{
    return enumCodeList(all(), &ExtensionReasons::code);
}

} // namespace dsar
