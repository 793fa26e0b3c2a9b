#pragma once

#include "sync/TrustStore.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of a trusted site, as `riaya-cli --json` prints it: its signing key by
// fingerprint.
QJsonObject toJson(const TrustedSite& site);

} // namespace riaya
