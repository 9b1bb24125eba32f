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
// An instant in UTC, ISO 8601; null when invalid.
QJsonValue jsonInstant(const class QDateTime& at);
// Prints the message to stderr and gives the exit status: usageError 2 (wrong usage), failedWith 1 (refused or
// failed).
int usageError(const QString& message);
int failedWith(const QString& message);

} // namespace dsar::cli
