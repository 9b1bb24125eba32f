#include "HoldingService.h"

#include "common/Clock.h"
#include "common/CsvField.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/ControllerRepository.h"
#include "storage/Database.h"
#include "storage/HoldingRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Transaction.h"

#include <QCollator>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

namespace dsar {
namespace {

// The entry of `allowed` that equals `text` case-insensitively, if any.
std::optional<QString> registerSpelling(const QStringList& allowed, const QString& text)
{
    for (const QString& entry : allowed) {
        if (entry.compare(text, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

QStringList categoryNames(const ProcessingActivity& activity)
{
    QStringList names;
    for (const DataCategory& category : activity.dataCategories)
        names << category.name;
    return names;
}

// Reads activities and organisations once per listing.
class RegisterLookup
{
public:
    explicit RegisterLookup(const Database& db)
        : m_db(db)
    { }

    Result<ProcessingActivity> activity(qint64 id)
    {
        if (!m_activities.contains(id)) {
            Result<std::optional<ProcessingActivity>> found = RegisterRepository(m_db).byId(id);
            if (!found)
                return Error { found.error() };
            if (!found.value())
                return Error { HoldingService::tr("There is no processing activity with id %1.").arg(id) };
            m_activities.insert(id, *found.value());
        }
        return m_activities.value(id);
    }

    Result<QString> controllerName(qint64 id)
    {
        if (!m_controllers.contains(id)) {
            Result<std::optional<ControllerRecord>> found = ControllerRepository(m_db).byId(id);
            if (!found)
                return Error { found.error() };
            m_controllers.insert(id, found.value() ? found.value()->name : QString());
        }
        return m_controllers.value(id);
    }

private:
    const Database& m_db;
    QHash<qint64, ProcessingActivity> m_activities;
    QHash<qint64, QString> m_controllers;
};

Result<HoldingView> viewOf(const Holding& holding, RegisterLookup& lookup)
{
    Result<ProcessingActivity> activity = lookup.activity(holding.activityId);
    if (!activity)
        return Error { activity.error() };
    Result<QString> controller = lookup.controllerName(activity->controllerId);
    if (!controller)
        return Error { controller.error() };
    HoldingView view;
    view.holding = holding;
    view.activityName = activity->name;
    view.controllerId = activity->controllerId;
    view.controllerName = controller.value();
    view.legalBases = activity->legalBases;
    view.retentionRule = activity->retentionRule;
    Result<RetentionRule> rule = RetentionRule::parse(activity->retentionRule);
    if (!rule)
        return Error { rule.error() };
    Result<RetentionOutcome> outcome = RetentionEngine::retainUntil(rule.value(), holding.events);
    if (!outcome)
        return Error { outcome.error() };
    view.retention = outcome.value();
    return view;
}

bool isPastRetention(const HoldingView& view, QDate today)
{
    // The retain-until date is the last day the data may be kept.
    return view.retention.kind == RetentionOutcome::Kind::RetainUntil && view.retention.retainUntil < today;
}

} // namespace

QString HoldingImportReport::problemReport() const
{
    QStringList lines;
    for (const HoldingFileProblem& problem : problems)
        lines << problem.describe(format);
    return lines.join(QLatin1Char('\n'));
}

HoldingService::HoldingService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

HoldingService::Checked HoldingService::check(qint64 subjectId, const ProcessingActivity& activity,
                                              const QString& system, const HoldingInput& input, int record) const
{
    Checked checked;
    auto problem = [&](const QString& column, const QString& why) {
        checked.problems << HoldingFileProblem { record, column, why };
    };
    Holding& holding = checked.holding;
    holding.subjectId = subjectId;
    holding.activityId = activity.id;
    holding.system = system.trimmed();
    holding.category = input.category.trimmed();
    holding.field = input.field.trimmed();
    holding.value = input.value.trimmed();
    holding.providedBySubject = input.providedBySubject;
    holding.events = input.events;

    if (holding.system.isEmpty()) {
        problem(QStringLiteral("system"), tr("no system given; name the system the data live in"));
    } else if (!activity.systems.isEmpty()) {
        // GDPR Art. 30(1): the register says where the activity's data live; a holding elsewhere means the
        // register is incomplete.
        if (const std::optional<QString> known = registerSpelling(activity.systems, holding.system))
            holding.system = *known;
        else
            problem(QStringLiteral("system"),
                    tr("\"%1\" is not one of the systems of \"%2\" (%3); add it to the "
                       "processing register first")
                        .arg(holding.system, activity.name, activity.systems.join(QStringLiteral(", "))));
    }
    if (!holding.category.isEmpty()) {
        // GDPR Art. 15(1)(b): every datum belongs to a category the register names.
        if (const std::optional<QString> known = registerSpelling(categoryNames(activity), holding.category))
            holding.category = *known;
        else
            problem(QStringLiteral("category"),
                    tr("\"%1\" is not a data category of \"%2\" (%3); use one of them "
                       "or add it to the processing register")
                        .arg(holding.category, activity.name, categoryNames(activity).join(QStringLiteral(", "))));
    } else if (record == 0) {
        problem(QStringLiteral("category"), tr("no category given"));
    }
    if (record == 0 && holding.field.isEmpty())
        problem(QStringLiteral("field"), tr("no field name given"));
    if (record == 0 && holding.value.isEmpty())
        problem(QStringLiteral("value"), tr("no value given"));
    const QDate today = m_clock.today();
    for (RetentionEvent event : RetentionEvents::all()) {
        const std::optional<QDate> date = holding.events.date(event);
        // A fiscal year may end after today; the other events must have happened.
        if (date && event != RetentionEvent::FiscalYearEnd && *date > today)
            problem(RetentionEvents::code(event),
                    tr("%1 is after today; give the date the event happened, or "
                       "leave it empty if it has not")
                        .arg(date->toString(Qt::ISODate)));
    }
    // The engine must be able to date the holding (e.g. BFL 7 kap. 2 §: a fiscal year ends on a month's last day).
    Result<RetentionRule> rule = RetentionRule::parse(activity.retentionRule);
    if (!rule) {
        problem(QString(), rule.error());
    } else if (Result<RetentionOutcome> outcome = RetentionEngine::retainUntil(rule.value(), holding.events);
               !outcome) {
        const std::optional<RetentionEvent> event = RetentionEvents::eventFor(rule->anchor);
        problem(event ? RetentionEvents::code(*event) : QString(), outcome.error());
    }
    Q_UNUSED(subjectId);
    return checked;
}

Result<ProcessingActivity> HoldingService::activityById(qint64 id) const
{
    RegisterLookup lookup(m_db);
    return lookup.activity(id);
}

Status HoldingService::audit(const QString& action, qint64 subjectId, const QString& summary)
{
    return AuditLog(m_db, m_keys)
        .append({ 0, m_clock.wallClockNow(), m_actor.userName, action, QStringLiteral("subject"), subjectId, summary });
}

Result<Holding> HoldingService::add(qint64 subjectId, qint64 activityId, const QString& system,
                                    const HoldingInput& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<std::optional<SubjectRecord>> subject = SubjectRepository(m_db, m_keys).byId(subjectId);
    if (!subject)
        return Error { subject.error() };
    if (!subject.value())
        return Error { tr("There is no data subject with id %1.").arg(subjectId) };
    Result<ProcessingActivity> activity = activityById(activityId);
    if (!activity)
        return Error { activity.error() };
    Checked checked = check(subjectId, activity.value(), system, input, 0);
    if (!checked.problems.isEmpty())
        return Error { checked.problems.first().column + QStringLiteral(": ") + checked.problems.first().why };
    const QDateTime now = m_clock.wallClockNow();
    Result<qint64> id = HoldingRepository(m_db, m_keys).insert(checked.holding, now);
    if (!id)
        return Error { id.error() };
    checked.holding.id = id.value();
    checked.holding.createdAt = checked.holding.updatedAt = now.toUTC();
    if (Status logged = audit(QStringLiteral("holding.added"), subjectId,
                              QStringLiteral("holding=%1 activity=%2 field=%3")
                                  .arg(id.value())
                                  .arg(activityId)
                                  .arg(checked.holding.field));
        !logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return checked.holding;
}

Result<Holding> HoldingService::update(qint64 id, qint64 activityId, const QString& system, const HoldingInput& input)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    HoldingRepository repository(m_db, m_keys);
    Result<std::optional<Holding>> current = repository.byId(id);
    if (!current)
        return Error { current.error() };
    if (!current.value())
        return Error { tr("There is no holding with id %1; it may have been removed.").arg(id) };
    Result<ProcessingActivity> activity = activityById(activityId);
    if (!activity)
        return Error { activity.error() };
    Checked checked = check(current.value()->subjectId, activity.value(), system, input, 0);
    if (!checked.problems.isEmpty())
        return Error { checked.problems.first().column + QStringLiteral(": ") + checked.problems.first().why };
    checked.holding.id = id;
    checked.holding.createdAt = current.value()->createdAt;
    const QDateTime now = m_clock.wallClockNow();
    checked.holding.updatedAt = now.toUTC();
    if (Status updated = repository.update(checked.holding, now); !updated)
        return Error { updated.error() };
    if (Status logged
        = audit(QStringLiteral("holding.changed"), checked.holding.subjectId,
                QStringLiteral("holding=%1 activity=%2 field=%3").arg(id).arg(activityId).arg(checked.holding.field));
        !logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return checked.holding;
}

Status HoldingService::remove(qint64 id)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return allowed;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    HoldingRepository repository(m_db, m_keys);
    Result<std::optional<Holding>> current = repository.byId(id);
    if (!current)
        return Error { current.error() };
    if (!current.value())
        return Error { tr("There is no holding with id %1; it may already have been removed.").arg(id) };
    if (Result<bool> removed = repository.remove(id); !removed)
        return Error { removed.error() };
    if (Status logged = audit(QStringLiteral("holding.removed"), current.value()->subjectId,
                              QStringLiteral("holding=%1 activity=%2 field=%3")
                                  .arg(id)
                                  .arg(current.value()->activityId)
                                  .arg(current.value()->field));
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<HoldingView>> HoldingService::forSubject(qint64 subjectId) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<QList<Holding>> holdings = HoldingRepository(m_db, m_keys).forSubject(subjectId);
    if (!holdings)
        return Error { holdings.error() };
    RegisterLookup lookup(m_db);
    QList<HoldingView> views;
    for (const Holding& holding : holdings.value()) {
        Result<HoldingView> view = viewOf(holding, lookup);
        if (!view)
            return Error { view.error() };
        views << view.value();
    }
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::stable_sort(views.begin(), views.end(), [&](const HoldingView& a, const HoldingView& b) {
        for (const auto& [left, right] :
             { std::pair { a.controllerName, b.controllerName }, std::pair { a.holding.system, b.holding.system },
               std::pair { a.holding.category, b.holding.category }, std::pair { a.holding.field, b.holding.field } }) {
            if (const int order = collator.compare(left, right); order != 0)
                return order < 0;
        }
        return false;
    });
    return views;
}

Result<HoldingImportReport> HoldingService::import(qint64 subjectId, qint64 activityId, const QString& system,
                                                   const HoldingFileContent& file)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<std::optional<SubjectRecord>> subject = SubjectRepository(m_db, m_keys).byId(subjectId);
    if (!subject)
        return Error { subject.error() };
    if (!subject.value())
        return Error {
            tr("There is no data subject with id %1. Find the id with \"dsarctl subject find\".").arg(subjectId)
        };
    Result<ProcessingActivity> activity = activityById(activityId);
    if (!activity)
        return Error { activity.error() };

    HoldingImportReport report;
    report.format = file.format;
    report.ignoredColumns = file.ignoredColumns;
    report.problems = file.problems;
    QList<Holding> holdings;
    QString systemProblem;
    for (const HoldingFileRow& row : file.rows) {
        Checked checked = check(subjectId, activity.value(), system, row.input, row.record);
        for (HoldingFileProblem problem : std::as_const(checked.problems)) {
            // The system is the import's, not the row's: reported once, for the whole file.
            if (problem.column == QLatin1String("system")) {
                if (systemProblem.isEmpty())
                    systemProblem = problem.why;
                continue;
            }
            problem.column = file.fileColumn(problem.column);
            report.problems << problem;
        }
        holdings << checked.holding;
    }
    if (!systemProblem.isEmpty())
        report.problems.prepend(HoldingFileProblem { 0, QString(), tr("system: %1").arg(systemProblem) });
    // Within one record, the file's own problems come first; then by record.
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const HoldingFileProblem& a, const HoldingFileProblem& b) { return a.record < b.record; });
    if (!report.problems.isEmpty())
        return report;
    if (holdings.isEmpty()) {
        report.problems << HoldingFileProblem { 0, QString(), tr("the file holds no holdings") };
        return report;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    HoldingRepository repository(m_db, m_keys);
    const QDateTime now = m_clock.wallClockNow();
    for (const Holding& holding : std::as_const(holdings)) {
        if (Result<qint64> id = repository.insert(holding, now); !id)
            return Error { id.error() };
    }
    if (Status logged
        = audit(QStringLiteral("holdings.imported"), subjectId,
                QStringLiteral("activity=%1 rows=%2 format=%3")
                    .arg(activityId)
                    .arg(holdings.size())
                    .arg(file.format == HoldingFileFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json")));
        !logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    report.added = int(holdings.size());
    return report;
}

Result<QList<GallringItem>> HoldingService::gallring() const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<QList<Holding>> holdings = HoldingRepository(m_db, m_keys).all();
    if (!holdings)
        return Error { holdings.error() };
    RegisterLookup lookup(m_db);
    SubjectRepository subjects(m_db, m_keys);
    QHash<qint64, QString> subjectNames;
    const QDate today = m_clock.today();
    QList<GallringItem> items;
    for (const Holding& holding : holdings.value()) {
        Result<HoldingView> view = viewOf(holding, lookup);
        if (!view)
            return Error { view.error() };
        if (!isPastRetention(view.value(), today))
            continue;
        if (!subjectNames.contains(holding.subjectId)) {
            Result<std::optional<SubjectRecord>> subject = subjects.byId(holding.subjectId);
            if (!subject)
                return Error { subject.error() };
            subjectNames.insert(holding.subjectId, subject.value() ? subject.value()->name : QString());
        }
        items << GallringItem { view.value(), subjectNames.value(holding.subjectId) };
    }
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::stable_sort(items.begin(), items.end(), [&](const GallringItem& a, const GallringItem& b) {
        for (const auto& [left, right] : { std::pair { a.view.controllerName, b.view.controllerName },
                                           std::pair { a.view.holding.system, b.view.holding.system },
                                           std::pair { a.view.activityName, b.view.activityName } }) {
            if (const int order = collator.compare(left, right); order != 0)
                return order < 0;
        }
        return a.view.retention.retainUntil < b.view.retention.retainUntil;
    });
    return items;
}

Result<int> HoldingService::exportGallring(const QString& path)
{
    Result<QList<GallringItem>> items = gallring();
    if (!items)
        return Error { items.error() };
    const QDate today = m_clock.today();
    // A byte order mark, so that spreadsheets read the Swedish letters as UTF-8.
    QByteArray csv = "\xEF\xBB\xBF";
    const QStringList header
        = { QStringLiteral("organisation"), QStringLiteral("system"),       QStringLiteral("activity"),
            QStringLiteral("holding_id"),   QStringLiteral("subject"),      QStringLiteral("category"),
            QStringLiteral("field"),        QStringLiteral("retain_until"), QStringLiteral("days_overdue") };
    csv += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const GallringItem& item : items.value()) {
        const QStringList cells = { item.view.controllerName,
                                    item.view.holding.system,
                                    item.view.activityName,
                                    QString::number(item.view.holding.id),
                                    item.subjectName,
                                    item.view.holding.category,
                                    item.view.holding.field,
                                    item.view.retention.retainUntil.toString(Qt::ISODate),
                                    QString::number(item.view.retention.retainUntil.daysTo(today)) };
        QList<QByteArray> fields;
        for (const QString& cell : cells)
            fields << csvField(cell);
        csv += fields.join(',') + "\r\n";
    }
    // The file names data subjects: its making is in the audit trail (GDPR Art. 5(2)).
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status logged
        = AuditLog(m_db, m_keys)
              .append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("gallring.exported"),
                        QStringLiteral("holdings"), 0,
                        QStringLiteral("rows=%1 date=%2").arg(items->size()).arg(today.toString(Qt::ISODate)) });
        !logged)
        return Error { logged.error() };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error { tr("Cannot write %1: %2. Choose another folder or file name.").arg(path, file.errorString()) };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    return int(items->size());
}

Status HoldingService::confirmErased(const QList<qint64>& ids)
{
    // GDPR Art. 5(1)(e), 17(1)(a): data no longer needed are erased; the DPO answers for the retention plan.
    if (Status allowed = Permissions::check(m_actor.role, Permission::ExecuteErasure); !allowed)
        return allowed;
    if (ids.isEmpty())
        return Error { tr("No holdings were chosen. Choose the holdings the systems have deleted.") };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    HoldingRepository repository(m_db, m_keys);
    RegisterLookup lookup(m_db);
    const QDate today = m_clock.today();
    for (qint64 id : ids) {
        Result<std::optional<Holding>> holding = repository.byId(id);
        if (!holding)
            return Error { holding.error() };
        if (!holding.value())
            return Error { tr("There is no holding with id %1; it may already have been erased.").arg(id) };
        Result<HoldingView> view = viewOf(*holding.value(), lookup);
        if (!view)
            return Error { view.error() };
        if (!isPastRetention(view.value(), today)) {
            return Error { tr("Holding %1 is not due for erasure (%2). Nothing was changed.")
                               .arg(id)
                               .arg(RetentionEngine::describe(view->retention)) };
        }
        if (Result<bool> removed = repository.remove(id); !removed)
            return Error { removed.error() };
        if (Status logged = audit(QStringLiteral("holding.erased"), holding.value()->subjectId,
                                  QStringLiteral("holding=%1 activity=%2 field=%3 retain_until=%4")
                                      .arg(id)
                                      .arg(holding.value()->activityId)
                                      .arg(holding.value()->field, view->retention.retainUntil.toString(Qt::ISODate)));
            !logged)
            return logged;
    }
    return transaction.commit();
}

Result<ProcessingActivity> HoldingService::resolveActivity(const QString& key) const
{
    const QString trimmed = key.trimmed();
    bool isId = false;
    const qint64 id = trimmed.toLongLong(&isId);
    if (isId)
        return activityById(id);
    Result<QList<ControllerRecord>> controllers = ControllerRepository(m_db).all();
    if (!controllers)
        return Error { controllers.error() };
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QString organisation = slash < 0 ? QString() : trimmed.left(slash).trimmed();
    const QString name = slash < 0 ? trimmed : trimmed.mid(slash + 1).trimmed();
    QList<ProcessingActivity> matches;
    QStringList candidates;
    for (const ControllerRecord& controller : controllers.value()) {
        if (!organisation.isEmpty() && controller.name.compare(organisation, Qt::CaseInsensitive) != 0)
            continue;
        Result<QList<ProcessingActivity>> activities = RegisterRepository(m_db).forController(controller.id);
        if (!activities)
            return Error { activities.error() };
        for (const ProcessingActivity& activity : activities.value()) {
            if (activity.name.compare(name, Qt::CaseInsensitive) == 0) {
                matches << activity;
                candidates << QStringLiteral("%1 (%2/%3)").arg(activity.id).arg(controller.name, activity.name);
            }
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        return Error {
            tr("No processing activity is called \"%1\". List them with \"dsarctl register list\".").arg(trimmed)
        };
    }
    return Error { tr("Several organisations have an activity called \"%1\": %2. Give the id, or "
                      "\"Organisation/Activity\".")
                       .arg(name, candidates.join(QStringLiteral(", "))) };
}

} // namespace dsar
