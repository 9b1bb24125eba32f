// Reading holdings exported from other systems: CSV (comma or semicolon, quoted fields, BOM) and JSON,
// column mappings, and every bad cell reported with its line (or item) and column.
#include "holdings/CsvReader.h"
#include "holdings/HoldingFile.h"

#include <QTest>

using namespace dsar;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

QStringList described(const HoldingFileContent& content)
{
    QStringList lines;
    for (const HoldingFileProblem& problem : content.problems)
        lines << problem.describe(content.format);
    return lines;
}

} // namespace

class TestHoldingFile : public QObject
{
    Q_OBJECT
private slots:
    void csvQuotingAndLineNumbers()
    {
        const QByteArray data = "\xEF\xBB\xBF"
                                "category,field,value\r\n"
                                "Kontaktuppgifter,E-post,\"a@example.se\"\r\n"
                                "\r\n"
                                "Kontaktuppgifter,Adress,\"Storgatan 1\nLGH 1102, 792 50 Mora\"\r\n"
                                "Övrigt,Citat,\"Hon sa \"\"hej\"\"\"\r\n";
        Result<QList<CsvRecord>> records = CsvReader::read(data);
        QVERIFY2(records.ok(), qPrintable(records.error()));
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(0).fields.first(), QStringLiteral("category")); // the BOM is gone
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(2).line, 4); // the blank line 3 is skipped
        QCOMPARE(records->at(2).fields.at(2), QStringLiteral("Storgatan 1\nLGH 1102, 792 50 Mora"));
        QCOMPARE(records->at(3).line, 6); // the quoted newline made line 5 part of record 3
        QCOMPARE(records->at(3).fields.at(2), QStringLiteral("Hon sa \"hej\""));
    }

    void semicolonsAsSwedishExcelWritesThem()
    {
        QCOMPARE(CsvReader::detectSeparator(u"category;field;value"), QChar(u';'));
        QCOMPARE(CsvReader::detectSeparator(u"category,field,value"), QChar(u','));
        QCOMPARE(CsvReader::detectSeparator(u"\"a;b\",c"), QChar(u','));
        const HoldingFileContent content = HoldingFile::parse(utf8("category;field;value;collected\n"
                                                                   "Faktura;Belopp;1 250,00;2026-01-31\n"),
                                                              HoldingFileFormat::Csv);
        QVERIFY2(content.problems.isEmpty(), qPrintable(content.report()));
        QCOMPARE(content.rows.size(), 1);
        QCOMPARE(content.rows.first().input.value, QStringLiteral("1 250,00"));
        QCOMPARE(content.rows.first().input.events.collected, QDate(2026, 1, 31));
    }

    void unclosedQuoteNamesItsLine()
    {
        Result<QList<CsvRecord>> records = CsvReader::read("a,b\n1,\"open\n2,3\n");
        QVERIFY(!records.ok());
        QVERIFY2(records.error().contains(QStringLiteral("Line 2")), qPrintable(records.error()));
    }

    void notUtf8IsRefused()
    {
        Result<QList<CsvRecord>> records = CsvReader::read("category,field,value\nKontakt,Namn,G\xF6ran\n");
        QVERIFY(!records.ok());
        QVERIFY(records.error().contains(QStringLiteral("UTF-8")));
    }

    void everyBadCellIsReported()
    {
        const QByteArray data = "category,field,value,provided_by_subject,collected,relationship_ended\n"
                                "Kontakt,E-post,a@example.se,ja,2026-02-30,\n"
                                ",Telefon,070-1234567,kanske,,2025-13-01\n"
                                "Kontakt,Namn,,nej,,\n"
                                "Kontakt,Namn\n";
        const HoldingFileContent content = HoldingFile::parse(data, HoldingFileFormat::Csv);
        const QStringList problems = described(content);
        QCOMPARE(problems.size(), 6);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("line 2, column collected: \"2026-02-30\" is not a date")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("line 3, column provided_by_subject: \"kanske\"")));
        QVERIFY(problems.at(2).startsWith(QStringLiteral("line 3, column relationship_ended:")));
        QVERIFY(problems.at(3).startsWith(QStringLiteral("line 3, column category: empty")));
        QVERIFY(problems.at(4).startsWith(QStringLiteral("line 4, column value: empty")));
        QVERIFY(problems.at(5).startsWith(QStringLiteral("line 5: 2 cells where the header has 6")));
        QVERIFY(content.rows.first().input.providedBySubject);
    }

    void missingColumnsAndMappings()
    {
        HoldingFileContent content
            = HoldingFile::parse("Kategori,Fält,Värde\nKontakt,E-post,a@example.se\n", HoldingFileFormat::Csv);
        QCOMPARE(content.problems.size(), 3);
        QVERIFY(content.problems.first().why.contains(QStringLiteral("map the file's own column")));
        QCOMPARE(content.ignoredColumns,
                 QStringList({ QStringLiteral("Kategori"), QStringLiteral("Fält"), QStringLiteral("Värde") }));

        Result<QHash<QString, QString>> mapping = HoldingFile::parseMapping(
            { QStringLiteral("category=Kategori"), QStringLiteral("field=Fält"), QStringLiteral("value=Värde") });
        QVERIFY2(mapping.ok(), qPrintable(mapping.error()));
        content = HoldingFile::parse("Kategori,Fält,Värde,Kundnummer\nKontakt,E-post,a@example.se,K-1\n",
                                     HoldingFileFormat::Csv, mapping.value());
        QVERIFY2(content.problems.isEmpty(), qPrintable(content.report()));
        QCOMPARE(content.rows.first().input.field, QStringLiteral("E-post"));
        QCOMPARE(content.ignoredColumns, QStringList { QStringLiteral("Kundnummer") });

        QVERIFY(!HoldingFile::parseMapping({ QStringLiteral("valu=Värde") }).ok());
        QVERIFY(!HoldingFile::parseMapping({ QStringLiteral("value") }).ok());
        QVERIFY(!HoldingFile::parseMapping({ QStringLiteral("value=A"), QStringLiteral("value=B") }).ok());
    }

    void emptyAndHeaderOnlyFiles()
    {
        QCOMPARE(HoldingFile::parse("", HoldingFileFormat::Csv).problems.size(), 1);
        const HoldingFileContent headerOnly = HoldingFile::parse("category,field,value\n", HoldingFileFormat::Csv);
        QCOMPARE(headerOnly.problems.size(), 1);
        QVERIFY(headerOnly.rows.isEmpty());
        QCOMPARE(HoldingFile::parse("[]", HoldingFileFormat::Json).problems.size(), 1);
    }

    void json()
    {
        const QByteArray data = R"({"holdings": [
            {"category": "Kontakt", "field": "E-post", "value": "a@example.se", "provided_by_subject": true,
             "collected": "2026-01-02", "crm_id": 17},
            {"category": "Faktura", "field": "Belopp", "value": 1250.5, "fiscal_year_end": "2026-12-31"},
            {"category": "Faktura", "field": "Rader", "value": ["a"], "collected": "igår"},
            "text"
        ]})";
        const HoldingFileContent content = HoldingFile::parse(data, HoldingFileFormat::Json);
        const QStringList problems = described(content);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("item 3, key collected:")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("item 3, key value: a list")));
        QVERIFY(problems.at(2).startsWith(QStringLiteral("item 3, key value: empty")));
        QVERIFY(problems.at(3).startsWith(QStringLiteral("item 4: not an object")));
        QCOMPARE(content.rows.at(0).input.providedBySubject, true);
        QCOMPARE(content.rows.at(1).input.value, QStringLiteral("1250.5"));
        QCOMPARE(content.rows.at(1).input.events.fiscalYearEnd, QDate(2026, 12, 31));
        QCOMPARE(content.ignoredColumns, QStringList { QStringLiteral("crm_id") });

        const HoldingFileContent broken = HoldingFile::parse("[{\"category\": }]", HoldingFileFormat::Json);
        QCOMPARE(broken.problems.size(), 1);
        QVERIFY(broken.report().contains(QStringLiteral("not valid JSON")));
    }

    void formatByExtension()
    {
        QCOMPARE(HoldingFile::formatFor(QStringLiteral("export.CSV")).value(), HoldingFileFormat::Csv);
        QCOMPARE(HoldingFile::formatFor(QStringLiteral("/tmp/a.json")).value(), HoldingFileFormat::Json);
        QVERIFY(!HoldingFile::formatFor(QStringLiteral("export.xlsx")).ok());
    }
};

QTEST_GUILESS_MAIN(TestHoldingFile)
#include "tst_holdingfile.moc"
