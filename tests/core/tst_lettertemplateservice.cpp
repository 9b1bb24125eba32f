// LetterTemplateService: each organisation's wording of its letters, the defaults until an administrator
// makes one its own; every change audited, a bad template changes nothing.
#include "TestSession.h"
#include "letters/LetterTemplates.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace dsar;

namespace {

const QDateTime now(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC);
const QString ownRefusal = QStringLiteral("# Vårt beslut\n\nHej {{subject.name}}!\n\n{{refusal.reasons}}\n\n"
                                          "{{refused_table}}\n\nKlagomål: {{authority}}\n");

QList<AuditEvent> templateEvents(test::TestSession& t, qint64 controllerId)
{
    QList<AuditEvent> events;
    const QList<AuditEvent> all = AuditLog(t.session->database(), t.session->keys())
                                      .eventsFor(QStringLiteral("controller"), controllerId)
                                      .value();
    for (const AuditEvent& event : all) {
        if (event.action == QLatin1String("letter_template.changed"))
            events << event;
    }
    return events;
}

} // namespace

class TestLetterTemplateService : public QObject
{
    Q_OBJECT
private slots:
    void defaultsUntilChanged();
    void administratorSetsAndResets();
    void caseHandlersReadButDoNotChange();
    void badTemplateChangesNothing_data();
    void badTemplateChangesNothing();
    void eachOrganisationHasItsOwn();
};

void TestLetterTemplateService::defaultsUntilChanged()
{
    test::TestSession t(now, Role::Handlaggare);
    const ControllerRecord controller = t.addController();
    LetterTemplateService& templates = t.session->letterTemplates();
    for (const QString& language : { QStringLiteral("sv"), QStringLiteral("en") }) {
        for (LetterKind kind : LetterKinds::all()) {
            Result<QString> body = templates.body(controller.id, kind, language);
            QVERIFY2(body.ok(), qPrintable(body.error()));
            QCOMPARE(body.value(), LetterTemplates::defaultBody(kind, language));
            QVERIFY(!templates.isCustomised(controller.id, kind, language));
        }
    }
    const QList<LetterTemplateInfo> list = templates.list(controller.id).value();
    QCOMPARE(list.size(), 14);
    QCOMPARE(list.first().language, QStringLiteral("sv"));
    QCOMPARE(list.first().kind, LetterKind::Acknowledgement);
    QVERIFY(std::none_of(list.cbegin(), list.cend(), [](const LetterTemplateInfo& info) { return info.customised; }));
    QVERIFY(!templates.body(controller.id, LetterKind::Outcome, QStringLiteral("de")).ok());
}

void TestLetterTemplateService::administratorSetsAndResets()
{
    test::TestSession t(now, Role::Admin);
    const ControllerRecord controller = t.addController();
    LetterTemplateService& templates = t.session->letterTemplates();

    QVERIFY(templates.set(controller.id, LetterKind::Refusal, QStringLiteral("sv"), ownRefusal).ok());
    QCOMPARE(templates.body(controller.id, LetterKind::Refusal, QStringLiteral("sv")).value(), ownRefusal);
    QVERIFY(templates.isCustomised(controller.id, LetterKind::Refusal, QStringLiteral("sv")));
    // The other language keeps its default.
    QVERIFY(!templates.isCustomised(controller.id, LetterKind::Refusal, QStringLiteral("en")));
    const QList<LetterTemplateInfo> list = templates.list(controller.id).value();
    const auto own = std::find_if(list.cbegin(), list.cend(), [](const LetterTemplateInfo& info) {
        return info.kind == LetterKind::Refusal && info.language == QLatin1String("sv");
    });
    QVERIFY(own != list.cend());
    QVERIFY(own->customised);
    QCOMPARE(own->updatedBy, QStringLiteral("admin"));
    QCOMPARE(own->updatedAt, now);

    // Audited with codes only: never the letter's text.
    QList<AuditEvent> events = templateEvents(t, controller.id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().actor, QStringLiteral("admin"));
    QVERIFY2(events.first().summary.startsWith(QStringLiteral("refusal/sv: default -> customised")),
             qPrintable(events.first().summary));
    QVERIFY(!events.first().summary.contains(QStringLiteral("beslut")));

    // The same text again changes nothing and logs nothing.
    QVERIFY(templates.set(controller.id, LetterKind::Refusal, QStringLiteral("sv"), ownRefusal).ok());
    QCOMPARE(templateEvents(t, controller.id).size(), 1);

    QVERIFY(templates.reset(controller.id, LetterKind::Refusal, QStringLiteral("sv")).ok());
    QCOMPARE(templates.body(controller.id, LetterKind::Refusal, QStringLiteral("sv")).value(),
             LetterTemplates::defaultBody(LetterKind::Refusal, QStringLiteral("sv")));
    QVERIFY(!templates.isCustomised(controller.id, LetterKind::Refusal, QStringLiteral("sv")));
    QCOMPARE(t.countRows(QStringLiteral("letter_templates")), 0);
    events = templateEvents(t, controller.id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().summary, QStringLiteral("refusal/sv: customised -> default"));
    // Resetting a default is nothing to do.
    QVERIFY(templates.reset(controller.id, LetterKind::Refusal, QStringLiteral("sv")).ok());
    QCOMPARE(templateEvents(t, controller.id).size(), 2);
    QVERIFY(AuditLog(t.session->database(), t.session->keys()).verify()->intact);
}

void TestLetterTemplateService::caseHandlersReadButDoNotChange()
{
    test::TestSession t(now, Role::Handlaggare);
    const ControllerRecord controller = t.addController();
    LetterTemplateService& templates = t.session->letterTemplates();
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    const Status refused = templates.set(controller.id, LetterKind::Refusal, QStringLiteral("sv"), ownRefusal);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("admin")), qPrintable(refused.error()));
    QVERIFY(!templates.reset(controller.id, LetterKind::Refusal, QStringLiteral("sv")).ok());
    QCOMPARE(t.countRows(QStringLiteral("letter_templates")), 0);
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore);

    // What the administrator set, the handler's letters use.
    LetterTemplateService asAdmin(t.session->database(), t.clock, t.actorWithRole(Role::Admin), t.session->keys());
    QVERIFY(asAdmin.set(controller.id, LetterKind::Refusal, QStringLiteral("sv"), ownRefusal).ok());
    QCOMPARE(templates.body(controller.id, LetterKind::Refusal, QStringLiteral("sv")).value(), ownRefusal);
}

void TestLetterTemplateService::badTemplateChangesNothing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown field") << QStringLiteral("sv") << QStringLiteral("Hej {{subject.nmae}}!")
                                   << QStringLiteral("{{subject.nmae}}");
    QTest::newRow("another letter's field")
        << QStringLiteral("sv") << QStringLiteral("Avgift: {{fee.amount}}") << QStringLiteral("{{fee.amount}}");
    QTest::newRow("empty") << QStringLiteral("sv") << QStringLiteral("  \n") << QStringLiteral("empty");
    QTest::newRow("too long") << QStringLiteral("sv") << QString(20001, QLatin1Char('x')) << QStringLiteral("20000");
    QTest::newRow("no such language") << QStringLiteral("de") << ownRefusal << QStringLiteral("\"de\"");
}

void TestLetterTemplateService::badTemplateChangesNothing()
{
    QFETCH(QString, language);
    QFETCH(QString, body);
    QFETCH(QString, messagePart);
    test::TestSession t(now, Role::Admin);
    const ControllerRecord controller = t.addController();
    LetterTemplateService& templates = t.session->letterTemplates();
    QVERIFY(templates.set(controller.id, LetterKind::Refusal, QStringLiteral("sv"), ownRefusal).ok());
    const qint64 auditBefore = t.countRows(QStringLiteral("audit_events"));
    const Status refused = templates.set(controller.id, LetterKind::Refusal, language, body);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(messagePart), qPrintable(refused.error()));
    QVERIFY(refused.error().size() < 2000);
    QCOMPARE(templates.body(controller.id, LetterKind::Refusal, QStringLiteral("sv")).value(), ownRefusal);
    QCOMPARE(t.countRows(QStringLiteral("letter_templates")), 1);
    QCOMPARE(t.countRows(QStringLiteral("audit_events")), auditBefore);
}

void TestLetterTemplateService::eachOrganisationHasItsOwn()
{
    test::TestSession t(now, Role::Admin);
    const ControllerRecord first = t.addController(QStringLiteral("Assessio Sverige AB"));
    const ControllerRecord second = t.addController(QStringLiteral("Exempel Kommun"));
    LetterTemplateService& templates = t.session->letterTemplates();
    QVERIFY(templates.set(first.id, LetterKind::Refusal, QStringLiteral("sv"), ownRefusal).ok());
    QVERIFY(!templates.isCustomised(second.id, LetterKind::Refusal, QStringLiteral("sv")));
    QCOMPARE(templates.body(second.id, LetterKind::Refusal, QStringLiteral("sv")).value(),
             LetterTemplates::defaultBody(LetterKind::Refusal, QStringLiteral("sv")));
    const Status unknown = templates.set(9999, LetterKind::Refusal, QStringLiteral("sv"), ownRefusal);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(QStringLiteral("9999")), qPrintable(unknown.error()));
}

QTEST_GUILESS_MAIN(TestLetterTemplateService)
#include "tst_lettertemplateservice.moc"
