#include "Wipe.h"

#include <sodium.h>

namespace riaya {

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty()) {
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    }
}

} // namespace riaya
