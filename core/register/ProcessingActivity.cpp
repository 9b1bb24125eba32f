#include "ProcessingActivity.h"

namespace dsar {

QStringList ProcessingActivities::suggestedSubjectCategories()
{
    return { tr("customer"), tr("company representative"), tr("supplier contact"),     tr("job applicant"),
             tr("visitor"),  tr("website visitor"),        tr("newsletter subscriber") };
}

} // namespace dsar
