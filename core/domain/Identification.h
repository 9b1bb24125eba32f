#pragma once

#include "calendar/Deadlines.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// How identity was established (GDPR Art. 12(6); LEGAL.md section 3). Only the method is recorded, never a
// copy of an identity document.
enum class IdentificationMethod
{
    KnownEmail, // the request came from the address the organisation already holds
    LoggedInAccount, // the subject's own account
    BankId,
    FrejaEid,
    IdDocumentInspected, // checked and the check recorded; the copy not kept
    KnownPostalAddress,
    AgentPowerOfAttorney, // an ombud with fullmakt, or a guardian
};

class IdentificationMethods
{
    Q_DECLARE_TR_FUNCTIONS(IdentificationMethods)
public:
    static QList<IdentificationMethod> all();
    // Stable codes for storage and the CLI: "known-email", ..., "agent-power-of-attorney".
    static QString code(IdentificationMethod method);
    static std::optional<IdentificationMethod> fromCode(const QString& code);
    static QString label(IdentificationMethod method);
    static QString codeList();
};

// What the answer to a request for identity (or clarification) showed.
enum class IdentificationOutcome
{
    Confirmed, // identity established (or the request made clear): the case goes on
    NotConfirmed,
};

class IdentificationOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(IdentificationOutcomes)
public:
    static QList<IdentificationOutcome> all();
    static QString code(IdentificationOutcome outcome); // "confirmed", "not-confirmed"
    static std::optional<IdentificationOutcome> fromCode(const QString& code);
    static QString label(IdentificationOutcome outcome);
    static QString codeList();
};

// Identity (GDPR Art. 12(6)) or clarification (recital 63): the two reasons the clock may stop.
class ClockStopKinds
{
    Q_DECLARE_TR_FUNCTIONS(ClockStopKinds)
public:
    static QList<ClockStopEpisode::Kind> all();
    static QString code(ClockStopEpisode::Kind kind); // "identity", "clarification"
    static std::optional<ClockStopEpisode::Kind> fromCode(const QString& code);
    static QString label(ClockStopEpisode::Kind kind);
    static QString codeList();
};

// One request for identity or clarification and its answer (a clock-stop episode, LEGAL.md 1.1 item 7).
struct IdentificationRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    ClockStopEpisode::Kind kind = ClockStopEpisode::Kind::Identity;
    QString reason; // the documented doubt, or what needed clarifying (personal data: sealed)
    QDate requestedOn;
    std::optional<QDate> answeredOn;
    std::optional<IdentificationMethod> method;
    // Set with the answer; also set to NotConfirmed without an answer when the case is closed as identity not
    // confirmed after the wait.
    std::optional<IdentificationOutcome> outcome;
    QString recordedBy; // who recorded the latest step: the request, then the answer (the audit keeps both)
    QDateTime createdAt;
    QDateTime updatedAt;

    // Waiting for the answer: the clock is stopped (if the request was in time).
    bool isOpen() const { return !answeredOn && !outcome; }
    ClockStopEpisode episode() const { return { kind, reason, requestedOn, answeredOn }; }
};

} // namespace dsar
