#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace riaya {

// A small JSON document signed by the key it carries: a ministry profile or a site's
// public identity. The file is {"body": {...}, "signature": base64}, the signature an
// Ed25519 signature over the body's canonical JSON. Being self-signed, it proves the file
// is intact and was made by the holder of the key; whether that key is the right one is
// for a person to check, by comparing fingerprints.
class SignedDocument
{
    Q_DECLARE_TR_FUNCTIONS(SignedDocument)

public:
    // body must hold "sign_key" (base64) matching signSecret.
    static QByteArray sign(const QVariantMap& body, const QByteArray& signSecret);
    // Reads and checks a file's content; returns the body. `format` is the expected value
    // of body["format"]; `file` names the file in messages.
    static Result<QVariantMap> verify(const QByteArray& content, const QString& format, const QString& file);
    static Status writeFile(const QString& path, const QByteArray& content);
    static Result<QByteArray> readFile(const QString& path, qint64 maxBytes = 64 * 1024);
};

} // namespace riaya
