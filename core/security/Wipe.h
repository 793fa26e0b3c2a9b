#pragma once

#include <QByteArray>

namespace riaya {

// Zeroes a secret in place (a derived key, a private key, a passphrase) so it does not
// linger in freed memory. The array should be the only holder of its bytes: a copy that
// shares them is detached by the write, and the shared original is left as it was.
void wipe(QByteArray& secret);

// Wipes a secret when the scope ends, whichever way it ends (early returns included).
class WipeOnExit
{
public:
    explicit WipeOnExit(QByteArray& secret)
        : m_secret(secret)
    { }
    ~WipeOnExit() { wipe(m_secret); }
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
    QByteArray& m_secret;
};

} // namespace riaya
