#include "DemoData.h"

#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "services/AccountService.h"
#include "services/CaseService.h"
#include "services/ControllerService.h"
#include "services/RegisterExchange.h"
#include "services/SettingsService.h"
#include "services/SubjectService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QFile>

namespace dsar {
namespace {

// Skatteverket's test personnummer never belong to real people (LEGAL.md section 5); e-mail addresses use
// the reserved example domains.
QList<NewSubject> demoSubjects()
{
    return {
        { QStringLiteral("Tolvan Tolvansson"), QStringLiteral("19121212-1212"), QStringLiteral("tolvan@example.se"),
          QStringLiteral("070-000 12 12"), QStringLiteral("Testgatan 12, 123 45 Teststad") },
        { QStringLiteral("Britt-Marie Exempelsson"), QStringLiteral("19440813-9089"),
          QStringLiteral("britt-marie@example.se"), QString(), QStringLiteral("Provvägen 4, 781 70 Borlänge") },
        { QStringLiteral("Sven Prov"), QStringLiteral("19900602-2397"), QStringLiteral("sven.prov@example.com"),
          QString(), QString() },
        { QStringLiteral("Anna Andersson"), QString(), QStringLiteral("anna.andersson@example.se"), QString(),
          QString() },
        { QStringLiteral("Anna Andersson"), QString(), QStringLiteral("a.andersson@example.org"), QString(),
          QStringLiteral("Storgatan 1, 792 50 Mora") },
        { QStringLiteral("Karin Lindqvist"), QString(), QStringLiteral("karin.l@example.se"), QString(), QString() },
    };
}

struct DemoRequest
{
    int subject; // index into demoSubjects()
    const char* controller;
    QList<RequestRight> rights;
    Channel channel;
    int daysAgo; // receipt relative to today
    const char* atLocal; // Stockholm time of arrival, or nullptr for a letter dated by its postmark only
};

QList<DemoRequest> demoRequests()
{
    using R = RequestRight;
    return {
        { 0, "Assessio Sverige AB", { R::Access }, Channel::Email, 2, "09:14" },
        { 1, "Almi Företagspartner AB", { R::Access, R::Erasure }, Channel::Letter, 12, nullptr },
        { 2, "Coegi", { R::Objection }, Channel::WebForm, 20, "22:47" },
        { 3, "Allkontor Teknisk Service AB", { R::Rectification }, Channel::Phone, 27, "13:05" },
        { 4, "Mora Kontorsteam AB", { R::Access }, Channel::Email, 33, "08:02" },
        { 5, "Assessio Sverige AB", { R::ConsentWithdrawal, R::Erasure }, Channel::Email, 45, "16:30" },
        { 0, "Almi AB", { R::Portability }, Channel::WebForm, 5, "23:55" },
        { 2, "Kontor & Miljö i Borlänge AB", { R::Restriction }, Channel::InPerson, 29, "10:40" },
    };
}

} // namespace

QList<NewAccount> DemoData::accounts()
{
    return { { QStringLiteral("admin"), Role::Admin, QStringLiteral("admin-demo") },
             { QStringLiteral("dpo"), Role::Dpo, QStringLiteral("dpo-demo") },
             { QStringLiteral("handlaggare"), Role::Handlaggare, QStringLiteral("handlaggare-demo") } };
}

Status DemoData::populate(Database& db, const Clock& clock)
{
    // All or nothing: the services' own transactions become savepoints inside this one.
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<SignedIn> admin = AccountService::initialise(db, clock, accounts());
    if (!admin)
        return Error { admin.error() };
    const KeyRing& keys = admin->keys;
    // Organisations are the administrator's; requests are registered by the case handler, as in real work.
    // The organisations and their processing registers as their privacy notices describe them
    // (resources/demo/register.json, in the format of docs/register-format.md).
    QFile file(QStringLiteral(":/demo/register.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The demonstration register is missing from this build: %1").arg(file.errorString()) };
    Result<RegisterDocument> document = RegisterDocument::fromJson(file.readAll());
    if (!document)
        return Error { tr("The demonstration register cannot be read: %1").arg(document.error()) };
    RegisterExchange exchange(db, clock, admin->actor, keys);
    if (Result<ImportSummary> imported = exchange.importDocument(document.value()); !imported)
        return Error { tr("The demonstration register cannot be imported: %1").arg(imported.error()) };
    Result<std::optional<UserRecord>> handler = UserRepository(db).byName(QStringLiteral("handlaggare"));
    if (!handler || !handler.value())
        return Error { tr("The demonstration case handler account is missing.") };
    const Actor handlerActor { handler.value()->id, handler.value()->name, handler.value()->role };
    SettingsService settings(db, clock, handlerActor, keys);
    SubjectService subjects(db, clock, handlerActor, keys);
    CaseService cases(db, clock, handlerActor, keys, settings);

    QList<qint64> subjectIds;
    for (const NewSubject& subject : demoSubjects()) {
        Result<SubjectRecord> added = subjects.add(subject);
        if (!added)
            return Error { added.error() };
        subjectIds << added->id;
    }
    const QDate today = clock.today();
    for (const DemoRequest& demo : demoRequests()) {
        OpenRequest request;
        request.subjectId = subjectIds.at(demo.subject);
        request.controller = QString::fromUtf8(demo.controller);
        request.rights = demo.rights;
        request.channel = demo.channel;
        const QDate date = today.addDays(-demo.daysAgo);
        request.received = demo.atLocal ? ReceiptTime::fromInstant(QDateTime(
                               date, QTime::fromString(QString::fromLatin1(demo.atLocal)), StockholmTime::zone()))
                                        : ReceiptTime::fromDate(date);
        if (Result<QList<CaseRecord>> opened = cases.openRequest(request); !opened)
            return Error { opened.error() };
    }
    return transaction.commit();
}

} // namespace dsar
