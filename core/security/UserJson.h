#pragma once

#include "security/UserStore.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of a user account, as `riaya-cli --json` prints it: never its password hash.
QJsonObject toJson(const UserAccount& account);

} // namespace riaya
