#pragma once

#include "common/Result.h"
#include "register/ProcessingActivity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dsar {

// One organisation (personuppgiftsansvarig) in a register document: its contact details (GDPR Art. 30(1)(a),
// Art. 15(1)(f)) and its processing activities. The activities' id and controllerId are not part of the
// document; they are 0 after reading and ignored when writing.
struct OrganisationEntry
{
    QString name;
    QString organisationNumber;
    QString postalAddress;
    QString email;
    QString phone;
    QString dpoContact;
    QString supervisoryAuthority;
    QString jointControllership;
    QList<ProcessingActivity> activities;

    bool operator==(const OrganisationEntry&) const = default;
};

// The processing register (GDPR Art. 30(1)) as a versioned JSON document, for export, import and the demo
// register; the format is described in docs/register-format.md. Pure conversion: no database, no rules
// beyond the document's shape (RegisterService validates the activities when they are imported).
struct RegisterDocument
{
    QList<OrganisationEntry> organisations;

    // The "format" value that marks the document, and the version this build writes.
    static QString formatName();
    static constexpr int currentVersion = 1;
    // The versions this build reads.
    static QList<int> readableVersions();

    // Reads a document. On failure error() lists every problem found, one per line, each as
    // "path: what is wrong; what to do", e.g. "organisations[2].activities[5].legal_bases[0].basis: unknown
    // legal basis ...". Unknown keys are problems too (they are usually typos).
    static Result<RegisterDocument> fromJson(const QByteArray& json);
    // The document as indented UTF-8 JSON with a trailing newline; the same register gives the same bytes.
    // Fails only on an activity whose retention rule is not in RetentionRule's text form.
    Result<QByteArray> toJson() const;
    // One activity as the document writes it (without id or organisation), e.g. for "dsarctl register list".
    static Result<QJsonObject> activityJson(const ProcessingActivity& activity);

    bool operator==(const RegisterDocument&) const = default;

    Q_DECLARE_TR_FUNCTIONS(RegisterDocument)
};

} // namespace dsar
