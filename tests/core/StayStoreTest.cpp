#include "residents/StayStore.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"

using namespace riaya;

namespace {
struct Fixture
{
    TempDatabase t;
    ResidentStore residents { t.db() };
    StayStore stays { t.db() };
    QString house = t.db().site().institutionId;
    QDate today = QDate::currentDate();

    QString newResident(const QString& name = QStringLiteral("فاطمة"))
    {
        Resident r = TempDatabase::sampleResident();
        r.firstName = name;
        auto id = residents.create(r);
        REQUIRE(id.ok());
        return *id;
    }
    QString otherInstitution(int capacity = 10)
    {
        Institution i;
        i.name = QStringLiteral("دار الطالبة تحناوت");
        i.capacity = capacity;
        auto id = InstitutionStore(t.db()).create(i);
        REQUIRE(id.ok());
        return *id;
    }
};
} // namespace

TEST_CASE("admission makes the resident present in the institution")
{
    Fixture f;
    const QString id = f.newResident();
    auto stay = f.stays.admit(id, f.house, f.today.addDays(-10), QStringLiteral("التمدرس"));
    REQUIRE(stay.ok());
    auto r = f.residents.get(id);
    CHECK(r->status == QStringLiteral("present"));
    CHECK(r->institutionId == f.house);
    auto history = f.stays.staysOf(id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().isOpen());
}

TEST_CASE("admission refusals change nothing")
{
    Fixture f;
    const QString id = f.newResident();
    SECTION("date in the future")
    {
        CHECK_FALSE(f.stays.admit(id, f.house, f.today.addDays(1), {}).ok());
    }
    SECTION("date before birth")
    {
        CHECK_FALSE(f.stays.admit(id, f.house, f.today.addYears(-20), {}).ok());
    }
    SECTION("unknown institution")
    {
        CHECK(f.stays.admit(id, QStringLiteral("nowhere"), f.today, {}).error().kind
              == Error::Kind::NotFound);
    }
    SECTION("already admitted")
    {
        REQUIRE(f.stays.admit(id, f.house, f.today, {}).ok());
        CHECK_FALSE(f.stays.admit(id, f.otherInstitution(), f.today, {}).ok());
        CHECK(f.stays.staysOf(id)->size() == 1);
        return;
    }
    CHECK(f.stays.staysOf(id)->isEmpty());
    CHECK(f.residents.get(id)->status == QStringLiteral("registered"));
}

TEST_CASE("a full institution refuses another admission")
{
    Fixture f; // the fixture's house has 3 places
    for (int i = 0; i < 3; ++i) {
        REQUIRE(f.stays.admit(f.newResident(), f.house, f.today, {}).ok());
    }
    const QString fourth = f.newResident(QStringLiteral("خديجة"));
    auto refused = f.stays.admit(fourth, f.house, f.today, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().describe().contains(QStringLiteral("full")));
    CHECK(f.residents.get(fourth)->status == QStringLiteral("registered"));
}

TEST_CASE("exit needs a date after the admission and a reason")
{
    Fixture f;
    const QString id = f.newResident();
    REQUIRE(f.stays.admit(id, f.house, f.today.addDays(-5), {}).ok());
    CHECK(f.stays.exit(id, f.today.addDays(-6), QStringLiteral("عودة")).error().issues.first().field
          == QStringLiteral("exited_on"));
    CHECK(f.stays.exit(id, f.today, QString()).error().issues.first().field == QStringLiteral("exit_reason"));
    CHECK(f.residents.get(id)->status == QStringLiteral("present"));
    REQUIRE(f.stays.exit(id, f.today, QStringLiteral("عودة إلى الأسرة")).ok());
    CHECK(f.residents.get(id)->status == QStringLiteral("left"));
    CHECK(f.residents.get(id)->institutionId.isEmpty());
    CHECK_FALSE(f.stays.exit(id, f.today, QStringLiteral("again")).ok());
}

TEST_CASE("a readmission cannot start before the previous exit")
{
    Fixture f;
    const QString id = f.newResident();
    REQUIRE(f.stays.admit(id, f.house, f.today.addDays(-30), {}).ok());
    REQUIRE(f.stays.exit(id, f.today.addDays(-10), QStringLiteral("عطلة")).ok());
    CHECK_FALSE(f.stays.admit(id, f.house, f.today.addDays(-20), {}).ok());
    CHECK(f.stays.admit(id, f.house, f.today.addDays(-10), {}).ok());
}

TEST_CASE("a transfer closes one stay and opens the next the same day, or does nothing")
{
    Fixture f;
    const QString id = f.newResident();
    REQUIRE(f.stays.admit(id, f.house, f.today.addDays(-30), {}).ok());
    SECTION("to another institution")
    {
        const QString other = f.otherInstitution();
        REQUIRE(f.stays.transfer(id, other, f.today, QStringLiteral("قرب المدرسة")).ok());
        auto history = f.stays.staysOf(id);
        REQUIRE(history->size() == 2);
        CHECK(history->at(0).exitKind == QStringLiteral("transferred"));
        CHECK(history->at(0).exitedOn == f.today);
        CHECK(history->at(1).institutionId == other);
        CHECK(f.residents.get(id)->institutionId == other);
    }
    SECTION("to a full institution: refused, the first stay stays open")
    {
        const QString full = f.otherInstitution(1);
        REQUIRE(f.stays.admit(f.newResident(QStringLiteral("زينب")), full, f.today, {}).ok());
        REQUIRE_FALSE(f.stays.transfer(id, full, f.today, QStringLiteral("قرب المدرسة")).ok());
        auto history = f.stays.staysOf(id);
        REQUIRE(history->size() == 1);
        CHECK(history->first().isOpen());
        CHECK(f.residents.get(id)->institutionId == f.house);
    }
    SECTION("to the same institution")
    {
        CHECK_FALSE(f.stays.transfer(id, f.house, f.today, QStringLiteral("x")).ok());
    }
}

TEST_CASE("capacity cannot drop below the residents present")
{
    Fixture f;
    REQUIRE(f.stays.admit(f.newResident(), f.house, f.today, {}).ok());
    REQUIRE(f.stays.admit(f.newResident(), f.house, f.today, {}).ok());
    InstitutionStore institutions(f.t.db());
    Institution house = *institutions.get(f.house);
    house.capacity = 1;
    auto refused = institutions.update(house);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().issues.first().field == QStringLiteral("capacity"));
}
