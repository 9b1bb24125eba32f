#include "RegisterService.h"

#include "common/Clock.h"
#include "register/Countries.h"
#include "register/RetentionRule.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/ControllerRepository.h"
#include "storage/Database.h"
#include "storage/HoldingRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/Transaction.h"

#include <QSet>

namespace dsar {
namespace {

Status checkLength(const QString& value, const QString& what, int limit = RegisterService::maxTextLength)
{
    if (value.size() > limit) {
        return Error { RegisterService::tr("%1 is %2 characters long; at most %3 are allowed. Shorten it.")
                           .arg(what)
                           .arg(value.size())
                           .arg(limit) };
    }
    return {};
}

// Trims the entries, drops empty ones and refuses over-long entries and duplicates (case-insensitive).
Status normaliseList(QStringList& list, const QString& what)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString& entry : std::as_const(list)) {
        const QString value = entry.trimmed();
        if (value.isEmpty())
            continue;
        if (Status length = checkLength(value, what); !length)
            return length;
        if (seen.contains(value.toCaseFolded()))
            return Error { RegisterService::tr("%1 \"%2\" is listed twice. Remove one of them.").arg(what, value) };
        seen.insert(value.toCaseFolded());
        result << value;
    }
    list = result;
    return {};
}

// An ISO 3166-1 alpha-2 code, upper-cased; the common non-ISO codes get a hint.
Status normaliseCountry(QString& country, const QString& what)
{
    country = country.trimmed().toUpper();
    if (country == QLatin1String("UK"))
        return Error { RegisterService::tr("%1: \"UK\" is not an ISO 3166 code; the United Kingdom is GB.").arg(what) };
    if (country == QLatin1String("EL"))
        return Error { RegisterService::tr("%1: \"EL\" is not an ISO 3166 code; Greece is GR.").arg(what) };
    if (!Countries::looksLikeCode(country)) {
        return Error { RegisterService::tr("%1: \"%2\" is not a country code. Give the two-letter ISO 3166 code, "
                                           "e.g. SE, NO, US or GB.")
                           .arg(what, country) };
    }
    return {};
}

} // namespace

RegisterService::RegisterService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

Result<ProcessingActivity> RegisterService::validated(const ProcessingActivity& input) const
{
    ProcessingActivity a = input;
    a.name = a.name.trimmed();
    if (a.name.isEmpty())
        return Error { tr("The processing activity needs a name, e.g. \"CRM-system\" or \"Recruitment\".") };
    if (Status s = checkLength(a.name, tr("The name of the processing activity"), maxNameLength); !s)
        return Error { s.error() };

    Result<std::optional<ControllerRecord>> controller = ControllerRepository(m_db).byId(a.controllerId);
    if (!controller)
        return Error { controller.error() };
    if (!controller.value()) {
        return Error { tr("There is no organisation with id %1. Add the organisation first, or choose one from "
                          "\"dsarctl controller list\".")
                           .arg(a.controllerId) };
    }

    // GDPR Art. 30(1)(b): the purposes; Art. 6(1): every processing needs a legal basis.
    if (Status s = normaliseList(a.purposes, tr("Purpose")); !s)
        return Error { s.error() };
    if (a.purposes.isEmpty())
        return Error { tr("\"%1\" has no purpose. State at least one purpose (GDPR Art. 30(1)(b)).").arg(a.name) };
    if (a.legalBases.isEmpty()) {
        return Error { tr("\"%1\" has no legal basis. Choose at least one of GDPR Art. 6(1)(a)-(f): %2.")
                           .arg(a.name, LegalBases::codeList()) };
    }
    QList<LegalBasis> bases;
    for (LegalBasisEntry& entry : a.legalBases) {
        entry.note = entry.note.trimmed();
        if (Status s = checkLength(entry.note, tr("The note on a legal basis")); !s)
            return Error { s.error() };
        if (bases.contains(entry.basis)) {
            return Error {
                tr("The legal basis %1 is listed twice. Remove one of them.").arg(LegalBases::label(entry.basis))
            };
        }
        bases.append(entry.basis);
    }

    // GDPR Art. 9: special categories are forbidden unless an Art. 9(2) condition applies.
    QSet<QString> categoryNames;
    QStringList specialNames;
    for (DataCategory& category : a.dataCategories) {
        category.name = category.name.trimmed();
        if (category.name.isEmpty())
            return Error { tr("A data category has no name. Name it (e.g. \"contact details\") or remove it.") };
        if (Status s = checkLength(category.name, tr("A data category")); !s)
            return Error { s.error() };
        if (categoryNames.contains(category.name.toCaseFolded()))
            return Error { tr("The data category \"%1\" is listed twice. Remove one of them.").arg(category.name) };
        categoryNames.insert(category.name.toCaseFolded());
        if (category.special)
            specialNames << category.name;
    }
    if (!specialNames.isEmpty() && !a.specialCondition) {
        return Error { tr("\"%1\" is special-category data (GDPR Art. 9(1)), which may only be processed under a "
                          "condition of Art. 9(2). Choose the condition (%2) or unmark the category as special.")
                           .arg(specialNames.join(QStringLiteral("\", \"")), SpecialCategoryConditions::codeList()) };
    }
    if (specialNames.isEmpty() && a.specialCondition) {
        return Error { tr("An Art. 9(2) condition is set but no data category is marked as special-category data. "
                          "Mark the special category or remove the condition.") };
    }

    if (Status s = normaliseList(a.subjectCategories, tr("Category of data subjects")); !s)
        return Error { s.error() };
    if (Status s = normaliseList(a.systems, tr("System")); !s)
        return Error { s.error() };

    // GDPR Art. 15(1)(g).
    for (Source& source : a.sources) {
        source.name = source.name.trimmed();
        if (Status s = checkLength(source.name, tr("The name of a source")); !s)
            return Error { s.error() };
        if (source.kind == SourceKind::Other && source.name.isEmpty())
            return Error { tr("A source of kind \"other\" needs a name that says where the data come from.") };
    }

    // GDPR Art. 15(1)(c): recipients named, with their role.
    for (Recipient& recipient : a.recipients) {
        recipient.name = recipient.name.trimmed();
        recipient.purpose = recipient.purpose.trimmed();
        if (recipient.name.isEmpty())
            return Error { tr("A recipient has no name. Name it (e.g. the processor's company name) or remove it.") };
        if (Status s = checkLength(recipient.name, tr("The name of a recipient")); !s)
            return Error { s.error() };
        if (Status s = checkLength(recipient.purpose, tr("The purpose of a recipient")); !s)
            return Error { s.error() };
        if (Status s = normaliseCountry(recipient.country, tr("Recipient \"%1\"").arg(recipient.name)); !s)
            return Error { s.error() };
    }

    // GDPR Art. 44-46: a transfer outside the EU/EEA needs an adequacy decision or another safeguard.
    for (Transfer& transfer : a.transfers) {
        transfer.recipient = transfer.recipient.trimmed();
        transfer.note = transfer.note.trimmed();
        if (Status s = checkLength(transfer.recipient, tr("The recipient of a transfer")); !s)
            return Error { s.error() };
        if (Status s = checkLength(transfer.note, tr("The note on a transfer")); !s)
            return Error { s.error() };
        if (Status s = normaliseCountry(transfer.country, tr("A transfer")); !s)
            return Error { s.error() };
        if (!transfer.safeguard && !Countries::isEuEea(transfer.country)) {
            return Error { tr("The transfer to %1 goes outside the EU/EEA and needs a safeguard (GDPR Art. 44-46). "
                              "Choose one: %2.")
                               .arg(transfer.country, TransferSafeguards::codeList()) };
        }
        // GDPR Art. 49(1): the derogation relied on must be stated.
        if (transfer.safeguard == TransferSafeguard::Derogation && transfer.note.isEmpty()) {
            return Error { tr("The transfer to %1 relies on a derogation; state in the note which one of GDPR Art. "
                              "49(1) applies (e.g. explicit consent, a contract with the subject).")
                               .arg(transfer.country) };
        }
    }

    // GDPR Art. 15(1)(h), Art. 22.
    if (a.automatedDecision) {
        AutomatedDecision& decision = *a.automatedDecision;
        decision.logic = decision.logic.trimmed();
        decision.significance = decision.significance.trimmed();
        if (decision.logic.isEmpty() || decision.significance.isEmpty()) {
            return Error { tr("An automated decision needs both a description of its logic and of its significance "
                              "and consequences for the subject (GDPR Art. 15(1)(h)).") };
        }
        if (Status s = checkLength(decision.logic, tr("The description of the automated decision's logic")); !s)
            return Error { s.error() };
        if (Status s = checkLength(decision.significance, tr("The automated decision's significance")); !s)
            return Error { s.error() };
    }

    // GDPR Art. 30(1)(f), Art. 15(1)(d).
    a.retentionRule = a.retentionRule.trimmed();
    a.retentionNote = a.retentionNote.trimmed();
    if (a.retentionRule.isEmpty()) {
        return Error { tr("\"%1\" has no retention rule. State how long the data are kept, e.g. two years after the "
                          "contract ended (GDPR Art. 30(1)(f)).")
                           .arg(a.name) };
    }
    if (Status s = checkLength(a.retentionRule, tr("The retention rule")); !s)
        return Error { s.error() };
    // One engine computes every retain-until date, so the stored rule must be one it understands.
    Result<RetentionRule> rule = RetentionRule::parse(a.retentionRule);
    if (!rule)
        return Error { tr("\"%1\": the retention rule cannot be used: %2").arg(a.name, rule.error()) };
    a.retentionRule = rule->encode();
    if (Status s = checkLength(a.retentionNote, tr("The retention note")); !s)
        return Error { s.error() };
    return a;
}

Result<ProcessingActivity> RegisterService::add(const ProcessingActivity& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return Error { allowed.error() };
    Result<ProcessingActivity> checked = validated(input);
    if (!checked)
        return checked;
    ProcessingActivity activity = std::move(checked).value();

    RegisterRepository repository(m_db);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<std::optional<qint64>> existing = repository.idByName(activity.controllerId, activity.name);
    if (!existing)
        return Error { existing.error() };
    if (existing.value()) {
        return Error { tr("The organisation already has a processing activity named \"%1\". Choose another name or "
                          "change that activity.")
                           .arg(activity.name) };
    }
    Result<qint64> id = repository.insert(activity, m_clock.now());
    if (!id)
        return Error { tr("The processing activity could not be saved: %1").arg(id.error()) };
    activity.id = id.value();
    if (Status logged = audit(QStringLiteral("register.activity_added"), activity); !logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return activity;
}

Result<ProcessingActivity> RegisterService::update(const ProcessingActivity& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return Error { allowed.error() };
    RegisterRepository repository(m_db);
    Result<std::optional<ProcessingActivity>> current = repository.byId(input.id);
    if (!current)
        return Error { current.error() };
    if (!current.value())
        return Error { tr("There is no processing activity with id %1; it may have been removed.").arg(input.id) };
    if (current.value()->controllerId != input.controllerId) {
        return Error { tr("A processing activity cannot move to another organisation. Add it to that organisation "
                          "and remove it here.") };
    }
    Result<ProcessingActivity> checked = validated(input);
    if (!checked)
        return checked;
    const ProcessingActivity& activity = checked.value();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<std::optional<qint64>> sameName = repository.idByName(activity.controllerId, activity.name);
    if (!sameName)
        return Error { sameName.error() };
    if (sameName.value() && *sameName.value() != activity.id) {
        return Error { tr("The organisation already has another processing activity named \"%1\". Choose another "
                          "name.")
                           .arg(activity.name) };
    }
    if (Status replaced = repository.replace(activity, m_clock.now()); !replaced)
        return Error { tr("The processing activity could not be saved: %1").arg(replaced.error()) };
    if (Status logged = audit(QStringLiteral("register.activity_updated"), activity); !logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return activity;
}

Status RegisterService::remove(qint64 id)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return allowed;
    RegisterRepository repository(m_db);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<std::optional<ProcessingActivity>> current = repository.byId(id);
    if (!current)
        return Error { current.error() };
    if (!current.value())
        return Error { tr("There is no processing activity with id %1; it may already have been removed.").arg(id) };
    // GDPR Art. 5(1)(b), 30(1): held data keep the purpose they were collected for; they cannot lose it.
    Result<qint64> holdings = HoldingRepository(m_db, m_keys).countForActivity(id);
    if (!holdings)
        return Error { holdings.error() };
    if (holdings.value() > 0) {
        return Error { tr("\"%1\" cannot be removed: %n holding(s) of data subjects belong to it. Move them to "
                          "another activity or erase them first.",
                          nullptr, int(holdings.value()))
                           .arg(current.value()->name) };
    }
    Result<bool> removed = repository.remove(id);
    if (!removed)
        return Error { tr("The processing activity could not be removed: %1").arg(removed.error()) };
    if (Status logged = audit(QStringLiteral("register.activity_removed"), *current.value()); !logged)
        return logged;
    return transaction.commit();
}

Result<QList<ProcessingActivity>> RegisterService::activities(qint64 controllerId) const
{
    // The register holds no personal data: every signed-in role reads it (no permission check).
    Result<std::optional<ControllerRecord>> controller = ControllerRepository(m_db).byId(controllerId);
    if (!controller)
        return Error { controller.error() };
    if (!controller.value()) {
        return Error {
            tr("There is no organisation with id %1. List them with \"dsarctl controller list\".").arg(controllerId)
        };
    }
    return RegisterRepository(m_db).forController(controllerId);
}

Result<ProcessingActivity> RegisterService::activity(qint64 id) const
{
    Result<std::optional<ProcessingActivity>> found = RegisterRepository(m_db).byId(id);
    if (!found)
        return Error { found.error() };
    if (!found.value())
        return Error { tr("There is no processing activity with id %1.").arg(id) };
    return *found.value();
}

Status RegisterService::audit(const QString& action, const ProcessingActivity& activity)
{
    // The activity's name describes a processing, not a person (GDPR Art. 5(2): what was changed).
    return AuditLog(m_db, m_keys)
        .append({ 0, m_clock.wallClockNow(), m_actor.userName, action, QStringLiteral("processing_activity"),
                  activity.id,
                  QStringLiteral("controller_id=%1 name=\"%2\"").arg(activity.controllerId).arg(activity.name) });
}

} // namespace dsar
