#pragma once

#include <QSqlDatabase>

namespace riaya {

// Registers riaya_fold(text, ...) and riaya_skeletons(text, ...) on a SQLite connection, so triggers keep the
// search index current on every write, whichever part of core made it.
bool registerSearchFunctions(const QSqlDatabase& db);

} // namespace riaya
