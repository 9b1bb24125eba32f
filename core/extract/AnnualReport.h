#pragma once

#include "domain/RequestRight.h"
#include "extract/ExtractDocument.h"
#include "services/DashboardService.h"

#include <QList>
#include <QMap>

namespace dsar {

// One line of a count in the annual report: what (a code of the domain) and how many.
struct AnnualCount
{
    QString code; // a right, an extension reason, an outcome, an item ground
    QString detail; // a refusal's legal reference
    int count = 0;
    int approved = 0; // extensions: how many took effect
};

// What the DPO reports for a year (issue 7 item 4): the requests received that year and what became of them.
struct AnnualFigures
{
    int year = 0;
    QList<AnnualCount> requestsPerRight;
    int requests = 0;
    AnsweredFigures answered; // answers given during the year
    QList<AnnualCount> extensions; // per reason, GDPR Art. 12(3)
    QList<AnnualCount> refusals; // per outcome and legal reference, GDPR Art. 12(4)
    QList<AnnualCount> exceptions; // items kept, per Art. 17(3) exception
    QList<AnnualCount> restrictions; // items restricted, per Art. 18(1) ground
};

// The annual report as a document (rendered by the report library like the register extract).
class AnnualReportComposer
{
public:
    // organisations: named in the text when the report covers several (the letterhead then names none).
    static ExtractDocument compose(const AnnualFigures& figures, const QString& language, QDate date,
                                   const QString& documentId, const ControllerRecord& letterhead,
                                   const QStringList& organisations = {});
};

} // namespace dsar
