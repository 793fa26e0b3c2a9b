#pragma once

#include <QByteArray>

namespace riaya {

// Ed25519 detached signatures over bytes (libsodium), for the small signed statements:
// profiles and identities, key rotations, audit heads.
QByteArray signDetached(const QByteArray& message, const QByteArray& signSecret);
// False for a key or signature of the wrong size too, never an exception.
bool verifyDetached(const QByteArray& message, const QByteArray& signature, const QByteArray& signKey);

} // namespace riaya
