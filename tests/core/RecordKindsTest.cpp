#include "sync/RecordKinds.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "common/FieldLabels.h"
#include "daily/Presence.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "inspections/CorrectiveAction.h"
#include "residents/Resident.h"
#include "security/Access.h"
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

TEST_CASE("every column of every synced table has a label of its own, ready for translation")
{
    TempDatabase t;
    int columns = 0;
    for (const QString& table : syncedTables()) {
        SqlQuery query(t.db().connection(),
                       QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        REQUIRE(query.exec());
        while (query.next()) {
            const QString column = query.value(0).toString();
            INFO((table + QLatin1Char('.') + column).toStdString());
            const QString source = fieldSourceLabel(table, column);
            CHECK_FALSE(source.isEmpty());
            CHECK(source != column);
            CHECK(fieldLabel(table, column) == source); // the English source without a catalogue
            ++columns;
        }
    }
    CHECK(columns > 150);
    // A column that means something else in one table has that table's label.
    CHECK(fieldLabel(QStringLiteral("incidents"), QStringLiteral("kind"))
          == QStringLiteral("Kind of incident"));
    CHECK(fieldLabel(QStringLiteral("institutions"), QStringLiteral("kind"))
          == QStringLiteral("Kind of institution"));
    CHECK(fieldLabel(QStringLiteral("bundle_log"), QStringLiteral("sender_site"))
          == QStringLiteral("sender_site"));
}

TEST_CASE("stored codes are shown as words, free texts as stored")
{
    CHECK(recordValueLabel(QStringLiteral("residents"), QStringLiteral("sex"), QStringLiteral("F"))
          == QStringLiteral("Female"));
    CHECK(
        recordValueLabel(QStringLiteral("institutions"), QStringLiteral("residents_sex"), QStringLiteral("M"))
        == QStringLiteral("Boys only"));
    CHECK(recordValueLabel(QStringLiteral("residents"), QStringLiteral("school_level"), QStringLiteral("S5"))
          == schoolLevelLabel(QStringLiteral("S5")));
    CHECK(recordValueLabel(QStringLiteral("residents"), QStringLiteral("status"), QStringLiteral("present"))
          == residentStatusLabel(QStringLiteral("present")));
    CHECK(recordValueLabel(QStringLiteral("corrective_actions"), QStringLiteral("state"),
                           QStringLiteral("in_progress"))
          == actionStateLabel(QStringLiteral("in_progress")));
    CHECK(recordValueLabel(QStringLiteral("inspections"), QStringLiteral("state"), QStringLiteral("final"))
          == QStringLiteral("finalized"));
    CHECK(recordValueLabel(QStringLiteral("presence"), QStringLiteral("state"), QStringLiteral("sick"))
          == presenceStateLabel(QStringLiteral("sick")));
    CHECK(recordValueLabel(QStringLiteral("users"), QStringLiteral("roles"),
                           QStringLiteral("[\"staff\",\"supervisor\"]"))
          == roleLabel(QStringLiteral("staff")) + QStringLiteral(", ")
              + roleLabel(QStringLiteral("supervisor")));
    CHECK(recordValueLabel(QStringLiteral("residents"), QStringLiteral("deleted"), QStringLiteral("1"))
          == QStringLiteral("yes"));
    // Free text, and a code no helper knows, stay as stored.
    CHECK(recordValueLabel(QStringLiteral("residents"), QStringLiteral("school_name"), QStringLiteral("S5"))
          == QStringLiteral("S5"));
    CHECK(
        recordValueLabel(QStringLiteral("residents"), QStringLiteral("status"), QStringLiteral("unheard_of"))
        == QStringLiteral("unheard_of"));
    CHECK(actorLabel(QStringLiteral("local")) == QStringLiteral("The operator of this computer"));
    CHECK(actorLabel(QStringLiteral("samira")) == QStringLiteral("samira"));
}
