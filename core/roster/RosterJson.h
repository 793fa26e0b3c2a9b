#pragma once

#include "RosterFile.h"
#include "RosterImport.h"

#include <QJsonObject>

namespace riaya {

// What a dry run or an import found, as `riaya-cli ... import --json` prints it: the file
// (format, sheet, encoding, separator), the mapping, the counts, the problems grouped by kind
// with their rows, and the probable duplicates with their likeness.
QJsonObject toJson(const RosterFile& file, const RosterSummary& summary);

} // namespace riaya
