#pragma once

#include <QString>

namespace riaya {

// A UUID version 7 (time-ordered, RFC 9562): made on the site without coordination and
// inserted in roughly ascending order, which keeps SQLite's indexes compact.
QString newRecordId();

// The current time in UTC as stored everywhere: ISO-8601 with milliseconds.
QString utcNowIso();

} // namespace riaya
