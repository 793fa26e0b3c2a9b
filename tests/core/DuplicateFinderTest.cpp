#include "residents/DuplicateFinder.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "residents/ResidentStore.h"
#include "text/JaroWinkler.h"

using namespace riaya;

TEST_CASE("Jaro-Winkler gives the textbook values")
{
    CHECK(jaroWinkler(QStringLiteral("martha"), QStringLiteral("marhta")) == Approx(0.961).margin(0.001));
    CHECK(jaroWinkler(QStringLiteral("dwayne"), QStringLiteral("duane")) == Approx(0.84).margin(0.001));
    CHECK(jaroWinkler(QStringLiteral("abc"), QStringLiteral("abc")) == 1.0);
    CHECK(jaroWinkler(QStringLiteral("abc"), QStringLiteral("xyz")) == 0.0);
    CHECK(jaroWinkler(QString(), QStringLiteral("x")) == 0.0);
}

TEST_CASE("the same child registered again, in the other script, is proposed; a different child is not")
{
    TempDatabase t;
    ResidentStore store(t.db());
    Resident existing = TempDatabase::sampleResident(); // فاطمة أيت علي, Fatima Ait Ali
    existing.fatherName = QStringLiteral("إبراهيم");
    const QString existingId = *store.create(existing);

    Resident sister = existing; // same family, another first name, two years younger
    sister.firstName = QStringLiteral("خديجة");
    sister.firstNameLatin = QStringLiteral("Khadija");
    sister.birthDate = existing.birthDate.addYears(2);
    REQUIRE(store.create(sister).ok());

    DuplicateFinder finder(t.db());
    SECTION("typed in Latin only, birth date a few days off")
    {
        Resident again;
        again.firstName = QStringLiteral("Fatema");
        again.lastName = QStringLiteral("Ait Ali");
        again.sex = QStringLiteral("F");
        again.birthDate = existing.birthDate.addDays(3);
        auto candidates = finder.candidatesFor(again);
        REQUIRE(candidates.ok());
        REQUIRE(candidates->size() == 1);
        CHECK(candidates->first().resident.id == existingId);
        CHECK(candidates->first().score >= DuplicateFinder::kThreshold);
    }
    SECTION("typed in Arabic with other hamza and taa marbuta spellings")
    {
        Resident again = existing;
        again.id.clear();
        again.firstName = QStringLiteral("فاطمه");
        again.lastName = QStringLiteral("ايت علي");
        auto candidates = finder.candidatesFor(again);
        REQUIRE(candidates->size() == 1);
        CHECK(candidates->first().resident.id == existingId);
    }
    SECTION("the record itself is never its own duplicate")
    {
        Resident self = *store.get(existingId);
        CHECK(finder.candidatesFor(self)->isEmpty());
    }
    SECTION("a birth date years apart is another child")
    {
        Resident other = existing;
        other.id.clear();
        other.birthDate = existing.birthDate.addYears(-3);
        CHECK(finder.candidatesFor(other)->isEmpty());
    }
}
