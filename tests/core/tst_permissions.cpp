// The permission matrix, and that every service refuses a role without the permission, naming the role it
// needs, and writes nothing.
#include "TestSession.h"
#include "security/Permission.h"
#include "services/RetentionService.h"

#include <QTest>

using namespace dsar;

Q_DECLARE_METATYPE(dsar::Permission)
Q_DECLARE_METATYPE(dsar::Role)

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data();
    void matrix();
    void refusalNamesTheRole();
    void services_data();
    void services();
};

void TestPermissions::matrix_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("handlaggare");
    QTest::addColumn<bool>("dpo");
    QTest::addColumn<bool>("admin");
    QTest::newRow("view cases") << Permission::ViewCases << true << true << false;
    QTest::newRow("register request") << Permission::RegisterRequest << true << true << false;
    QTest::newRow("work case") << Permission::WorkCase << true << true << false;
    QTest::newRow("approve decision") << Permission::ApproveDecision << false << true << false;
    QTest::newRow("approve extension") << Permission::ApproveExtension << false << true << false;
    QTest::newRow("approve refusal") << Permission::ApproveRefusal << false << true << false;
    QTest::newRow("execute erasure") << Permission::ExecuteErasure << false << true << false;
    QTest::newRow("lift restriction") << Permission::LiftRestriction << false << true << false;
    QTest::newRow("Art. 12(5) decision") << Permission::DecideExcessive << false << true << false;
    QTest::newRow("manage accounts") << Permission::ManageAccounts << false << false << true;
    QTest::newRow("manage register") << Permission::ManageRegister << false << false << true;
    QTest::newRow("verify audit") << Permission::VerifyAudit << false << true << true;
    QTest::newRow("purge closed cases") << Permission::PurgeClosedCases << false << true << true;
}

void TestPermissions::matrix()
{
    QFETCH(Permission, permission);
    QFETCH(bool, handlaggare);
    QFETCH(bool, dpo);
    QFETCH(bool, admin);
    QCOMPARE(Permissions::allows(Role::Handlaggare, permission), handlaggare);
    QCOMPARE(Permissions::allows(Role::Dpo, permission), dpo);
    QCOMPARE(Permissions::allows(Role::Admin, permission), admin);
    QCOMPARE(Permissions::check(Role::Dpo, permission).ok(), dpo);
}

void TestPermissions::refusalNamesTheRole()
{
    const Status refused = Permissions::check(Role::Handlaggare, Permission::ApproveExtension);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("dpo")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("extension")), qPrintable(refused.error()));
    const Status twoRoles = Permissions::check(Role::Admin, Permission::RegisterRequest);
    QVERIFY2(twoRoles.error().contains(QLatin1String("handlaggare")) && twoRoles.error().contains(QLatin1String("dpo")),
             qPrintable(twoRoles.error()));
}

void TestPermissions::services_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    const QStringList actions
        = { QStringLiteral("add controller"), QStringLiteral("add subject"), QStringLiteral("open request"),
            QStringLiteral("list cases"),     QStringLiteral("add user"),    QStringLiteral("list users"),
            QStringLiteral("verify audit"),   QStringLiteral("purge") };
    const QMap<QString, QList<Role>> allowedRoles = {
        { actions[0], { Role::Admin } },
        { actions[1], { Role::Handlaggare, Role::Dpo } },
        { actions[2], { Role::Handlaggare, Role::Dpo } },
        { actions[3], { Role::Handlaggare, Role::Dpo } },
        { actions[4], { Role::Admin } },
        { actions[5], { Role::Admin } },
        { actions[6], { Role::Dpo, Role::Admin } },
        { actions[7], { Role::Dpo, Role::Admin } },
    };
    for (const QString& action : actions) {
        for (Role role : Roles::all()) {
            QTest::addRow("%s as %s", qPrintable(action), qPrintable(Roles::code(role)))
                << role << action << allowedRoles.value(action).contains(role);
        }
    }
}

void TestPermissions::services()
{
    QFETCH(Role, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    test::TestSession t(QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC), role);
    t.addController();
    const qint64 subjectId = t.addSubject().id;
    Session& s = *t.session;
    const QStringList tables = { QStringLiteral("controllers"), QStringLiteral("subjects"), QStringLiteral("cases"),
                                 QStringLiteral("users"), QStringLiteral("audit_events") };
    QList<qint64> before;
    for (const QString& table : tables)
        before << t.countRows(table);

    QString error;
    if (action == QLatin1String("add controller")) {
        NewController controller;
        controller.name = QStringLiteral("Coegi");
        error = s.controllers().add(controller).error();
    } else if (action == QLatin1String("add subject")) {
        error = s.subjects().add({ QStringLiteral("Sven Prov"), {}, {}, {}, {} }).error();
    } else if (action == QLatin1String("open request")) {
        OpenRequest request;
        request.subjectId = subjectId;
        request.rights = { RequestRight::Access };
        request.received = ReceiptTime::fromDate(QDate(2027, 3, 1));
        error = s.cases().openRequest(request).error();
    } else if (action == QLatin1String("list cases")) {
        error = s.cases().list().error();
    } else if (action == QLatin1String("add user")) {
        error = s.accounts().addUser({ QStringLiteral("karin"), Role::Dpo, QStringLiteral("karins-password") }).error();
    } else if (action == QLatin1String("list users")) {
        error = s.accounts().users().error();
    } else if (action == QLatin1String("verify audit")) {
        error = s.audit().verify().error();
    } else if (action == QLatin1String("purge")) {
        error = s.retention().purge(QString()).error();
    }
    QCOMPARE(error.isEmpty(), allowed);
    if (!allowed) {
        QVERIFY2(error.startsWith(QLatin1String("Refused:")), qPrintable(error));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(t.countRows(tables[i]), before[i]);
    }
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
