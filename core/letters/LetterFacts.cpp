#include "LetterFacts.h"

#include "domain/EnumCodes.h"

namespace dsar {

QList<LetterKind> LetterKinds::all()
{
    return { LetterKind::Acknowledgement, LetterKind::IdentificationRequest,
             LetterKind::ExtensionNotice, LetterKind::Refusal,
             LetterKind::Outcome,         LetterKind::RestrictionLifting,
             LetterKind::FeeNotice };
}

QString LetterKinds::code(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement:
        return QStringLiteral("acknowledgement");
    case LetterKind::IdentificationRequest:
        return QStringLiteral("identification-request");
    case LetterKind::ExtensionNotice:
        return QStringLiteral("extension-notice");
    case LetterKind::Refusal:
        return QStringLiteral("refusal");
    case LetterKind::Outcome:
        return QStringLiteral("outcome");
    case LetterKind::RestrictionLifting:
        return QStringLiteral("restriction-lifting");
    case LetterKind::FeeNotice:
        return QStringLiteral("fee-notice");
    }
    return {};
}

std::optional<LetterKind> LetterKinds::fromCode(const QString& code)
{
    return enumFromCode(all(), &LetterKinds::code, code);
}

QString LetterKinds::label(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement:
        return tr("Acknowledgement of receipt");
    case LetterKind::IdentificationRequest:
        return tr("Request for identification");
    case LetterKind::ExtensionNotice:
        return tr("Extension notice");
    case LetterKind::Refusal:
        return tr("Refusal or partial refusal");
    case LetterKind::Outcome:
        return tr("Outcome letter");
    case LetterKind::RestrictionLifting:
        return tr("Notice before a restriction is lifted");
    case LetterKind::FeeNotice:
        return tr("Fee notice");
    }
    return {};
}

QString LetterKinds::codeList()
{
    return enumCodeList(all(), &LetterKinds::code);
}

} // namespace dsar
