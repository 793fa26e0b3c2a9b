#include "residents/ResidentStore.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "institutions/InstitutionStore.h"
#include "reports/Statistics.h"
#include "residents/StayStore.h"

using namespace riaya;

TEST_CASE("a resident is created, read back and updated")
{
    TempDatabase t;
    ResidentStore store(t.db());
    auto id = store.create(TempDatabase::sampleResident());
    REQUIRE(id.ok());
    auto read = store.get(*id);
    REQUIRE(read.ok());
    CHECK(read->firstName == QStringLiteral("فاطمة"));
    CHECK(read->status == QStringLiteral("registered"));
    CHECK(read->massarCode == QStringLiteral("G123456789"));

    Resident changed = *read;
    changed.schoolLevel = QStringLiteral("S2");
    changed.massarCode = QStringLiteral("g987654321"); // stored upper-case
    REQUIRE(store.update(changed).ok());
    CHECK(store.get(*id)->schoolLevel == QStringLiteral("S2"));
    CHECK(store.get(*id)->massarCode == QStringLiteral("G987654321"));
}

TEST_CASE("an invalid resident is not saved at all")
{
    TempDatabase t;
    ResidentStore store(t.db());
    Resident r = TempDatabase::sampleResident();
    r.birthDate = QDate::currentDate().addYears(1);
    auto id = store.create(r);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind == Error::Kind::Invalid);
    CHECK(id.error().issues.first().field == QStringLiteral("birth_date"));
    CHECK(*store.count({}) == 0);
}

TEST_CASE("updating or reading a resident that does not exist says so")
{
    TempDatabase t;
    ResidentStore store(t.db());
    Resident r = TempDatabase::sampleResident();
    r.id = QStringLiteral("no-such-id");
    CHECK(store.update(r).error().kind == Error::Kind::NotFound);
    CHECK(store.get(r.id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("a removed resident is a tombstone: gone from lists, kept for sync")
{
    TempDatabase t;
    ResidentStore store(t.db());
    auto id = store.create(TempDatabase::sampleResident());
    REQUIRE(store.remove(*id).ok());
    CHECK(store.get(*id).error().kind == Error::Kind::NotFound);
    CHECK(*store.count({}) == 0);
    CHECK(t.db().writer().read(QStringLiteral("residents"), *id).value(QStringLiteral("deleted")).toInt()
          == 1);
    CHECK(store.search(QStringLiteral("فاطمة"))->isEmpty());
}

TEST_CASE("lists filter by status, sex and level, page and sort")
{
    TempDatabase t;
    ResidentStore store(t.db());
    const QStringList names { QStringLiteral("Amina"), QStringLiteral("Brahim"), QStringLiteral("Chaimae"),
                              QStringLiteral("Driss") };
    QStringList ids;
    for (const QString& name : names) {
        Resident r = TempDatabase::sampleResident();
        r.lastName = name;
        r.sex = name == QLatin1String("Brahim") || name == QLatin1String("Driss") ? QStringLiteral("M")
                                                                                  : QStringLiteral("F");
        ids << *store.create(r);
    }
    REQUIRE(StayStore(t.db()).admit(ids[0], t.db().site().institutionId, QDate::currentDate(), {}).ok());

    ResidentQuery query;
    CHECK(*store.count(query) == 4);
    query.sex = QStringLiteral("M");
    CHECK(*store.count(query) == 2);
    query = {};
    query.status = QStringLiteral("present");
    REQUIRE(store.list(query)->size() == 1);
    CHECK(store.list(query)->first().lastName == QStringLiteral("Amina"));

    query = {};
    query.limit = 2;
    query.offset = 1;
    auto page = store.list(query);
    REQUIRE(page->size() == 2);
    CHECK(page->at(0).lastName == QStringLiteral("Brahim"));
    query.descending = true;
    query.offset = 0;
    CHECK(store.list(query)->first().lastName == QStringLiteral("Driss"));
}

TEST_CASE("statistics count live records per kind")
{
    TempDatabase t;
    ResidentStore store(t.db());
    auto id = store.create(TempDatabase::sampleResident());
    REQUIRE(store.create(TempDatabase::sampleResident()).ok());
    REQUIRE(store.remove(*id).ok());
    auto stats = Statistics::collect(t.db());
    REQUIRE(stats.ok());
    const QJsonObject records = stats->value(QStringLiteral("records")).toObject();
    CHECK(records.value(QStringLiteral("residents")).toInt() == 1);
    CHECK(records.value(QStringLiteral("institutions")).toInt() == 1);
    CHECK(stats->value(QStringLiteral("residents_by_status"))
              .toObject()
              .value(QStringLiteral("registered"))
              .toInt()
          == 1);
}
