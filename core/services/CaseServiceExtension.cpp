// CaseService: the one extension of GDPR Art. 12(3) and its approval by the DPO (issue 5 item 3).
#include "CaseService.h"
#include "calendar/StockholmTime.h"
#include "common/Clock.h"
#include "security/Permission.h"
#include "services/CaseClockStops.h"
#include "storage/CaseRepository.h"
#include "storage/ExtensionRepository.h"
#include "storage/Transaction.h"

namespace dsar {
namespace {

// Enough for the reasons of a complex case; a file belongs in an attachment.
constexpr int maxNoteLength = 4000;

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The stored instant as a Stockholm date.
QString isoDay(const QDateTime& at)
{
    return iso(at.toTimeZone(StockholmTime::zone()).date());
}

// GDPR Art. 12(3); LEGAL.md 1.1 item 5: the subject must be told of an extension within one month of receipt.
QString tooLate(const CaseRecord& record, QDate today)
{
    return CaseService::tr("%1: the one-month due date was %2 and today is %3. An extension must be decided and told "
                           "to the subject, with its reasons, no later than the due date (GDPR Art. 12(3)), so it "
                           "can no longer be recorded. Answer the request without further delay.")
        .arg(record.reference, iso(record.due), iso(today));
}

} // namespace

Result<CaseRecord> CaseService::requestExtension(const QString& reference, ExtensionReason reason, const QString& note)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    if (!record.isOpen()) {
        return Error { tr("%1 is \"%2\"; a finished case cannot be extended.")
                           .arg(record.reference, CaseStatuses::label(record.status)) };
    }
    ExtensionRepository repository(m_db, m_keys);
    Result<std::optional<ExtensionRecord>> existing = repository.forCase(record.id);
    if (!existing)
        return Error { existing.error() };
    if (existing.value()) {
        // GDPR Art. 12(3): "by two further months": once.
        const ExtensionRecord& earlier = *existing.value();
        return Error { tr("%1: an extension (%2) was already requested on %3. GDPR Art. 12(3) allows one extension "
                          "per case.")
                           .arg(record.reference, ExtensionReasons::code(earlier.reason),
                                isoDay(earlier.requestedAt)) };
    }
    // GDPR Art. 12(3); LEGAL.md 1.1 item 5: the subject must be told within one month of receipt.
    if (today() > record.due)
        return Error { tooLate(record, today()) };
    const QString text = note.trimmed();
    if (text.isEmpty()) {
        // EDPB 01/2022 para 163.
        return Error { tr("%1: explain in a note why this case needs more time: which data, systems or requests make "
                          "it complex. \"Large effort\" alone is not a reason (EDPB Guidelines 01/2022 para 163).")
                           .arg(record.reference) };
    }
    if (text.size() > maxNoteLength) {
        return Error { tr("%1: the note is %2 characters long; keep it to %3 and attach longer material to the case.")
                           .arg(record.reference)
                           .arg(text.size())
                           .arg(maxNoteLength) };
    }

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    ExtensionRecord extension;
    extension.caseId = record.id;
    extension.reason = reason;
    extension.note = text;
    extension.requestedBy = m_actor.userName;
    extension.requestedAt = now;
    if (Result<qint64> id = repository.insert(extension); !id)
        return Error { id.error() };
    // Codes and dates only: the note may hold personal data.
    Status logged = logCase(record, QStringLiteral("case.extension_requested"),
                            QStringLiteral("reference=%1 reason=%2 requested_on=%3 due=%4 extended_due=%5")
                                .arg(record.reference, ExtensionReasons::code(reason), iso(today()), iso(record.due),
                                     iso(record.extendedDue)));
    if (!logged)
        return Error { logged.error() };
    Result<CaseRecord> changed = CaseClockStops::load(m_db, m_keys, m_settings, record);
    if (!changed)
        return changed;
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return changed;
}

Result<CaseRecord> CaseService::approveExtension(const QString& reference)
{
    // GDPR Art. 12(3): the DPO approves (Permission::ApproveExtension).
    if (Status allowed = Permissions::check(m_actor.role, Permission::ApproveExtension); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    const CaseRecord& record = current.value();
    if (!record.isOpen()) {
        return Error { tr("%1 is \"%2\"; a finished case cannot be extended.")
                           .arg(record.reference, CaseStatuses::label(record.status)) };
    }
    ExtensionRepository repository(m_db, m_keys);
    Result<std::optional<ExtensionRecord>> requested = repository.forCase(record.id);
    if (!requested)
        return Error { requested.error() };
    if (!requested.value()) {
        return Error {
            tr("%1: no extension has been requested. Request it first, with a reason and a note.").arg(record.reference)
        };
    }
    const ExtensionRecord& extension = *requested.value();
    if (extension.isApproved()) {
        return Error { tr("%1: the extension was already approved on %2 by %3.")
                           .arg(record.reference, isoDay(extension.approvedAt), extension.approvedBy) };
    }
    // GDPR Art. 12(3); LEGAL.md 1.1 item 5: no extension after the one-month due date, approved or not.
    if (today() > record.due)
        return Error { tooLate(record, today()) };

    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status approved = repository.approve(record.id, m_actor.userName, now); !approved)
        return Error { approved.error() };
    CaseRecord extended = record;
    extended.extended = true;
    // LEGAL.md 1.1 item 5 [decision]: the deadline is the legal maximum; the extension target stays the plan.
    Result<CaseRecord> changed = CaseClockStops::load(m_db, m_keys, m_settings, extended);
    if (!changed)
        return changed;
    if (Status stored = CaseRepository(m_db, m_keys).updateDeadlines(changed.value(), now); !stored)
        return Error { stored.error() };
    Status logged = logCase(record, QStringLiteral("case.extension_approved"),
                            QStringLiteral("reference=%1 reason=%2 approved_on=%3 due=%4 current_due=%5 "
                                           "extension_target=%6")
                                .arg(record.reference, ExtensionReasons::code(extension.reason), iso(today()),
                                     iso(changed->due), iso(changed->currentDue), iso(changed->extensionTarget)));
    if (!logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return changed;
}

Result<std::optional<ExtensionRecord>> CaseService::extension(const QString& reference) const
{
    Result<CaseRecord> record = byReference(reference);
    if (!record)
        return Error { record.error() };
    return ExtensionRepository(m_db, m_keys).forCase(record->id);
}

} // namespace dsar
