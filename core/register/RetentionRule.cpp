#include "RetentionRule.h"

#include "calendar/LegalCalendar.h"
#include "domain/EnumCodes.h"

#include <QStringList>

#include <algorithm>

namespace dsar {

// --- RetentionAnchors ---

QList<RetentionAnchor> RetentionAnchors::all()
{
    return { RetentionAnchor::AfterCollection,   RetentionAnchor::AfterRelationshipEnded,
             RetentionAnchor::AfterLastActivity, RetentionAnchor::AfterFiscalYearEnd,
             RetentionAnchor::AfterSendOut,      RetentionAnchor::AfterAccountCreated,
             RetentionAnchor::WhileConsentLasts, RetentionAnchor::UntilProjectEnds,
             RetentionAnchor::KeptWithReason };
}

QString RetentionAnchors::code(RetentionAnchor anchor)
{
    switch (anchor) {
    case RetentionAnchor::AfterCollection:
        return QStringLiteral("after-collection");
    case RetentionAnchor::AfterRelationshipEnded:
        return QStringLiteral("after-relationship-ended");
    case RetentionAnchor::AfterLastActivity:
        return QStringLiteral("after-last-activity");
    case RetentionAnchor::AfterFiscalYearEnd:
        return QStringLiteral("after-fiscal-year-end");
    case RetentionAnchor::AfterSendOut:
        return QStringLiteral("after-send-out");
    case RetentionAnchor::AfterAccountCreated:
        return QStringLiteral("after-account-created");
    case RetentionAnchor::WhileConsentLasts:
        return QStringLiteral("while-consent-lasts");
    case RetentionAnchor::UntilProjectEnds:
        return QStringLiteral("until-project-ends");
    case RetentionAnchor::KeptWithReason:
        return QStringLiteral("kept-with-reason");
    }
    return {};
}

std::optional<RetentionAnchor> RetentionAnchors::fromCode(const QString& code)
{
    return enumFromCode(all(), &RetentionAnchors::code, code);
}

QString RetentionAnchors::label(RetentionAnchor anchor)
{
    switch (anchor) {
    case RetentionAnchor::AfterCollection:
        return tr("after collection");
    case RetentionAnchor::AfterRelationshipEnded:
        return tr("after the contract or relationship ended");
    case RetentionAnchor::AfterLastActivity:
        return tr("after the last activity");
    case RetentionAnchor::AfterFiscalYearEnd:
        return tr("after the calendar year in which the fiscal year ended");
    case RetentionAnchor::AfterSendOut:
        return tr("after the send-out");
    case RetentionAnchor::AfterAccountCreated:
        return tr("after the account was created");
    case RetentionAnchor::WhileConsentLasts:
        return tr("while consent lasts");
    case RetentionAnchor::UntilProjectEnds:
        return tr("until the project ends");
    case RetentionAnchor::KeptWithReason:
        return tr("kept for a stated reason");
    }
    return {};
}

QString RetentionAnchors::codeList()
{
    return enumCodeList(all(), &RetentionAnchors::code);
}

// --- RetentionEvents ---

std::optional<QDate> RetentionEvents::date(RetentionEvent event) const
{
    switch (event) {
    case RetentionEvent::Collected:
        return collected;
    case RetentionEvent::RelationshipEnded:
        return relationshipEnded;
    case RetentionEvent::LastActivity:
        return lastActivity;
    case RetentionEvent::FiscalYearEnd:
        return fiscalYearEnd;
    case RetentionEvent::SentOut:
        return sentOut;
    case RetentionEvent::AccountCreated:
        return accountCreated;
    case RetentionEvent::ConsentWithdrawn:
        return consentWithdrawn;
    case RetentionEvent::ProjectEnded:
        return projectEnded;
    }
    return std::nullopt;
}

void RetentionEvents::setDate(RetentionEvent event, std::optional<QDate> value)
{
    switch (event) {
    case RetentionEvent::Collected:
        collected = value;
        return;
    case RetentionEvent::RelationshipEnded:
        relationshipEnded = value;
        return;
    case RetentionEvent::LastActivity:
        lastActivity = value;
        return;
    case RetentionEvent::FiscalYearEnd:
        fiscalYearEnd = value;
        return;
    case RetentionEvent::SentOut:
        sentOut = value;
        return;
    case RetentionEvent::AccountCreated:
        accountCreated = value;
        return;
    case RetentionEvent::ConsentWithdrawn:
        consentWithdrawn = value;
        return;
    case RetentionEvent::ProjectEnded:
        projectEnded = value;
        return;
    }
}

QList<RetentionEvent> RetentionEvents::all()
{
    return { RetentionEvent::Collected,        RetentionEvent::RelationshipEnded, RetentionEvent::LastActivity,
             RetentionEvent::FiscalYearEnd,    RetentionEvent::SentOut,           RetentionEvent::AccountCreated,
             RetentionEvent::ConsentWithdrawn, RetentionEvent::ProjectEnded };
}

QString RetentionEvents::code(RetentionEvent event)
{
    switch (event) {
    case RetentionEvent::Collected:
        return QStringLiteral("collected");
    case RetentionEvent::RelationshipEnded:
        return QStringLiteral("relationship_ended");
    case RetentionEvent::LastActivity:
        return QStringLiteral("last_activity");
    case RetentionEvent::FiscalYearEnd:
        return QStringLiteral("fiscal_year_end");
    case RetentionEvent::SentOut:
        return QStringLiteral("sent_out");
    case RetentionEvent::AccountCreated:
        return QStringLiteral("account_created");
    case RetentionEvent::ConsentWithdrawn:
        return QStringLiteral("consent_withdrawn");
    case RetentionEvent::ProjectEnded:
        return QStringLiteral("project_ended");
    }
    return {};
}

std::optional<RetentionEvent> RetentionEvents::fromCode(const QString& code)
{
    return enumFromCode(all(), &RetentionEvents::code, code);
}

QString RetentionEvents::label(RetentionEvent event)
{
    switch (event) {
    case RetentionEvent::Collected:
        return tr("the collection");
    case RetentionEvent::RelationshipEnded:
        return tr("the end of the contract or relationship");
    case RetentionEvent::LastActivity:
        return tr("the last activity");
    case RetentionEvent::FiscalYearEnd:
        return tr("the end of the fiscal year");
    case RetentionEvent::SentOut:
        return tr("the send-out");
    case RetentionEvent::AccountCreated:
        return tr("the account's creation");
    case RetentionEvent::ConsentWithdrawn:
        return tr("the withdrawal of consent");
    case RetentionEvent::ProjectEnded:
        return tr("the end of the project");
    }
    return {};
}

std::optional<RetentionEvent> RetentionEvents::eventFor(RetentionAnchor anchor)
{
    switch (anchor) {
    case RetentionAnchor::AfterCollection:
        return RetentionEvent::Collected;
    case RetentionAnchor::AfterRelationshipEnded:
        return RetentionEvent::RelationshipEnded;
    case RetentionAnchor::AfterLastActivity:
        return RetentionEvent::LastActivity;
    case RetentionAnchor::AfterFiscalYearEnd:
        return RetentionEvent::FiscalYearEnd;
    case RetentionAnchor::AfterSendOut:
        return RetentionEvent::SentOut;
    case RetentionAnchor::AfterAccountCreated:
        return RetentionEvent::AccountCreated;
    case RetentionAnchor::WhileConsentLasts:
        return RetentionEvent::ConsentWithdrawn;
    case RetentionAnchor::UntilProjectEnds:
        return RetentionEvent::ProjectEnded;
    case RetentionAnchor::KeptWithReason:
        return std::nullopt;
    }
    return std::nullopt;
}

// --- RetentionPeriod ---

namespace {

int ceilingFor(RetentionPeriod::Unit unit)
{
    switch (unit) {
    case RetentionPeriod::Days:
        return 36600;
    case RetentionPeriod::Months:
        return 1200;
    case RetentionPeriod::Years:
        return 100;
    }
    return 0;
}

QChar unitLetter(RetentionPeriod::Unit unit)
{
    switch (unit) {
    case RetentionPeriod::Days:
        return u'd';
    case RetentionPeriod::Months:
        return u'm';
    case RetentionPeriod::Years:
        return u'y';
    }
    return {};
}

} // namespace

Result<RetentionPeriod> RetentionPeriod::make(int amount, Unit unit)
{
    const int ceiling = ceilingFor(unit);
    if (ceiling == 0)
        return Error { tr("Unknown unit of a retention period.") };
    if (amount < 1 || amount > ceiling) {
        return Error { tr("A retention period of %1%2 is out of range: use 1 to %3 of that unit.")
                           .arg(amount)
                           .arg(unitLetter(unit))
                           .arg(ceiling) };
    }
    return RetentionPeriod { amount, unit };
}

Result<RetentionPeriod> RetentionPeriod::parse(const QString& text)
{
    const QString hint = tr("Write a whole number and d, m or y, e.g. 180d, 6m or 2y.");
    if (text.size() < 2)
        return Error { tr("\"%1\" is not a retention period. %2").arg(text, hint) };
    const QChar letter = text.back();
    Unit unit = Days;
    if (letter == u'd')
        unit = Days;
    else if (letter == u'm')
        unit = Months;
    else if (letter == u'y')
        unit = Years;
    else
        return Error { tr("\"%1\" has no unit. %2").arg(text, hint) };
    const QStringView digits = QStringView(text).chopped(1);
    // Canonical digits only, so that encode(parse(text)) == text: no sign, spaces or leading zeros.
    // Six digits cover every ceiling and cannot overflow an int.
    const bool canonical = digits.size() <= 6 && (digits.size() == 1 || digits.front() != u'0')
        && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!canonical)
        return Error { tr("\"%1\" is not a retention period. %2").arg(text, hint) };
    return make(digits.toInt(), unit);
}

QString RetentionPeriod::encode() const
{
    return QString::number(amount) + unitLetter(unit);
}

QString RetentionPeriod::label() const
{
    switch (unit) {
    case Days:
        return tr("%n day(s)", nullptr, amount);
    case Months:
        return tr("%n month(s)", nullptr, amount);
    case Years:
        return tr("%n year(s)", nullptr, amount);
    }
    return {};
}

// --- RetentionRule ---

namespace {

bool isSingleLine(const QString& text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString escapeField(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u';')
            out += u'\\';
        out += c;
    }
    return out;
}

// Splits on unescaped semicolons and unescapes; an unknown or dangling escape is an error.
Result<QStringList> splitFields(const QString& text)
{
    QStringList fields(1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u';') {
            fields.append(QString());
        } else if (c == u'\\') {
            if (i + 1 == text.size() || (text.at(i + 1) != u'\\' && text.at(i + 1) != u';'))
                return Error { RetentionRule::tr("A backslash in a retention rule must be followed by ; or \\.") };
            fields.last() += text.at(++i);
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

} // namespace

Result<RetentionRule> RetentionRule::make(RetentionAnchor anchor, std::optional<RetentionPeriod> period,
                                          const QString& legalReference, const QString& reason)
{
    const QString anchorCode = RetentionAnchors::code(anchor);
    if (anchorCode.isEmpty())
        return Error { tr("Unknown retention anchor.") };
    if (period) {
        if (auto checked = RetentionPeriod::make(period->amount, period->unit); !checked)
            return Error { checked.error() };
    }
    const QString reference = legalReference.trimmed();
    const QString why = reason.trimmed();
    if (!isSingleLine(reference) || !isSingleLine(why))
        return Error { tr("The legal reference and the reason of a retention rule must be single lines.") };

    switch (anchor) {
    case RetentionAnchor::WhileConsentLasts:
        // GDPR Art. 7(3): the data go when consent does; a period would suggest a date that does not exist.
        if (period)
            return Error { tr("A rule kept while consent lasts has no period; remove \"%1\".").arg(period->encode()) };
        break;
    case RetentionAnchor::KeptWithReason:
        if (period)
            return Error { tr("A rule kept for a stated reason has no period; remove \"%1\" or choose an anchor "
                              "to count it from.")
                               .arg(period->encode()) };
        // Art. 5(1)(e) and 13(2)(a): keeping without a date must at least say why.
        if (why.isEmpty())
            return Error { tr("A rule kept for a stated reason needs the reason.") };
        break;
    case RetentionAnchor::UntilProjectEnds:
        break; // the project's end alone, or plus a period
    case RetentionAnchor::AfterFiscalYearEnd:
        // BFL 7 kap. 2 § counts whole calendar years after the year in which the fiscal year ended.
        if (!period || period->unit != RetentionPeriod::Years)
            return Error { tr("A rule counted after the fiscal year's end needs a period in years, e.g. 7y "
                              "(BFL 7 kap. 2 §).") };
        break;
    case RetentionAnchor::AfterCollection:
    case RetentionAnchor::AfterRelationshipEnded:
    case RetentionAnchor::AfterLastActivity:
    case RetentionAnchor::AfterSendOut:
    case RetentionAnchor::AfterAccountCreated:
        if (!period)
            return Error { tr("A rule \"%1\" needs a period, e.g. 2y, 6m or 180d.").arg(anchorCode) };
        break;
    }
    return RetentionRule { anchor, period, reference, why };
}

Result<RetentionRule> RetentionRule::parse(const QString& text)
{
    auto split = splitFields(text);
    if (!split)
        return Error { split.error() };
    const QStringList& fields = split.value();
    if (fields.size() > 4) {
        return Error { tr("A retention rule has at most four fields, anchor;period;legal reference;reason; "
                          "write a semicolon in the text as \\;.") };
    }
    // Exact codes: storage is written by encode(), so anything else is damage, not a spelling variant.
    const QString anchorCode = fields.at(0);
    std::optional<RetentionAnchor> anchor;
    for (RetentionAnchor candidate : RetentionAnchors::all()) {
        if (RetentionAnchors::code(candidate) == anchorCode)
            anchor = candidate;
    }
    if (!anchor) {
        return Error {
            tr("\"%1\" is not a retention anchor; use one of %2.").arg(anchorCode, RetentionAnchors::codeList())
        };
    }
    std::optional<RetentionPeriod> period;
    if (fields.size() > 1 && !fields.at(1).isEmpty()) {
        auto parsed = RetentionPeriod::parse(fields.at(1));
        if (!parsed)
            return Error { parsed.error() };
        period = parsed.value();
    }
    return make(*anchor, period, fields.value(2), fields.value(3));
}

QString RetentionRule::encode() const
{
    QStringList fields { RetentionAnchors::code(anchor), period ? period->encode() : QString(),
                         escapeField(legalReference), escapeField(reason) };
    while (fields.size() > 1 && fields.last().isEmpty())
        fields.removeLast();
    return fields.join(u';');
}

// --- RetentionEngine ---

Result<RetentionOutcome> RetentionEngine::retainUntil(const RetentionRule& rule, const RetentionEvents& events)
{
    // A rule built by hand bypasses make(); check it here rather than compute from nonsense.
    if (auto checked = RetentionRule::make(rule.anchor, rule.period, rule.legalReference, rule.reason); !checked)
        return Error { checked.error() };

    if (rule.anchor == RetentionAnchor::KeptWithReason)
        return RetentionOutcome::keptWithReason(rule.reason.trimmed());

    const RetentionEvent event = *RetentionEvents::eventFor(rule.anchor);
    const std::optional<QDate> start = events.date(event);
    if (!start) {
        if (rule.anchor == RetentionAnchor::WhileConsentLasts)
            return RetentionOutcome::whileConsentLasts();
        return RetentionOutcome::waitingFor(event);
    }
    if (!start->isValid())
        return Error { tr("The date of %1 is not a valid date.").arg(RetentionEvents::label(event)) };

    QDate until = *start; // while-consent-lasts, and until-project-ends without a period
    if (rule.anchor == RetentionAnchor::AfterFiscalYearEnd) {
        // BFL 7 kap. 2 §: kept through 31 December of the Nth year after the calendar year in which the
        // fiscal year ended (2025-07-01..2026-06-30 with 7 years: through 2033-12-31).
        if (start->day() != start->daysInMonth()) {
            return Error { tr("%1 is not the last day of a month, so it cannot be the end of a fiscal year; "
                              "enter the fiscal year's last day, not the date of the document.")
                               .arg(start->toString(Qt::ISODate)) };
        }
        until = QDate(start->year() + rule.period->amount, 12, 31);
    } else if (rule.period) {
        switch (rule.period->unit) {
        case RetentionPeriod::Days:
            until = start->addDays(rule.period->amount);
            break;
        case RetentionPeriod::Months:
            until = LegalCalendar::addMonthsClamped(*start, rule.period->amount);
            break;
        case RetentionPeriod::Years:
            // PTL 5 kap. 3 §: same date N years later, 29 February clamped to 28 February.
            until = LegalCalendar::addMonthsClamped(*start, rule.period->amount * 12);
            break;
        }
    }
    if (!until.isValid())
        return Error { tr("The retain-until date falls outside the calendar.") };
    return RetentionOutcome::until(until);
}

QString RetentionEngine::describe(const RetentionOutcome& outcome)
{
    switch (outcome.kind) {
    case RetentionOutcome::Kind::RetainUntil:
        return tr("Kept until %1").arg(outcome.retainUntil.toString(Qt::ISODate));
    case RetentionOutcome::Kind::NotYetComputable:
        return tr("No date yet: waiting for %1")
            .arg(outcome.missingEvent ? RetentionEvents::label(*outcome.missingEvent) : QString());
    case RetentionOutcome::Kind::WhileConsentLasts:
        return tr("Kept while consent lasts");
    case RetentionOutcome::Kind::KeptWithReason:
        return tr("Kept: %1").arg(outcome.reason);
    }
    return {};
}

} // namespace dsar
