#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// How a request arrived. No form is required (LEGAL.md section 3): any official channel counts.
enum class Channel
{
    Email,
    Letter,
    Phone,
    WebForm,
    InPerson,
};

class Channels
{
    Q_DECLARE_TR_FUNCTIONS(Channels)
public:
    static QList<Channel> all();
    static QString code(Channel channel); // "email", "letter", "phone", "web-form", "in-person"
    static std::optional<Channel> fromCode(const QString& code);
    static QString label(Channel channel);
    static QString codeList();
};

} // namespace dsar
