#pragma once

#include <QString>

namespace riaya {

// What people call each kind of synced record ("residents" -> "Residents", translated), as the
// import preview, the review queue and the audit screen name them. Every table of
// syncedTables() has a name; anything else is shown as it is.
QString recordKindName(const QString& table);
// The English name before translation; empty for a table that is not synced.
QString recordKindSourceName(const QString& table);

} // namespace riaya
