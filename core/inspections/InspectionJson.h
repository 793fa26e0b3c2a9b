#pragma once

#include "inspections/CorrectiveAction.h"
#include "inspections/Inspection.h"
#include "inspections/InspectionTemplate.h"

#include <QJsonObject>
#include <optional>

namespace riaya {

// The JSON form of the inspection records, as `riaya-cli --json` prints them: an edition of
// the standards as listed (its items counted; the whole edition as a template file is
// InspectionTemplate::toJson()), an inspection with its answers and findings counted, a
// finding, a section's score, a corrective action. Scores are rounded to one decimal; what
// is not known is null.
QJsonObject toJson(const InspectionTemplate& standards);
QJsonObject toJson(const Inspection& inspection);
QJsonObject toJson(const Finding& finding);
QJsonObject toJson(const Score& score);
QJsonObject toJson(const CorrectiveAction& action);
// A score in percent rounded to one decimal, or null when there is none.
QJsonValue jsonScore(const std::optional<double>& percent);

} // namespace riaya
