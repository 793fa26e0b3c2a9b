#include "daily/SchoolResultStore.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"

#include <QSqlQuery>
#include <cmath>

using namespace riaya;

namespace {

struct Fixture
{
    TempDatabase t;
    ResidentStore residents { t.db() };
    StayStore stays { t.db() };
    SchoolResultStore results { t.db() };
    QString house = t.db().site().institutionId;
    QDate today = QDate::currentDate();
    // The school year that started last September, or the September before.
    QString lastYear = QStringLiteral("%1-%2").arg(today.year() - 1).arg(today.year());

    QString newResident(const QString& institution = {})
    {
        auto id = residents.create(TempDatabase::sampleResident());
        REQUIRE(id.ok());
        if (!institution.isEmpty()) {
            REQUIRE(stays.admit(*id, institution, today.addYears(-1), {}).ok());
        }
        return *id;
    }
    SchoolResult result(const QString& residentId, int term, std::optional<double> average,
                        const QString& decision = {}, const QString& year = {})
    {
        SchoolResult r;
        r.residentId = residentId;
        r.schoolYear = year.isEmpty() ? lastYear : year;
        r.term = term;
        r.average = average;
        r.decision = decision;
        return r;
    }
    int stored()
    {
        QSqlQuery query(t.db().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM school_results")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

} // namespace

TEST_CASE("a term's result is recorded, and recording the same term again replaces it")
{
    Fixture f;
    const QString id = f.newResident(f.house);
    auto first = f.results.record(f.result(id, 1, 11.25));
    REQUIRE(first.ok());
    auto again = f.results.record(f.result(id, 1, 12.5));
    REQUIRE(again.ok());
    CHECK(*again == *first);
    CHECK(f.stored() == 1);

    auto list = f.results.resultsOf(id);
    REQUIRE(list->size() == 1);
    CHECK(list->first().id == *first);
    REQUIRE(list->first().average.has_value());
    CHECK(*list->first().average == Approx(12.5));
}

TEST_CASE("a resident's results come by school year, then term")
{
    Fixture f;
    const QString id = f.newResident();
    const QString earlier = QStringLiteral("%1-%2").arg(f.today.year() - 2).arg(f.today.year() - 1);
    REQUIRE(f.results.record(f.result(id, 3, 14.0, QStringLiteral("passed"))).ok());
    REQUIRE(f.results.record(f.result(id, 2, 9.0, {}, earlier)).ok());
    REQUIRE(f.results.record(f.result(id, 1, 10.0)).ok());
    REQUIRE(f.results.record(f.result(id, 1, 8.5, {}, earlier)).ok());
    auto list = f.results.resultsOf(id);
    REQUIRE(list->size() == 4);
    CHECK(list->at(0).schoolYear == earlier);
    CHECK(list->at(0).term == 1);
    CHECK(list->at(1).term == 2);
    CHECK(list->at(2).schoolYear == f.lastYear);
    CHECK(list->at(2).term == 1);
    CHECK(list->at(3).decision == QStringLiteral("passed"));
    CHECK(f.results.resultsOf(QStringLiteral("nobody")).error().kind == Error::Kind::NotFound);
}

TEST_CASE("an average may be left out until it is known")
{
    Fixture f;
    const QString id = f.newResident();
    REQUIRE(f.results.record(f.result(id, 2, std::nullopt)).ok());
    CHECK_FALSE(f.results.resultsOf(id)->first().average.has_value());
    REQUIRE(f.results.record(f.result(id, 2, 0.0)).ok());
    REQUIRE(f.results.resultsOf(id)->first().average.has_value());
    CHECK(*f.results.resultsOf(id)->first().average == 0.0);
}

TEST_CASE("a school result out of the rules is refused, naming the field, and nothing is saved")
{
    Fixture f;
    const QString id = f.newResident();
    const QString nextYear = QStringLiteral("%1-%2").arg(f.today.year() + 1).arg(f.today.year() + 2);
    struct Case
    {
        SchoolResult result;
        const char* field;
    };
    const Case cases[] = {
        { f.result(QStringLiteral("nobody"), 1, 10.0), "resident_id" },
        { f.result(id, 1, 10.0, {}, QStringLiteral("2025")), "school_year" },
        { f.result(id, 1, 10.0, {}, QStringLiteral("2025/2026")), "school_year" },
        { f.result(id, 1, 10.0, {}, QStringLiteral("2024-2026")), "school_year" },
        { f.result(id, 1, 10.0, {}, QStringLiteral("2026-2025")), "school_year" },
        { f.result(id, 1, 10.0, {}, nextYear), "school_year" },
        { f.result(id, 1, 10.0, {}, QStringLiteral("1995-1996")), "school_year" },
        { f.result(id, 0, 10.0), "term" },
        { f.result(id, 4, 10.0), "term" },
        { f.result(id, 1, 25.0), "average" },
        { f.result(id, 1, -0.5), "average" },
        { f.result(id, 1, std::nan("")), "average" },
        { f.result(id, 3, 10.0, QStringLiteral("promoted")), "decision" },
    };
    for (const Case& c : cases) {
        INFO(c.field << " " << c.result.schoolYear.toStdString() << " term " << c.result.term);
        auto saved = f.results.record(c.result);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == Error::Kind::Invalid);
        REQUIRE(saved.error().issues.size() == 1);
        CHECK(saved.error().issues.first().field == QLatin1String(c.field));
    }
    CHECK(f.stored() == 0);
    // This year's school year, the boundaries and every decision are accepted.
    const QString thisYear = QStringLiteral("%1-%2").arg(f.today.year()).arg(f.today.year() + 1);
    CHECK(f.results.record(f.result(id, 1, 0.0, {}, thisYear)).ok());
    CHECK(f.results.record(f.result(id, 1, 20.0)).ok());
    for (const QString& decision : schoolDecisions()) {
        CHECK(f.results.record(f.result(id, 3, 10.0, decision)).ok());
    }
}

TEST_CASE("the success rate counts each present resident once, by their latest decision")
{
    Fixture f; // the fixture's house has 3 places
    const QString passed = f.newResident(f.house);
    const QString repeated = f.newResident(f.house);
    const QString dropped = f.newResident(f.house);
    REQUIRE(f.results.record(f.result(passed, 3, 13.0, QStringLiteral("passed"))).ok());
    // A decision at term 2 corrected at term 3: the latest counts.
    REQUIRE(f.results.record(f.result(repeated, 2, 9.0, QStringLiteral("passed"))).ok());
    REQUIRE(f.results.record(f.result(repeated, 3, 8.0, QStringLiteral("repeated"))).ok());
    REQUIRE(f.results.record(f.result(dropped, 3, std::nullopt, QStringLiteral("dropped_out"))).ok());
    // Not counted: another institution's resident, a result without a decision, another year.
    InstitutionStore institutions(f.t.db());
    Institution other;
    other.name = QStringLiteral("دار الطالب أمزميز");
    other.capacity = 10;
    const QString otherHouse = *institutions.create(other);
    REQUIRE(f.results.record(f.result(f.newResident(otherHouse), 3, 15.0, QStringLiteral("passed"))).ok());
    REQUIRE(f.results.record(f.result(passed, 1, 12.0)).ok());
    const QString earlier = QStringLiteral("%1-%2").arg(f.today.year() - 2).arg(f.today.year() - 1);
    REQUIRE(f.results.record(f.result(passed, 3, 7.0, QStringLiteral("repeated"), earlier)).ok());

    auto rate = f.results.successRate(f.house, f.lastYear);
    REQUIRE(rate.ok());
    CHECK(rate->passed == 1);
    CHECK(rate->repeated == 1);
    CHECK(rate->droppedOut == 1);
    CHECK(rate->total() == 3);
    CHECK(rate->passRate() == Approx(1.0 / 3.0));

    // A resident who has left is no longer counted.
    REQUIRE(f.stays.exit(dropped, f.today, QStringLiteral("عودة إلى الأسرة")).ok());
    CHECK(f.results.successRate(f.house, f.lastYear)->total() == 2);

    auto none = f.results.successRate(otherHouse, earlier);
    REQUIRE(none.ok());
    CHECK(none->total() == 0);
    CHECK(none->passRate() == 0.0);
}

TEST_CASE("the success rate of an unknown institution or a badly written year is refused")
{
    Fixture f;
    CHECK(f.results.successRate(QStringLiteral("nowhere"), f.lastYear).error().kind == Error::Kind::NotFound);
    auto bad = f.results.successRate(f.house, QStringLiteral("2025"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().issues.first().field == QStringLiteral("school_year"));
}

TEST_CASE("every school decision has a label")
{
    for (const QString& decision : schoolDecisions()) {
        CHECK(schoolDecisionLabel(decision) != decision);
    }
    CHECK(schoolDecisionLabel(QStringLiteral("unknown")) == QStringLiteral("unknown"));
}
