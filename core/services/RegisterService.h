#pragma once

#include "common/Result.h"
#include "register/ProcessingActivity.h"
#include "services/Actor.h"

#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;

// The processing register (behandlingsregister, GDPR Art. 30(1)): each organisation's processing activities.
// Administrators change it; every role reads it (it holds no personal data). Art. 15 extracts, erasure
// decisions and the retention engine read their purposes, legal bases and retention rules from here.
class RegisterService
{
    Q_DECLARE_TR_FUNCTIONS(RegisterService)
public:
    RegisterService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);

    // input.id is ignored; returns the stored activity (trimmed, with its new id).
    Result<ProcessingActivity> add(const ProcessingActivity& input);
    // Replaces activity input.id with all its lists; it stays with its organisation.
    Result<ProcessingActivity> update(const ProcessingActivity& input);
    Status remove(qint64 id);

    Result<QList<ProcessingActivity>> activities(qint64 controllerId) const;
    Result<ProcessingActivity> activity(qint64 id) const;

    // Length limits of the text fields.
    static constexpr int maxNameLength = 200;
    static constexpr int maxTextLength = 2000;

private:
    // Trims, normalises country codes and checks every rule; the first problem found is reported.
    Result<ProcessingActivity> validated(const ProcessingActivity& input) const;
    Status audit(const QString& action, const ProcessingActivity& activity);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
