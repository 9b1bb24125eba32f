#include "register/RegisterDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dsar;

namespace {

// One organisation with two activities that use every part of the format.
RegisterDocument sampleDocument()
{
    ProcessingActivity crm;
    crm.name = QStringLiteral("CRM-system");
    crm.purposes = { QStringLiteral("Registrera kunders uppgifter för affärsrelaterad kontakt") };
    crm.legalBases = { { LegalBasis::Contract, QString() },
                       { LegalBasis::LegitimateInterests, QStringLiteral("Marknadsföring till befintliga kunder") } };
    crm.dataCategories = { { QStringLiteral("Kontaktuppgifter"), false } };
    crm.subjectCategories = { QStringLiteral("Kund"), QStringLiteral("Kundkontaktperson") };
    crm.sources = { { SourceKind::DataSubject, QString() }, { SourceKind::PublicRegister, QStringLiteral("SPAR") } };
    crm.recipients = { { QStringLiteral("Salesforce Inc."), RecipientRole::Processor, QStringLiteral("US"),
                         QStringLiteral("Driftar CRM") },
                       { QStringLiteral("Skatteverket"), RecipientRole::Authority, QStringLiteral("SE"), QString() } };
    crm.transfers = { { QStringLiteral("US"), QStringLiteral("Salesforce Inc."),
                        TransferSafeguard::StandardContractualClauses, QStringLiteral("EU SCC 2021/914") },
                      { QStringLiteral("DE"), QStringLiteral("Hosting GmbH"), std::nullopt, QString() } };
    crm.systems = { QStringLiteral("CRM") };
    crm.retentionRule = QStringLiteral("after-relationship-ended;2y");
    crm.retentionNote = QStringLiteral("Raderas två år efter uppsagt avtal.");

    ProcessingActivity health;
    health.name = QStringLiteral("Företagshälsovård");
    health.purposes = { QStringLiteral("Rehabilitering") };
    health.legalBases = { { LegalBasis::LegalObligation, QString() } };
    health.specialCondition = SpecialCategoryCondition::Employment;
    health.dataCategories = { { QStringLiteral("Hälsouppgifter"), true } };
    health.automatedDecision = AutomatedDecision { QStringLiteral("Poäng från enkät"), QStringLiteral("Prioritering") };
    // Semicolons and backslashes in the text fields survive the rule's text form.
    health.retentionRule = QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 \\; 2 st.;Räkenskaper \\\\ verifikat");

    OrganisationEntry organisation;
    organisation.name = QStringLiteral("Kontor & Miljö i Borlänge AB");
    organisation.organisationNumber = QStringLiteral("556453-9111");
    organisation.postalAddress = QStringLiteral("Forskargatan 4, 781 70 Borlänge");
    organisation.email = QStringLiteral("info.borlange@allkontor.se");
    organisation.phone = QStringLiteral("0243-79 23 40");
    organisation.dpoContact = QStringLiteral("Dataskyddsombud, dataskydd@example.se");
    organisation.supervisoryAuthority = QStringLiteral("Integritetsskyddsmyndigheten (IMY)");
    organisation.jointControllership = QStringLiteral("Allkontor");
    organisation.activities = { crm, health };

    OrganisationEntry empty;
    empty.name = QStringLiteral("Coegi");
    return RegisterDocument { { organisation, empty } };
}

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(sampleDocument().toJson().value()).object();
}

// The value at path ("organisations", "0", "activities", ...) replaced by value; an undefined value removes
// the key.
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = replaced(object.value(step), path, value);
    return object;
}

QByteArray with(const QString& path, const QJsonValue& value, const QJsonObject& base = sampleJson())
{
    return QJsonDocument(replaced(base, path.split(QLatin1Char('/')), value).toObject()).toJson();
}

QStringList problemsOf(const QByteArray& json)
{
    Result<RegisterDocument> document = RegisterDocument::fromJson(json);
    return document ? QStringList() : document.error().split(QLatin1Char('\n'));
}

} // namespace

class TestRegisterDocument : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void serialisationIsDeterministicAndReadable();
    void missingOptionalKeysTakeTheirDefaults();
    void eachProblemWithItsPath_data();
    void eachProblemWithItsPath();
    void severalProblemsAtOnce();
    void versionAndFormatAreChecked_data();
    void versionAndFormatAreChecked();
    void notJson_data();
    void notJson();
    void duplicatesAreRefused();
    void aRuleThatIsNotInTextFormCannotBeWritten();
};

void TestRegisterDocument::roundTrip()
{
    const RegisterDocument document = sampleDocument();
    Result<QByteArray> json = document.toJson();
    QVERIFY2(json.ok(), qPrintable(json.error()));
    Result<RegisterDocument> read = RegisterDocument::fromJson(json.value());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->organisations.size(), 2);
    QCOMPARE(read->organisations.first().activities.size(), 2);
    QVERIFY(read.value() == document);
    QCOMPARE(read->organisations.first().activities.last().retentionRule,
             QStringLiteral("after-fiscal-year-end;7y;BFL 7 kap. 2 \\; 2 st.;Räkenskaper \\\\ verifikat"));
    QCOMPARE(read->toJson().value(), json.value());
}

void TestRegisterDocument::serialisationIsDeterministicAndReadable()
{
    const QByteArray json = sampleDocument().toJson().value();
    QCOMPARE(sampleDocument().toJson().value(), json);
    QVERIFY(json.endsWith("}\n"));
    // Keys in a fixed (alphabetical) order, indented, UTF-8 rather than \u escapes.
    QVERIFY(json.startsWith("{\n    \"format\": \"dsardesk-register\",\n    \"organisations\": ["));
    QVERIFY(json.endsWith("    ],\n    \"version\": 1\n}\n"));
    QVERIFY(json.contains(QStringLiteral("\"name\": \"Företagshälsovård\"").toUtf8()));
    QVERIFY(json.contains("\"special_condition\": null"));
    QVERIFY(json.contains("\"special_condition\": \"employment\""));
    QVERIFY(json.contains("\"safeguard\": null"));
    QVERIFY(json.contains("\"automated_decision\": null"));
    // The retention rule in its parts.
    const QJsonObject retention = sampleJson()
                                      .value(QStringLiteral("organisations"))[0]
                                      .toObject()
                                      .value(QStringLiteral("activities"))[1]
                                      .toObject()
                                      .value(QStringLiteral("retention"))
                                      .toObject();
    QCOMPARE(retention.value(QStringLiteral("anchor")).toString(), QStringLiteral("after-fiscal-year-end"));
    QCOMPARE(retention.value(QStringLiteral("period")).toString(), QStringLiteral("7y"));
    QCOMPARE(retention.value(QStringLiteral("legal_reference")).toString(), QStringLiteral("BFL 7 kap. 2 ; 2 st."));
    QCOMPARE(retention.value(QStringLiteral("reason")).toString(), QStringLiteral("Räkenskaper \\ verifikat"));
}

void TestRegisterDocument::missingOptionalKeysTakeTheirDefaults()
{
    const QByteArray json = R"({"format": "dsardesk-register", "version": 1, "organisations": [
        {"name": "Coegi", "activities": [
            {"name": "Nyhetsbrev", "purposes": ["Nyhetsbrev"], "legal_bases": [{"basis": "consent"}],
             "retention": {"anchor": "while-consent-lasts"}}]}]})";
    Result<RegisterDocument> read = RegisterDocument::fromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const OrganisationEntry& organisation = read->organisations.first();
    QCOMPARE(organisation.name, QStringLiteral("Coegi"));
    QCOMPARE(organisation.organisationNumber, QString());
    QCOMPARE(organisation.supervisoryAuthority, QString());
    const ProcessingActivity& activity = organisation.activities.first();
    QCOMPARE(activity.legalBases, QList<LegalBasisEntry>({ { LegalBasis::Consent, QString() } }));
    QVERIFY(activity.dataCategories.isEmpty());
    QVERIFY(activity.sources.isEmpty());
    QVERIFY(!activity.specialCondition);
    QVERIFY(!activity.automatedDecision);
    QCOMPARE(activity.retentionRule, QStringLiteral("while-consent-lasts"));
    QCOMPARE(activity.retentionNote, QString());
}

void TestRegisterDocument::eachProblemWithItsPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // the start of the one expected problem

    const QString a0 = QStringLiteral("organisations/0/activities/0/");
    const QString a1 = QStringLiteral("organisations/0/activities/1/");
    QTest::newRow("unknown legal basis")
        << with(a0 + QStringLiteral("legal_bases/0/basis"), QStringLiteral("contrct"))
        << QStringLiteral("organisations[0].activities[0].legal_bases[0].basis: unknown legal basis \"contrct\"; use "
                          "one of consent, contract, legal-obligation");
    QTest::newRow("codes are exact") << with(a0 + QStringLiteral("legal_bases/0/basis"), QStringLiteral("Contract"))
                                     << QStringLiteral("organisations[0].activities[0].legal_bases[0].basis: unknown "
                                                       "legal basis \"Contract\"");
    QTest::newRow("unknown key, a typo")
        << with(a0 + QStringLiteral("purpose"), QJsonArray { QStringLiteral("x") })
        << QStringLiteral("organisations[0].activities[0].purpose: unknown key; did you mean \"purposes\"?");
    QTest::newRow("unknown key") << with(QStringLiteral("organisations/0/colour"), QStringLiteral("blue"))
                                 << QStringLiteral("organisations[0].colour: unknown key; an organisation has the "
                                                   "keys name, organisation_number,");
    QTest::newRow("wrong type") << with(a0 + QStringLiteral("purposes"), QStringLiteral("Kontakt"))
                                << QStringLiteral("organisations[0].activities[0].purposes: expected an array, found "
                                                  "a string.");
    QTest::newRow("wrong type in a list") << with(a0 + QStringLiteral("systems/0"), 3)
                                          << QStringLiteral("organisations[0].activities[0].systems[0]: expected a "
                                                            "string, found a number.");
    QTest::newRow("not an object") << with(QStringLiteral("organisations/0/activities/1"), QStringLiteral("CRM"))
                                   << QStringLiteral("organisations[0].activities[1]: expected an object, found a "
                                                     "string.");
    QTest::newRow("null where a string belongs")
        << with(QStringLiteral("organisations/0/email"), QJsonValue())
        << QStringLiteral("organisations[0].email: expected a string, found null.");
    QTest::newRow("missing activity key")
        << with(a0 + QStringLiteral("retention"), QJsonValue(QJsonValue::Undefined))
        << QStringLiteral("organisations[0].activities[0].retention: missing; an activity needs it.");
    QTest::newRow("missing organisation name")
        << with(QStringLiteral("organisations/1/name"), QJsonValue(QJsonValue::Undefined))
        << QStringLiteral("organisations[1].name: missing; an organisation needs it.");
    QTest::newRow("missing recipient country")
        << with(a0 + QStringLiteral("recipients/1/country"), QJsonValue(QJsonValue::Undefined))
        << QStringLiteral("organisations[0].activities[0].recipients[1].country: missing; a recipient needs it.");
    QTest::newRow("special is not a boolean")
        << with(a1 + QStringLiteral("data_categories/0/special"), QStringLiteral("yes"))
        << QStringLiteral("organisations[0].activities[1].data_categories[0].special: expected true or false, found "
                          "a string.");
    QTest::newRow("unknown Art. 9(2) condition")
        << with(a1 + QStringLiteral("special_condition"), QStringLiteral("health"))
        << QStringLiteral("organisations[0].activities[1].special_condition: unknown Art. 9(2) condition \"health\"");
    QTest::newRow("unknown source kind")
        << with(a0 + QStringLiteral("sources/1/kind"), QStringLiteral("register"))
        << QStringLiteral("organisations[0].activities[0].sources[1].kind: unknown kind of source \"register\"; use "
                          "one of data-subject, public-register,");
    QTest::newRow("unknown recipient role")
        << with(a0 + QStringLiteral("recipients/0/role"), QStringLiteral("biträde"))
        << QStringLiteral("organisations[0].activities[0].recipients[0].role: unknown recipient role \"biträde\"");
    QTest::newRow("unknown safeguard")
        << with(a0 + QStringLiteral("transfers/0/safeguard"), QStringLiteral("scc"))
        << QStringLiteral("organisations[0].activities[0].transfers[0].safeguard: unknown transfer safeguard \"scc\"");
    QTest::newRow("automated decision is text")
        << with(a1 + QStringLiteral("automated_decision"), QStringLiteral("ja"))
        << QStringLiteral("organisations[0].activities[1].automated_decision: expected an object or null, found a "
                          "string.");
    QTest::newRow("automated decision without significance")
        << with(a1 + QStringLiteral("automated_decision/significance"), QJsonValue(QJsonValue::Undefined))
        << QStringLiteral("organisations[0].activities[1].automated_decision.significance: missing");
    QTest::newRow("unknown anchor") << with(a0 + QStringLiteral("retention/anchor"), QStringLiteral("after-contract"))
                                    << QStringLiteral("organisations[0].activities[0].retention.anchor: unknown "
                                                      "retention anchor \"after-contract\"; use one of "
                                                      "after-collection,");
    QTest::newRow("period without unit") << with(a0 + QStringLiteral("retention/period"), QStringLiteral("24"))
                                         << QStringLiteral("organisations[0].activities[0].retention.period: \"24\" "
                                                           "has no unit.");
    QTest::newRow("period as a number") << with(a0 + QStringLiteral("retention/period"), 2)
                                        << QStringLiteral("organisations[0].activities[0].retention.period: expected "
                                                          "a string such as \"2y\", or null, found a number.");
    QTest::newRow("organisations is an object") << with(QStringLiteral("organisations"), QJsonObject())
                                                << QStringLiteral("organisations: expected an array, found an object.");
    QTest::newRow("unknown top-level key")
        << with(QStringLiteral("versoin"), 1) << QStringLiteral("versoin: unknown key; did you mean \"version\"?");
}

void TestRegisterDocument::eachProblemWithItsPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QStringList problems = problemsOf(json);
    QVERIFY2(problems.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
}

void TestRegisterDocument::severalProblemsAtOnce()
{
    QJsonObject json = sampleJson();
    json = replaced(json, QStringLiteral("organisations/0/activities/0/legal_bases/1/basis").split(u'/'),
                    QStringLiteral("intresseavvägning"))
               .toObject();
    json = replaced(json, QStringLiteral("organisations/0/activities/1/purposes/0").split(u'/'), true).toObject();
    json = replaced(json, QStringLiteral("organisations/1/activites").split(u'/'), QJsonArray()).toObject();
    json = replaced(json, QStringLiteral("organisations/1/activities").split(u'/'), QJsonValue(QJsonValue::Undefined))
               .toObject();
    const QStringList problems = problemsOf(QJsonDocument(json).toJson());
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems.at(0).startsWith(QLatin1String("organisations[0].activities[0].legal_bases[1].basis: unknown "
                                                     "legal basis")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QLatin1String("organisations[0].activities[1].purposes[0]: expected a string, "
                                                     "found a boolean.")),
             qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(QLatin1String("organisations[1].activites: unknown key; did you mean "
                                                     "\"activities\"?")),
             qPrintable(problems.at(2)));
    QVERIFY2(problems.at(3).startsWith(QLatin1String("organisations[1].activities: missing")),
             qPrintable(problems.at(3)));
}

void TestRegisterDocument::versionAndFormatAreChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    // A later version is refused as a whole, whatever else it holds: its keys may mean something else.
    QJsonObject later = sampleJson();
    later.insert(QStringLiteral("version"), 2);
    later.insert(QStringLiteral("signature"), QStringLiteral("..."));
    QTest::newRow("version 2") << QJsonDocument(later).toJson()
                               << QStringLiteral("version: this build of DSAR Desk reads version 1 of the register "
                                                 "format, not version 2.");
    QTest::newRow("version as text") << with(QStringLiteral("version"), QStringLiteral("1"))
                                     << QStringLiteral("version: expected a whole number (1), found a string.");
    QTest::newRow("version 1.5") << with(QStringLiteral("version"), 1.5)
                                 << QStringLiteral("version: expected a whole number (1), found a number.");
    QTest::newRow("no version") << with(QStringLiteral("version"), QJsonValue(QJsonValue::Undefined))
                                << QStringLiteral(
                                       "version: missing; the document needs it. This build reads version 1.");
    QTest::newRow("another format")
        << with(QStringLiteral("format"), QStringLiteral("ropa"))
        << QStringLiteral("format: expected \"dsardesk-register\", found \"ropa\"; this is not a DSAR Desk register "
                          "document.");
    QTest::newRow("no format")
        << with(QStringLiteral("format"), QJsonValue(QJsonValue::Undefined))
        << QStringLiteral("format: missing; the document needs it. A register document starts with \"format\": "
                          "\"dsardesk-register\".");
}

void TestRegisterDocument::versionAndFormatAreChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QStringList problems = problemsOf(json);
    QVERIFY2(problems.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
}

void TestRegisterDocument::notJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("The register document is empty.");
    QTest::newRow("syntax, line 3") << QByteArray("{\n  \"format\": \"dsardesk-register\",\n  \"version\": 1 x\n}")
                                    << QStringLiteral("line 3, column ");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("The register document must be a JSON object");
}

void TestRegisterDocument::notJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QStringList problems = problemsOf(json);
    QVERIFY2(problems.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.first().startsWith(problem), qPrintable(problems.first()));
    // A byte order mark, as some editors write, is not a problem.
    QVERIFY(RegisterDocument::fromJson("\xEF\xBB\xBF" + sampleDocument().toJson().value()).ok());
}

void TestRegisterDocument::duplicatesAreRefused()
{
    // Activities are matched by name and organisations by number or name on import: each may appear once.
    QJsonObject json = sampleJson();
    json = replaced(json, QStringLiteral("organisations/0/activities/1/name").split(u'/'), QStringLiteral("CRM-system"))
               .toObject();
    json = replaced(json, QStringLiteral("organisations/1/organisation_number").split(u'/'),
                    QStringLiteral("5564539111"))
               .toObject();
    const QStringList problems = problemsOf(QJsonDocument(json).toJson());
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(QLatin1String("organisations[0].activities[1].name: \"CRM-system\" is also "
                                                     "the name of activities[0]")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QLatin1String("organisations[1].organisation_number: 5564539111 is also the "
                                                     "organisation number of organisations[0]")),
             qPrintable(problems.at(1)));
}

void TestRegisterDocument::aRuleThatIsNotInTextFormCannotBeWritten()
{
    RegisterDocument document = sampleDocument();
    document.organisations[0].activities[0].retentionRule = QStringLiteral("two years");
    Result<QByteArray> json = document.toJson();
    QVERIFY(!json.ok());
    QVERIFY2(json.error().contains(QLatin1String("CRM-system")), qPrintable(json.error()));
}

QTEST_GUILESS_MAIN(TestRegisterDocument)
#include "tst_registerdocument.moc"
