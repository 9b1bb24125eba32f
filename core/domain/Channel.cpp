#include "Channel.h"

#include "EnumCodes.h"

namespace dsar {

QList<Channel> Channels::all()
{
    return { Channel::Email, Channel::Letter, Channel::Phone, Channel::WebForm, Channel::InPerson };
}

QString Channels::code(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Letter:
        return QStringLiteral("letter");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::WebForm:
        return QStringLiteral("web-form");
    case Channel::InPerson:
        return QStringLiteral("in-person");
    }
    return {};
}

std::optional<Channel> Channels::fromCode(const QString& code)
{
    return enumFromCode(all(), &Channels::code, code);
}

QString Channels::label(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return tr("E-mail");
    case Channel::Letter:
        return tr("Letter");
    case Channel::Phone:
        return tr("Phone");
    case Channel::WebForm:
        return tr("Web form");
    case Channel::InPerson:
        return tr("In person");
    }
    return {};
}

QString Channels::codeList()
{
    return enumCodeList(all(), &Channels::code);
}

} // namespace dsar
