#include "DisplayFormat.h"

#include "calendar/StockholmTime.h"

#include <QLocale>

namespace dsar::DisplayFormat {

QString longDate(QDate date)
{
    if (!date.isValid())
        return QStringLiteral("–");
    return QLocale().toString(date, QLocale::LongFormat);
}

QString stockholmDateTime(const QDateTime& instant)
{
    if (!instant.isValid())
        return QStringLiteral("–");
    const QDateTime local = instant.toTimeZone(StockholmTime::zone());
    return QLocale().toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString stockholmTimestamp(const QDateTime& instant)
{
    if (!instant.isValid())
        return QStringLiteral("–");
    return instant.toTimeZone(StockholmTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace dsar::DisplayFormat
