#include "reports/Dump.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace riaya;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("the dump is valid JSON with every kind, records sorted by id, tombstones included")
{
    TempDatabase t;
    DemoSettings settings;
    settings.residents = 30;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    ResidentStore store(t.db());
    const QString removed = *store.create(TempDatabase::sampleResident());
    REQUIRE(store.remove(removed).ok());

    const QString path = t.dir() + QStringLiteral("/dump.json");
    REQUIRE(Dump::write(t.db(), path).ok());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    CHECK(root.keys()
          == QStringList {
              QStringLiteral("corrective_actions"), QStringLiteral("families"),
              QStringLiteral("family_events"), QStringLiteral("grants"), QStringLiteral("home_studies"),
              QStringLiteral("incidents"), QStringLiteral("inspection_templates"),
              QStringLiteral("inspections"), QStringLiteral("institutions"), QStringLiteral("month_reports"),
              QStringLiteral("placement_visits"), QStringLiteral("placements"), QStringLiteral("presence"),
              QStringLiteral("requests"), QStringLiteral("residents"), QStringLiteral("revocations"),
              QStringLiteral("school_results"), QStringLiteral("stays"), QStringLiteral("users") });
    const QJsonArray residents = root.value(QStringLiteral("residents")).toArray();
    CHECK(residents.size() == 31);
    QString previous;
    bool sawTombstone = false;
    for (const QJsonValue& value : residents) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        CHECK(previous < id);
        previous = id;
        sawTombstone = sawTombstone
            || (id == removed && value.toObject().value(QStringLiteral("deleted")).toInt() == 1);
    }
    CHECK(sawTombstone);
}

TEST_CASE("dumping twice gives the same bytes, and a failed write leaves the old file")
{
    TempDatabase t;
    REQUIRE(ResidentStore(t.db()).create(TempDatabase::sampleResident()).ok());
    const QString path = t.dir() + QStringLiteral("/dump.json");
    REQUIRE(Dump::write(t.db(), path).ok());
    const QByteArray first = readAll(path);
    REQUIRE(Dump::write(t.db(), path).ok());
    CHECK(readAll(path) == first);
    CHECK_FALSE(Dump::write(t.db(), t.dir() + QStringLiteral("/no/such/folder/dump.json")).ok());
}
