#include "Countries.h"

#include <QSet>

namespace dsar {

bool Countries::isEuEea(const QString& code)
{
    // GDPR Art. 44-46: a transfer outside the EU needs an adequacy decision or appropriate safeguards. The
    // EEA Agreement (Annex XI, Decision 154/2018) applies the GDPR in Iceland, Liechtenstein and Norway too.
    static const QSet<QString> euEea = {
        // The 27 EU member states.
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"),
        QStringLiteral("ES"), QStringLiteral("SE"),
        // The EEA states outside the EU.
        QStringLiteral("IS"), QStringLiteral("LI"), QStringLiteral("NO")
    };
    return euEea.contains(code);
}

bool Countries::looksLikeCode(const QString& code)
{
    if (code.size() != 2)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

} // namespace dsar
