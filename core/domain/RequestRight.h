#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// What a data subject asks for. One case per right; a letter asking for several becomes linked cases.
enum class RequestRight
{
    Access, // GDPR Art. 15
    Rectification, // GDPR Art. 16
    Erasure, // GDPR Art. 17
    Restriction, // GDPR Art. 18
    Portability, // GDPR Art. 20
    Objection, // GDPR Art. 21
    ConsentWithdrawal, // GDPR Art. 7(3): same deadlines as the rights
};

class RequestRights
{
    Q_DECLARE_TR_FUNCTIONS(RequestRights)
public:
    static QList<RequestRight> all();
    // Stable codes for storage and the CLI: "access", ..., "consent-withdrawal".
    static QString code(RequestRight right);
    static std::optional<RequestRight> fromCode(const QString& code);
    // "Access", translated; article() gives "Art. 15".
    static QString label(RequestRight right);
    static QString article(RequestRight right);
    // For error messages: "access, rectification, ...".
    static QString codeList();
};

} // namespace dsar
