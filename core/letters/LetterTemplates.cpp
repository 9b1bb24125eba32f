#include "LetterTemplates.h"

#include "letters/LetterComposer.h"

#include <QFile>

namespace dsar {

QString LetterTemplates::defaultBody(LetterKind kind, const QString& language)
{
    if (!LetterComposer::isLanguage(language))
        return {};
    QFile file(QStringLiteral(":/letters/%1/%2.md").arg(language, LetterKinds::code(kind)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Status LetterTemplates::validate(LetterKind kind, const QString& body)
{
    if (body.trimmed().isEmpty())
        return Error { tr("The template is empty. Write the letter's text, or reset the template to the default.") };
    if (body.size() > maximumLength) {
        return Error { tr("The template has %1 characters; a letter template may have at most %2. Shorten it.")
                           .arg(body.size())
                           .arg(maximumLength) };
    }
    return LetterComposer::checkTemplate(kind, body);
}

} // namespace dsar
