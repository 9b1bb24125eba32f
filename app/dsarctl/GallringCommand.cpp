#include "GallringCommand.h"

#include "CliOutput.h"
#include "HoldingOutput.h"

#include <QCommandLineParser>

namespace dsar::cli {
namespace {

Result<QList<qint64>> parseIds(const QString& text)
{
    QList<qint64> ids;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool isNumber = false;
        const qint64 id = part.trimmed().toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return Error { QStringLiteral("\"%1\" is not a holding id. Give ids from \"dsarctl gallring\", e.g. "
                                          "--confirm-erased 12,14.")
                               .arg(part.trimmed()) };
        ids << id;
    }
    if (ids.isEmpty())
        return Error { QStringLiteral("--confirm-erased needs holding ids, e.g. --confirm-erased 12,14.") };
    return ids;
}

int confirm(Session& session, const QString& idList)
{
    Result<QList<qint64>> ids = parseIds(idList);
    if (!ids) {
        printError(ids.error());
        return ExitUsage;
    }
    if (Status erased = session.holdings().confirmErased(ids.value()); !erased) {
        printError(erased.error());
        return ExitFailure;
    }
    printLine(QStringLiteral("Recorded that %1 holding(s) have been erased from their systems.").arg(ids->size()));
    return ExitOk;
}

} // namespace

int runGallring(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    const QCommandLineOption confirmErased(
        QStringLiteral("confirm-erased"),
        QStringLiteral("Record that the systems have deleted these holdings (comma-separated ids; dpo)."),
        QStringLiteral("ids"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write the list as CSV for the system owners (names subjects; "
                                                "audited)."),
                                 QStringLiteral("file"));
    parser.addOptions({ json, confirmErased, out });
    if (std::optional<int> stop = parseOptions(parser, QStringLiteral("gallring"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("gallring takes no arguments; use --confirm-erased IDS to record erasures."));
        return ExitUsage;
    }
    Session* session = context.openSession();
    if (!session)
        return context.failureStatus();
    if (parser.isSet(confirmErased))
        return confirm(*session, parser.value(confirmErased));
    if (parser.isSet(out)) {
        Result<int> written = session->holdings().exportGallring(parser.value(out));
        if (!written) {
            printError(written.error());
            return ExitFailure;
        }
        printLine(QStringLiteral("Wrote %1 holding(s) past their retain-until date to %2.")
                      .arg(written.value())
                      .arg(parser.value(out)));
        return ExitOk;
    }

    Result<QList<GallringItem>> items = session->holdings().gallring();
    if (!items) {
        printError(items.error());
        return ExitFailure;
    }
    const QDate today = context.clock().today();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const GallringItem& item : items.value()) {
            QJsonObject object = holdingJson(item.view);
            object.insert(QStringLiteral("subject_id"), item.view.holding.subjectId);
            object.insert(QStringLiteral("subject"), item.subjectName);
            object.insert(QStringLiteral("days_overdue"), item.view.retention.retainUntil.daysTo(today));
            object.remove(QStringLiteral("value")); // the list says what to delete, not what it says
            array.append(object);
        }
        printJson(array);
        return ExitOk;
    }
    if (items->isEmpty()) {
        printLine(QStringLiteral("No holding has passed its retain-until date."));
        return ExitOk;
    }
    // Grouped as the retention plan is run: per organisation, system and processing activity.
    QString group;
    QList<QStringList> rows;
    auto flush = [&] {
        if (rows.isEmpty())
            return;
        printLine(group);
        printTable({ QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("category"),
                     QStringLiteral("field"), QStringLiteral("retain_until"), QStringLiteral("days_overdue") },
                   rows);
        printLine(QString());
        rows.clear();
    };
    for (const GallringItem& item : items.value()) {
        const QString heading = QStringLiteral("%1 / %2 / %3")
                                    .arg(item.view.controllerName, item.view.holding.system, item.view.activityName);
        if (heading != group) {
            flush();
            group = heading;
        }
        rows << QStringList { QString::number(item.view.holding.id),
                              item.subjectName,
                              item.view.holding.category,
                              item.view.holding.field,
                              item.view.retention.retainUntil.toString(Qt::ISODate),
                              QString::number(item.view.retention.retainUntil.daysTo(today)) };
    }
    flush();
    printLine(QStringLiteral("%1 holding(s) are past their retain-until date. Delete them in the systems, then record "
                             "it with \"dsarctl gallring --confirm-erased IDS\" (dpo).")
                  .arg(items->size()));
    return ExitOk;
}

} // namespace dsar::cli
