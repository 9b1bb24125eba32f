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

Result<ControllerRecord> ControllerService::add(const NewController& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return Error { allowed.error() };
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

    ControllerRepository repository(m_db);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    std::optional<qint64> jointId;
    if (!record.jointControllership.isEmpty()) {
        Result<std::optional<qint64>> existing = repository.jointControllershipId(record.jointControllership);
        if (!existing)
            return Error { existing.error() };
        jointId = existing.value();
        if (!jointId) {
            Result<qint64> created = repository.insertJointControllership(record.jointControllership, QString());
            if (!created)
                return Error { created.error() };
            jointId = created.value();
        }
    }
    Result<qint64> id = repository.insert(record, jointId, m_clock.now());
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
