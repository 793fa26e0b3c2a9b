#pragma once

#include <QStringList>

namespace riaya {

// The tables that carry synced records, in dependency order (parents first).
const QStringList& syncedTables();
// The synced tables the ministry sends back to sites as reference data.
const QStringList& referenceTables();

} // namespace riaya
