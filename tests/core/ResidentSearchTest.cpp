#include "QtCatch.h"
#include "TempDatabase.h"
#include "domain/ResidentStore.h"

using namespace riaya;

namespace {
QStringList lastNames(Result<QList<Resident>> found)
{
    REQUIRE(found.ok());
    QStringList names;
    for (const Resident& r : *found) {
        names << r.lastName;
    }
    return names;
}
} // namespace

TEST_CASE("search finds residents by any folded word prefix of names and identifiers")
{
    TempDatabase t;
    ResidentStore store(t.db());
    Resident fatima = TempDatabase::sampleResident();
    Resident ahmed = TempDatabase::sampleResident();
    ahmed.firstName = QStringLiteral("أحمد");
    ahmed.lastName = QStringLiteral("الإدريسي");
    ahmed.firstNameLatin = QStringLiteral("Ahmed");
    ahmed.lastNameLatin = QStringLiteral("El Idrissi");
    ahmed.sex = QStringLiteral("M");
    ahmed.massarCode = QStringLiteral("J130045678");
    ahmed.nationalId = QStringLiteral("EE123456");
    REQUIRE(store.create(fatima).ok());
    const QString ahmedId = *store.create(ahmed);

    CHECK(lastNames(store.search(QStringLiteral("فاطمه"))) == QStringList { QStringLiteral("أيت علي") });
    CHECK(lastNames(store.search(QStringLiteral("فاطمة ايت"))) == QStringList { QStringLiteral("أيت علي") });
    CHECK(lastNames(store.search(QStringLiteral("احمد"))) == QStringList { QStringLiteral("الإدريسي") });
    CHECK(lastNames(store.search(QStringLiteral("الادريس"))) == QStringList { QStringLiteral("الإدريسي") });
    CHECK(lastNames(store.search(QStringLiteral("IDRISSI"))) == QStringList { QStringLiteral("الإدريسي") });
    CHECK(lastNames(store.search(QStringLiteral("j1300"))) == QStringList { QStringLiteral("الإدريسي") });
    CHECK(lastNames(store.search(QStringLiteral("ee123456"))) == QStringList { QStringLiteral("الإدريسي") });
    CHECK(store.search(QStringLiteral("فاطمة الإدريسي"))->isEmpty()); // every word must match
    CHECK(store.search(QStringLiteral("   "))->isEmpty());
    CHECK(store.search(QStringLiteral("\" OR *"))->isEmpty()); // FTS syntax is never passed through

    SECTION("the index follows every change")
    {
        Resident renamed = *store.get(ahmedId);
        renamed.firstName = QStringLiteral("يوسف");
        REQUIRE(store.update(renamed).ok());
        CHECK(store.search(QStringLiteral("احمد"))->isEmpty());
        CHECK(store.search(QStringLiteral("يوسف"))->size() == 1);
    }
}

TEST_CASE("the list's text filter uses the same search")
{
    TempDatabase t;
    ResidentStore store(t.db());
    REQUIRE(store.create(TempDatabase::sampleResident()).ok());
    ResidentQuery query;
    query.text = QStringLiteral("fat");
    CHECK(*store.count(query) == 1);
    query.sex = QStringLiteral("M");
    CHECK(*store.count(query) == 0);
}
