#include "RegisterExchange.h"

#include "common/Clock.h"
#include "common/CsvField.h"
#include "identity/SwedishId.h"
#include "register/RetentionRule.h"
#include "security/Permission.h"
#include "services/ControllerService.h"
#include "services/RegisterService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace dsar {
namespace {

bool sameController(const ControllerRecord& a, const ControllerRecord& b)
{
    return a.name == b.name && a.organisationNumber == b.organisationNumber && a.postalAddress == b.postalAddress
        && a.email == b.email && a.phone == b.phone && a.dpoContact == b.dpoContact
        && a.supervisoryAuthority == b.supervisoryAuthority && a.jointControllership == b.jointControllership;
}

NewController newController(const OrganisationEntry& entry)
{
    return { entry.name,  entry.organisationNumber, entry.postalAddress,       entry.email,
             entry.phone, entry.dpoContact,         entry.jointControllership, entry.supervisoryAuthority };
}

// The organisation an entry stands for: the one with its organisation number, else the one with its name.
std::optional<ControllerRecord> match(const QList<ControllerRecord>& existing, const OrganisationEntry& entry,
                                      QDate today)
{
    Result<SwedishId> number = SwedishIdParser::parse(entry.organisationNumber, today);
    if (number && number->kind == SwedishId::Kind::Organisationsnummer) {
        for (const ControllerRecord& controller : existing) {
            if (controller.organisationNumber == number->formatted())
                return controller;
        }
    }
    for (const ControllerRecord& controller : existing) {
        if (controller.name == entry.name.trimmed())
            return controller;
    }
    return std::nullopt;
}

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral("; "));
}

QString withNote(const QString& text, const QString& note)
{
    return note.isEmpty() ? text : text + QStringLiteral(": ") + note;
}

QStringList csvCells(const OrganisationEntry& organisation, const ProcessingActivity& a)
{
    QStringList bases;
    for (const LegalBasisEntry& entry : a.legalBases)
        bases << withNote(LegalBases::label(entry.basis), entry.note);
    QStringList categories;
    for (const DataCategory& category : a.dataCategories)
        categories << (category.special ? RegisterExchange::tr("%1 (Art. 9)").arg(category.name) : category.name);
    QStringList sources;
    for (const Source& source : a.sources)
        sources << withNote(SourceKinds::label(source.kind), source.name);
    QStringList recipients;
    for (const Recipient& recipient : a.recipients)
        recipients << QStringLiteral("%1 (%2, %3)")
                          .arg(recipient.name, RecipientRoles::label(recipient.role), recipient.country);
    QStringList transfers;
    for (const Transfer& transfer : a.transfers) {
        QString text = transfer.recipient.isEmpty()
            ? transfer.country
            : QStringLiteral("%1 (%2)").arg(transfer.recipient, transfer.country);
        if (transfer.safeguard)
            text = withNote(text, TransferSafeguards::label(*transfer.safeguard));
        if (!transfer.note.isEmpty())
            text += QStringLiteral(" – ") + transfer.note;
        transfers << text;
    }
    const QString automated = a.automatedDecision
        ? RegisterExchange::tr("Logic: %1 Significance: %2")
              .arg(a.automatedDecision->logic, a.automatedDecision->significance)
        : QString();
    return { organisation.name,
             organisation.organisationNumber,
             a.name,
             joined(a.purposes),
             joined(bases),
             a.specialCondition ? SpecialCategoryConditions::label(*a.specialCondition) : QString(),
             joined(categories),
             joined(a.subjectCategories),
             joined(sources),
             joined(recipients),
             joined(transfers),
             automated,
             joined(a.systems),
             RegisterExchange::describeRetention(a.retentionRule),
             a.retentionNote };
}

} // namespace

RegisterExchange::RegisterExchange(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

Result<RegisterDocument> RegisterExchange::exportDocument() const
{
    // The register holds no personal data: every signed-in role reads it (as RegisterService::activities).
    ControllerService controllers(m_db, m_clock, m_actor, m_keys);
    RegisterService processing(m_db, m_clock, m_actor, m_keys);
    Result<QList<ControllerRecord>> all = controllers.all();
    if (!all)
        return Error { all.error() };
    RegisterDocument document;
    for (const ControllerRecord& controller : all.value()) {
        OrganisationEntry entry { controller.name,
                                  controller.organisationNumber,
                                  controller.postalAddress,
                                  controller.email,
                                  controller.phone,
                                  controller.dpoContact,
                                  controller.supervisoryAuthority,
                                  controller.jointControllership,
                                  {} };
        Result<QList<ProcessingActivity>> activities = processing.activities(controller.id);
        if (!activities)
            return Error { activities.error() };
        for (ProcessingActivity activity : activities.value()) {
            // Ids belong to this database, not to the document.
            activity.id = 0;
            activity.controllerId = 0;
            entry.activities << activity;
        }
        document.organisations << entry;
    }
    return document;
}

Result<ImportSummary> RegisterExchange::importDocument(const RegisterDocument& document)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return Error { allowed.error() };
    // All or nothing: the services' own transactions become savepoints inside this one.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    ControllerService controllers(m_db, m_clock, m_actor, m_keys);
    Result<QList<ControllerRecord>> existing = controllers.all();
    if (!existing)
        return Error { existing.error() };

    ImportSummary summary;
    summary.organisations = int(document.organisations.size());
    // Every problem is collected (the services' savepoints undo each failed step) and the whole import is
    // rolled back at the end if there was any, so that one run shows everything to correct.
    QStringList problems;
    QHash<qint64, QString> claimed; // organisation id -> the entry that matched it
    for (qsizetype i = 0; i < document.organisations.size(); ++i) {
        const OrganisationEntry& entry = document.organisations.at(i);
        const QString label
            = entry.name.trimmed().isEmpty() ? QStringLiteral("organisations[%1]").arg(i) : entry.name.trimmed();
        const std::optional<ControllerRecord> current = match(existing.value(), entry, m_clock.today());
        if (current && claimed.contains(current->id)) {
            problems << tr("%1: matches the same organisation, \"%2\", as the entry \"%3\" (by organisation number "
                           "or name). List each organisation once.")
                            .arg(label, current->name, claimed.value(current->id));
            continue;
        }
        Result<ControllerRecord> stored
            = current ? controllers.update(current->id, newController(entry)) : controllers.add(newController(entry));
        if (!stored) {
            problems << QStringLiteral("%1: %2").arg(label, stored.error());
            continue;
        }
        claimed.insert(stored->id, label);
        if (!current)
            ++summary.organisationsAdded;
        else if (!sameController(*current, stored.value()))
            ++summary.organisationsUpdated;
        importActivities(stored->id, entry, summary, problems);
    }
    if (!problems.isEmpty())
        return Error { problems.join(QLatin1Char('\n')) };

    // Counts only: the register holds no personal data, and each change has its own event already.
    const QString auditSummary = QStringLiteral("register imported: %1 organisations, %2 activities added, "
                                                "%3 updated, %4 removed")
                                     .arg(summary.organisations)
                                     .arg(summary.activitiesAdded)
                                     .arg(summary.activitiesUpdated)
                                     .arg(summary.activitiesRemoved);
    Status logged = AuditLog(m_db, m_keys)
                        .append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("register.imported"),
                                  QStringLiteral("register"), 0, auditSummary });
    if (!logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return summary;
}

void RegisterExchange::importActivities(qint64 controllerId, const OrganisationEntry& entry, ImportSummary& summary,
                                        QStringList& problems)
{
    const QString organisation = entry.name.trimmed();
    RegisterService processing(m_db, m_clock, m_actor, m_keys);
    Result<QList<ProcessingActivity>> current = processing.activities(controllerId);
    if (!current) {
        problems << QStringLiteral("%1: %2").arg(organisation, current.error());
        return;
    }
    QSet<QString> wanted;
    for (const ProcessingActivity& activity : entry.activities)
        wanted.insert(activity.name.trimmed());

    // First those the document no longer lists, so that the names they free can be taken by others.
    QHash<QString, ProcessingActivity> byName;
    for (const ProcessingActivity& activity : current.value()) {
        if (wanted.contains(activity.name)) {
            byName.insert(activity.name, activity);
            continue;
        }
        // Refused, e.g., while data holdings still refer to the activity; the import then changes nothing.
        if (Status removed = processing.remove(activity.id); !removed)
            problems << tr("%1, activity \"%2\": %3").arg(organisation, activity.name, removed.error());
        else
            ++summary.activitiesRemoved;
    }

    for (qsizetype i = 0; i < entry.activities.size(); ++i) {
        ProcessingActivity activity = entry.activities.at(i);
        const QString name = activity.name.trimmed();
        const QString label = name.isEmpty() ? QStringLiteral("activities[%1]").arg(i) : name;
        activity.controllerId = controllerId;
        activity.id = 0;
        // Every activity goes through RegisterService, whose rules are the register's rules.
        const auto found = byName.constFind(name);
        if (found == byName.cend()) {
            if (Result<ProcessingActivity> added = processing.add(activity); !added)
                problems << tr("%1, activity \"%2\": %3").arg(organisation, label, added.error());
            else
                ++summary.activitiesAdded;
            continue;
        }
        activity.id = found->id;
        if (activity == *found) {
            ++summary.activitiesUnchanged;
            continue;
        }
        Result<ProcessingActivity> updated = processing.update(activity);
        if (!updated)
            problems << tr("%1, activity \"%2\": %3").arg(organisation, label, updated.error());
        else if (updated.value() == *found)
            ++summary.activitiesUnchanged;
        else
            ++summary.activitiesUpdated;
    }
}

QString RegisterExchange::describeRetention(const QString& encodedRule)
{
    Result<RetentionRule> parsed = RetentionRule::parse(encodedRule);
    if (!parsed)
        return encodedRule;
    const RetentionRule& rule = parsed.value();
    const QString anchor = RetentionAnchors::label(rule.anchor);
    QString text = anchor;
    if (rule.period) {
        text = rule.anchor == RetentionAnchor::UntilProjectEnds
            ? tr("%1 and %2 after").arg(anchor, rule.period->label())
            : tr("%1 %2").arg(rule.period->label(), anchor);
    }
    if (!rule.legalReference.isEmpty())
        text += QStringLiteral(" (%1)").arg(rule.legalReference);
    return withNote(text, rule.reason);
}

QByteArray RegisterExchange::toCsv(const RegisterDocument& document)
{
    // Excel reads a CSV file without a byte order mark in the system's legacy code page (Windows-1252 in
    // Sweden), which garbles å, ä and ö; the UTF-8 BOM makes it read UTF-8. Other programs skip the BOM.
    QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF");
    const QStringList header = {
        QStringLiteral("organisation"),    QStringLiteral("organisation_number"), QStringLiteral("activity"),
        QStringLiteral("purposes"),        QStringLiteral("legal_bases"),         QStringLiteral("special_condition"),
        QStringLiteral("data_categories"), QStringLiteral("subject_categories"),  QStringLiteral("sources"),
        QStringLiteral("recipients"),      QStringLiteral("transfers"),           QStringLiteral("automated_decision"),
        QStringLiteral("systems"),         QStringLiteral("retention"),           QStringLiteral("retention_note")
    };
    auto appendRow = [&csv](const QStringList& cells) {
        QList<QByteArray> encoded;
        for (const QString& cell : cells)
            encoded << csvField(cell);
        csv += encoded.join(',') + QByteArrayLiteral("\r\n");
    };
    appendRow(header);
    for (const OrganisationEntry& organisation : document.organisations) {
        for (const ProcessingActivity& activity : organisation.activities)
            appendRow(csvCells(organisation, activity));
    }
    return csv;
}

Status RegisterExchange::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("Cannot write %1: %2. Choose another file or folder.").arg(path, file.errorString()) };
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error { tr("Cannot write %1: %2. Nothing was changed; check the free space and try again.")
                           .arg(path, file.errorString()) };
    return {};
}

} // namespace dsar
