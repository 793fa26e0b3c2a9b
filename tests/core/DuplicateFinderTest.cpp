#include "residents/DuplicateFinder.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "residents/ResidentLikeness.h"
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

TEST_CASE("the same child registered again, in the other script, is proposed, a different child is not")
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

namespace {
// Two files of a girl as the issue reported them: the same first name, everything else apart.
std::pair<Resident, Resident> bouthainas()
{
    Resident a;
    a.firstName = QStringLiteral("بثينة");
    a.lastName = QStringLiteral("كديرة");
    a.firstNameLatin = QStringLiteral("Bouthaina");
    a.lastNameLatin = QStringLiteral("Guedira");
    a.sex = QStringLiteral("F");
    a.birthDate = QDate(2012, 4, 17);
    a.motherName = QStringLiteral("نادية");
    a.massarCode = QStringLiteral("K130245678");
    a.nationalId = QStringLiteral("BK123456");
    Resident b = a;
    b.lastName = QStringLiteral("القدوري");
    b.lastNameLatin = QStringLiteral("Kaddouri");
    b.birthDate = QDate(2012, 7, 2);
    b.motherName = QStringLiteral("حليمة");
    b.massarCode = QStringLiteral("R145566778");
    b.nationalId = QStringLiteral("CD998877");
    return { a, b };
}
} // namespace

TEST_CASE("names are weighed in their own script: a family name sharing a skeleton is another family")
{
    // كديرة and القدوري share the skeleton "kdr"; in Arabic (and in Latin) they are other names.
    CHECK(nameLikeness(QStringLiteral("كديرة"), {}, QStringLiteral("القدوري"), {}) < 0.75);
    CHECK(nameLikeness(QStringLiteral("Guedira"), {}, QStringLiteral("Kaddouri"), {}) < 0.75);
    // Across scripts the skeleton is all there is, and it is enough for one name.
    CHECK(nameLikeness(QStringLiteral("القدوري"), {}, QStringLiteral("Kaddouri"), {}) == 1.0);
    // The mistakes of a second typing in one script.
    CHECK(nameLikeness(QStringLiteral("فاطمة"), {}, QStringLiteral("فاطمه"), {}) == 1.0);
    CHECK(nameLikeness(QStringLiteral("أسماء"), {}, QStringLiteral("اسماء"), {}) == 1.0);
    CHECK(nameLikeness(QStringLiteral("الإدريسي"), {}, QStringLiteral("إدريسي"), {}) == 1.0);
    CHECK(nameLikeness(QStringLiteral("بنّاني"), {}, QStringLiteral("بنناني"), {}) >= 0.95);
    CHECK(nameLikeness(QStringLiteral("Fatema"), {}, QStringLiteral("Fatima"), {}) == 1.0);
    CHECK(nameLikeness(QStringLiteral("Mejjati"), {}, QStringLiteral("Majjati"), {}) == 1.0);
    CHECK(nameLikeness(QStringLiteral("Ben Ali"), {}, QStringLiteral("Benali"), {}) == 1.0);

    const auto [a, b] = bouthainas();
    const Likeness likeness = residentLikeness(a, b);
    CHECK(likeness.score < 0.2);
    CHECK(DuplicateFinder::similarity(a, b) == likeness.score);
    const auto agreementOn = [&](LikenessField field) {
        for (const Evidence& e : likeness.evidence) {
            if (e.field == field) {
                return e.agreement;
            }
        }
        FAIL("no evidence on that field");
        return Agreement::Same;
    };
    CHECK(agreementOn(LikenessField::FirstName) == Agreement::Same);
    CHECK(agreementOn(LikenessField::FamilyName) == Agreement::Different);
    CHECK(agreementOn(LikenessField::BirthDate) == Agreement::Different);
    CHECK(agreementOn(LikenessField::Mother) == Agreement::Different);
    CHECK(agreementOn(LikenessField::MassarCode) == Agreement::Different);
    CHECK(agreementOn(LikenessField::NationalId) == Agreement::Different);
}

TEST_CASE("compound given names are compared as a whole, by the part that tells them apart")
{
    CHECK(nameLikeness(QStringLiteral("عبد الغني"), {}, QStringLiteral("عبد الحميد"), {}) < 0.75);
    CHECK(nameLikeness(QStringLiteral("Abdelghani"), {}, QStringLiteral("Abdelhamid"), {}) < 0.75);
    CHECK(nameLikeness(QStringLiteral("نور الدين"), {}, QStringLiteral("بدر الدين"), {}) < 0.75);
    CHECK(nameLikeness(QStringLiteral("عبد الغني"), {}, QStringLiteral("عبدالغني"), {}) == 1.0);
    CHECK(nameLikeness(QStringLiteral("عبد الغني"), {}, QStringLiteral("Abdelghani"), {}) == 1.0);
    CHECK(nameLikeness(QStringLiteral("Abdelghani"), {}, QStringLiteral("Abd El Ghani"), {}) == 1.0);

    // Brothers: one family name, father, mother and birth date (twins), two first names.
    Resident a;
    a.firstName = QStringLiteral("عبد الغني");
    a.lastName = QStringLiteral("المتوكل");
    a.firstNameLatin = QStringLiteral("Abdelghani");
    a.lastNameLatin = QStringLiteral("Moutaouakil");
    a.sex = QStringLiteral("M");
    a.birthDate = QDate(2011, 2, 14);
    a.fatherName = QStringLiteral("محمد");
    a.motherName = QStringLiteral("زينب");
    Resident b = a;
    b.firstName = QStringLiteral("عبد الحميد");
    b.firstNameLatin = QStringLiteral("Abdelhamid");
    CHECK(DuplicateFinder::similarity(a, b) < DuplicateFinder::kThreshold);
}

TEST_CASE("identifiers and mothers weigh: the same code pulls the likeness up, another pulls it down")
{
    Resident a = TempDatabase::sampleResident(); // with a Massar code
    a.motherName = QStringLiteral("خديجة");
    Resident b = a;
    b.firstName = QStringLiteral("فاطمه"); // typed again, with the birth date one digit off
    b.birthDate = a.birthDate.addDays(a.birthDate.day() < 20 ? 10 : -10);
    const double same = DuplicateFinder::similarity(a, b);
    CHECK(same >= DuplicateFinder::kCrossSiteThreshold);

    Resident withoutCode = b;
    withoutCode.massarCode.clear();
    const double unknown = DuplicateFinder::similarity(a, withoutCode);
    CHECK(unknown < same);

    Resident otherCode = b;
    otherCode.massarCode = QStringLiteral("R987654321");
    const double other = DuplicateFinder::similarity(a, otherCode);
    CHECK(other < DuplicateFinder::kThreshold);
    CHECK(other < unknown * 0.6);

    Resident typoInCode = b; // one character wrong proves nothing either way
    typoInCode.massarCode = QStringLiteral("G123456780");
    CHECK(DuplicateFinder::similarity(a, typoInCode) == Approx(unknown));

    Resident otherMother = withoutCode;
    otherMother.motherName = QStringLiteral("مليكة");
    CHECK(DuplicateFinder::similarity(a, otherMother) < DuplicateFinder::kThreshold);

    Resident otherBirth = withoutCode; // a date that is no typing slip of the other
    otherBirth.birthDate = a.birthDate.addDays(-95);
    CHECK(DuplicateFinder::similarity(a, otherBirth) < DuplicateFinder::kThreshold);
}

TEST_CASE("first and family names typed in each other's field are still one child")
{
    Resident a = TempDatabase::sampleResident();
    Resident b = a;
    std::swap(b.firstName, b.lastName);
    std::swap(b.firstNameLatin, b.lastNameLatin);
    const Likeness likeness = residentLikeness(a, b);
    CHECK(likeness.namesSwapped);
    CHECK(likeness.score >= DuplicateFinder::kCrossSiteThreshold);
    CHECK_FALSE(residentLikeness(a, a).namesSwapped);
}

TEST_CASE("the finder reaches a birth year typed one off and a haa typed for a taa marbuta")
{
    TempDatabase t;
    ResidentStore store(t.db());
    Resident existing = TempDatabase::sampleResident();
    existing.firstName = QStringLiteral("آية");
    existing.firstNameLatin = QStringLiteral("Aya");
    existing.birthDate = QDate(2012, 3, 15);
    const QString id = *store.create(existing);
    DuplicateFinder finder(t.db());
    Resident again = existing;
    again.id.clear();
    again.firstName = QStringLiteral("آيه");
    again.birthDate = QDate(2013, 3, 15);
    const auto candidates = finder.candidatesFor(again, 5, {}, DuplicateFinder::kCrossSiteThreshold);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 1);
    CHECK(candidates->first().resident.id == id);
}
