#pragma once

#include "families/Family.h"
#include "families/Placement.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of a foster family and of what is recorded about it (its members, the
// decisions on it, its home studies), and of placements and their follow-up visits, as
// `riaya-cli --json` prints them. What is not known is null.
QJsonObject toJson(const FamilyMember& member);
QJsonObject toJson(const Family& family);
QJsonObject toJson(const FamilyEvent& event);
QJsonObject toJson(const HomeStudy& study);
QJsonObject toJson(const Placement& placement);
QJsonObject toJson(const PlacementVisit& visit);

} // namespace riaya
