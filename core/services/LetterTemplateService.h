#pragma once

#include "common/Result.h"
#include "letters/LetterFacts.h"
#include "services/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace dsar {

class Clock;
class Database;
class KeyRing;

// One letter in one language as an organisation has it: its own wording or the default.
struct LetterTemplateInfo
{
    LetterKind kind = LetterKind::Acknowledgement;
    QString language;
    bool customised = false;
    QString updatedBy; // empty for the default
    QDateTime updatedAt;
};

// Each organisation's wording of its letters (LEGAL.md section 4), per kind and language; the defaults in
// resources/letters apply until an administrator makes a template the organisation's own.
class LetterTemplateService
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplateService)
public:
    LetterTemplateService(Database& db, const Clock& clock, const Actor& actor, const KeyRing& keys);

    // The organisation's own template, else the default.
    Result<QString> body(qint64 controllerId, LetterKind kind, const QString& language) const;
    // False too when it cannot be read.
    bool isCustomised(qint64 controllerId, LetterKind kind, const QString& language) const;
    // Every kind in every language, in LetterKinds::all() order, Swedish first.
    Result<QList<LetterTemplateInfo>> list(qint64 controllerId) const;
    // Validates (LetterTemplates::validate) and stores the organisation's own template (administrators).
    Status set(qint64 controllerId, LetterKind kind, const QString& language, const QString& body);
    // Back to the default; nothing to do when the template is the default already.
    Status reset(qint64 controllerId, LetterKind kind, const QString& language);

private:
    Status mayRead() const;
    Status checkTarget(qint64 controllerId, const QString& language) const;
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    const KeyRing& m_keys;
};

} // namespace dsar
