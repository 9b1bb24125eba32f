#include "IssuedDocument.h"

namespace dsar {

QString IssuedDocument::code(Kind kind)
{
    switch (kind) {
    case Kind::RegisterExtract:
        return QStringLiteral("register-extract");
    case Kind::ExportJson:
        return QStringLiteral("export-json");
    case Kind::ExportCsv:
        return QStringLiteral("export-csv");
    }
    return {};
}

std::optional<IssuedDocument::Kind> IssuedDocument::fromCode(const QString& code)
{
    for (Kind kind : { Kind::RegisterExtract, Kind::ExportJson, Kind::ExportCsv }) {
        if (IssuedDocument::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString IssuedDocument::idPart(Kind kind)
{
    return kind == Kind::RegisterExtract ? QStringLiteral("extract") : QStringLiteral("export");
}

} // namespace dsar
