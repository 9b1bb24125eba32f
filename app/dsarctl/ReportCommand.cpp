// dsarctl report annual: the DPO's annual report as PDF (issue 7 item 4).
#include "ReportCommand.h"

#include "CliOutput.h"
#include "PdfExtractRenderer.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace dsar::cli {
namespace {

int annual(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("The year, e.g. 2026."),
                                  QStringLiteral("year"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where to write the PDF."),
                                 QStringLiteral("file.pdf"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("sv (default) or en."),
                                      QStringLiteral("language"));
    parser.addOptions({ year, out, language });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("report annual"), arguments))
        return *stop;
    bool isNumber = false;
    const int which = parser.value(year).toInt(&isNumber);
    if (!parser.isSet(year) || !isNumber || !parser.isSet(out) || !parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("Give the year and the file, e.g. \"dsarctl report annual --year 2026 --out "
                                         "arsrapport-2026.pdf\"."));
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly))
        return failedWith(QStringLiteral("%1 cannot be written: %2. Choose another --out.")
                              .arg(parser.value(out), file.errorString()));
    Result<RenderedPdf> pdf = session->dashboard().annualReport(
        which, parser.isSet(language) ? parser.value(language).trimmed() : QStringLiteral("sv"), PdfExtractRenderer());
    if (!pdf) {
        file.cancelWriting();
        return failedWith(pdf.error());
    }
    if (file.write(pdf->pdf) != pdf->pdf.size() || !file.commit())
        return failedWith(QStringLiteral("%1 could not be saved: %2.").arg(parser.value(out), file.errorString()));
    printLine(QStringLiteral("Wrote %1 (%2 pages).").arg(parser.value(out)).arg(pdf->pages));
    return ExitOk;
}

} // namespace

int runReport(CliContext& context, const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("annual"))
        return annual(context, arguments.mid(1));
    return printGroupUsage(QStringLiteral("report"),
                           { { QStringLiteral("annual"), QStringLiteral("the year's requests and answers as PDF") } },
                           arguments.value(0));
}

} // namespace dsar::cli
