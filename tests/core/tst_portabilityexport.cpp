// The data portability export (GDPR Art. 20): JSON and CSV that reproduce every value exactly, in a stable
// order, and a JSON form that matches its published schema (docs/portability-export.schema.json).
#include "common/CsvField.h"
#include "extract/PortabilityExport.h"
#include "holdings/CsvReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace dsar;

namespace {

PortabilityHeader sampleHeader()
{
    PortabilityHeader header;
    header.documentId = QStringLiteral("DSAR-2026-00042-export-1");
    header.caseReference = QStringLiteral("DSAR-2026-00042");
    // 10:15:30.250 at UTC+1 is 09:15:30 UTC; the export writes whole seconds.
    header.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 15, 30, 250), QTimeZone(3600));
    header.controllerName = QStringLiteral("Kontor & Miljö i Borlänge AB");
    header.controllerOrganisationNumber = QStringLiteral("556453-9111");
    header.subjectName = QStringLiteral("Åsa Öberg");
    header.subjectEmail = QStringLiteral("asa.oberg@example.se");
    return header;
}

PortableItem item(const QString& controller, const QString& system, const QString& category, const QString& field,
                  const QString& value)
{
    PortableItem result;
    result.controller = controller;
    result.activity = QStringLiteral("Kundregister");
    result.system = system;
    result.category = category;
    result.field = field;
    result.value = value;
    result.providedBySubject = true;
    result.legalBases = { QStringLiteral("contract") };
    return result;
}

PortableItem oneItem(const QString& value)
{
    return item(QStringLiteral("Kontor & Miljö i Borlänge AB"), QStringLiteral("CRM"), QStringLiteral("Övrigt"),
                QStringLiteral("Anteckning"), value);
}

// Every part of the format: a date and no date, both legal bases, a value that needs quoting.
QList<PortableItem> sampleItems()
{
    PortableItem email
        = item(QStringLiteral("Kontor & Miljö i Borlänge AB"), QStringLiteral("CRM"),
               QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"), QStringLiteral("asa.oberg@example.se"));
    email.legalBases = { QStringLiteral("contract"), QStringLiteral("consent") };
    email.collected = QDate(2025, 11, 3);
    PortableItem address = item(QStringLiteral("Kontor & Miljö i Borlänge AB"), QStringLiteral("CRM"),
                                QStringLiteral("Kontaktuppgifter"), QStringLiteral("Adress"),
                                QStringLiteral("Storgatan 1\nLGH 1102, 792 50 Mora"));
    PortableItem newsletter
        = item(QStringLiteral("Kontor & Miljö i Borlänge AB"), QStringLiteral("Nyhetsbrev"),
               QStringLiteral("Preferenser"), QStringLiteral("Ämnen"), QStringLiteral("Kontorsmöbler; \"Miljö\""));
    newsletter.activity = QStringLiteral("Nyhetsbrev");
    newsletter.legalBases = { QStringLiteral("consent") };
    newsletter.collected = QDate(2024, 2, 29);
    return { newsletter, email, address };
}

QJsonObject parsed(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

QList<CsvRecord> csvRecords(const QByteArray& csv)
{
    Result<QList<CsvRecord>> records = CsvReader::read(csv);
    if (!records.ok()) {
        qWarning("CsvReader: %s", qPrintable(records.error()));
        return {};
    }
    return records.value();
}

QSet<QString> keySet(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return value.toDouble() == double(value.toInteger()) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// A structural check of a value against the part of JSON Schema the portability schema uses ($ref to $defs,
// type, const, enum, pattern, minLength, required, properties, additionalProperties, items, oneOf): every key
// written is a property, every required key is written, and the types match. Not a full validator.
void check(const QJsonObject& root, QJsonObject node, const QJsonValue& value, const QString& path,
           QStringList& problems)
{
    if (node.contains(QLatin1String("$ref"))) {
        const QString ref = node.value(QLatin1String("$ref")).toString();
        const QString prefix = QStringLiteral("#/$defs/");
        if (!ref.startsWith(prefix)) {
            problems << path + QStringLiteral(": unsupported $ref ") + ref;
            return;
        }
        node = root.value(QLatin1String("$defs")).toObject().value(ref.mid(prefix.size())).toObject();
        if (node.isEmpty()) {
            problems << path + QStringLiteral(": $ref to nothing: ") + ref;
            return;
        }
    }
    if (node.contains(QLatin1String("oneOf"))) {
        int matches = 0;
        for (const QJsonValue& option : node.value(QLatin1String("oneOf")).toArray()) {
            QStringList optionProblems;
            check(root, option.toObject(), value, path, optionProblems);
            matches += optionProblems.isEmpty() ? 1 : 0;
        }
        if (matches != 1)
            problems << path + QStringLiteral(": matches %1 of the oneOf options, not 1").arg(matches);
    }
    if (node.contains(QLatin1String("type"))) {
        const QString expected = node.value(QLatin1String("type")).toString();
        const QString actual = jsonTypeName(value);
        const bool matches
            = actual == expected || (expected == QLatin1String("number") && actual == QLatin1String("integer"));
        if (!matches) {
            problems << path + QStringLiteral(": is ") + actual + QStringLiteral(", the schema says ") + expected;
            return;
        }
    }
    if (node.contains(QLatin1String("const")) && node.value(QLatin1String("const")) != value)
        problems << path + QStringLiteral(": is not the schema's const value");
    if (node.contains(QLatin1String("enum")) && !node.value(QLatin1String("enum")).toArray().contains(value))
        problems << path + QStringLiteral(": is not one of the schema's enum values");
    if (value.isString()) {
        const QString text = value.toString();
        if (node.contains(QLatin1String("pattern"))) {
            const QRegularExpression pattern(node.value(QLatin1String("pattern")).toString());
            if (!pattern.isValid() || !pattern.match(text).hasMatch())
                problems << path + QStringLiteral(": \"") + text + QStringLiteral("\" does not match the pattern");
        }
        if (text.size() < node.value(QLatin1String("minLength")).toInt(0))
            problems << path + QStringLiteral(": shorter than minLength");
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
        for (const QJsonValue& required : node.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                problems << path + QStringLiteral(": required key missing: ") + required.toString();
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                check(root, properties.value(it.key()).toObject(), it.value(), childPath, problems);
            else
                problems << childPath + QStringLiteral(": not a property in the schema");
        }
    }
    if (value.isArray() && node.contains(QLatin1String("items"))) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            check(root, node.value(QLatin1String("items")).toObject(), array.at(i),
                  path + QStringLiteral("[%1]").arg(i), problems);
        }
    }
}

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(DSAR_SOURCE_DIR "/docs/portability-export.schema.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return parsed(file.readAll());
}

} // namespace

class TestPortabilityExport : public QObject
{
    Q_OBJECT
private slots:
    void schemaIdNamesItsVersion()
    {
        const QString id = PortabilityExport::schemaId();
        QVERIFY(id.startsWith(QLatin1String("https://")));
        QVERIFY2(id.endsWith(QStringLiteral("-%1.json").arg(PortabilityExport::schemaVersion)), qPrintable(id));
        QCOMPARE(PortabilityExport::schemaVersion, 1);
    }

    void jsonHeader()
    {
        const QByteArray json = PortabilityExport::toJson(sampleHeader(), sampleItems());
        QVERIFY(json.endsWith('\n'));
        const QJsonObject root = parsed(json);
        QCOMPARE(
            keySet(root),
            (QSet<QString> { QStringLiteral("schema"), QStringLiteral("schema_version"), QStringLiteral("document_id"),
                             QStringLiteral("case_reference"), QStringLiteral("generated_at"),
                             QStringLiteral("controller"), QStringLiteral("data_subject"), QStringLiteral("items") }));
        QCOMPARE(root.value(QLatin1String("schema")).toString(), PortabilityExport::schemaId());
        QVERIFY(root.value(QLatin1String("schema_version")).isDouble());
        QCOMPARE(root.value(QLatin1String("schema_version")).toInt(), PortabilityExport::schemaVersion);
        QCOMPARE(root.value(QLatin1String("document_id")).toString(), QStringLiteral("DSAR-2026-00042-export-1"));
        QCOMPARE(root.value(QLatin1String("case_reference")).toString(), QStringLiteral("DSAR-2026-00042"));
        QCOMPARE(root.value(QLatin1String("generated_at")).toString(), QStringLiteral("2026-03-02T09:15:30Z"));
        QCOMPARE(root.value(QLatin1String("controller")).toObject(),
                 (QJsonObject { { QStringLiteral("name"), QStringLiteral("Kontor & Miljö i Borlänge AB") },
                                { QStringLiteral("organisation_number"), QStringLiteral("556453-9111") } }));
        // The subject's own contact data only: no personnummer key.
        QCOMPARE(root.value(QLatin1String("data_subject")).toObject(),
                 (QJsonObject { { QStringLiteral("name"), QStringLiteral("Åsa Öberg") },
                                { QStringLiteral("email"), QStringLiteral("asa.oberg@example.se") } }));
        QCOMPARE(root.value(QLatin1String("items")).toArray().size(), 3);
    }

    void jsonItemsExact()
    {
        const QJsonArray items
            = parsed(PortabilityExport::toJson(sampleHeader(), sampleItems())).value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 3);
        // CRM/Kontaktuppgifter/Adress, CRM/Kontaktuppgifter/E-post, Nyhetsbrev/Preferenser/Ämnen.
        const QJsonObject address = items.at(0).toObject();
        QCOMPARE(address,
                 (QJsonObject { { QStringLiteral("controller"), QStringLiteral("Kontor & Miljö i Borlänge AB") },
                                { QStringLiteral("activity"), QStringLiteral("Kundregister") },
                                { QStringLiteral("system"), QStringLiteral("CRM") },
                                { QStringLiteral("category"), QStringLiteral("Kontaktuppgifter") },
                                { QStringLiteral("field"), QStringLiteral("Adress") },
                                { QStringLiteral("value"), QStringLiteral("Storgatan 1\nLGH 1102, 792 50 Mora") },
                                { QStringLiteral("provided_by_subject"), true },
                                { QStringLiteral("legal_bases"), QJsonArray { QStringLiteral("contract") } },
                                { QStringLiteral("collected"), QJsonValue(QJsonValue::Null) } }));
        const QJsonObject email = items.at(1).toObject();
        QCOMPARE(email.value(QLatin1String("field")).toString(), QStringLiteral("E-post"));
        // The register's order of legal bases is kept.
        QCOMPARE(email.value(QLatin1String("legal_bases")).toArray(),
                 (QJsonArray { QStringLiteral("contract"), QStringLiteral("consent") }));
        QCOMPARE(email.value(QLatin1String("collected")).toString(), QStringLiteral("2025-11-03"));
        const QJsonObject newsletter = items.at(2).toObject();
        QCOMPARE(newsletter.value(QLatin1String("activity")).toString(), QStringLiteral("Nyhetsbrev"));
        QCOMPARE(newsletter.value(QLatin1String("field")).toString(), QStringLiteral("Ämnen"));
        QCOMPARE(newsletter.value(QLatin1String("value")).toString(), QStringLiteral("Kontorsmöbler; \"Miljö\""));
        QCOMPARE(newsletter.value(QLatin1String("collected")).toString(), QStringLiteral("2024-02-29"));
    }

    void collectedDateOrNull_data()
    {
        QTest::addColumn<std::optional<QDate>>("collected");
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<QString>("csv");
        QTest::newRow("known") << std::optional<QDate>(QDate(2025, 1, 31)) << QJsonValue(QStringLiteral("2025-01-31"))
                               << QStringLiteral("2025-01-31");
        QTest::newRow("unknown") << std::optional<QDate>() << QJsonValue(QJsonValue::Null) << QString();
        // An invalid date is not a date: null, never a made-up one.
        QTest::newRow("invalid") << std::optional<QDate>(QDate()) << QJsonValue(QJsonValue::Null) << QString();
    }

    void collectedDateOrNull()
    {
        QFETCH(std::optional<QDate>, collected);
        QFETCH(QJsonValue, json);
        QFETCH(QString, csv);
        PortableItem datum = oneItem(QStringLiteral("x"));
        datum.collected = collected;

        const QJsonObject written = parsed(PortabilityExport::toJson(sampleHeader(), { datum }))
                                        .value(QLatin1String("items"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QVERIFY(written.contains(QLatin1String("collected")));
        QCOMPARE(written.value(QLatin1String("collected")), json);

        const QList<CsvRecord> records = csvRecords(PortabilityExport::toCsv(sampleHeader(), { datum }));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.value(8), csv);
    }

    void emptyExport()
    {
        const QJsonObject root = parsed(PortabilityExport::toJson(sampleHeader(), {}));
        QVERIFY(root.value(QLatin1String("items")).isArray());
        QVERIFY(root.value(QLatin1String("items")).toArray().isEmpty());
        const QByteArray csv = PortabilityExport::toCsv(sampleHeader(), {});
        QCOMPARE(csv,
                 QByteArray("\xEF\xBB\xBF"
                            "controller,activity,system,category,field,value,provided_by_subject,legal_bases,"
                            "collected\r\n"));
    }

    // Values are copied exactly in both forms: the CSV cell is RFC 4180 quoted only when it must be, and never
    // gets the spreadsheet formula guard.
    void valuesExact_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("readBack");
        QTest::newRow("plain") << QStringLiteral("asa.oberg@example.se") << QByteArray("asa.oberg@example.se")
                               << QStringLiteral("asa.oberg@example.se");
        QTest::newRow("quote") << QStringLiteral("Hon sa \"hej\"") << QByteArray("\"Hon sa \"\"hej\"\"\"")
                               << QStringLiteral("Hon sa \"hej\"");
        QTest::newRow("comma") << QStringLiteral("Mora, Dalarna") << QByteArray("\"Mora, Dalarna\"")
                               << QStringLiteral("Mora, Dalarna");
        QTest::newRow("LF") << QStringLiteral("Storgatan 1\nLGH 1102") << QByteArray("\"Storgatan 1\nLGH 1102\"")
                            << QStringLiteral("Storgatan 1\nLGH 1102");
        QTest::newRow("CR") << QStringLiteral("rad 1\rrad 2") << QByteArray("\"rad 1\rrad 2\"")
                            << QStringLiteral("rad 1\rrad 2");
        // The cell keeps CRLF; CsvReader (made for spreadsheet files) reads a CRLF inside quotes as LF.
        QTest::newRow("CRLF") << QStringLiteral("rad 1\r\nrad 2") << QByteArray("\"rad 1\r\nrad 2\"")
                              << QStringLiteral("rad 1\nrad 2");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                 << QByteArray("\"=HYPERLINK(\"\"http://x\"\")\"")
                                 << QStringLiteral("=HYPERLINK(\"http://x\")");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("=1+1") << QStringLiteral("=1+1");
        QTest::newRow("plus") << QStringLiteral("+46 70 123 45 67") << QByteArray("+46 70 123 45 67")
                              << QStringLiteral("+46 70 123 45 67");
        QTest::newRow("minus") << QStringLiteral("-5") << QByteArray("-5") << QStringLiteral("-5");
        QTest::newRow("at") << QStringLiteral("@asa") << QByteArray("@asa") << QStringLiteral("@asa");
        QTest::newRow("apostrophe") << QStringLiteral("'=1") << QByteArray("'=1") << QStringLiteral("'=1");
        QTest::newRow("Swedish") << QStringLiteral("Åsa Ängström Öberg, å ä ö")
                                 << QByteArray("\"\xC3\x85sa \xC3\x84ngstr\xC3\xB6m \xC3\x96"
                                               "berg, \xC3\xA5 \xC3\xA4 \xC3\xB6\"")
                                 << QStringLiteral("Åsa Ängström Öberg, å ä ö");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a;b") << QStringLiteral("a;b");
        QTest::newRow("spaces") << QStringLiteral("  kept  ") << QByteArray("  kept  ") << QStringLiteral("  kept  ");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("empty") << QString() << QByteArray() << QString();
    }

    void valuesExact()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, cell);
        QFETCH(QString, readBack);

        const QJsonArray items = parsed(PortabilityExport::toJson(sampleHeader(), { oneItem(value) }))
                                     .value(QLatin1String("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("value")).toString(), value);

        QCOMPARE(csvFieldExact(value), cell);
        const QByteArray csv = PortabilityExport::toCsv(sampleHeader(), { oneItem(value) });
        const QByteArray row
            = "Kontor & Miljö i Borlänge AB,Kundregister,CRM,Övrigt,Anteckning," + cell + ",true,contract,\r\n";
        QVERIFY2(csv.endsWith(row), csv.constData());

        const QList<CsvRecord> records = csvRecords(csv);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.size(), 9);
        QCOMPARE(records.at(1).fields.at(5), readBack);
    }

    // The spreadsheet export guards formulas; the portability export must not (it is a copy for machines).
    void formulaGuardOnlyInSpreadsheetCells()
    {
        QCOMPARE(csvField(QStringLiteral("=1+1")), QByteArray("'=1+1"));
        QCOMPARE(csvFieldExact(QStringLiteral("=1+1")), QByteArray("=1+1"));
        const QByteArray csv = PortabilityExport::toCsv(sampleHeader(), { oneItem(QStringLiteral("=1+1")) });
        QVERIFY(!csv.contains("'="));
    }

    void csvLayout()
    {
        const QByteArray csv = PortabilityExport::toCsv(sampleHeader(), sampleItems());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.mid(3).startsWith(
            "controller,activity,system,category,field,value,provided_by_subject,legal_bases,collected\r\n"));
        QCOMPARE(PortabilityExport::csvColumns().join(QLatin1Char(',')),
                 QStringLiteral("controller,activity,system,category,field,value,provided_by_subject,legal_bases,"
                                "collected"));
        QVERIFY(csv.endsWith("\r\n"));
        // Every record ends in CRLF; the only bare LF is the one inside the quoted address.
        QCOMPARE(csv.count("\r\n"), 4);
        QCOMPARE(csv.count('\n'), 5);
        QVERIFY(csv.contains("\"Storgatan 1\nLGH 1102, 792 50 Mora\""));

        const QList<CsvRecord> records = csvRecords(csv);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).fields, PortabilityExport::csvColumns());
        QCOMPARE(records.at(1).fields,
                 (QStringList { QStringLiteral("Kontor & Miljö i Borlänge AB"), QStringLiteral("Kundregister"),
                                QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"), QStringLiteral("Adress"),
                                QStringLiteral("Storgatan 1\nLGH 1102, 792 50 Mora"), QStringLiteral("true"),
                                QStringLiteral("contract"), QString() }));
        QCOMPARE(records.at(2).fields,
                 (QStringList { QStringLiteral("Kontor & Miljö i Borlänge AB"), QStringLiteral("Kundregister"),
                                QStringLiteral("CRM"), QStringLiteral("Kontaktuppgifter"), QStringLiteral("E-post"),
                                QStringLiteral("asa.oberg@example.se"), QStringLiteral("true"),
                                QStringLiteral("contract;consent"), QStringLiteral("2025-11-03") }));
        QCOMPARE(records.at(3).fields,
                 (QStringList { QStringLiteral("Kontor & Miljö i Borlänge AB"), QStringLiteral("Nyhetsbrev"),
                                QStringLiteral("Nyhetsbrev"), QStringLiteral("Preferenser"), QStringLiteral("Ämnen"),
                                QStringLiteral("Kontorsmöbler; \"Miljö\""), QStringLiteral("true"),
                                QStringLiteral("consent"), QStringLiteral("2024-02-29") }));
    }

    void providedBySubjectWritten()
    {
        PortableItem datum = oneItem(QStringLiteral("x"));
        datum.providedBySubject = false;
        datum.legalBases = {};
        const QJsonObject written = parsed(PortabilityExport::toJson(sampleHeader(), { datum }))
                                        .value(QLatin1String("items"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(written.value(QLatin1String("provided_by_subject")), QJsonValue(false));
        QCOMPARE(written.value(QLatin1String("legal_bases")), QJsonValue(QJsonArray()));
        const QList<CsvRecord> records = csvRecords(PortabilityExport::toCsv(sampleHeader(), { datum }));
        QCOMPARE(records.value(1).fields.value(6), QStringLiteral("false"));
        QCOMPARE(records.value(1).fields.value(7), QString());
    }

    // Sorted by controller, system, category, field (then activity and value), by code units: the same data give
    // the same order and bytes whatever order they come in.
    void sortedOrder()
    {
        const QString a = QStringLiteral("A AB");
        const QString b = QStringLiteral("B AB");
        const QString crm = QStringLiteral("CRM");
        const QString erp = QStringLiteral("Ekonomi");
        const QString contact = QStringLiteral("Kontakt");
        PortableItem laterActivity = item(a, crm, contact, QStringLiteral("E-post"), QStringLiteral("1"));
        laterActivity.activity = QStringLiteral("Support");
        const QList<PortableItem> expected {
            item(a, crm, contact, QStringLiteral("E-post"), QStringLiteral("1")),
            laterActivity,
            item(a, crm, contact, QStringLiteral("Telefon"), QStringLiteral("2")),
            item(a, crm, QStringLiteral("Övrigt"), QStringLiteral("Anteckning"), QStringLiteral("3")),
            item(a, erp, contact, QStringLiteral("Adress"), QStringLiteral("4")),
            item(b, crm, contact, QStringLiteral("Adress"), QStringLiteral("5")),
            item(b, crm, contact, QStringLiteral("Adress"), QStringLiteral("6")),
        };
        QList<PortableItem> shuffled { expected.at(5), expected.at(3), expected.at(6), expected.at(1),
                                       expected.at(4), expected.at(0), expected.at(2) };
        QCOMPARE(PortabilityExport::sortItems(shuffled), expected);

        const QJsonArray items
            = parsed(PortabilityExport::toJson(sampleHeader(), shuffled)).value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), expected.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject written = items.at(i).toObject();
            QCOMPARE(written.value(QLatin1String("value")).toString(), expected.at(i).value);
            QCOMPARE(written.value(QLatin1String("activity")).toString(), expected.at(i).activity);
        }
        const QList<CsvRecord> records = csvRecords(PortabilityExport::toCsv(sampleHeader(), shuffled));
        QCOMPARE(records.size(), expected.size() + 1);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(records.at(i + 1).fields.at(5), expected.at(i).value);

        std::reverse(shuffled.begin(), shuffled.end());
        QCOMPARE(PortabilityExport::toJson(sampleHeader(), shuffled),
                 PortabilityExport::toJson(sampleHeader(), expected));
        QCOMPARE(PortabilityExport::toCsv(sampleHeader(), shuffled),
                 PortabilityExport::toCsv(sampleHeader(), expected));
    }

    // The published schema describes what the export writes, key for key.
    void schemaMatchesExport_data()
    {
        QTest::addColumn<QList<PortableItem>>("items");
        QTest::newRow("sample") << sampleItems();
        QTest::newRow("no items") << QList<PortableItem>();
        PortableItem bare = oneItem(QString());
        bare.providedBySubject = false;
        bare.legalBases = {};
        QTest::newRow("empty values") << QList<PortableItem> { bare };
    }

    void schemaMatchesExport()
    {
        QFETCH(QList<PortableItem>, items);
        const QJsonObject schema = loadSchema();
        QVERIFY(!schema.isEmpty());
        QCOMPARE(schema.value(QLatin1String("$schema")).toString(),
                 QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        QCOMPARE(schema.value(QLatin1String("$id")).toString(), PortabilityExport::schemaId());
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        QCOMPARE(properties.value(QLatin1String("schema")).toObject().value(QLatin1String("const")).toString(),
                 PortabilityExport::schemaId());
        QCOMPARE(properties.value(QLatin1String("schema_version")).toObject().value(QLatin1String("const")).toInt(),
                 PortabilityExport::schemaVersion);

        const QJsonObject root = parsed(PortabilityExport::toJson(sampleHeader(), items));
        QStringList problems;
        check(schema, schema, root, QStringLiteral("$"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The CSV columns are the JSON item's keys, so the two forms never drift apart.
    void csvColumnsAreTheSchemaItem()
    {
        const QJsonObject item
            = loadSchema().value(QLatin1String("$defs")).toObject().value(QLatin1String("item")).toObject();
        const QStringList columns = PortabilityExport::csvColumns();
        QCOMPARE(keySet(item.value(QLatin1String("properties")).toObject()),
                 QSet<QString>(columns.begin(), columns.end()));
        QCOMPARE(item.value(QLatin1String("additionalProperties")), QJsonValue(false));
    }

    // The checker itself notices a key the schema does not list and a missing required key.
    void schemaCheckFindsProblems()
    {
        const QJsonObject schema = loadSchema();
        QJsonObject root = parsed(PortabilityExport::toJson(sampleHeader(), sampleItems()));
        root.insert(QStringLiteral("personnummer"), QStringLiteral("19121212-1212"));
        root.remove(QStringLiteral("document_id"));
        QJsonArray items = root.value(QLatin1String("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("collected"), QStringLiteral("3 november"));
        items.replace(0, first);
        root.insert(QStringLiteral("items"), items);
        QStringList problems;
        check(schema, schema, root, QStringLiteral("$"), problems);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.filter(QStringLiteral("$.personnummer: not a property")).size() == 1,
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.filter(QStringLiteral("required key missing: document_id")).size() == 1,
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.filter(QStringLiteral("$.items[0].collected")).size() == 1,
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPortabilityExport)
#include "tst_portabilityexport.moc"
