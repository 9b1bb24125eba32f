#pragma once

#include "domain/RequestRight.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsar {

// What the organisation decides on a request (LEGAL.md section 3).
enum class DecisionOutcome
{
    Granted, // done as asked; kept items (Art. 17(3)) are listed in the outcome letter
    PartlyRefused, // GDPR Art. 12(4): part refused, with reasons
    Refused, // GDPR Art. 12(4)
    Fee, // GDPR Art. 12(5)(a): a reasonable fee instead of a refusal
};

// The legal ground a decision rests on where the law asks for one.
enum class DecisionGround
{
    None,
    DirectMarketing, // GDPR Art. 21(2)-(3): absolute, no refusal
    ParticularSituation, // GDPR Art. 21(1): a documented balancing, decided by the DPO
    ManifestlyUnfounded, // GDPR Art. 12(5)
    Excessive, // GDPR Art. 12(5), e.g. repetitive
};

class DecisionOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(DecisionOutcomes)
public:
    static QList<DecisionOutcome> all();
    static QString code(DecisionOutcome outcome); // "granted", "partly-refused", "refused", "fee"
    static std::optional<DecisionOutcome> fromCode(const QString& code);
    static QString label(DecisionOutcome outcome);
    static QString codeList();
    static bool refuses(DecisionOutcome outcome)
    {
        return outcome == DecisionOutcome::PartlyRefused || outcome == DecisionOutcome::Refused;
    }
};

class DecisionGrounds
{
    Q_DECLARE_TR_FUNCTIONS(DecisionGrounds)
public:
    static QList<DecisionGround> all();
    // "", "direct-marketing", "particular-situation", "manifestly-unfounded", "excessive"
    static QString code(DecisionGround ground);
    static std::optional<DecisionGround> fromCode(const QString& code);
    static QString label(DecisionGround ground);
    static QString codeList();
    static bool isArticle12_5(DecisionGround ground)
    {
        return ground == DecisionGround::ManifestlyUnfounded || ground == DecisionGround::Excessive;
    }
};

// The case's decision: proposed by the handläggare, approved by the DPO.
struct DecisionRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    DecisionOutcome outcome = DecisionOutcome::Granted;
    DecisionGround ground = DecisionGround::None;
    QString summary; // the decision in words for the subject (sealed)
    QString reasons; // GDPR Art. 12(4): the specific reasons of a refusal (sealed)
    QString legalReference; // e.g. "GDPR Art. 12(5)(b)"
    QString facts; // GDPR Art. 12(5): the documented facts, earlier requests and their dates (sealed)
    QString feeAmount; // GDPR Art. 12(5)(a), e.g. "350 kr"
    QString balancing; // GDPR Art. 21(1): the balancing of interests for this person (sealed)
    QString proposedBy;
    QDateTime proposedAt;
    QString approvedBy;
    QDateTime approvedAt;

    bool isApproved() const { return approvedAt.isValid(); }
};

// What a right means for one holding (or one processing activity).
enum class ItemDecision
{
    Include, // access: in the copy
    Redact, // access: in the copy with others' data redacted, GDPR Art. 15(4)
    Withhold, // access: left out with a legal reference, e.g. DSL 5 kap. 2 §
    Rectify, // rectification: corrected or completed, before and after recorded
    Unchanged, // rectification or restriction: nothing to do for this item
    Erase, // erasure, consent withdrawal: erased
    Keep, // erasure: kept under an Art. 17(3) exception until a date
    Restrict, // restriction: marked under an Art. 18(1) ground until lifted
    InScope, // portability: in the export
    Excluded, // portability: outside Art. 20(1)
    Stop, // objection, consent withdrawal: the processing stops
    Continue, // objection, consent withdrawal: continues on another ground
};

class ItemDecisions
{
    Q_DECLARE_TR_FUNCTIONS(ItemDecisions)
public:
    static QList<ItemDecision> all();
    static QString code(ItemDecision decision); // "include", "redact", ..., "continue"
    static std::optional<ItemDecision> fromCode(const QString& code);
    static QString label(ItemDecision decision);
    // The decisions a right allows, the first being the usual one.
    static QList<ItemDecision> forRight(RequestRight right);
    static QString codeList(RequestRight right);
};

// A legal ground code of an item ("17.3.b", "18.1.a", "17.1.b", "15.4", ...), with its label and article.
struct ItemGround
{
    QString code;
    QString article; // "GDPR Art. 17(3)(b)"
    QString label;
};

class ItemGrounds
{
    Q_DECLARE_TR_FUNCTIONS(ItemGrounds)
public:
    // GDPR Art. 17(3)(a)-(e): why erased data may be kept.
    static QList<ItemGround> erasureExceptions();
    // GDPR Art. 17(1)(a)-(f): why data are erased.
    static QList<ItemGround> erasureGrounds();
    // GDPR Art. 18(1)(a)-(d).
    static QList<ItemGround> restrictionGrounds();
    static std::optional<ItemGround> find(const QString& code);
    static QString codeList(const QList<ItemGround>& grounds);
};

// One assessed item of a case.
struct AssessmentRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 holdingId = 0; // 0 once the holding is erased, or for an activity-level item
    qint64 activityId = 0;
    QString activityName; // read from the register, not stored
    QString system;
    QString category;
    QString field;
    ItemDecision decision = ItemDecision::Include;
    QString ground; // ItemGrounds code, e.g. "17.3.b"; for Continue the other legal basis
    QString legalReference; // e.g. "BFL 7 kap. 2 §", "DSL 5 kap. 2 §"
    QDate retainUntil; // Keep: the last day it is kept; the follow-up erasure falls due the day after
    QString note; // why, for this item (sealed)
    QString before; // Rectify: the value before (sealed)
    QString after; // Rectify: the new value; Redact: the value as shown, others' data taken out: the value after;
                   // Redact: the value as the copy shows it (sealed)
    QString decidedBy;
    QDateTime decidedAt;
    QString doneBy; // erased, corrected or restricted: by whom and when
    QDateTime doneAt;
    QString liftedBy; // Restrict: the restriction lifted (GDPR Art. 18(3))
    QDateTime liftedAt;
    QString followupDoneBy; // Keep: the follow-up erasure done
    QDateTime followupDoneAt;

    // "E-post (Kundregister)"
    QString describe() const;
};

// What an item assessment may change: the decision and its grounds.
struct AssessmentChange
{
    ItemDecision decision = ItemDecision::Include;
    QString ground;
    QString legalReference;
    QDate retainUntil;
    QString note;
    QString after; // Rectify: the new value; Redact: the value as shown, others' data taken out
};

// GDPR Art. 17: one erasure task per system.
struct ErasureTask
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString system;
    int items = 0; // the items to erase there (computed)
    QString doneBy;
    QDateTime doneAt;

    bool isDone() const { return doneAt.isValid(); }
};

// GDPR Art. 19: one recipient to tell of a rectification, erasure or restriction.
enum class NotificationStatus
{
    Pending,
    Notified,
    Impossible,
    Disproportionate,
};

class NotificationStatuses
{
    Q_DECLARE_TR_FUNCTIONS(NotificationStatuses)
public:
    static QList<NotificationStatus> all();
    static QString code(NotificationStatus status); // "pending", "notified", "impossible", "disproportionate"
    static std::optional<NotificationStatus> fromCode(const QString& code);
    static QString label(NotificationStatus status);
    static QString codeList();
};

struct RecipientNotification
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString recipient;
    QString role; // RecipientRoles code
    NotificationStatus status = NotificationStatus::Pending;
    QString method; // e-mail, letter, system integration, ...
    QDate notifiedOn;
    QString reason; // why impossible or disproportionate (sealed)
    QString recordedBy;
    QDateTime recordedAt;
};

// GDPR Art. 21(3), Art. 7(3): processing of a subject stopped from a date on.
enum class StopScope
{
    DirectMarketing, // the suppression entry (spärrlista)
    ConsentWithdrawn,
    ObjectionUpheld,
};

class StopScopes
{
    Q_DECLARE_TR_FUNCTIONS(StopScopes)
public:
    static QList<StopScope> all();
    static QString code(StopScope scope); // "direct-marketing", "consent-withdrawn", "objection-upheld"
    static std::optional<StopScope> fromCode(const QString& code);
    static QString label(StopScope scope);
};

struct ProcessingStop
{
    qint64 id = 0;
    qint64 subjectId = 0; // 0 once the subject is purged; the identifiers stay
    QString identifiers; // name, e-mail, personnummer as known (sealed)
    qint64 controllerId = 0;
    qint64 activityId = 0; // 0 for every processing of the scope
    QString activityName; // read from the register, not stored
    StopScope scope = StopScope::DirectMarketing;
    qint64 caseId = 0;
    QDate stoppedOn;
    QString recordedBy;
    QDateTime recordedAt;
};

// A kept item whose retain-until date has passed: its follow-up erasure is due.
struct FollowUp
{
    AssessmentRecord item;
    QString caseReference;
    QString subjectName;
    QString controllerName;
};

} // namespace dsar
