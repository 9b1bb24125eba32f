#include "HoldingShots.h"

#include "gallring/GallringWindow.h"
#include "services/Session.h"
#include "subjects/SubjectsWindow.h"

#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace dsar {
namespace {

struct DemoHolding
{
    const char* subject;
    const char* activity; // "Organisation/Activity"
    const char* system;
    const char* category;
    const char* field;
    const char* value;
    bool provided;
    RetentionEvent event;
    int daysAgo; // the event's date relative to today; 0: it has not happened
};

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

// What the demonstration organisations would find about the demo subjects in their systems.
QList<DemoHolding> demoHoldings()
{
    using E = RetentionEvent;
    return {
        { "Tolvan Tolvansson", "Assessio Sverige AB/Rekryteringsprocess", "Rekryteringssystem", "Kontaktuppgifter",
          "E-post", "tolvan@example.se", true, E::Collected, 790 },
        { "Tolvan Tolvansson", "Assessio Sverige AB/Rekryteringsprocess", "Rekryteringssystem", "CV", "CV (bilaga)",
          "CV_Tolvansson.pdf", true, E::Collected, 790 },
        { "Tolvan Tolvansson", "Assessio Sverige AB/CRM-system", "CRM", "Kontaktuppgifter", "Mobiltelefon",
          "070-000 12 12", true, E::RelationshipEnded, 0 },
        { "Tolvan Tolvansson", "Assessio Sverige AB/CRM-system", "CRM", "Kontaktuppgifter", "Postadress",
          "Testgatan 12, 123 45 Teststad", false, E::RelationshipEnded, 0 },
        { "Tolvan Tolvansson", "Assessio Sverige AB/Nyhetsbrev", "Nyhetsbrevsverktyg", "Kontaktuppgifter",
          "Prenumerationsadress", "tolvan@example.se", true, E::SentOut, 12 },
        { "Tolvan Tolvansson", "Almi AB/Nyhetsbrevsanmälan via hemsida", "Nyhetsbrevsverktyg", "Kontaktuppgifter",
          "E-post", "tolvan@example.se", true, E::ConsentWithdrawn, 0 },
        { "Britt-Marie Exempelsson", "Coegi/Kund-, leverantörs- och partnerrelationer", "Kundvårdssystem",
          "Kontaktuppgifter (mobiltelefonnummer, e-postadress)", "Mobil", "070-123 45 67", true, E::LastActivity,
          1150 },
        { "Sven Prov", "Assessio Sverige AB/Bildbank – spontana bilder och videoklipp", "Bildbank", "Bilder",
          "Eventfoto", "IMG_2291.jpg (kick-off)", false, E::Collected, 400 },
        { "Karin Lindqvist", "Assessio Sverige AB/Demo – Process", "Plattformen (demo-konto)", "Kontaktuppgifter",
          "E-post", "karin.l@example.se", true, E::AccountCreated, 250 },
        { "Anna Andersson", "Allkontor Teknisk Service AB/Hantera dig som kund", "Kundregister", "Kontaktuppgifter",
          "Telefon", "070-555 01 02", true, E::RelationshipEnded, 800 },
    };
}

bool hasHoldings(Session& session, const QList<SubjectRecord>& subjects)
{
    for (const SubjectRecord& subject : subjects) {
        Result<QList<HoldingView>> views = session.holdings().forSubject(subject.id);
        if (views && !views->isEmpty())
            return true;
    }
    return false;
}

// Best effort: a holding whose subject or activity the demo data do not have is left out.
void addDemoHoldings(Session& session, const QList<SubjectRecord>& subjects)
{
    const QDate today = session.clock().today();
    for (const DemoHolding& demo : demoHoldings()) {
        const auto subject = std::find_if(subjects.begin(), subjects.end(),
                                          [&demo](const SubjectRecord& s) { return s.name == u(demo.subject); });
        Result<ProcessingActivity> activity = session.holdings().resolveActivity(u(demo.activity));
        if (subject == subjects.end() || !activity) {
            qWarning("screenshot holding left out: %s, %s", demo.subject, demo.activity);
            continue;
        }
        HoldingInput input;
        input.category = u(demo.category);
        input.field = u(demo.field);
        input.value = u(demo.value);
        input.providedBySubject = demo.provided;
        if (demo.daysAgo > 0)
            input.events.setDate(demo.event, today.addDays(-demo.daysAgo));
        if (Result<Holding> added = session.holdings().add(subject->id, activity->id, u(demo.system), input); !added)
            qWarning("screenshot holding left out: %s", qPrintable(added.error()));
    }
}

} // namespace

bool saveHoldingScreenshots(Session& session, const QString& databasePath, const Clock& clock, const QDir& out,
                            SaveShot save)
{
    Result<QList<SubjectRecord>> subjects = session.subjects().all();
    if (!subjects) {
        qCritical("%s", qPrintable(subjects.error()));
        return false;
    }
    if (!hasHoldings(session, subjects.value()))
        addDemoHoldings(session, subjects.value());

    SubjectsWindow subjectsWindow(session);
    subjectsWindow.resize(1580, 420);
    subjectsWindow.show();
    if (!QTest::qWaitForWindowExposed(&subjectsWindow))
        return false;
    for (const SubjectRecord& subject : subjects.value()) {
        if (subject.name == QLatin1String("Tolvan Tolvansson"))
            subjectsWindow.showSubject(subject.id);
    }
    // A holding chosen (the first: organisation, system, holding), so that its actions show as they are used.
    auto* holdings = subjectsWindow.findChild<QTreeView*>(QStringLiteral("holdingTree"));
    const QModelIndex first
        = holdings->model()->index(0, 0, holdings->model()->index(0, 0, holdings->model()->index(0, 0)));
    if (first.isValid())
        holdings->setCurrentIndex(first);
    bool ok = save(&subjectsWindow, out, QStringLiteral("subject-holdings.png"));
    subjectsWindow.hide();

    // The gallring list as the one who confirms erasures sees it: the DPO, on a second connection.
    Result<std::unique_ptr<Database>> database = Database::openSqlite(databasePath, Database::OpenMode::MustExist);
    if (!database) {
        qCritical("%s", qPrintable(database.error()));
        return false;
    }
    Result<std::unique_ptr<Session>> dpo
        = Session::login(std::move(database).value(), clock, QStringLiteral("dpo"), QStringLiteral("dpo-demo"));
    if (!dpo) {
        qCritical("cannot sign in as dpo: %s", qPrintable(dpo.error()));
        return false;
    }
    GallringWindow gallring(*dpo.value());
    gallring.resize(1040, 470);
    gallring.show();
    if (!QTest::qWaitForWindowExposed(&gallring))
        return false;
    auto* tree = gallring.findChild<QTreeWidget*>(QStringLiteral("gallringTree"));
    const QList<QTreeWidgetItem*> tolvan
        = tree->findItems(QStringLiteral("Tolvan Tolvansson"), Qt::MatchExactly | Qt::MatchRecursive);
    if (!tolvan.isEmpty())
        tree->setCurrentItem(tolvan.first());
    ok = save(&gallring, out, QStringLiteral("gallring.png")) && ok;
    return ok;
}

} // namespace dsar
