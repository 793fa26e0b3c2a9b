#include "SignedDocument.h"

#include "Signature.h"
#include "common/CanonicalJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace riaya {

QByteArray SignedDocument::sign(const QVariantMap& body, const QByteArray& signSecret)
{
    const QByteArray message = canonicalJson(body);
    const QByteArray signature = signDetached(message, signSecret);
    return "{\"body\":" + message + ",\"signature\":\"" + signature.toBase64() + "\"}\n";
}

Result<QVariantMap> SignedDocument::verify(const QByteArray& content, const QString& format,
                                           const QString& file)
{
    const QString native = QDir::toNativeSeparators(file);
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(content, &parseError).object();
    const QVariantMap body = root.value(QStringLiteral("body")).toObject().toVariantMap();
    if (parseError.error != QJsonParseError::NoError || body.isEmpty()) {
        return Error::invalid(tr("%1 is not a Riaya document (%2).").arg(native, parseError.errorString()));
    }
    if (body.value(QStringLiteral("format")).toString() != format) {
        return Error::invalid(tr("%1 is not a %2 document.").arg(native, format));
    }
    const QByteArray signKey
        = QByteArray::fromBase64(body.value(QStringLiteral("sign_key")).toString().toLatin1());
    const QByteArray signature
        = QByteArray::fromBase64(root.value(QStringLiteral("signature")).toString().toLatin1());
    if (!verifyDetached(canonicalJson(body), signature, signKey)) {
        return Error::invalid(
            tr("%1 was changed after it was signed, or its signature is damaged.").arg(native));
    }
    return body;
}

Status SignedDocument::writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        return Error::invalid(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Result<QByteArray> SignedDocument::readFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > maxBytes) {
        return Error::invalid(
            tr("%1 is too large to be a Riaya document.").arg(QDir::toNativeSeparators(path)));
    }
    return file.readAll();
}

} // namespace riaya
