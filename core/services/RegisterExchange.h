#pragma once

#include "common/Result.h"
#include "register/RegisterDocument.h"
#include "services/Actor.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dsar {

class Clock;
class Database;
class KeyRing;

// What an import did. Organisations and activities the document leaves as they are count as unchanged.
struct ImportSummary
{
    int organisations = 0; // listed in the document
    int organisationsAdded = 0;
    int organisationsUpdated = 0;
    int activitiesAdded = 0;
    int activitiesUpdated = 0;
    int activitiesUnchanged = 0;
    int activitiesRemoved = 0;

    bool operator==(const ImportSummary&) const = default;
};

// The processing register (GDPR Art. 30(1)) in and out of the database as a document: the JSON format of
// docs/register-format.md for exchange and backup, CSV for spreadsheets. Every change goes through
// ControllerService and RegisterService, so their permissions, rules and audit events apply.
class RegisterExchange
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExchange)
public:
    RegisterExchange(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);

    // Every organisation and its activities, ordered by name. Any role may read (the register holds no
    // personal data), as RegisterService::activities.
    Result<RegisterDocument> exportDocument() const;

    // Makes the register of each listed organisation exactly the document's, all or nothing (administrators).
    // Organisations are matched by organisation number, else by exact name; new ones are added, the others
    // updated. Their activities are matched by name: updated, added, and those not in the document removed.
    // Organisations not in the document are untouched. On failure nothing is changed and error() lists every
    // problem found, one per line, each starting with the organisation and activity.
    Result<ImportSummary> importDocument(const RegisterDocument& document);

    // One row per activity with a header row, for spreadsheets: RFC 4180, UTF-8 with a byte order mark.
    static QByteArray toCsv(const RegisterDocument& document);
    // The retention rule of an activity as one line of text, e.g. "2 years after collection (BFL 7 kap. 2 §)".
    static QString describeRetention(const QString& encodedRule);
    // Writes bytes atomically (QSaveFile): an existing file is replaced only when everything was written.
    static Status writeFile(const QString& path, const QByteArray& bytes);

private:
    // Makes controllerId's activities the entry's; adds what went wrong to problems.
    void importActivities(qint64 controllerId, const OrganisationEntry& entry, ImportSummary& summary,
                          QStringList& problems);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
