#pragma once

#include "register/LegalBasis.h"
#include "register/Recipients.h"
#include "register/SourceKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsar {

// One legal basis of a processing with an optional note (e.g. the interest weighed under Art. 6(1)(f)).
struct LegalBasisEntry
{
    LegalBasis basis = LegalBasis::Consent;
    QString note;

    bool operator==(const LegalBasisEntry&) const = default;
};

// A category of personal data, GDPR Art. 15(1)(b); special marks Art. 9(1) data (health, union membership, ...).
struct DataCategory
{
    QString name;
    bool special = false;

    bool operator==(const DataCategory&) const = default;
};

// GDPR Art. 15(1)(g): where data not collected from the subject come from; name e.g. "SPAR", "Bolagsverket".
struct Source
{
    SourceKind kind = SourceKind::DataSubject;
    QString name;

    bool operator==(const Source&) const = default;
};

// GDPR Art. 15(1)(c): a named recipient with its role.
struct Recipient
{
    QString name;
    RecipientRole role = RecipientRole::Processor;
    QString country = QStringLiteral("SE"); // ISO 3166-1 alpha-2
    QString purpose;

    bool operator==(const Recipient&) const = default;
};

// GDPR Art. 15(2), Art. 30(1)(e): a transfer to a third country; outside the EU/EEA it needs a safeguard.
struct Transfer
{
    QString country; // ISO 3166-1 alpha-2
    QString recipient;
    std::optional<TransferSafeguard> safeguard;
    QString note;

    bool operator==(const Transfer&) const = default;
};

// GDPR Art. 15(1)(h), Art. 22: automated decisions and profiling.
struct AutomatedDecision
{
    QString logic; // meaningful information about the logic involved
    QString significance; // its significance and envisaged consequences for the subject

    bool operator==(const AutomatedDecision&) const = default;
};

// One entry of the record of processing activities (GDPR Art. 30(1)), per controller. Not personal data.
struct ProcessingActivity
{
    qint64 id = 0;
    qint64 controllerId = 0;
    QString name; // unique per controller, e.g. "CRM-system"
    QStringList purposes; // GDPR Art. 30(1)(b)
    QList<LegalBasisEntry> legalBases; // GDPR Art. 6(1)
    std::optional<SpecialCategoryCondition> specialCondition; // GDPR Art. 9(2), needed for special data
    QList<DataCategory> dataCategories; // GDPR Art. 30(1)(c)
    QStringList subjectCategories; // free text; ProcessingActivities::suggestedSubjectCategories()
    QList<Source> sources;
    QList<Recipient> recipients; // GDPR Art. 30(1)(d)
    QList<Transfer> transfers; // GDPR Art. 30(1)(e)
    std::optional<AutomatedDecision> automatedDecision;
    QStringList systems; // where the data live: "CRM", "Ekonomisystem", ...
    QString retentionRule; // RetentionRule's text form, e.g. "after-relationship-ended;2y" (GDPR Art. 30(1)(f))
    QString retentionNote;

    bool operator==(const ProcessingActivity&) const = default;
};

class ProcessingActivities
{
    Q_DECLARE_TR_FUNCTIONS(ProcessingActivities)
public:
    // Categories of data subjects offered in forms (translated); any other text is accepted too.
    static QStringList suggestedSubjectCategories();
};

} // namespace dsar
