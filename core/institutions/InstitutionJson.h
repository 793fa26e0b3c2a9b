#pragma once

#include "institutions/Institution.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of an institution, as `riaya-cli --json` prints it.
QJsonObject toJson(const Institution& institution);

} // namespace riaya
