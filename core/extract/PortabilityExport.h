#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsar {

// One datum in scope of the right to data portability (GDPR Art. 20(1)): provided by the subject, processed by
// automated means on consent or contract. Which items are in scope is the case's decision (AssessmentDrafts,
// the item decisions); the export writes exactly the items it is given.
struct PortableItem
{
    QString controller; // organisation name (personuppgiftsansvarig)
    QString activity; // processing activity name, as in the register (GDPR Art. 30(1))
    QString system; // e.g. "CRM"
    QString category; // data category
    QString field; // the system's name for it, e.g. "E-post"
    QString value; // the datum itself, exactly as held
    bool providedBySubject = false;
    QStringList legalBases; // LegalBases codes, e.g. "consent", "contract"
    std::optional<QDate> collected; // when collected, when known

    bool operator==(const PortableItem&) const = default;
};

// Who the export is for and from. The subject's own contact data only: never a personnummer, which the
// receiving controller does not need (GDPR Art. 5(1)(c)).
struct PortabilityHeader
{
    QString documentId; // e.g. "DSAR-2026-00042-export-1"; not empty
    QString caseReference;
    QDateTime generatedAt; // written in UTC; must be valid
    QString controllerName;
    QString controllerOrganisationNumber;
    QString subjectName;
    QString subjectEmail;

    bool operator==(const PortabilityHeader&) const = default;
};

// The portability export in a structured, commonly used, machine-readable form (GDPR Art. 20(1), 20(2)):
// JSON (the versioned schema docs/portability-export.schema.json) or CSV; both described in
// docs/portability-format.md. Pure conversion: no database, no scope rules. The same data give the same bytes,
// whatever the order the items come in.
class PortabilityExport
{
    Q_DECLARE_TR_FUNCTIONS(PortabilityExport)
public:
    // Bumped when a field is removed or renamed, or its meaning or type changes; adding a field is not a bump.
    static constexpr int schemaVersion = 1;
    // The schema's "$id", written as "schema" in every JSON export.
    static QString schemaId();
    // The CSV columns, in order, as the header line names them.
    static QStringList csvColumns();

    // Indented UTF-8 JSON with a final newline; keys of each object in alphabetical order (QJsonObject sorts
    // them), items sorted by sortItems.
    static QByteArray toJson(const PortabilityHeader& header, const QList<PortableItem>& items);
    // RFC 4180 CSV, UTF-8 with a byte order mark, CRLF line ends: the header line (csvColumns) and one row per
    // item, sorted by sortItems. Values are written exactly as held: no spreadsheet formula guard (csvFieldExact).
    // The CSV holds the items only; the header's document id, subject and controller are in the JSON form.
    static QByteArray toCsv(const PortabilityHeader& header, const QList<PortableItem>& items);

    // The items by controller, system, category and field, then by the other fields, so that the order never
    // depends on the input's; compared by Unicode code units (not a locale's collation, which varies by machine).
    static QList<PortableItem> sortItems(QList<PortableItem> items);
};

} // namespace dsar
