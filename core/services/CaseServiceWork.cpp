// CaseService: the work on a case (issue 5 item 1): its handler, internal notes kept apart from the messages
// exchanged with the data subject, and attachments such as the original letter, kept with their SHA-256.
#include "CaseService.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "domain/CaseWorkflow.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/CaseWorkRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QMimeDatabase>
#include <QRegularExpression>

#include <algorithm>

namespace dsar {
namespace {

constexpr qsizetype MaxFileNameLength = 255;
const QString noOne = QStringLiteral("-");

// "type/subtype" (RFC 6838 4.2), lower case.
bool isMediaType(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

Result<CaseRecord> CaseService::assign(const QString& reference, const QString& userName)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> current = byReference(reference);
    if (!current)
        return current;
    CaseRecord record = current.value();
    if (CaseWorkflow::isFinal(record.status)) {
        return Error { tr("%1 is finished (\"%2\"), so its handler can no longer change.")
                           .arg(record.reference, CaseStatuses::label(record.status)) };
    }
    // Account names are lower case (AccountService::validateName).
    QString assignee = userName.trimmed().toLower();
    if (!assignee.isEmpty()) {
        Result<std::optional<UserRecord>> user = UserRepository(m_db).byName(assignee);
        if (!user)
            return Error { user.error() };
        if (!user.value()) {
            return Error { tr("There is no account named %1. Assign the case to a case handler or DPO by their "
                              "account name; an administrator lists the accounts with \"dsarctl user list\".")
                               .arg(assignee) };
        }
        if (user.value()->disabled) {
            return Error { tr("The account %1 is disabled and cannot handle cases. Assign the case to an active "
                              "case handler or DPO.")
                               .arg(assignee) };
        }
        if (!Permissions::allows(user.value()->role, Permission::WorkCase)) {
            return Error { tr("%1 is an account with the role \"%2\", which does no case work. Assign the case to a "
                              "case handler or DPO.")
                               .arg(assignee, Roles::label(user.value()->role)) };
        }
        assignee = user.value()->name;
    }
    if (assignee == record.assignee) {
        return Error { assignee.isEmpty() ? tr("%1 has no handler to unassign.").arg(record.reference)
                                          : tr("%1 is already assigned to %2.").arg(record.reference, assignee) };
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    if (Status updated = CaseWorkRepository(m_db, m_keys).setAssignee(record.id, assignee, m_clock.now()); !updated)
        return Error { updated.error() };
    // Account names are staff, not data subjects: they may stand in the audit trail.
    const QString previous = record.assignee.isEmpty() ? noOne : record.assignee;
    const AuditEvent event = assignee.isEmpty()
        ? AuditEvent { 0,
                       m_clock.wallClockNow(),
                       m_actor.userName,
                       QStringLiteral("case.unassigned"),
                       QStringLiteral("case"),
                       record.id,
                       QStringLiteral("reference=%1 previous=%2").arg(record.reference, previous) }
        : AuditEvent {
              0,
              m_clock.wallClockNow(),
              m_actor.userName,
              QStringLiteral("case.assigned"),
              QStringLiteral("case"),
              record.id,
              QStringLiteral("reference=%1 assignee=%2 previous=%3").arg(record.reference, assignee, previous)
          };
    if (Status logged = AuditLog(m_db, m_keys).append(event); !logged)
        return Error { logged.error() };
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    record.assignee = assignee;
    emit casesChanged();
    return record;
}

Result<CaseNote> CaseService::addNote(const QString& reference, CaseNote::Kind kind, const QString& text)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    QString body = text.trimmed();
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (body.isEmpty())
        return Error { tr("Write the text of the note; an empty note is not kept.") };
    if (body.size() > MaxNoteLength) {
        return Error { tr("The note has %1 characters; a note can have at most %2. Shorten it, or attach the full "
                          "text as a file.")
                           .arg(body.size())
                           .arg(MaxNoteLength) };
    }
    Result<CaseRecord> found = byReference(reference);
    if (!found)
        return Error { found.error() };
    const CaseRecord& record = found.value();
    if (CaseWorkflow::isFinal(record.status) && kind != CaseNote::Kind::Internal) {
        return Error { tr("%1 is finished (\"%2\"), so it takes internal notes only. A new message from the data "
                          "subject may be a new request: register it as one.")
                           .arg(record.reference, CaseStatuses::label(record.status)) };
    }

    CaseNote note;
    note.caseId = record.id;
    note.kind = kind;
    note.body = body;
    note.author = m_actor.userName;
    note.createdAt = m_clock.now().toUTC();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<qint64> id = CaseWorkRepository(m_db, m_keys).insertNote(note);
    if (!id)
        return Error { id.error() };
    note.id = id.value();
    // The kind, never the text: the text is personal data.
    Status logged = logCase(record, QStringLiteral("case.note_added"),
                            QStringLiteral("reference=%1 note=%2 kind=%3")
                                .arg(record.reference, QString::number(note.id), CaseNoteKinds::code(kind)));
    if (!logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return note;
}

Result<QList<CaseNote>> CaseService::notes(const QString& reference) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> found = byReference(reference);
    if (!found)
        return Error { found.error() };
    return CaseWorkRepository(m_db, m_keys).notes(found->id);
}

Result<CaseAttachment> CaseService::attach(const QString& reference, const QString& fileName, const QByteArray& content,
                                           const QString& mediaType)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::WorkCase); !allowed)
        return Error { allowed.error() };
    // The name only, not the folder it was attached from.
    QString name = fileName.trimmed();
    name = name.mid(std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1).trimmed();
    if (name.isEmpty())
        return Error { tr("Give the file's name, e.g. letter.pdf.") };
    if (name.size() > MaxFileNameLength) {
        return Error {
            tr("The file name has %1 characters; shorten it to at most %2.").arg(name.size()).arg(MaxFileNameLength)
        };
    }
    for (QChar character : std::as_const(name)) {
        if (character.category() == QChar::Other_Control)
            return Error { tr("The file name contains control characters; rename the file and attach it again.") };
    }
    if (content.isEmpty())
        return Error { tr("%1 is empty. Attach the file as it arrived; an empty file shows nothing.").arg(name) };
    if (content.size() > MaxAttachmentSize) {
        return Error { tr("%1 is %2 MiB; an attachment can be at most %3 MiB. Attach a smaller file, e.g. a scan at a "
                          "lower resolution.")
                           .arg(name, QString::number(double(content.size()) / (1024 * 1024), 'f', 1),
                                QString::number(MaxAttachmentSize / (1024 * 1024))) };
    }
    const QMimeDatabase mimeTypes;
    QString type = mediaType.trimmed().toLower();
    if (type.isEmpty()) {
        type = mimeTypes.mimeTypeForFileNameAndData(name, content).name();
        if (type.isEmpty())
            type = QStringLiteral("application/octet-stream");
    } else if (!isMediaType(type)) {
        return Error { tr("\"%1\" is not a media type. Give one such as application/pdf or message/rfc822, or leave it "
                          "out to have it recognised from the file.")
                           .arg(mediaType.trimmed().left(80)) };
    } else if (const QMimeType known = mimeTypes.mimeTypeForName(type); known.isValid()) {
        type = known.name(); // the canonical name of an alias
    }
    Result<CaseRecord> found = byReference(reference);
    if (!found)
        return Error { found.error() };
    const CaseRecord& record = found.value();

    CaseAttachment attachment;
    attachment.caseId = record.id;
    attachment.fileName = name;
    attachment.mediaType = type;
    attachment.size = content.size();
    attachment.sha256 = QString::fromLatin1(crypto::sha256(content).toHex());
    attachment.addedBy = m_actor.userName;
    attachment.addedAt = m_clock.now().toUTC();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<qint64> id = CaseWorkRepository(m_db, m_keys).insertAttachment(attachment, content);
    if (!id)
        return Error { id.error() };
    attachment.id = id.value();
    // The hash and size identify the file without its name, which may be personal data.
    Status logged = logCase(record, QStringLiteral("case.attachment_added"),
                            QStringLiteral("reference=%1 attachment=%2 media_type=%3 size=%4 sha256=%5")
                                .arg(record.reference, QString::number(attachment.id), attachment.mediaType,
                                     QString::number(attachment.size), attachment.sha256));
    if (!logged)
        return Error { logged.error() };
    if (Status committed = commitChange(transaction); !committed)
        return Error { committed.error() };
    return attachment;
}

Result<QList<CaseAttachment>> CaseService::attachments(const QString& reference) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    Result<CaseRecord> found = byReference(reference);
    if (!found)
        return Error { found.error() };
    return CaseWorkRepository(m_db, m_keys).attachments(found->id);
}

Result<QByteArray> CaseService::attachmentContent(qint64 attachmentId) const
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ViewCases); !allowed)
        return Error { allowed.error() };
    CaseWorkRepository repository(m_db, m_keys);
    Result<std::optional<CaseAttachment>> found = repository.attachment(attachmentId);
    if (!found)
        return Error { found.error() };
    if (!found.value()) {
        return Error { tr("There is no attachment %1. A case's attachments and their numbers are listed by "
                          "\"dsarctl case attachments REF\".")
                           .arg(attachmentId) };
    }
    return repository.attachmentContent(attachmentId);
}

} // namespace dsar
