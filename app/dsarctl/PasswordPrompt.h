#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace dsar::cli {

// Passwords for dsarctl: from an environment variable (scripts), else asked on the controlling terminal
// (/dev/tty, not stdin or stdout, so that pipes stay clean) with echo turned off. Passwords are never
// printed or logged; the terminal's settings are restored on every path, also when the prompt is
// interrupted by a signal.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)
public:
    // The password in `variable` when it is set and not empty, else asked once with `prompt`.
    static Result<QString> read(const char* variable, const QString& prompt);
    // A new password: from `variable`, else asked twice (the answers must match).
    static Result<QString> readNew(const char* variable, const QString& prompt, const QString& repeatPrompt);
    // Overwrites the characters before the string is freed.
    static void wipe(QString& password);

private:
    static Result<QString> ask(const char* variable, const QString& prompt);
};

} // namespace dsar::cli
