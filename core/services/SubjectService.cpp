#include "SubjectService.h"

#include "common/Clock.h"
#include "identity/SwedishId.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SubjectRepository.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace dsar {
namespace {
constexpr int maxNameLength = 200;
}

SubjectService::SubjectService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

bool SubjectService::isPlausibleEmail(const QString& email)
{
    // Deliberately loose: one "@", something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return pattern.match(email).hasMatch();
}

Result<SubjectRecord> SubjectService::validate(const NewSubject& input) const
{
    SubjectRecord subject;
    subject.name = input.name.simplified();
    subject.email = input.email.trimmed().toLower();
    subject.phone = input.phone.trimmed();
    subject.postalAddress = input.postalAddress.trimmed();
    subject.createdAt = m_clock.now();

    if (subject.name.isEmpty())
        return Error { tr("The data subject needs a name. Write the name as the request gives it.") };
    if (subject.name.size() > maxNameLength)
        return Error { tr("The name is longer than %1 characters. Shorten it.").arg(maxNameLength) };
    // Limits a person's details plausibly have; nothing longer is stored (RFC 5321 for e-mail).
    const std::tuple<const QString*, int, QString> limits[] = {
        { &subject.email, 254, tr("e-mail address") },
        { &subject.phone, 40, tr("phone number") },
        { &subject.postalAddress, 300, tr("postal address") },
    };
    for (const auto& [value, limit, what] : limits) {
        if (value->size() > limit)
            return Error { tr("The %1 is longer than %2 characters. Shorten it.").arg(what).arg(limit) };
    }
    if (!subject.email.isEmpty() && !isPlausibleEmail(subject.email))
        return Error { tr("\"%1\" is not an e-mail address. Write it as name@example.se, or leave it empty.")
                           .arg(input.email.trimmed()) };
    const QString personalId = input.personalId.trimmed();
    if (personalId.size() > 20)
        return Error { tr("The personnummer is too long: it has 10 or 12 digits, e.g. 19121212-1212.") };
    if (!personalId.isEmpty()) {
        Result<SwedishId> parsed = SwedishIdParser::parse(personalId, m_clock.today());
        if (!parsed)
            return Error { tr("Personnummer %1: %2").arg(personalId, parsed.error()) };
        if (parsed->kind == SwedishId::Kind::Organisationsnummer) {
            return Error { tr("%1 is an organisation number. A data subject is a person: give a personnummer or "
                              "samordningsnummer, or leave it empty.")
                               .arg(personalId) };
        }
        subject.personalId = parsed->normalized;
        subject.personalIdKind = swedishIdKindCode(parsed->kind);
    }
    return subject;
}

Result<SubjectRecord> SubjectService::add(const NewSubject& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::RegisterRequest); !allowed)
        return Error { allowed.error() };
    Result<SubjectRecord> validated = validate(input);
    if (!validated)
        return validated;
    SubjectRecord subject = validated.value();

    SubjectRepository repository(m_db, m_keys);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (!subject.personalId.isEmpty()) {
        Result<std::optional<SubjectRecord>> existing = repository.byPersonalId(subject.personalId);
        if (!existing)
            return Error { existing.error() };
        if (existing.value()) {
            return Error { tr("A data subject with this %1 is already registered (id %2). Use that subject instead "
                              "of adding a second one.")
                               .arg(subject.personalIdKind)
                               .arg(existing.value()->id) };
        }
    }
    Result<qint64> id = repository.insert(subject);
    if (!id)
        return Error { id.error() };
    subject.id = id.value();
    // The audit summary names which identifiers were given, never their values.
    QStringList given;
    if (!subject.personalId.isEmpty())
        given << subject.personalIdKind;
    if (!subject.email.isEmpty())
        given << QStringLiteral("email");
    if (!subject.phone.isEmpty())
        given << QStringLiteral("phone");
    if (!subject.postalAddress.isEmpty())
        given << QStringLiteral("postal_address");
    Status logged = AuditLog(m_db, m_keys)
                        .append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("subject.added"),
                                  QStringLiteral("subject"), subject.id,
                                  QStringLiteral("identifiers=%1").arg(given.join(QLatin1Char(','))) });
    if (!logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return subject;
}

Result<SubjectRecord> SubjectService::byId(qint64 id) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<std::optional<SubjectRecord>> found = SubjectRepository(m_db, m_keys).byId(id);
    if (!found)
        return Error { found.error() };
    if (!found.value())
        return Error { tr("There is no data subject with id %1.").arg(id) };
    return *found.value();
}

Result<QList<SubjectRecord>> SubjectService::all() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    return SubjectRepository(m_db, m_keys).all();
}

bool SubjectService::isExactQuery(const QString& query)
{
    // Digits with an optional dash or plus: an identifier, never a name.
    static const QRegularExpression identifier(QStringLiteral("^\\d{6,8}[-+]?\\d{4}$"));
    const QString text = query.simplified();
    return isPlausibleEmail(text) || identifier.match(text).hasMatch();
}

Result<QList<SubjectRecord>> SubjectService::find(const QString& query) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    const QString text = query.simplified();
    if (text.isEmpty())
        return Error { tr("Give part of a name, an e-mail address or a personnummer to search for.") };
    SubjectRepository repository(m_db, m_keys);
    if (isPlausibleEmail(text))
        return repository.byEmail(text.toLower());
    if (isExactQuery(text)) {
        Result<SwedishId> parsed = SwedishIdParser::parse(text, m_clock.today());
        if (!parsed)
            return Error { tr("Personnummer %1: %2").arg(text, parsed.error()) };
        Result<std::optional<SubjectRecord>> found = repository.byPersonalId(parsed->normalized);
        if (!found)
            return Error { found.error() };
        return found.value() ? QList<SubjectRecord> { *found.value() } : QList<SubjectRecord> {};
    }
    // Names are sealed: the search runs over the opened records.
    Result<QList<SubjectRecord>> all = repository.all();
    if (!all)
        return all;
    QList<SubjectRecord> matches;
    for (const SubjectRecord& subject : all.value()) {
        if (subject.name.contains(text, Qt::CaseInsensitive))
            matches << subject;
    }
    return matches;
}

} // namespace dsar
