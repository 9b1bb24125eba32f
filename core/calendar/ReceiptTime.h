#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace dsar {

// When a request reached the organisation. LEGAL.md 1.1 item 1: the real arrival, which may be earlier
// than its registration; the receipt date is always the Stockholm calendar date.
struct ReceiptTime
{
    QDate stockholmDate;
    // The exact instant (UTC) when known; a bare date from a letter's postmark has none.
    std::optional<QDateTime> instant;

    static ReceiptTime fromInstant(const QDateTime& instant);
    static ReceiptTime fromDate(QDate stockholmDate);
};

class ReceiptTimeParser
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptTimeParser)
public:
    // Accepts a date "YYYY-MM-DD" or an ISO 8601 instant with an offset or Z
    // ("2027-03-31T22:30:00Z", "2027-04-01T00:30:00+02:00"); an instant is dated in Stockholm time.
    // An instant without offset is ambiguous and refused, as is anything else, with what to write instead.
    static Result<ReceiptTime> parse(const QString& text);
};

} // namespace dsar
