#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsar {

// The stable text codes of a domain enum (storage, CLI): reading one back and listing them for a message.
template <typename Enum>
std::optional<Enum> enumFromCode(const QList<Enum>& all, QString (*code)(Enum), const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (Enum value : all) {
        if (code(value) == wanted)
            return value;
    }
    return std::nullopt;
}

template <typename Enum>
QString enumCodeList(const QList<Enum>& all, QString (*code)(Enum))
{
    QStringList codes;
    for (Enum value : all)
        codes << code(value);
    return codes.join(QStringLiteral(", "));
}

} // namespace dsar
