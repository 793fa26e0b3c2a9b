#include "QtCatch.h"
#include "TempDatabase.h"
#include "daily/DailyValidation.h"
#include "institutions/Institution.h"
#include "institutions/InstitutionValidation.h"
#include "residents/ResidentValidation.h"

using namespace riaya;

namespace {
QStringList fieldsOf(const QList<FieldIssue>& issues)
{
    QStringList fields;
    for (const FieldIssue& issue : issues) {
        fields << issue.field;
    }
    return fields;
}
} // namespace

TEST_CASE("a complete resident passes validation")
{
    CHECK(validateResident(TempDatabase::sampleResident()).isEmpty());
}

TEST_CASE("each bad field is named with its own message")
{
    const QDate today(2026, 11, 23);
    Resident r = TempDatabase::sampleResident();
    r.birthDate = QDate(2013, 5, 1);

    SECTION("names are required, blanks do not count")
    {
        r.firstName = QStringLiteral("   ");
        r.lastName.clear();
        CHECK(fieldsOf(validateResident(r, today))
              == QStringList { QStringLiteral("first_name"), QStringLiteral("last_name") });
    }
    SECTION("a birth date in the future")
    {
        r.birthDate = today.addDays(1);
        const auto issues = validateResident(r, today);
        REQUIRE(fieldsOf(issues) == QStringList { QStringLiteral("birth_date") });
        CHECK(issues.first().message.contains(QStringLiteral("future")));
    }
    SECTION("an implausibly old birth date")
    {
        r.birthDate = QDate(1950, 1, 1);
        CHECK(fieldsOf(validateResident(r, today)) == QStringList { QStringLiteral("birth_date") });
    }
    SECTION("a missing birth date")
    {
        r.birthDate = QDate();
        CHECK(fieldsOf(validateResident(r, today)) == QStringList { QStringLiteral("birth_date") });
    }
    SECTION("sex must be F or M")
    {
        r.sex = QStringLiteral("X");
        CHECK(fieldsOf(validateResident(r, today)) == QStringList { QStringLiteral("sex") });
    }
    SECTION("identifier formats")
    {
        r.massarCode = QStringLiteral("123456789");
        r.nationalId = QStringLiteral("AB 12");
        r.guardianPhone = QStringLiteral("call me");
        CHECK(fieldsOf(validateResident(r, today))
              == QStringList { QStringLiteral("massar_code"), QStringLiteral("national_id"),
                               QStringLiteral("guardian_phone") });
    }
    SECTION("Latin fields take Latin letters only")
    {
        r.firstNameLatin = QStringLiteral("فاطمة");
        CHECK(fieldsOf(validateResident(r, today)) == QStringList { QStringLiteral("first_name_latin") });
        r.firstNameLatin = QStringLiteral("Hafsa-Zoé O'Neil");
        CHECK(validateResident(r, today).isEmpty());
    }
    SECTION("unknown school level")
    {
        r.schoolLevel = QStringLiteral("PhD");
        CHECK(fieldsOf(validateResident(r, today)) == QStringList { QStringLiteral("school_level") });
    }
}

TEST_CASE("institutions need a name, a known kind and a capacity")
{
    Institution i;
    i.name = QStringLiteral("دار الطالب تحناوت");
    i.capacity = 80;
    CHECK(validateInstitution(i).isEmpty());
    i.name.clear();
    i.kind = QStringLiteral("castle");
    i.capacity = 0;
    CHECK(fieldsOf(validateInstitution(i))
          == QStringList { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("capacity") });
}

TEST_CASE("an institution receives girls, boys or both, and says so of a child of the other sex")
{
    Institution i;
    i.name = QStringLiteral("دار الطالبة تحناوت");
    i.capacity = 80;
    for (const QString& sex : { QString(), QStringLiteral("F"), QStringLiteral("M") }) {
        i.residentsSex = sex;
        CHECK(validateInstitution(i).isEmpty());
    }
    i.residentsSex = QStringLiteral("girls");
    CHECK(fieldsOf(validateInstitution(i)) == QStringList { QStringLiteral("residents_sex") });

    i.residentsSex = QStringLiteral("F");
    CHECK(receivesOtherSex(i, QStringLiteral("M")));
    CHECK_FALSE(receivesOtherSex(i, QStringLiteral("F")));
    CHECK_FALSE(receivesOtherSex(i, QString()));
    i.residentsSex.clear();
    CHECK_FALSE(receivesOtherSex(i, QStringLiteral("M")));
    i.residentsSex = QStringLiteral("M");
    CHECK(Institution::fromFields(i.toFields()).residentsSex == QStringLiteral("M"));
}
