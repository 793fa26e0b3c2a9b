#pragma once

#include "residents/Resident.h"
#include "residents/Stay.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of a resident and of a stay, as `riaya-cli --json` prints them: a resident's
// editable fields under their column names, with its id, status and institution (null when
// in none); a stay's dates as YYYY-MM-DD, empty while not known.
QJsonObject toJson(const Resident& resident);
QJsonObject toJson(const Stay& stay);

} // namespace riaya
