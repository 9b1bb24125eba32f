#include "PortabilityExport.h"

#include "common/CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace dsar {
namespace {

// Unknown or invalid dates are written as null (JSON) or an empty cell (CSV), never as a guess.
QString dateText(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

// A total order, so that equal keys never leave the output to the input's order.
bool itemLess(const PortableItem& a, const PortableItem& b)
{
    const QString* const left[] = { &a.controller, &a.system, &a.category, &a.field, &a.activity, &a.value };
    const QString* const right[] = { &b.controller, &b.system, &b.category, &b.field, &b.activity, &b.value };
    for (std::size_t i = 0; i < std::size(left); ++i) {
        if (const int order = left[i]->compare(*right[i], Qt::CaseSensitive); order != 0)
            return order < 0;
    }
    if (a.providedBySubject != b.providedBySubject)
        return b.providedBySubject;
    if (a.legalBases != b.legalBases)
        return a.legalBases < b.legalBases;
    return dateText(a.collected) < dateText(b.collected);
}

QJsonObject itemJson(const PortableItem& item)
{
    const QString collected = dateText(item.collected);
    return QJsonObject {
        { QStringLiteral("controller"), item.controller },
        { QStringLiteral("activity"), item.activity },
        { QStringLiteral("system"), item.system },
        { QStringLiteral("category"), item.category },
        { QStringLiteral("field"), item.field },
        { QStringLiteral("value"), item.value },
        { QStringLiteral("provided_by_subject"), item.providedBySubject },
        { QStringLiteral("legal_bases"), QJsonArray::fromStringList(item.legalBases) },
        { QStringLiteral("collected"), collected.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(collected) },
    };
}

} // namespace

QString PortabilityExport::schemaId()
{
    return QStringLiteral("https://dsardesk.example/schemas/portability-export-%1.json").arg(schemaVersion);
}

QStringList PortabilityExport::csvColumns()
{
    return { QStringLiteral("controller"),
             QStringLiteral("activity"),
             QStringLiteral("system"),
             QStringLiteral("category"),
             QStringLiteral("field"),
             QStringLiteral("value"),
             QStringLiteral("provided_by_subject"),
             QStringLiteral("legal_bases"),
             QStringLiteral("collected") };
}

QList<PortableItem> PortabilityExport::sortItems(QList<PortableItem> items)
{
    std::sort(items.begin(), items.end(), itemLess);
    return items;
}

QByteArray PortabilityExport::toJson(const PortabilityHeader& header, const QList<PortableItem>& items)
{
    QJsonArray itemArray;
    for (const PortableItem& item : sortItems(items))
        itemArray.append(itemJson(item));
    // ISO 8601 in UTC with "Z", to the second (the schema's pattern); an invalid time is a caller's bug.
    const QString generatedAt
        = header.generatedAt.isValid() ? header.generatedAt.toUTC().toString(Qt::ISODate) : QString();
    const QJsonObject root {
        { QStringLiteral("schema"), schemaId() },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("document_id"), header.documentId },
        { QStringLiteral("case_reference"), header.caseReference },
        { QStringLiteral("generated_at"), generatedAt },
        { QStringLiteral("controller"),
          QJsonObject { { QStringLiteral("name"), header.controllerName },
                        { QStringLiteral("organisation_number"), header.controllerOrganisationNumber } } },
        { QStringLiteral("data_subject"),
          QJsonObject { { QStringLiteral("name"), header.subjectName },
                        { QStringLiteral("email"), header.subjectEmail } } },
        { QStringLiteral("items"), itemArray },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray PortabilityExport::toCsv(const PortabilityHeader&, const QList<PortableItem>& items)
{
    // RFC 4180: CRLF after every record. The byte order mark makes spreadsheets read it as UTF-8.
    const QByteArray lineEnd = QByteArrayLiteral("\r\n");
    QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF");
    csv += csvColumns().join(QLatin1Char(',')).toUtf8() + lineEnd;
    for (const PortableItem& item : sortItems(items)) {
        // GDPR Art. 20(1): a faithful copy for another system, so no formula guard (csvField) that alters values.
        const QList<QByteArray> cells {
            csvFieldExact(item.controller),
            csvFieldExact(item.activity),
            csvFieldExact(item.system),
            csvFieldExact(item.category),
            csvFieldExact(item.field),
            csvFieldExact(item.value),
            item.providedBySubject ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            csvFieldExact(item.legalBases.join(QLatin1Char(';'))),
            dateText(item.collected).toUtf8(),
        };
        csv += cells.join(',') + lineEnd;
    }
    return csv;
}

} // namespace dsar
