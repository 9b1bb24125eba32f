#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace dsar::cli {

void printLine(const QString& text);
void printError(const QString& text);
void printJson(const QJsonValue& value);
// Aligned columns for people; scripts use --json.
void printTable(const QStringList& headers, const QList<QStringList>& rows);
// Parses a subcommand's options. Returns the exit status when the command should stop here: after --help
// (0) or a usage error (2, printed to stderr); std::nullopt to go on.
std::optional<int> parseOptions(QCommandLineParser& parser, const QString& command, const QStringList& arguments);
// For "dsarctl GROUP" without a known action: lists the actions. --help/-h/empty exit 0 (help to stdout),
// anything else is a usage error (2, to stderr).
int printGroupUsage(const QString& group, const QList<std::pair<QString, QString>>& actions, const QString& given);
QJsonValue jsonDate(const class QDate& date);

} // namespace dsar::cli
