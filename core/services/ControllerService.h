#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;

struct NewController
{
    QString name;
    QString organisationNumber; // any accepted form; validated and stored as NNNNNN-NNNN
    QString postalAddress;
    QString email;
    QString phone;
    QString dpoContact;
    QString jointControllership; // created on first use
    QString supervisoryAuthority {}; // empty: IMY, the Swedish supervisory authority
};

// The organisations (personuppgiftsansvariga) whose requests this database handles.
class ControllerService
{
    Q_DECLARE_TR_FUNCTIONS(ControllerService)
public:
    ControllerService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);

    Result<ControllerRecord> add(const NewController& input);
    // Replaces every field of organisation id with input, validated as add() does; the organisation keeps its
    // id, its requests and its processing register. Nothing is written (and no event logged) when nothing
    // changes.
    Result<ControllerRecord> update(qint64 id, const NewController& input);
    // LEGAL.md section 4: Integritetsskyddsmyndigheten's postal and e-mail address.
    static QString defaultSupervisoryAuthority();
    Result<QList<ControllerRecord>> all() const;
    Result<ControllerRecord> byId(qint64 id) const;
    // By id, organisation number or name (case-insensitive). An empty key means the only organisation,
    // and is refused with the list of choices when there are several.
    Result<ControllerRecord> resolve(const QString& key) const;

private:
    // Trims and checks every field; the organisation number comes back as NNNNNN-NNNN.
    Result<ControllerRecord> validated(const NewController& input) const;

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
