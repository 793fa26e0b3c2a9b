#pragma once

#include "sync/ReviewQueue.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of what an import left for review, as `riaya-cli --json` prints it: a
// conflict with both versions, a pair of probable duplicates with its score.
QJsonObject toJson(const ConflictEntry& conflict);
QJsonObject toJson(const DuplicateEntry& pair);

} // namespace riaya
