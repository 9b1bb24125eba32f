#pragma once

#include "common/Result.h"
#include "letters/LetterFacts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dsar {

// A letter ready to be laid out: plain title, Markdown body.
struct ComposedLetter
{
    LetterKind kind = LetterKind::Acknowledgement;
    QString language; // "sv" or "en"
    QString title; // plain text: the template's "# " heading with its fields filled in
    QString markdown; // the body below the title; every inserted value is escaped
    QString caseReference; // for the letterhead
};

// Fills a letter template with a case's facts. Templates are Markdown with {{field}} placeholders:
// - a field that comes out empty leaves its line out when every field on that line is empty;
// - a block field ({{done_table}}, {{kept_table}}, {{refused_table}}, {{recipients_table}}) stands on a line
//   of its own and becomes a Markdown table; a "##" section whose block fields are all empty is left out,
//   heading and text;
// - the first line, when it is a "# " heading, is the letter's title.
// Letters are refused, not sent incomplete: missingElements() says what to fill in.
class LetterComposer
{
    Q_DECLARE_TR_FUNCTIONS(LetterComposer)
public:
    // The languages letters are written in: "sv", "en".
    static QStringList languages();
    static bool isLanguage(const QString& language);
    // The fields a template of this kind may use, without braces ("subject.name", "done_table", ...).
    static QStringList placeholders(LetterKind kind);
    static bool isBlockPlaceholder(const QString& name);
    // Translated; one message per missing element, each saying what to fill in. Empty when complete.
    static QStringList missingElements(const LetterFacts& facts);
    // Unknown or malformed placeholders, block fields not on a line of their own.
    static Status checkTemplate(LetterKind kind, const QString& body);
    static Result<ComposedLetter> compose(const LetterFacts& facts, const QString& templateBody);
    // Backslash-escapes every character Markdown could read as markup, so text prints as written.
    static QString escapeMarkdown(const QString& text);
};

} // namespace dsar
