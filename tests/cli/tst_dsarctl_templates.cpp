// End-to-end tests of "dsarctl template list|show|set|reset|preview": each organisation's letter templates, on
// copies of one database with two organisations, an administrator and a case handler.
#include "DsarctlHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dsar::clitest;

namespace {

const QString organisation = QStringLiteral("Exempelbolaget AB");
const QString otherOrganisation = QStringLiteral("Andra Bolaget AB");
const QByteArray ownTemplate = "# Vårt beslut om {{case.reference}}\n\nHej {{subject.name}}!\n\n{{refusal.reasons}}\n\n"
                               "{{refused_table}}\n\nKlagomål: {{authority}}\n\nMed vänlig hälsning\\\n"
                               "{{controller.name}}\n";

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDsarctlTemplates : public QObject, public DsarctlHarness
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init()
    {
        QVERIFY(startTest());
        QVERIFY(QFile::copy(m_prepared->filePath(QStringLiteral("templates.sqlite")), m_db));
    }
    void cleanup() { endTest(); }

    void listShowsDefaults();
    void showPrintsTheDefault();
    void setShowAndReset();
    void setFromStandardInput();
    void badTemplateChangesNothing();
    void caseHandlerCannotChangeTemplates();
    void previewWritesAPdf_data();
    void previewWritesAPdf();
    void previewWithoutADisplay();
    void usageErrors_data();
    void usageErrors();

private:
    Run template_(const QString& user, const QStringList& arguments) const
    {
        return runAs(user, QStringList { QStringLiteral("template") } + arguments);
    }

    std::unique_ptr<QTemporaryDir> m_prepared;
};

void TestDsarctlTemplates::initTestCase()
{
    QVERIFY2(QFile::exists(program()), qPrintable(program()));
    m_prepared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prepared->isValid());
    QVERIFY(startTest());
    m_db = m_prepared->filePath(QStringLiteral("templates.sqlite"));
    QProcessEnvironment env = environment(fixedToday, QString());
    env.insert(QStringLiteral("DSAR_PASSWORD"), demoPassword(admin));
    EXPECT_EXIT(run(onDb(args({ "init", "--admin", "admin" })), env), 0);
    EXPECT_EXIT(runAs(admin,
                      QStringList { QStringLiteral("controller"), QStringLiteral("add"), QStringLiteral("--name"),
                                    organisation, QStringLiteral("--org-number"), QStringLiteral("556036-0793"),
                                    QStringLiteral("--address"), QStringLiteral("Box 1, 111 22 Stockholm"),
                                    QStringLiteral("--email"), QStringLiteral("dataskydd@example.se"),
                                    QStringLiteral("--dpo"), QStringLiteral("dpo@example.se") }),
                0);
    EXPECT_EXIT(runAs(admin,
                      QStringList { QStringLiteral("controller"), QStringLiteral("add"), QStringLiteral("--name"),
                                    otherOrganisation }),
                0);
    env = environment(fixedToday, admin);
    env.insert(QStringLiteral("DSAR_NEW_PASSWORD"), demoPassword(handlaggare));
    EXPECT_EXIT(run(onDb(args({ "user", "add", "handlaggare", "--role", "handlaggare" })), env), 0);
    endTest();
}

void TestDsarctlTemplates::listShowsDefaults()
{
    const Run listed = template_(
        admin, { QStringLiteral("list"), QStringLiteral("--organisation"), organisation, QStringLiteral("--json") });
    EXPECT_EXIT(listed, 0);
    const QJsonArray array = listed.json().toArray();
    QCOMPARE(array.size(), 14);
    QStringList kinds;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        QVERIFY(!object.value(QStringLiteral("customised")).toBool());
        QVERIFY(object.value(QStringLiteral("updated_by")).isNull());
        if (object.value(QStringLiteral("language")).toString() == QLatin1String("sv"))
            kinds << object.value(QStringLiteral("kind")).toString();
    }
    QCOMPARE(kinds,
             QStringList({ s("acknowledgement"), s("identification-request"), s("extension-notice"), s("refusal"),
                           s("outcome"), s("restriction-lifting"), s("fee-notice") }));
    // Handlers see them too; with two organisations, the organisation must be named.
    EXPECT_EXIT(template_(handlaggare, { QStringLiteral("list"), QStringLiteral("--organisation"), organisation }), 0);
    const Run ambiguous = template_(admin, { QStringLiteral("list") });
    EXPECT_EXIT(ambiguous, 1);
    QVERIFY2(ambiguous.mentions(otherOrganisation), ambiguous.err.constData());
}

void TestDsarctlTemplates::showPrintsTheDefault()
{
    const Run shown = template_(handlaggare,
                                { QStringLiteral("show"), QStringLiteral("--organisation"), organisation,
                                  QStringLiteral("--kind"), QStringLiteral("refusal") });
    EXPECT_EXIT(shown, 0);
    const QString text = QString::fromUtf8(shown.out);
    QVERIFY2(text.startsWith(QStringLiteral("# Beslut: din begäran avslås {{refusal.extent}}")), shown.out.constData());
    QVERIFY(text.contains(QStringLiteral("{{refusal.reasons}}")));
    QVERIFY(text.contains(QStringLiteral("{{authority}}")));
    const Run english
        = template_(handlaggare,
                    { QStringLiteral("show"), QStringLiteral("--organisation"), organisation, QStringLiteral("--kind"),
                      QStringLiteral("refusal"), QStringLiteral("--lang"), QStringLiteral("en") });
    EXPECT_EXIT(english, 0);
    QVERIFY(english.out.startsWith("# Decision: your request is refused {{refusal.extent}}"));
}

void TestDsarctlTemplates::setShowAndReset()
{
    const QStringList target { QStringLiteral("--organisation"), organisation,
                               QStringLiteral("--kind"),         QStringLiteral("refusal"),
                               QStringLiteral("--lang"),         QStringLiteral("sv") };
    const Run before = template_(admin, QStringList { QStringLiteral("show") } + target);
    EXPECT_EXIT(before, 0);
    const QString file = path(QStringLiteral("refusal.md"));
    QVERIFY(writeAll(file, ownTemplate));
    const Run set = template_(admin, QStringList { QStringLiteral("set") } + target + QStringList { file });
    EXPECT_EXIT(set, 0);
    QVERIFY(set.mentions(organisation));

    const Run shown = template_(admin, QStringList { QStringLiteral("show") } + target);
    EXPECT_EXIT(shown, 0);
    QCOMPARE(shown.out, ownTemplate);
    // The other organisation and the other language keep the default.
    const Run other = template_(admin,
                                { QStringLiteral("show"), QStringLiteral("--organisation"), otherOrganisation,
                                  QStringLiteral("--kind"), QStringLiteral("refusal") });
    QCOMPARE(other.out, before.out);

    const QJsonArray listed = template_(admin,
                                        { QStringLiteral("list"), QStringLiteral("--organisation"), organisation,
                                          QStringLiteral("--json") })
                                  .json()
                                  .toArray();
    int customised = 0;
    for (const QJsonValue& value : listed) {
        const QJsonObject object = value.toObject();
        if (!object.value(QStringLiteral("customised")).toBool())
            continue;
        ++customised;
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), s("refusal"));
        QCOMPARE(object.value(QStringLiteral("language")).toString(), s("sv"));
        QCOMPARE(object.value(QStringLiteral("updated_by")).toString(), admin);
    }
    QCOMPARE(customised, 1);

    // The preview uses the organisation's own wording.
    const QString pdf = path(QStringLiteral("own.pdf"));
    EXPECT_EXIT(
        template_(admin,
                  QStringList { QStringLiteral("preview") } + target + QStringList { QStringLiteral("--out"), pdf }),
        0);
    QVERIFY(readAll(pdf).startsWith("%PDF"));

    EXPECT_EXIT(template_(admin, QStringList { QStringLiteral("reset") } + target), 0);
    const Run reset = template_(admin, QStringList { QStringLiteral("show") } + target);
    QCOMPARE(reset.out, before.out);
}

void TestDsarctlTemplates::setFromStandardInput()
{
    const QByteArray body = "Dear {{subject.name}}, we received your request on {{case.received}}.\n";
    const QStringList target { QStringLiteral("--organisation"), organisation,
                               QStringLiteral("--kind"),         QStringLiteral("acknowledgement"),
                               QStringLiteral("--lang"),         QStringLiteral("en") };
    EXPECT_EXIT(run(onDb(QStringList { QStringLiteral("template"), QStringLiteral("set") } + target
                         + QStringList { QStringLiteral("-") }),
                    environment(fixedToday, admin), &body),
                0);
    QCOMPARE(template_(admin, QStringList { QStringLiteral("show") } + target).out, body);
}

void TestDsarctlTemplates::badTemplateChangesNothing()
{
    const QStringList target { QStringLiteral("--organisation"), organisation, QStringLiteral("--kind"),
                               QStringLiteral("outcome") };
    const QByteArray before = template_(admin, QStringList { QStringLiteral("show") } + target).out;
    const QString file = path(QStringLiteral("bad.md"));
    QVERIFY(writeAll(file, "Hej {{subject.nmae}}!\n\n{{decision}}\n"));
    const Run refused = template_(admin, QStringList { QStringLiteral("set") } + target + QStringList { file });
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(QStringLiteral("{{subject.nmae}}")), refused.err.constData());
    QVERIFY(refused.mentions(QStringLiteral("{{subject.name}}")));
    QVERIFY(writeAll(file, "\xff\xfe not UTF-8"));
    EXPECT_EXIT(template_(admin, QStringList { QStringLiteral("set") } + target + QStringList { file }), 1);
    EXPECT_EXIT(
        template_(admin,
                  QStringList { QStringLiteral("set") } + target + QStringList { path(QStringLiteral("missing.md")) }),
        1);
    QCOMPARE(template_(admin, QStringList { QStringLiteral("show") } + target).out, before);
}

void TestDsarctlTemplates::caseHandlerCannotChangeTemplates()
{
    const QStringList target { QStringLiteral("--organisation"), organisation, QStringLiteral("--kind"),
                               QStringLiteral("refusal") };
    const QString file = path(QStringLiteral("refusal.md"));
    QVERIFY(writeAll(file, ownTemplate));
    const Run refused = template_(handlaggare, QStringList { QStringLiteral("set") } + target + QStringList { file });
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.mentions(QStringLiteral("admin")), refused.err.constData());
    EXPECT_EXIT(template_(handlaggare, QStringList { QStringLiteral("reset") } + target), 1);
    QVERIFY(template_(handlaggare, QStringList { QStringLiteral("show") } + target).out != ownTemplate);
}

void TestDsarctlTemplates::previewWritesAPdf_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("language");
    for (const char* kind : { "acknowledgement", "identification-request", "extension-notice", "refusal", "outcome",
                              "restriction-lifting", "fee-notice" }) {
        for (const char* language : { "sv", "en" })
            QTest::addRow("%s/%s", kind, language) << s(kind) << s(language);
    }
}

void TestDsarctlTemplates::previewWritesAPdf()
{
    QFETCH(QString, kind);
    QFETCH(QString, language);
    const QString pdf = path(kind + QLatin1Char('-') + language + QStringLiteral(".pdf"));
    const Run preview = template_(handlaggare,
                                  { QStringLiteral("preview"), QStringLiteral("--organisation"), organisation,
                                    QStringLiteral("--kind"), kind, QStringLiteral("--lang"), language,
                                    QStringLiteral("--out"), pdf });
    EXPECT_EXIT(preview, 0);
    QVERIFY(preview.mentions(pdf));
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 5000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestDsarctlTemplates::previewWithoutADisplay()
{
    // A server or a cron job: no display, no desktop session. dsarctl needs neither and says nothing about them.
    QProcessEnvironment env = environment(fixedToday, handlaggare);
    for (const char* name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR" })
        env.remove(QString::fromLatin1(name));
    const QString pdf = path(QStringLiteral("headless.pdf"));
    const Run preview
        = run(onDb({ QStringLiteral("template"), QStringLiteral("preview"), QStringLiteral("--organisation"),
                     organisation, QStringLiteral("--kind"), QStringLiteral("outcome"), QStringLiteral("--out"), pdf }),
              env);
    EXPECT_EXIT(preview, 0);
    QVERIFY2(!preview.mentions(QStringLiteral("XDG_RUNTIME_DIR")), preview.err.constData());
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
}

void TestDsarctlTemplates::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no action") << QStringList { QStringLiteral("template"), QStringLiteral("publish") }
                               << QStringLiteral("Unknown action");
    QTest::newRow("no kind") << QStringList { QStringLiteral("template"), QStringLiteral("show") }
                             << QStringLiteral("--kind");
    QTest::newRow("unknown kind") << QStringList { QStringLiteral("template"), QStringLiteral("show"),
                                                   QStringLiteral("--kind"), QStringLiteral("reminder") }
                                  << QStringLiteral("fee-notice");
    QTest::newRow("unknown language") << QStringList { QStringLiteral("template"), QStringLiteral("show"),
                                                       QStringLiteral("--kind"),   QStringLiteral("refusal"),
                                                       QStringLiteral("--lang"),   QStringLiteral("de") }
                                      << QStringLiteral("--lang sv");
    QTest::newRow("set without a file") << QStringList { QStringLiteral("template"), QStringLiteral("set"),
                                                         QStringLiteral("--kind"), QStringLiteral("refusal") }
                                        << QStringLiteral("template file");
    QTest::newRow("preview without --out") << QStringList { QStringLiteral("template"), QStringLiteral("preview"),
                                                            QStringLiteral("--kind"), QStringLiteral("refusal") }
                                           << QStringLiteral("--out");
}

void TestDsarctlTemplates::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Run wrong = runAs(admin, arguments);
    EXPECT_EXIT(wrong, 2);
    QVERIFY2(wrong.mentions(messagePart), wrong.err.constData());
}

QTEST_GUILESS_MAIN(TestDsarctlTemplates)
#include "tst_dsarctl_templates.moc"
