#pragma once

#include <QString>

namespace dsar {

// Where data may go without a transfer safeguard: the EU member states and the EEA states.
class Countries
{
public:
    // An ISO 3166-1 alpha-2 code in upper case ("SE", "NO"), as stored.
    static bool isEuEea(const QString& code);
    // Two letters A-Z (the shape of an alpha-2 code; not checked against the full ISO list).
    static bool looksLikeCode(const QString& code);
};

} // namespace dsar
