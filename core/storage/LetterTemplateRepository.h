#pragma once

#include "common/Result.h"
#include "letters/LetterFacts.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dsar {

class Database;

// An organisation's own wording of one letter in one language (letter_templates). Not personal data: the
// body holds placeholders, never a subject's values.
struct LetterTemplateRecord
{
    qint64 controllerId = 0;
    LetterKind kind = LetterKind::Acknowledgement;
    QString language;
    QString body;
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

class LetterTemplateRepository
{
public:
    explicit LetterTemplateRepository(const Database& db);

    Result<std::optional<LetterTemplateRecord>> find(qint64 controllerId, LetterKind kind,
                                                     const QString& language) const;
    // Every template the organisation has made its own, by kind and language.
    Result<QList<LetterTemplateRecord>> forController(qint64 controllerId) const;
    // Inserts or replaces the organisation's template for the kind and language.
    Status store(const LetterTemplateRecord& record);
    // True when there was one to remove.
    Result<bool> remove(qint64 controllerId, LetterKind kind, const QString& language);

private:
    const Database& m_db;
};

} // namespace dsar
