#include "CliOutput.h"

#include "CliContext.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace dsar::cli {

void printLine(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void printError(const QString& text)
{
    std::fputs("dsarctl: ", stderr);
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

void printTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths << header.size();
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    auto line = [&widths](const QStringList& cells) {
        QStringList padded;
        for (qsizetype column = 0; column < cells.size(); ++column)
            padded << (column + 1 < cells.size() ? cells[column].leftJustified(widths[column]) : cells[column]);
        printLine(padded.join(QStringLiteral("  ")));
    };
    line(headers);
    for (const QStringList& row : rows)
        line(row);
}

std::optional<int> parseOptions(QCommandLineParser& parser, const QString& command, const QStringList& arguments)
{
    parser.setApplicationDescription(command);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("dsarctl ") + command);
    if (!parser.parse(withProgram)) {
        printError(parser.errorText() + QStringLiteral(". See \"dsarctl ") + command + QStringLiteral(" --help\"."));
        return 2;
    }
    if (parser.isSet(help)) {
        // helpText() names the executable's full path; show the command as it is typed.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstLineEnd, QStringLiteral("Usage: dsarctl ") + command + QStringLiteral(" [options]"));
        std::fputs(text.toUtf8().constData(), stdout);
        return 0;
    }
    return std::nullopt;
}

int printGroupUsage(const QString& group, const QList<std::pair<QString, QString>>& actions, const QString& given)
{
    const bool helpWanted = given.isEmpty() || given == QLatin1String("--help") || given == QLatin1String("-h")
        || given == QLatin1String("help");
    QString text = QStringLiteral("Usage: dsarctl %1 ACTION [OPTIONS]\n\nActions:\n").arg(group);
    qsizetype width = 6;
    for (const auto& [action, description] : actions)
        width = std::max(width, action.size());
    for (const auto& [action, description] : actions)
        text += QStringLiteral("  %1  %2\n").arg(action.leftJustified(width), description);
    text += QStringLiteral("\n\"dsarctl %1 ACTION --help\" lists an action's options.\n").arg(group);
    if (helpWanted && !given.isEmpty()) {
        std::fputs(text.toUtf8().constData(), stdout);
        return 0;
    }
    if (!given.isEmpty())
        printError(QStringLiteral("Unknown action \"%1\" for \"%2\".").arg(given, group));
    std::fputs(text.toUtf8().constData(), stderr);
    return 2;
}

QJsonValue jsonDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonInstant(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int usageError(const QString& message)
{
    printError(message);
    return ExitUsage;
}

int failedWith(const QString& message)
{
    printError(message);
    return ExitFailure;
}

} // namespace dsar::cli
