#pragma once

#include <QString>

namespace riaya {

// What people call each stored field ("due_on" -> "Due on", translated), as the audit screen
// and the review queue name them. One table for every column of the synced tables; where a
// column means something else in one table ("kind" of an incident), that table has its own
// label. Bookkeeping stamps (id, version, ...) have labels too, for completeness.
QString fieldLabel(const QString& table, const QString& column);
// The English label before translation; empty for a column the table does not know.
QString fieldSourceLabel(const QString& table, const QString& column);

// Who wrote an entry, as people read it: the local operator of a database without accounts
// ("local") gets a name; a user name is shown as it is.
QString actorLabel(const QString& actor);

} // namespace riaya
