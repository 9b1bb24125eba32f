#include "SubjectRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "security/KeyRing.h"

#include <QCollator>

#include <algorithm>

namespace dsar {
namespace {

const QString selectSubjects
    = QStringLiteral("SELECT id, name_enc, personal_id_enc, personal_id_kind, email_enc, phone_enc, "
                     "postal_address_enc, created_at FROM subjects");

// Column names double as the associated data of each sealed value.
const QString nameColumn = QStringLiteral("subjects.name");
const QString personalIdColumn = QStringLiteral("subjects.personal_id");
const QString emailColumn = QStringLiteral("subjects.email");
const QString phoneColumn = QStringLiteral("subjects.phone");
const QString addressColumn = QStringLiteral("subjects.postal_address");

} // namespace

SubjectRepository::SubjectRepository(const Database& db, const KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
{ }

Result<qint64> SubjectRepository::insert(const SubjectRecord& subject)
{
    Result<QByteArray> name = m_keys.seal(nameColumn, subject.name);
    Result<QVariant> personalId = m_keys.sealOptional(personalIdColumn, subject.personalId);
    Result<QVariant> email = m_keys.sealOptional(emailColumn, subject.email);
    Result<QVariant> phone = m_keys.sealOptional(phoneColumn, subject.phone);
    Result<QVariant> address = m_keys.sealOptional(addressColumn, subject.postalAddress);
    for (const QString* error :
         { &name.error(), &personalId.error(), &email.error(), &phone.error(), &address.error() }) {
        if (!error->isEmpty())
            return Error { *error };
    }
    const QVariant personalIdIndex = subject.personalId.isEmpty()
        ? QVariant(QMetaType::fromType<QString>())
        : QVariant(m_keys.blindIndex(QStringLiteral("personal_id"), subject.personalId));
    const QVariant emailIndex = subject.email.isEmpty()
        ? QVariant(QMetaType::fromType<QString>())
        : QVariant(m_keys.blindIndex(QStringLiteral("email"), subject.email));
    return SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO subjects (name_enc, personal_id_enc, personal_id_kind, personal_id_index, "
                       "email_enc, email_index, phone_enc, postal_address_enc, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { name.value(), personalId.value(), SqlQuery::nullIfEmpty(subject.personalIdKind), personalIdIndex,
          email.value(), emailIndex, phone.value(), address.value(), subject.createdAt.toUTC().toString(Qt::ISODate) });
}

Result<SubjectRecord> SubjectRepository::read(const QSqlQuery& row) const
{
    SubjectRecord subject;
    subject.id = row.value(0).toLongLong();
    subject.personalIdKind = row.value(3).toString();
    subject.createdAt = QDateTime::fromString(row.value(7).toString(), Qt::ISODate);
    const std::pair<QString*, std::pair<int, const QString*>> fields[] = {
        { &subject.name, { 1, &nameColumn } },
        { &subject.personalId, { 2, &personalIdColumn } },
        { &subject.email, { 4, &emailColumn } },
        { &subject.phone, { 5, &phoneColumn } },
        { &subject.postalAddress, { 6, &addressColumn } },
    };
    for (const auto& [target, source] : fields) {
        const QVariant sealed = row.value(source.first);
        if (sealed.isNull())
            continue;
        Result<QString> plain = m_keys.open(*source.second, sealed.toByteArray());
        if (!plain)
            return Error { plain.error() };
        *target = plain.value();
    }
    return subject;
}

Result<QList<SubjectRecord>> SubjectRepository::select(const QString& condition, const QVariantList& bindings) const
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db, condition.isEmpty() ? selectSubjects : selectSubjects + QStringLiteral(" WHERE ") + condition, bindings);
    if (!query)
        return Error { query.error() };
    QList<SubjectRecord> subjects;
    while (query.value().next()) {
        Result<SubjectRecord> subject = read(query.value());
        if (!subject)
            return Error { subject.error() };
        subjects.append(subject.value());
    }
    return subjects;
}

Result<std::optional<SubjectRecord>> SubjectRepository::byId(qint64 id) const
{
    Result<QList<SubjectRecord>> found = select(QStringLiteral("id = ?"), { id });
    if (!found)
        return Error { found.error() };
    return found->isEmpty() ? std::optional<SubjectRecord>() : std::optional<SubjectRecord>(found->first());
}

Result<std::optional<SubjectRecord>> SubjectRepository::byPersonalId(const QString& normalizedPersonalId) const
{
    Result<QList<SubjectRecord>> found
        = select(QStringLiteral("personal_id_index = ?"),
                 { m_keys.blindIndex(QStringLiteral("personal_id"), normalizedPersonalId) });
    if (!found)
        return Error { found.error() };
    return found->isEmpty() ? std::optional<SubjectRecord>() : std::optional<SubjectRecord>(found->first());
}

Result<QList<SubjectRecord>> SubjectRepository::byEmail(const QString& normalizedEmail) const
{
    return select(QStringLiteral("email_index = ?"), { m_keys.blindIndex(QStringLiteral("email"), normalizedEmail) });
}

Result<QList<SubjectRecord>> SubjectRepository::all() const
{
    Result<QList<SubjectRecord>> subjects = select(QString(), {});
    if (!subjects)
        return subjects;
    QCollator collator;
    std::stable_sort(subjects.value().begin(), subjects.value().end(),
                     [&collator](const SubjectRecord& a, const SubjectRecord& b) {
                         const int order = collator.compare(a.name, b.name);
                         return order != 0 ? order < 0 : a.id < b.id;
                     });
    return subjects;
}

Result<QString> SubjectRepository::nameOf(const QVariant& sealedName) const
{
    return m_keys.open(nameColumn, sealedName.toByteArray());
}

} // namespace dsar
