#include "HoldingShots.h"

#include "gallring/GallringWindow.h"
#include "services/Session.h"
#include "subjects/SubjectsWindow.h"

#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace dsar {

bool saveHoldingScreenshots(Session& session, const QString& databasePath, const Clock& clock, const QDir& out,
                            SaveShot save)
{
    Result<QList<SubjectRecord>> subjects = session.subjects().all();
    if (!subjects) {
        qCritical("%s", qPrintable(subjects.error()));
        return false;
    }
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
