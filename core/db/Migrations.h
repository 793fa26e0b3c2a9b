#pragma once

#include <QString>
#include <QStringList>
#include <span>

namespace riaya {

// One numbered step of the schema. Once released, a migration is never edited:
// a later change is a new migration.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

std::span<const Migration> allMigrations();
int latestSchemaVersion();

// The tables that carry synced records, in dependency order (parents first).
const QStringList& syncedTables();
// The synced tables the ministry sends back to sites as reference data.
const QStringList& referenceTables();

} // namespace riaya
