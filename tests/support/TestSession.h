#pragma once

#include "common/Clock.h"
#include "services/Session.h"

#include <QTimeZone>

#include <memory>

namespace dsar::test {

// A fresh in-memory database with a clock that only moves when told to: nothing depends on the real date.
struct TestSession
{
    explicit TestSession(QDateTime utcNow = QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC));

    FixedClock clock;
    std::unique_ptr<Session> session;

    // One organisation, so requests need not name it.
    ControllerRecord addController(const QString& name = QStringLiteral("Assessio Sverige AB"));
    SubjectRecord addSubject(const QString& name = QStringLiteral("Tolvan Tolvansson"),
                             const QString& personalId = QString(), const QString& email = QString());
    qint64 countRows(const QString& table) const;
};

} // namespace dsar::test
