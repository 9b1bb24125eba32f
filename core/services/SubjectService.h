#pragma once

#include "common/Result.h"
#include "domain/Records.h"
#include "services/Actor.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;

struct NewSubject
{
    QString name;
    QString personalId; // optional; any accepted form of personnummer or samordningsnummer
    QString email;
    QString phone;
    QString postalAddress;
};

// Data subjects. Staff may not demand a personnummer the organisation does not already hold
// (LEGAL.md section 3), so every identifier is optional; the name is not.
class SubjectService
{
    Q_DECLARE_TR_FUNCTIONS(SubjectService)
public:
    SubjectService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);

    Result<SubjectRecord> add(const NewSubject& input);
    Result<SubjectRecord> byId(qint64 id) const;
    Result<QList<SubjectRecord>> all() const;
    // An exact personnummer/samordningsnummer or e-mail address (through the blind indexes), otherwise
    // part of a name (case-insensitive). Ordered by name.
    Result<QList<SubjectRecord>> find(const QString& query) const;
    // Checks and normalises without saving; the form uses it to show errors as the user types.
    Result<SubjectRecord> validate(const NewSubject& input) const;

    static bool isPlausibleEmail(const QString& email);
    // Whether find() looks this up exactly (an e-mail address or a personnummer-like number), not by name.
    static bool isExactQuery(const QString& query);

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
