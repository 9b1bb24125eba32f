#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

// Where the data come from, GDPR Art. 14(2)(f) and Art. 15(1)(g).
enum class SourceKind
{
    DataSubject, // collected from the subject (GDPR Art. 13)
    PublicRegister, // e.g. SPAR, Bolagsverket
    CreditBureau, // e.g. UC
    SanctionsPepList, // PTL screening
    Employer, // e.g. a customer company names its contact person
    Other,
};

class SourceKinds
{
    Q_DECLARE_TR_FUNCTIONS(SourceKinds)
public:
    static QList<SourceKind> all();
    // Stable codes: "data-subject", "public-register", "credit-bureau", "sanctions-pep-list", "employer", "other".
    static QString code(SourceKind kind);
    static std::optional<SourceKind> fromCode(const QString& code);
    static QString label(SourceKind kind);
    static QString codeList();
};

} // namespace dsar
