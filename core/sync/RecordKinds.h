#pragma once

#include <QString>

namespace riaya {

// What people call each kind of synced record ("residents" -> "Residents", translated), as the
// import preview, the review queue and the audit screen name them. Every table of
// syncedTables() has a name; anything else is shown as it is.
QString recordKindName(const QString& table);
// The English name before translation; empty for a table that is not synced.
QString recordKindSourceName(const QString& table);

// A stored value of a synced record as people read it: a code (a sex, a state, a level, a
// decision) gets its label in the user's language through the label helper of its record; a
// free text, a date or a number is returned as stored.
QString recordValueLabel(const QString& table, const QString& column, const QString& value);

} // namespace riaya
