#pragma once

#include "common/Result.h"
#include "letters/LetterFacts.h"

#include <QCoreApplication>
#include <QString>

namespace dsar {

// The default letter templates shipped in resources/letters/<language>/<code>.md, and the rules every
// template (default or an organisation's own) must meet.
class LetterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplates)
public:
    static constexpr qsizetype maximumLength = 20000;

    // Empty for a language without templates.
    static QString defaultBody(LetterKind kind, const QString& language);
    // Not empty, at most maximumLength characters, only the fields the kind has (LetterComposer).
    static Status validate(LetterKind kind, const QString& body);
};

} // namespace dsar
