#pragma once

#include "domain/Decision.h"
#include "domain/Records.h"
#include "register/ProcessingActivity.h"
#include "services/HoldingService.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dsar {

// One datum of the subject's copy and what the access decision says about it.
struct ExtractItem
{
    HoldingView view;
    ItemDecision decision = ItemDecision::Include; // Include, Redact or Withhold (GDPR Art. 15(4))
    QString ground; // ItemGrounds code, e.g. "15.4"
    QString legalReference; // Redact and Withhold: required, e.g. "DSL 5 kap. 2 §"
    QString redactedValue; // Redact: the value with others' data taken out; empty when nothing of it can be shown
};

// Everything the register extract says, gathered by the case service for one case and one subject. Every item
// belongs to this subject at this organisation: the composer trusts that and adds nothing of its own.
struct ExtractFacts
{
    QString language = QStringLiteral("sv");
    QDate date; // the day the extract is made (Stockholm)
    QString documentId;
    ControllerRecord controller;
    SubjectRecord subject;
    CaseRecord caseRecord;
    QString supervisoryAuthority; // GDPR Art. 77: name and address
    QList<ProcessingActivity> activities; // those that process this subject's data, in register order
    QList<ExtractItem> items; // ordered by system, category and field
};

} // namespace dsar
