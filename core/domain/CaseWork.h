#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// A note on a case. Internal notes are the staff's own working notes; messages to and from the data
// subject are what was actually said, so the two are kept apart and never mixed in one list.
struct CaseNote
{
    enum class Kind
    {
        Internal,
        ToSubject,
        FromSubject,
    };

    qint64 id = 0;
    qint64 caseId = 0;
    Kind kind = Kind::Internal;
    QString body; // personal data: sealed at rest
    QString author; // the staff account
    QDateTime createdAt; // UTC
};

class CaseNoteKinds
{
    Q_DECLARE_TR_FUNCTIONS(CaseNoteKinds)
public:
    static QList<CaseNote::Kind> all();
    static QString code(CaseNote::Kind kind); // "internal", "to-subject", "from-subject"
    static std::optional<CaseNote::Kind> fromCode(const QString& code);
    static QString label(CaseNote::Kind kind);
    static QString codeList();
};

// A file kept with a case, e.g. the original letter or e-mail as it arrived, with the SHA-256 of its bytes
// so that it can be shown to be unchanged.
struct CaseAttachment
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString fileName; // personal data (names often are): sealed at rest
    QString mediaType; // "application/pdf", "message/rfc822", ...
    qint64 size = 0; // bytes
    QString sha256; // hex, of the plain bytes
    QString addedBy;
    QDateTime addedAt; // UTC
};

} // namespace dsar
