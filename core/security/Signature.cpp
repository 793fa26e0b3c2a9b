#include "Signature.h"

#include <sodium.h>

namespace riaya {

QByteArray signDetached(const QByteArray& message, const QByteArray& signSecret)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(signSecret.constData()));
    return signature;
}

bool verifyDetached(const QByteArray& message, const QByteArray& signature, const QByteArray& signKey)
{
    return signKey.size() == crypto_sign_PUBLICKEYBYTES && signature.size() == crypto_sign_BYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(signKey.constData()))
        == 0;
}

} // namespace riaya
