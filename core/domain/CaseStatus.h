#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// Where a case stands. The transitions between them are the workflow's business (a later state machine);
// a new case starts as Received.
enum class CaseStatus
{
    Received,
    AwaitingIdentification,
    InProgress,
    DecisionProposed,
    DecisionApproved,
    Answered,
    Closed,
    Refused,
    Withdrawn,
    IdentityNotConfirmed,
};

class CaseStatuses
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatuses)
public:
    static QList<CaseStatus> all();
    static QString code(CaseStatus status); // "received", "awaiting-identification", ...
    static std::optional<CaseStatus> fromCode(const QString& code);
    static QString label(CaseStatus status);
    static QString codeList();
    // Open cases run against their deadline; answered, closed, refused, withdrawn ones do not.
    static bool isOpen(CaseStatus status);
};

} // namespace dsar
