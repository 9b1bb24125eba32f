#pragma once

#include "calendar/CalendarProfile.h"
#include "calendar/ReceiptTime.h"
#include "domain/CaseStatus.h"
#include "domain/Channel.h"
#include "domain/RequestRight.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsar {

// A personuppgiftsansvarig. One database may serve several (an outsourced DPO service).
struct ControllerRecord
{
    qint64 id = 0;
    QString name;
    QString organisationNumber; // "NNNNNN-NNNN", empty when unknown
    QString postalAddress;
    QString email;
    QString phone;
    QString dpoContact;
    QString supervisoryAuthority; // GDPR Art. 77: where subjects may complain
    QString jointControllership; // name of the joint arrangement (GDPR Art. 26), if any
};

// A data subject (registrerad). Personal data: kept in the storage layer only.
struct SubjectRecord
{
    qint64 id = 0;
    QString name;
    QString personalId; // 12 digits, normalised; empty when the organisation holds none
    QString personalIdKind; // "personnummer" or "samordningsnummer"
    QString email;
    QString phone;
    QString postalAddress;
    QDateTime createdAt;
};

// One right asked for in one request: the unit with a deadline.
struct CaseRecord
{
    qint64 id = 0;
    QString reference; // "DSAR-2027-00042"
    qint64 requestId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 controllerId = 0;
    QString controllerName;
    RequestRight right = RequestRight::Access;
    CaseStatus status = CaseStatus::Received;
    Channel channel = Channel::Email;
    ReceiptTime received;
    QDateTime registeredAt;
    CalendarProfile calendarProfile = CalendarProfile::EU;
    QDate due; // GDPR Art. 12(3): one month
    QDate extendedDue; // legal maximum if extended
    QDate extensionTarget; // planning target if extended
    QDate internalTarget;
    QDate currentDue; // due, or extendedDue once an extension is recorded
    bool extended = false;
    bool extensionAwaitingApproval = false; // requested, the DPO has not yet approved it
    // LEGAL.md 1.1 item 7: the clock stops of the case's identification episodes. Not stored: CaseService
    // computes them (byReferenceWithDeadlines and the identification and extension methods fill them in).
    bool clockStopped = false; // waiting for the answer to a request sent in time
    int suspendedDays = 0; // already added to due, extendedDue and extensionTarget
    std::optional<QDate> restartDue; // IMY DI-2021-10488: the latest answer + 1 month, rolled
    QDate planningDue; // the earlier of currentDue and restartDue (once extended: extensionTarget)
    QStringList deadlineWarnings; // e.g. a late identity request that gives no suspension
    QString assignee;
    QDateTime closedAt; // invalid while the case is open
    QDateTime answeredAt; // the answer (outcome or refusal) went out; invalid before
    QStringList linkedReferences; // the other cases of the same request

    // Calendar days until currentDue; negative when overdue.
    int daysLeft(QDate today) const { return static_cast<int>(today.daysTo(currentDue)); }
    bool isOpen() const { return CaseStatuses::isOpen(status); }
    bool isOverdue(QDate today) const { return isOpen() && currentDue < today; }
};

} // namespace dsar
