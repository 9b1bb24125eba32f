#include "ControllerRepository.h"

#include "Database.h"
#include "SqlQuery.h"

namespace dsar {
namespace {

const QString selectControllers = QStringLiteral(
    "SELECT c.id, c.name, c.organisation_number, c.postal_address, c.email, c.phone, c.dpo_contact, j.name, "
    "c.supervisory_authority "
    "FROM controllers c LEFT JOIN joint_controllerships j ON j.id = c.joint_controllership_id");

ControllerRecord readController(const QSqlQuery& row)
{
    ControllerRecord controller;
    controller.id = row.value(0).toLongLong();
    controller.name = row.value(1).toString();
    controller.organisationNumber = row.value(2).toString();
    controller.postalAddress = row.value(3).toString();
    controller.email = row.value(4).toString();
    controller.phone = row.value(5).toString();
    controller.dpoContact = row.value(6).toString();
    controller.supervisoryAuthority = row.value(8).toString();
    controller.jointControllership = row.value(7).toString();
    return controller;
}

} // namespace

ControllerRepository::ControllerRepository(const Database& db)
    : m_db(db)
{ }

Result<qint64> ControllerRepository::insertJointControllership(const QString& name, const QString& description)
{
    return SqlQuery::insert(
        m_db, QStringLiteral("INSERT INTO joint_controllerships (name, description) VALUES (?, ?) RETURNING id"),
        { SqlQuery::text(name), SqlQuery::text(description) });
}

Result<std::optional<qint64>> ControllerRepository::jointControllershipId(const QString& name) const
{
    Result<QVariant> id
        = SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM joint_controllerships WHERE name = ?"), { name });
    if (!id)
        return Error { id.error() };
    if (!id.value().isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(id.value().toLongLong());
}

Result<qint64> ControllerRepository::insert(const ControllerRecord& controller,
                                            std::optional<qint64> jointControllershipId, const QDateTime& now)
{
    return SqlQuery::insert(
        m_db,
        QStringLiteral("INSERT INTO controllers (name, organisation_number, postal_address, email, phone, dpo_contact, "
                       "supervisory_authority, joint_controllership_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        { SqlQuery::text(controller.name), SqlQuery::nullIfEmpty(controller.organisationNumber),
          SqlQuery::text(controller.postalAddress), SqlQuery::text(controller.email), SqlQuery::text(controller.phone),
          SqlQuery::text(controller.dpoContact), SqlQuery::text(controller.supervisoryAuthority),
          jointControllershipId ? QVariant(*jointControllershipId) : QVariant(QMetaType::fromType<qint64>()),
          now.toUTC().toString(Qt::ISODate) });
}

Result<bool> ControllerRepository::update(const ControllerRecord& controller,
                                          std::optional<qint64> jointControllershipId)
{
    Result<QSqlQuery> query = SqlQuery::exec(
        m_db,
        QStringLiteral("UPDATE controllers SET name = ?, organisation_number = ?, postal_address = ?, email = ?, "
                       "phone = ?, dpo_contact = ?, supervisory_authority = ?, joint_controllership_id = ? "
                       "WHERE id = ?"),
        { SqlQuery::text(controller.name), SqlQuery::nullIfEmpty(controller.organisationNumber),
          SqlQuery::text(controller.postalAddress), SqlQuery::text(controller.email), SqlQuery::text(controller.phone),
          SqlQuery::text(controller.dpoContact), SqlQuery::text(controller.supervisoryAuthority),
          jointControllershipId ? QVariant(*jointControllershipId) : QVariant(QMetaType::fromType<qint64>()),
          controller.id });
    if (!query)
        return Error { query.error() };
    return query.value().numRowsAffected() > 0;
}

Result<QList<ControllerRecord>> ControllerRepository::all() const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectControllers + QStringLiteral(" ORDER BY c.name"));
    if (!query)
        return Error { query.error() };
    QList<ControllerRecord> controllers;
    while (query.value().next())
        controllers.append(readController(query.value()));
    return controllers;
}

Result<std::optional<ControllerRecord>> ControllerRepository::byId(qint64 id) const
{
    Result<QSqlQuery> query = SqlQuery::exec(m_db, selectControllers + QStringLiteral(" WHERE c.id = ?"), { id });
    if (!query)
        return Error { query.error() };
    if (!query.value().next())
        return std::optional<ControllerRecord>();
    return std::optional<ControllerRecord>(readController(query.value()));
}

} // namespace dsar
