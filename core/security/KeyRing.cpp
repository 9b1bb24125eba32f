#include "KeyRing.h"

#include "crypto/Aead.h"
#include "crypto/Crypto.h"

#include <QVariant>

namespace dsar {
namespace {

// Separate keys per purpose, derived with HMAC-SHA256 as a PRF (NIST SP 800-108 style, one block).
QByteArray derive(const QByteArray& dataKey, const char* purpose)
{
    return crypto::hmacSha256(dataKey, QByteArray(purpose));
}

} // namespace

Result<QByteArray> KeyRing::generateDataKey()
{
    return crypto::randomBytes(crypto::KeySize);
}

Result<KeyRing> KeyRing::fromDataKey(const QByteArray& dataKey)
{
    if (dataKey.size() != crypto::KeySize)
        return Error { tr("The data key has the wrong length.") };
    KeyRing ring;
    ring.m_dataKey = dataKey;
    ring.m_fieldKey = derive(dataKey, "dsar/field-encryption/v1");
    ring.m_indexKey = derive(dataKey, "dsar/blind-index/v1");
    ring.m_auditKey = derive(dataKey, "dsar/audit-chain/v1");
    return ring;
}

KeyRing::~KeyRing()
{
    crypto::wipe(m_dataKey);
    crypto::wipe(m_fieldKey);
    crypto::wipe(m_indexKey);
    crypto::wipe(m_auditKey);
}

Result<QByteArray> KeyRing::seal(const QString& column, const QString& plaintext) const
{
    return crypto::Aead::seal(m_fieldKey, plaintext.toUtf8(), column.toUtf8());
}

Result<QString> KeyRing::open(const QString& column, const QByteArray& sealed) const
{
    Result<QByteArray> plain = crypto::Aead::open(m_fieldKey, sealed, column.toUtf8());
    if (!plain)
        return Error { tr("A stored value in %1 could not be decrypted (wrong key or altered data).").arg(column) };
    return QString::fromUtf8(plain.value());
}

Result<QByteArray> KeyRing::sealBytes(const QString& column, const QByteArray& plaintext) const
{
    return crypto::Aead::seal(m_fieldKey, plaintext, column.toUtf8());
}

Result<QByteArray> KeyRing::openBytes(const QString& column, const QByteArray& sealed) const
{
    Result<QByteArray> plain = crypto::Aead::open(m_fieldKey, sealed, column.toUtf8());
    if (!plain)
        return Error { tr("A stored value in %1 could not be decrypted (wrong key or altered data).").arg(column) };
    return plain;
}

Result<QVariant> KeyRing::sealOptional(const QString& column, const QString& plaintext) const
{
    if (plaintext.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    Result<QByteArray> sealed = seal(column, plaintext);
    if (!sealed)
        return Error { sealed.error() };
    return QVariant(sealed.value());
}

QString KeyRing::blindIndex(const QString& kind, const QString& normalizedValue) const
{
    return QString::fromLatin1(
        crypto::hmacSha256(m_indexKey, (kind + QLatin1Char(':') + normalizedValue).toUtf8()).toHex());
}

QByteArray KeyRing::auditMac(const QByteArray& data) const
{
    return crypto::hmacSha256(m_auditKey, data);
}

QByteArray KeyRing::keyId() const
{
    return derive(m_dataKey, "dsar/key-id/v1");
}

} // namespace dsar
