#pragma once

#include "daily/Incident.h"
#include "daily/Presence.h"
#include "daily/SchoolResult.h"

#include <QJsonObject>

namespace riaya {

// The JSON form of the daily records, as `riaya-cli --json` prints them: a presence mark
// (with the resident's name), a school result, an incident. What is not known is null.
QJsonObject toJson(const PresenceMark& mark);
QJsonObject toJson(const SchoolResult& result);
QJsonObject toJson(const Incident& incident);

} // namespace riaya
