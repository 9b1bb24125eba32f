#include "StockholmTime.h"

namespace dsar::StockholmTime {

QTimeZone zone()
{
    static const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
    return stockholm;
}

bool isAvailable()
{
    return zone().isValid();
}

QDate dateOf(const QDateTime& instant)
{
    return instant.toTimeZone(zone()).date();
}

} // namespace dsar::StockholmTime
