#include "ControllerService.h"

#include "common/Clock.h"
#include "identity/SwedishId.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/ControllerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace dsar {

ControllerService::ControllerService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

Result<ControllerRecord> ControllerService::validated(const NewController& input) const
{
    ControllerRecord record;
    record.name = input.name.trimmed();
    record.postalAddress = input.postalAddress.trimmed();
    record.email = input.email.trimmed();
    record.phone = input.phone.trimmed();
    record.dpoContact = input.dpoContact.trimmed();
    record.supervisoryAuthority = input.supervisoryAuthority.trimmed().isEmpty() ? defaultSupervisoryAuthority()
                                                                                 : input.supervisoryAuthority.trimmed();
    record.jointControllership = input.jointControllership.trimmed();
    if (record.name.isEmpty())
        return Error { tr("The organisation needs a name.") };
    for (const QString* value : { &record.name, &record.postalAddress, &record.email, &record.phone, &record.dpoContact,
                                  &record.supervisoryAuthority, &record.jointControllership }) {
        if (value->size() > 300)
            return Error { tr("A field of the organisation is longer than 300 characters. Shorten it.") };
    }
    if (!input.organisationNumber.trimmed().isEmpty()) {
        Result<SwedishId> number = SwedishIdParser::parse(input.organisationNumber, m_clock.today());
        if (!number)
            return Error { tr("Organisation number %1: %2").arg(input.organisationNumber.trimmed(), number.error()) };
        // An enskild firma is identified by its owner's personnummer; that is personal data and not
        // accepted as an organisation's number here.
        if (number->kind != SwedishId::Kind::Organisationsnummer) {
            return Error { tr("%1 is a %2, not an organisation number (NNNNNN-NNNN, digits 3-4 at least 20).")
                               .arg(input.organisationNumber.trimmed(), swedishIdKindCode(number->kind)) };
        }
        record.organisationNumber = number->formatted();
    }
    return record;
}

namespace {

// The id of the joint controllership (GDPR Art. 26) named `name`, created on first use; none for an empty name.
Result<std::optional<qint64>> jointControllershipFor(ControllerRepository& repository, const QString& name)
{
    if (name.isEmpty())
        return std::optional<qint64>();
    Result<std::optional<qint64>> existing = repository.jointControllershipId(name);
    if (!existing || existing.value())
        return existing;
    Result<qint64> created = repository.insertJointControllership(name, QString());
    if (!created)
        return Error { created.error() };
    return std::optional<qint64>(created.value());
}

// The fields that differ, by their stable names (no values: the audit summary holds no contact details).
QStringList changedFields(const ControllerRecord& before, const ControllerRecord& after)
{
    QStringList changed;
    const auto compare = [&changed](const QString& a, const QString& b, const char* field) {
        if (a != b)
            changed << QLatin1String(field);
    };
    compare(before.name, after.name, "name");
    compare(before.organisationNumber, after.organisationNumber, "organisation_number");
    compare(before.postalAddress, after.postalAddress, "postal_address");
    compare(before.email, after.email, "email");
    compare(before.phone, after.phone, "phone");
    compare(before.dpoContact, after.dpoContact, "dpo_contact");
    compare(before.supervisoryAuthority, after.supervisoryAuthority, "supervisory_authority");
    compare(before.jointControllership, after.jointControllership, "joint_controllership");
    return changed;
}

} // namespace

Result<ControllerRecord> ControllerService::add(const NewController& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return Error { allowed.error() };
    Result<ControllerRecord> checked = validated(input);
    if (!checked)
        return checked;
    ControllerRecord record = std::move(checked).value();

    ControllerRepository repository(m_db);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<std::optional<qint64>> jointId = jointControllershipFor(repository, record.jointControllership);
    if (!jointId)
        return Error { jointId.error() };
    Result<qint64> id = repository.insert(record, jointId.value(), m_clock.now());
    if (!id)
        return Error {
            tr("The organisation could not be saved (is the name or number already registered?): %1").arg(id.error())
        };
    record.id = id.value();
    AuditLog audit(m_db, m_keys);
    Status logged = audit.append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("controller.added"),
                                   QStringLiteral("controller"), record.id,
                                   QStringLiteral("organisation_number=%1").arg(record.organisationNumber) });
    if (!logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return record;
}

Result<ControllerRecord> ControllerService::update(qint64 id, const NewController& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return Error { allowed.error() };
    Result<ControllerRecord> checked = validated(input);
    if (!checked)
        return checked;
    ControllerRecord record = std::move(checked).value();
    record.id = id;

    ControllerRepository repository(m_db);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<QList<ControllerRecord>> existing = repository.all();
    if (!existing)
        return Error { existing.error() };
    std::optional<ControllerRecord> current;
    for (const ControllerRecord& other : existing.value()) {
        if (other.id == id) {
            current = other;
            continue;
        }
        // Names and organisation numbers identify an organisation (requests and imports find it by them).
        if (other.name == record.name) {
            return Error { tr("Another organisation (id %1) is already named \"%2\". Choose another name.")
                               .arg(QString::number(other.id), record.name) };
        }
        if (!record.organisationNumber.isEmpty() && other.organisationNumber == record.organisationNumber) {
            return Error { tr("Another organisation, \"%1\" (id %2), already has organisation number %3. Check "
                              "the number.")
                               .arg(other.name, QString::number(other.id), record.organisationNumber) };
        }
    }
    if (!current) {
        return Error { tr("There is no organisation with id %1. List them with \"dsarctl controller list\".").arg(id) };
    }
    const QStringList changed = changedFields(*current, record);
    if (changed.isEmpty())
        return record;
    Result<std::optional<qint64>> jointId = jointControllershipFor(repository, record.jointControllership);
    if (!jointId)
        return Error { jointId.error() };
    Result<bool> updated = repository.update(record, jointId.value());
    if (!updated)
        return Error { tr("The organisation could not be saved: %1").arg(updated.error()) };
    AuditLog audit(m_db, m_keys);
    // Field names only: the values are contact details (GDPR Art. 5(1)(c)).
    Status logged = audit.append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("controller.updated"),
                                   QStringLiteral("controller"), record.id,
                                   QStringLiteral("organisation_number=%1 changed=%2")
                                       .arg(record.organisationNumber, changed.join(QLatin1Char(','))) });
    if (!logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return record;
}

QString ControllerService::defaultSupervisoryAuthority()
{
    return QStringLiteral("Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy@imy.se");
}

Result<QList<ControllerRecord>> ControllerService::all() const
{
    return ControllerRepository(m_db).all();
}

Result<ControllerRecord> ControllerService::byId(qint64 id) const
{
    Result<std::optional<ControllerRecord>> found = ControllerRepository(m_db).byId(id);
    if (!found)
        return Error { found.error() };
    if (!found.value())
        return Error { tr("There is no organisation with id %1. List them with \"dsarctl controller list\".").arg(id) };
    return *found.value();
}

Result<ControllerRecord> ControllerService::resolve(const QString& key) const
{
    Result<QList<ControllerRecord>> controllers = all();
    if (!controllers)
        return Error { controllers.error() };
    const QList<ControllerRecord>& list = controllers.value();
    QStringList choices;
    for (const ControllerRecord& controller : list)
        choices << QStringLiteral("%1 (%2)").arg(controller.name).arg(controller.id);

    const QString wanted = key.trimmed();
    if (wanted.isEmpty()) {
        if (list.size() == 1)
            return list.first();
        if (list.isEmpty())
            return Error { tr("No organisation is registered yet. An administrator adds it first (\"dsarctl "
                              "controller add --name NAME\").") };
        return Error { tr("This database serves several organisations; say which one received the request: %1.")
                           .arg(choices.join(QStringLiteral(", "))) };
    }
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    // An organisation number matches in any accepted form (5562686823, 556268-6823, 165562686823).
    Result<SwedishId> number = SwedishIdParser::parse(wanted, m_clock.today());
    const QString formattedNumber
        = number && number->kind == SwedishId::Kind::Organisationsnummer ? number->formatted() : QString();
    for (const ControllerRecord& controller : list) {
        const bool matches = (isNumber && controller.id == id)
            || (!formattedNumber.isEmpty() && controller.organisationNumber == formattedNumber)
            || controller.name.compare(wanted, Qt::CaseInsensitive) == 0;
        if (matches)
            return controller;
    }
    return Error { tr("No organisation matches \"%1\". Give its id, organisation number or exact name: %2.")
                       .arg(wanted, choices.join(QStringLiteral(", "))) };
}

} // namespace dsar
