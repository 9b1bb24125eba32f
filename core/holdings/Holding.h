#pragma once

#include "register/RetentionRule.h"

#include <QDateTime>
#include <QString>

namespace dsar {

// One piece of personal data the organisation holds about a subject, in one system, for one processing
// activity of the register (GDPR Art. 15(1) and 15(3): what the register extract lists and copies).
struct Holding
{
    qint64 id = 0;
    qint64 subjectId = 0;
    qint64 activityId = 0;
    QString system; // where it lives: "CRM", "Ekonomisystem", ...; one of the activity's systems
    QString category; // one of the activity's data categories
    QString field; // the system's name for it: "E-post", "Fakturanummer", ...
    QString value; // personal data: sealed at rest
    // GDPR Art. 20(1): portability covers the data the subject provided.
    bool providedBySubject = false;
    RetentionEvents events; // the dates the activity's retention rule counts from
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Holding&) const = default;
};

// The parts of a holding that a form or an imported row gives; the service adds subject, activity, system.
struct HoldingInput
{
    QString category;
    QString field;
    QString value;
    bool providedBySubject = false;
    RetentionEvents events;

    bool operator==(const HoldingInput&) const = default;
};

} // namespace dsar
