#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// Why a case needs the extension of GDPR Art. 12(3) ("taking into account the complexity and number of the
// requests"): the closed list of LEGAL.md 1.1 item 5. Each needs a note as well: "large effort" alone is not
// a reason (EDPB 01/2022 para 163).
enum class ExtensionReason
{
    VolumeOfData,
    ManySystems, // the data are spread over many systems
    ThirdPartyRedaction, // other people's data must be redacted (Art. 15(4))
    SeveralRequests, // several requests from the same person
    TemporaryPeak, // an exceptional, temporary peak of requests
};

class ExtensionReasons
{
    Q_DECLARE_TR_FUNCTIONS(ExtensionReasons)
public:
    static QList<ExtensionReason> all();
    // Stable codes for storage and the CLI: "volume-of-data", ..., "temporary-peak".
    static QString code(ExtensionReason reason);
    static std::optional<ExtensionReason> fromCode(const QString& code);
    static QString label(ExtensionReason reason);
    static QString codeList();
};

// A case's one extension: requested by the handläggare, approved by the DPO.
struct ExtensionRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    ExtensionReason reason = ExtensionReason::VolumeOfData;
    QString note; // why, for this case (personal data: sealed)
    QString requestedBy;
    QDateTime requestedAt;
    QString approvedBy; // empty until the DPO approves
    QDateTime approvedAt;

    bool isApproved() const { return approvedAt.isValid(); }
};

} // namespace dsar
