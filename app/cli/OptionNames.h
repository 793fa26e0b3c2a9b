#pragma once

#include <QHash>
#include <QString>

namespace riaya {

// The option that sets each stored field, for the fields whose option is not named after
// them (resident_id: --resident), so that a value refused is reported under the option
// typed. One table for each group of commands, given to failNamingOptions.

// families and placements
const QHash<QString, QString>& familyOptionNames();
// templates, inspections and corrective actions
const QHash<QString, QString>& inspectionOptionNames();
// presence
const QHash<QString, QString>& presenceOptionNames();
// results
const QHash<QString, QString>& schoolResultOptionNames();
// incidents
const QHash<QString, QString>& incidentOptionNames();

} // namespace riaya
