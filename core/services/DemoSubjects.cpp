#include "DemoSubjects.h"

#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/DemoCaseWalk.h"
#include "services/HoldingService.h"
#include "services/SettingsService.h"
#include "services/SubjectService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dsar {
namespace {

// An event date: days relative to today (-30), "-Ny" for 31 December N years before this year (a fiscal
// year's end), or an ISO date.
Result<QDate> eventDate(const QJsonValue& value, QDate today)
{
    if (value.isDouble())
        return today.addDays(value.toInteger());
    const QString text = value.toString();
    static const QRegularExpression yearsBack(QStringLiteral("^-(\\d+)y$"));
    if (const QRegularExpressionMatch match = yearsBack.match(text); match.hasMatch())
        return QDate(today.year() - match.captured(1).toInt(), 12, 31);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error { DemoSubjects::tr("\"%1\" is not a demonstration date.").arg(text) };
    return date;
}

Result<HoldingInput> holdingInput(const QJsonObject& object, QDate today)
{
    HoldingInput input;
    input.category = object.value(QStringLiteral("category")).toString();
    input.field = object.value(QStringLiteral("field")).toString();
    input.value = object.value(QStringLiteral("value")).toString();
    input.providedBySubject = object.value(QStringLiteral("provided_by_subject")).toBool();
    const QJsonObject events = object.value(QStringLiteral("events")).toObject();
    for (auto it = events.begin(); it != events.end(); ++it) {
        const std::optional<RetentionEvent> event = RetentionEvents::fromCode(it.key());
        if (!event)
            return Error { DemoSubjects::tr("Unknown retention event \"%1\".").arg(it.key()) };
        Result<QDate> date = eventDate(it.value(), today);
        if (!date)
            return Error { date.error() };
        input.events.setDate(*event, date.value());
    }
    return input;
}

Status addHoldings(HoldingService& holdings, qint64 subjectId, const QJsonArray& array, QDate today)
{
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        const QString activityKey = object.value(QStringLiteral("organisation")).toString() + QLatin1Char('/')
            + object.value(QStringLiteral("activity")).toString();
        Result<ProcessingActivity> activity = holdings.resolveActivity(activityKey);
        if (!activity)
            return Error { activity.error() };
        Result<HoldingInput> input = holdingInput(object, today);
        if (!input)
            return Error { input.error() };
        Result<Holding> added
            = holdings.add(subjectId, activity->id, object.value(QStringLiteral("system")).toString(), input.value());
        if (!added)
            return Error { QStringLiteral("%1: %2").arg(activityKey, added.error()) };
    }
    return {};
}

Result<OpenRequest> request(const QJsonObject& object, const QList<qint64>& subjectIds, const Clock& clock)
{
    OpenRequest request;
    const int subject = object.value(QStringLiteral("subject")).toInt(-1);
    if (subject < 0 || subject >= subjectIds.size())
        return Error {
            DemoSubjects::tr("A demonstration request names subject %1, which does not exist.").arg(subject)
        };
    request.subjectId = subjectIds.at(subject);
    request.controller = object.value(QStringLiteral("organisation")).toString();
    const QJsonArray rights = object.value(QStringLiteral("rights")).toArray();
    for (const QJsonValue& code : rights) {
        const std::optional<RequestRight> right = RequestRights::fromCode(code.toString());
        if (!right)
            return Error { DemoSubjects::tr("Unknown right \"%1\".").arg(code.toString()) };
        request.rights << *right;
    }
    const std::optional<Channel> channel = Channels::fromCode(object.value(QStringLiteral("channel")).toString());
    if (!channel)
        return Error {
            DemoSubjects::tr("Unknown channel \"%1\".").arg(object.value(QStringLiteral("channel")).toString())
        };
    request.channel = *channel;
    const QDate date = clock.today().addDays(-object.value(QStringLiteral("days_ago")).toInt());
    // A letter is dated by its postmark only; other channels have an instant of arrival (Stockholm time). Today's
    // request arrived "this morning", but never later than now: the demo may be made before 08:45.
    const QString at = object.value(QStringLiteral("at")).toString();
    request.received = at.isEmpty() ? ReceiptTime::fromDate(date)
                                    : ReceiptTime::fromInstant(std::min(
                                        QDateTime(date, QTime::fromString(at), StockholmTime::zone()), clock.now()));
    return request;
}

} // namespace

Status DemoSubjects::populate(const QByteArray& json, Database& db, const Clock& clock, const Actor& handler,
                              const Actor& dpo, const KeyRing& keys, const LetterRenderer& renderer)
{
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    if (document.value(QStringLiteral("format")).toString() != QLatin1String("dsardesk-demo-subjects")
        || document.value(QStringLiteral("version")).toInt() != 1)
        return Error { tr("The demonstration subjects are not in the expected format (dsardesk-demo-subjects, "
                          "version 1).") };
    SettingsService settings(db, clock, handler, keys);
    SubjectService subjects(db, clock, handler, keys);
    HoldingService holdings(db, clock, handler, keys);
    CaseService cases(db, clock, handler, keys, settings);
    // The cases are worked on the days staff would have worked them (DemoCaseWalk).
    FixedClock walkClock(clock.now());
    CaseService walkingHandler(db, walkClock, handler, keys, settings);
    CaseService walkingDpo(db, walkClock, dpo, keys, settings);
    const QDate today = clock.today();

    QList<qint64> subjectIds;
    const QJsonArray subjectArray = document.value(QStringLiteral("subjects")).toArray();
    for (const QJsonValue& value : subjectArray) {
        const QJsonObject object = value.toObject();
        Result<SubjectRecord> added = subjects.add(
            { object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("personal_id")).toString(),
              object.value(QStringLiteral("email")).toString(), object.value(QStringLiteral("phone")).toString(),
              object.value(QStringLiteral("postal_address")).toString() });
        if (!added)
            return Error { added.error() };
        subjectIds << added->id;
        if (Status held = addHoldings(holdings, added->id, object.value(QStringLiteral("holdings")).toArray(), today);
            !held)
            return held;
    }
    const QJsonArray requests = document.value(QStringLiteral("requests")).toArray();
    for (const QJsonValue& value : requests) {
        Result<OpenRequest> open = request(value.toObject(), subjectIds, clock);
        if (!open)
            return Error { open.error() };
        Result<QList<CaseRecord>> opened = cases.openRequest(open.value());
        if (!opened)
            return Error { opened.error() };
        // The handler who took the request on ("my cases").
        if (const QString assignee = value.toObject().value(QStringLiteral("assignee")).toString();
            !assignee.isEmpty()) {
            for (CaseRecord& record : opened.value()) {
                Result<CaseRecord> assigned = cases.assign(record.reference, assignee);
                if (!assigned)
                    return Error { assigned.error() };
                record = assigned.value();
            }
        }
        if (Status walked = DemoCaseWalk(walkingHandler, walkingDpo, renderer, walkClock, clock.now())
                                .walk(opened.value(), value.toObject());
            !walked)
            return walked;
    }
    return {};
}

} // namespace dsar
