#pragma once

#include "CliContext.h"

#include <QJsonObject>

#include <optional>

namespace dsar::cli {

// dsarctl case assign|note|notes|attach|attachments|attachment: the work on one case (issue 5 item 1).
// std::nullopt when `action` is none of them.
std::optional<int> runCaseWork(CliContext& context, const QString& action, const QStringList& arguments);
// The actions and what they do, for "dsarctl case" without one.
QList<std::pair<QString, QString>> caseWorkActions();

// For "case show": the notes and attachments of a case.
struct CaseWorkView
{
    QList<CaseNote> notes;
    QList<CaseAttachment> attachments;
};
Result<CaseWorkView> loadCaseWork(const CaseService& cases, const QString& reference);
void insertCaseWorkJson(QJsonObject& object, const CaseWorkView& work);
// Internal notes and the messages with the data subject under headings of their own, then the attachments.
void printCaseWork(const CaseWorkView& work);

} // namespace dsar::cli
