#pragma once

#include "common/Clock.h"
#include "services/Session.h"

#include <QTimeZone>

#include <memory>

namespace dsar::test {

// A fresh in-memory database with a new data key, an administrator ("admin") and, for other roles, one
// account of that role ("user"), signed in as that account; the clock only moves when told to.
struct TestSession
{
    explicit TestSession(QDateTime utcNow = QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC),
                         Role role = Role::Handlaggare);

    FixedClock clock;
    std::unique_ptr<Session> session;

    static const QString adminPassword;
    static const QString userPassword;

    // Services acting as another role on the same database and keys (for permission tests).
    Actor actorWithRole(Role role) const;
    // One organisation, added as the administrator, so requests need not name it.
    ControllerRecord addController(const QString& name = QStringLiteral("Assessio Sverige AB"));
    SubjectRecord addSubject(const QString& name = QStringLiteral("Tolvan Tolvansson"),
                             const QString& personalId = QString(), const QString& email = QString());
    qint64 countRows(const QString& table) const;
};

} // namespace dsar::test
