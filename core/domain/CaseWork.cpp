#include "CaseWork.h"

#include "EnumCodes.h"

namespace dsar {

QList<CaseNote::Kind> CaseNoteKinds::all()
{
    return { CaseNote::Kind::Internal, CaseNote::Kind::ToSubject, CaseNote::Kind::FromSubject };
}

QString CaseNoteKinds::code(CaseNote::Kind kind)
{
    switch (kind) {
    case CaseNote::Kind::Internal:
        return QStringLiteral("internal");
    case CaseNote::Kind::ToSubject:
        return QStringLiteral("to-subject");
    case CaseNote::Kind::FromSubject:
        return QStringLiteral("from-subject");
    }
    return {};
}

std::optional<CaseNote::Kind> CaseNoteKinds::fromCode(const QString& code)
{
    return enumFromCode(all(), &CaseNoteKinds::code, code);
}

QString CaseNoteKinds::label(CaseNote::Kind kind)
{
    switch (kind) {
    case CaseNote::Kind::Internal:
        return tr("Internal note");
    case CaseNote::Kind::ToSubject:
        return tr("Message to the data subject");
    case CaseNote::Kind::FromSubject:
        return tr("Message from the data subject");
    }
    return {};
}

QString CaseNoteKinds::codeList()
{
    return enumCodeList(all(), &CaseNoteKinds::code);
}

} // namespace dsar
