#include "LetterTemplateService.h"

#include "common/Clock.h"
#include "letters/LetterComposer.h"
#include "letters/LetterTemplates.h"
#include "security/Permission.h"
#include "storage/AuditLog.h"
#include "storage/ControllerRepository.h"
#include "storage/Database.h"
#include "storage/LetterTemplateRepository.h"
#include "storage/Transaction.h"

namespace dsar {

LetterTemplateService::LetterTemplateService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_keys(keys)
{ }

Status LetterTemplateService::mayRead() const
{
    // Handlers and the DPO read templates to write letters; administrators to edit them. Not personal data.
    if (Permissions::allows(m_actor.role, Permission::ManageRegister))
        return {};
    return Permissions::check(m_actor.role, Permission::ViewCases);
}

Status LetterTemplateService::checkTarget(qint64 controllerId, const QString& language) const
{
    if (!LetterComposer::isLanguage(language)) {
        return Error { tr("Letters are written in %1; \"%2\" is not one of them.")
                           .arg(LetterComposer::languages().join(QStringLiteral(", ")), language.left(20)) };
    }
    Result<std::optional<ControllerRecord>> controller = ControllerRepository(m_db).byId(controllerId);
    if (!controller)
        return Error { controller.error() };
    if (!controller.value())
        return Error { tr("There is no organisation with id %1.").arg(controllerId) };
    return {};
}

Result<QString> LetterTemplateService::body(qint64 controllerId, LetterKind kind, const QString& language) const
{
    if (Status allowed = mayRead(); !allowed)
        return Error { allowed.error() };
    if (!LetterComposer::isLanguage(language)) {
        return Error { tr("Letters are written in %1; \"%2\" is not one of them.")
                           .arg(LetterComposer::languages().join(QStringLiteral(", ")), language.left(20)) };
    }
    Result<std::optional<LetterTemplateRecord>> own = LetterTemplateRepository(m_db).find(controllerId, kind, language);
    if (!own)
        return Error { own.error() };
    if (own.value())
        return own.value()->body;
    const QString standard = LetterTemplates::defaultBody(kind, language);
    if (standard.isEmpty()) {
        return Error { tr("The default template for %1 (%2) is missing from this build of DSAR Desk.")
                           .arg(LetterKinds::code(kind), language) };
    }
    return standard;
}

bool LetterTemplateService::isCustomised(qint64 controllerId, LetterKind kind, const QString& language) const
{
    if (!mayRead())
        return false;
    Result<std::optional<LetterTemplateRecord>> own = LetterTemplateRepository(m_db).find(controllerId, kind, language);
    return own && own.value().has_value();
}

Result<QList<LetterTemplateInfo>> LetterTemplateService::list(qint64 controllerId) const
{
    if (Status allowed = mayRead(); !allowed)
        return Error { allowed.error() };
    Result<QList<LetterTemplateRecord>> own = LetterTemplateRepository(m_db).forController(controllerId);
    if (!own)
        return Error { own.error() };
    QList<LetterTemplateInfo> infos;
    for (const QString& language : LetterComposer::languages()) {
        for (LetterKind kind : LetterKinds::all()) {
            LetterTemplateInfo info { kind, language, false, QString(), QDateTime() };
            for (const LetterTemplateRecord& record : own.value()) {
                if (record.kind == kind && record.language == language) {
                    info.customised = true;
                    info.updatedBy = record.updatedBy;
                    info.updatedAt = record.updatedAt;
                }
            }
            infos << info;
        }
    }
    return infos;
}

Status LetterTemplateService::set(qint64 controllerId, LetterKind kind, const QString& language, const QString& body)
{
    // The organisation's letters are part of its set-up, as its register and settings are.
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return allowed;
    if (Status target = checkTarget(controllerId, language); !target)
        return target;
    if (Status valid = LetterTemplates::validate(kind, body); !valid)
        return valid;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    LetterTemplateRepository templates(m_db);
    Result<std::optional<LetterTemplateRecord>> before = templates.find(controllerId, kind, language);
    if (!before)
        return Error { before.error() };
    if (before.value() && before.value()->body == body)
        return {}; // nothing changes: nothing written, nothing logged
    const QDateTime now = m_clock.wallClockNow();
    if (Status stored = templates.store({ controllerId, kind, language, body, m_actor.userName, now }); !stored)
        return stored;
    // Codes and sizes only: the audit trail never quotes letter text.
    Status logged = AuditLog(m_db, m_keys)
                        .append({ 0, now, m_actor.userName, QStringLiteral("letter_template.changed"),
                                  QStringLiteral("controller"), controllerId,
                                  QStringLiteral("%1/%2: %3 -> customised (%4 characters)")
                                      .arg(LetterKinds::code(kind), language,
                                           before.value() ? QStringLiteral("customised") : QStringLiteral("default"))
                                      .arg(body.size()) });
    if (!logged)
        return logged;
    return transaction.commit();
}

Status LetterTemplateService::reset(qint64 controllerId, LetterKind kind, const QString& language)
{
    if (Status allowed = Permissions::check(m_actor.role, Permission::ManageRegister); !allowed)
        return allowed;
    if (Status target = checkTarget(controllerId, language); !target)
        return target;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error { transaction.error() };
    Result<bool> removed = LetterTemplateRepository(m_db).remove(controllerId, kind, language);
    if (!removed)
        return Error { removed.error() };
    if (!removed.value())
        return {}; // already the default
    Status logged
        = AuditLog(m_db, m_keys)
              .append({ 0, m_clock.wallClockNow(), m_actor.userName, QStringLiteral("letter_template.changed"),
                        QStringLiteral("controller"), controllerId,
                        QStringLiteral("%1/%2: customised -> default").arg(LetterKinds::code(kind), language) });
    if (!logged)
        return logged;
    return transaction.commit();
}

} // namespace dsar
