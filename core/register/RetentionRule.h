#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// The event a retention period counts from (the register's "gallringsregel": period + anchor).
enum class RetentionAnchor
{
    AfterCollection, // the data were collected (e.g. a web form came in)
    AfterRelationshipEnded, // the contract or customer relationship ended
    AfterLastActivity, // the subject's last activity (inactivity rules)
    AfterFiscalYearEnd, // BFL 7 kap. 2 §: counted in calendar years after the fiscal year's end
    AfterSendOut, // a send-out (newsletter lists)
    AfterAccountCreated, // an account was created
    WhileConsentLasts, // GDPR Art. 7(3): until consent is withdrawn; no fixed date
    UntilProjectEnds, // the project ends (optionally plus a period)
    KeptWithReason, // no computable date; the register states why (e.g. certifications kept)
};

class RetentionAnchors
{
    Q_DECLARE_TR_FUNCTIONS(RetentionAnchors)
public:
    static QList<RetentionAnchor> all();
    // Stable codes for storage and the CLI: "after-collection", ..., "kept-with-reason".
    static QString code(RetentionAnchor anchor);
    static std::optional<RetentionAnchor> fromCode(const QString& code);
    // "after the contract or relationship ended", translated; reads after a period ("2 years ...").
    static QString label(RetentionAnchor anchor);
    static QString codeList();
};

// The dated events a holding records for its retention rule, one per anchor that has a date.
enum class RetentionEvent
{
    Collected,
    RelationshipEnded,
    LastActivity,
    FiscalYearEnd,
    SentOut,
    AccountCreated,
    ConsentWithdrawn,
    ProjectEnded,
};

// A holding's event dates; an absent date means the event has not happened (or is not recorded).
struct RetentionEvents
{
    std::optional<QDate> collected;
    std::optional<QDate> relationshipEnded;
    std::optional<QDate> lastActivity;
    std::optional<QDate> fiscalYearEnd; // the last day of the fiscal year the data belong to
    std::optional<QDate> sentOut;
    std::optional<QDate> accountCreated;
    std::optional<QDate> consentWithdrawn;
    std::optional<QDate> projectEnded;

    std::optional<QDate> date(RetentionEvent event) const;
    void setDate(RetentionEvent event, std::optional<QDate> date);

    static QList<RetentionEvent> all();
    // Stable field keys, as the CSV/JSON import columns spell them: "collected", "relationship_ended", ...
    static QString code(RetentionEvent event);
    static std::optional<RetentionEvent> fromCode(const QString& code);
    // "the relationship ended", translated.
    static QString label(RetentionEvent event);
    // The event an anchor counts from; none for KeptWithReason.
    static std::optional<RetentionEvent> eventFor(RetentionAnchor anchor);

    bool operator==(const RetentionEvents&) const = default;

    Q_DECLARE_TR_FUNCTIONS(RetentionEvents)
};

// A positive duration. Text form: amount and unit, "180d", "6m", "2y" (no sign, spaces or leading zeros).
struct RetentionPeriod
{
    enum Unit
    {
        Days,
        Months,
        Years,
    };

    int amount = 0;
    Unit unit = Years;

    // Checks 1 <= amount <= the unit's ceiling (36600 days, 1200 months, 100 years: a century at most).
    static Result<RetentionPeriod> make(int amount, Unit unit);
    static Result<RetentionPeriod> parse(const QString& text);
    QString encode() const;
    // "2 years", translated.
    QString label() const;

    bool operator==(const RetentionPeriod&) const = default;

    Q_DECLARE_TR_FUNCTIONS(RetentionPeriod)
};

// One processing activity's retention rule, as data. Build it with make() or parse(), which validate.
//
// Text form for storage: "anchor;period;legal reference;reason", trailing empty fields omitted by encode(),
// e.g. "after-relationship-ended;2y", "after-fiscal-year-end;7y;BFL 7 kap. 2 §", "while-consent-lasts",
// "kept-with-reason;;;Certifications are kept". In the two text fields "\;" is a semicolon and "\\" a
// backslash; any other backslash is an error. parse(encode(rule)) == rule for every valid rule.
struct RetentionRule
{
    RetentionAnchor anchor = RetentionAnchor::AfterCollection;
    // Required for the after-* anchors, optional for until-project-ends, refused for
    // while-consent-lasts and kept-with-reason (they have no period to count).
    std::optional<RetentionPeriod> period;
    QString legalReference; // where the law sets the period, e.g. "BFL 7 kap. 2 §"; empty when the controller chose it
    QString reason; // required for kept-with-reason; otherwise an optional note

    // Validates the combination; trims the text fields, which must be single lines.
    static Result<RetentionRule> make(RetentionAnchor anchor, std::optional<RetentionPeriod> period,
                                      const QString& legalReference = {}, const QString& reason = {});
    static Result<RetentionRule> parse(const QString& text);
    QString encode() const;

    bool operator==(const RetentionRule&) const = default;

    Q_DECLARE_TR_FUNCTIONS(RetentionRule)
};

// What the engine says about one holding.
struct RetentionOutcome
{
    enum class Kind
    {
        RetainUntil, // retainUntil is the gallringsdatum: the last day the data may be kept
        NotYetComputable, // missingEvent has not happened: kept while it has not (e.g. the relationship lasts)
        WhileConsentLasts, // kept until consent is withdrawn
        KeptWithReason, // no date; reason says why
    };

    Kind kind = Kind::NotYetComputable;
    QDate retainUntil;
    std::optional<RetentionEvent> missingEvent;
    QString reason;

    static RetentionOutcome until(QDate date) { return { Kind::RetainUntil, date, std::nullopt, {} }; }
    static RetentionOutcome waitingFor(RetentionEvent event) { return { Kind::NotYetComputable, {}, event, {} }; }
    static RetentionOutcome whileConsentLasts() { return { Kind::WhileConsentLasts, {}, std::nullopt, {} }; }
    static RetentionOutcome keptWithReason(const QString& why)
    {
        return { Kind::KeptWithReason, {}, std::nullopt, why };
    }

    bool operator==(const RetentionOutcome&) const = default;
};

// The one place retain-until dates are computed.
//
// Convention: the retain-until date is the last day the data may be kept; they are due for deletion the day
// after. For every anchor except after-fiscal-year-end it is the event's date plus the period, months and
// years counted same-date with month-end clamping (LegalCalendar::addMonthsClamped; PTL 5 kap. 3 §:
// 2028-02-29 + 5 years = 2033-02-28), days counted as calendar days. after-fiscal-year-end follows
// BFL 7 kap. 2 §: 31 December of the Nth calendar year after the year in which the fiscal year ended.
class RetentionEngine
{
    Q_DECLARE_TR_FUNCTIONS(RetentionEngine)
public:
    // Fails only on a rule that make() would refuse or an invalid event date.
    static Result<RetentionOutcome> retainUntil(const RetentionRule& rule, const RetentionEvents& events);
    // One line for the UI and the CLI: "Kept until 2028-03-15", "Kept until the relationship ends", ...
    static QString describe(const RetentionOutcome& outcome);
};

} // namespace dsar
