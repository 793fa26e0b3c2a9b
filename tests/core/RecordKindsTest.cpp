#include "sync/RecordKinds.h"

#include "QtCatch.h"
#include "db/Migrations.h"
#include "sync/BundleLog.h"

using namespace riaya;

TEST_CASE("every synced table has a name of its own, ready for translation")
{
    REQUIRE(syncedTables().size() >= 17);
    for (const QString& table : syncedTables()) {
        INFO(table.toStdString());
        const QString source = recordKindSourceName(table);
        CHECK_FALSE(source.isEmpty());
        CHECK(source != table);
        // Without a catalogue the name is its English source, never the raw table name.
        CHECK(recordKindName(table) == source);
    }
    for (const QString& table : siteTables() + referenceTables()) {
        INFO(table.toStdString());
        CHECK(syncedTables().contains(table)); // so each has a name above
    }
}

TEST_CASE("a table that is not synced keeps its own name")
{
    CHECK(recordKindName(QStringLiteral("bundle_log")) == QStringLiteral("bundle_log"));
    CHECK(recordKindSourceName(QStringLiteral("bundle_log")).isEmpty());
}
