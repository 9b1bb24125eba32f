#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dsar {

// The database's data key and the keys derived from it, held only in memory after a login.
// Personal data columns are sealed with AES-256-GCM under the field key (the column name as associated
// data); exact-match search uses a keyed blind index; the audit chain is keyed with the audit key.
class KeyRing
{
    Q_DECLARE_TR_FUNCTIONS(KeyRing)
public:
    // A new random data key, made once when a database is created.
    static Result<QByteArray> generateDataKey();
    static Result<KeyRing> fromDataKey(const QByteArray& dataKey);

    KeyRing(KeyRing&& other) noexcept = default;
    KeyRing& operator=(KeyRing&& other) noexcept = default;
    KeyRing(const KeyRing&) = delete;
    KeyRing& operator=(const KeyRing&) = delete;
    ~KeyRing();

    Result<QByteArray> seal(const QString& column, const QString& plaintext) const;
    Result<QString> open(const QString& column, const QByteArray& sealed) const;
    // The same for binary content (files): no text conversion on the way in or out.
    Result<QByteArray> sealBytes(const QString& column, const QByteArray& plaintext) const;
    Result<QByteArray> openBytes(const QString& column, const QByteArray& sealed) const;
    // Null text stays null (NULL in the database): "not given" is not a secret worth a ciphertext.
    Result<QVariant> sealOptional(const QString& column, const QString& plaintext) const;
    // HMAC-SHA256 of the normalised value, hex; the kind ("personal_id", "email") separates the spaces.
    QString blindIndex(const QString& kind, const QString& normalizedValue) const;
    QByteArray auditMac(const QByteArray& data) const;
    // Identifies the data key without revealing it (stored, so a wrong key is recognised at once).
    QByteArray keyId() const;
    // Only for wrapping into an account's key slot.
    const QByteArray& dataKey() const { return m_dataKey; }

private:
    KeyRing() = default;
    QByteArray m_dataKey;
    QByteArray m_fieldKey;
    QByteArray m_indexKey;
    QByteArray m_auditKey;
};

} // namespace dsar
