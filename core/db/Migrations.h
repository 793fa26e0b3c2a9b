#pragma once

#include "SyncedTables.h" // the synced tables, which every caller of the schema also asks for

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
// The statements of schema 13 (db/SharingSchema.cpp).
const QStringList& sharingMigration();

} // namespace riaya
