#include "CalendarCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <cstdio>

namespace dsar::cli {

int runCalendar(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Where to write the calendar; - for standard output."),
                                 QStringLiteral("file.ics"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("sv (default) or en."),
                                      QStringLiteral("language"));
    parser.addOptions({ out, language });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("calendar"), arguments))
        return *stop;
    const QString target = parser.value(out).trimmed();
    if (!parser.positionalArguments().isEmpty() || target.isEmpty())
        return usageError(QStringLiteral("Give the file, e.g. \"dsarctl calendar --out tidsfrister.ics\" (- for "
                                         "standard output)."));
    const QString lang = parser.isSet(language) ? parser.value(language).trimmed() : QStringLiteral("sv");
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    Result<QByteArray> ics = session->cases().deadlineCalendar(lang);
    if (!ics)
        return failedWith(ics.error());
    if (target == QLatin1String("-")) {
        const auto size = static_cast<size_t>(ics->size());
        if (std::fwrite(ics->constData(), 1, size, stdout) != size || std::fflush(stdout) != 0)
            return failedWith(QStringLiteral("Cannot write the calendar to standard output."));
        return ExitOk;
    }
    // Replaced whole or not at all: a calendar that subscribes to the file never reads half of it.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return failedWith(
            QStringLiteral("%1 cannot be written: %2. Choose another --out.").arg(target, file.errorString()));
    if (file.write(ics.value()) != ics->size() || !file.commit())
        return failedWith(
            QStringLiteral("%1 could not be saved: %2. Choose another --out.").arg(target, file.errorString()));
    printLine(QStringLiteral("Wrote %1: the due dates of %2 open case(s), with a reminder three days before. "
                             "Importing it again updates the same events.")
                  .arg(target)
                  .arg(ics->count("BEGIN:VEVENT\r\n")));
    return ExitOk;
}

} // namespace dsar::cli
