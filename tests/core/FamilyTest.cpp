#include "QtCatch.h"
#include "SyncNetwork.h"
#include "TempDatabase.h"
#include "families/FamilyStore.h"
#include "families/PlacementFigures.h"
#include "families/PlacementStore.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/UserStore.h"

#include <QUuid>

using namespace riaya;

namespace {

Family sampleFamily(const QString& name = QStringLiteral("العلوي"))
{
    Family f;
    f.familyName = name;
    f.familyNameLatin = QStringLiteral("Alaoui");
    f.members = { { QStringLiteral("أحمد العلوي"), QStringLiteral("زوج"), 1978, true },
                  { QStringLiteral("فاطمة بناني"), QStringLiteral("زوجة"), 1982, true },
                  { QStringLiteral("سلمى"), QStringLiteral("بنت"), 2010, false } };
    f.region = QStringLiteral("مراكش-آسفي");
    f.phone = QStringLiteral("+212 6 61 23 45 67");
    f.occupation = QStringLiteral("معلم");
    f.incomeBand = QStringLiteral("middle");
    f.documents = { QStringLiteral("id_cards"), QStringLiteral("marriage_certificate") };
    f.capacity = 1;
    f.preferredAgeMin = 3;
    f.preferredAgeMax = 10;
    return f;
}

struct Programme
{
    TempDatabase t;
    FamilyStore families { t.db() };
    PlacementStore placements { t.db() };
    QDate today = QDate::currentDate();

    QString approvedFamily(const QString& name = QStringLiteral("العلوي"))
    {
        const QString id = *families.add(sampleFamily(name), today.addDays(-90));
        REQUIRE(families
                    .changeState(id, QStringLiteral("application"), today.addDays(-80),
                                 QStringLiteral("ملف كامل"))
                    .ok());
        REQUIRE(families
                    .changeState(id, QStringLiteral("home_study"), today.addDays(-70),
                                 QStringLiteral("زيارة مبرمجة"))
                    .ok());
        REQUIRE(families
                    .addHomeStudy({ {},
                                    id,
                                    today.addDays(-60),
                                    QStringLiteral("نادية"),
                                    QStringLiteral("بيت لائق وأسرة مستقرة"),
                                    QStringLiteral("approve") })
                    .ok());
        const Status approved = families.changeState(id, QStringLiteral("approved"), today.addDays(-50),
                                                     QStringLiteral("قرار اللجنة"),
                                                     QStringLiteral("AP-2026-014"), today.addYears(2));
        INFO((approved ? std::string() : approved.error().describe().toStdString()));
        REQUIRE(approved.ok());
        return id;
    }
    // A child living in the site's house since a year ago.
    QString child()
    {
        Resident r = TempDatabase::sampleResident();
        r.firstName = QStringLiteral("ياسين") + QString::number(qHash(QUuid::createUuid()) % 1000);
        const QString id = *ResidentStore(t.db()).create(r);
        REQUIRE(StayStore(t.db())
                    .admit(id, t.db().site().institutionId, today.addYears(-1), QStringLiteral("يتيم"))
                    .ok());
        return id;
    }
    Placement placement(const QString& resident, const QString& family, const QDate& start)
    {
        Placement p;
        p.residentId = resident;
        p.familyId = family;
        p.startedOn = start;
        p.legalBasis = QStringLiteral("kafala");
        p.legalReference = QStringLiteral("كفالة 123/2026");
        return p;
    }
};

} // namespace

TEST_CASE("a family goes from enquiry through home study to approval, each decision kept")
{
    Programme p;
    const QString id = p.approvedFamily();
    const Family family = *p.families.get(id);
    CHECK(family.state == QStringLiteral("approved"));
    CHECK(family.approvalNumber == QStringLiteral("AP-2026-014"));
    CHECK(family.heads() == QStringLiteral("أحمد العلوي / فاطمة بناني"));
    const auto history = p.families.history(id);
    REQUIRE(history->size() == 4);
    CHECK(history->constLast().reason == QStringLiteral("قرار اللجنة"));
    CHECK(history->constLast().decidedBy == QStringLiteral("local"));
    CHECK(p.families.homeStudies(id)->size() == 1);
    // Found by name in either script, as residents are.
    CHECK(p.families.search(QStringLiteral("Alaoui"))->size() == 1);
    CHECK(p.families.search(QStringLiteral("العلوى"))->size() == 1);
    CHECK(p.families.search(QStringLiteral("بناني"))->size() == 1);
}

TEST_CASE("a family's decisions follow the process and are refused with their reason")
{
    Programme p;
    const QString id = *p.families.add(sampleFamily());
    const Status skip = p.families.changeState(id, QStringLiteral("approved"), p.today, QStringLiteral("x"),
                                               QStringLiteral("A1"), p.today.addYears(1));
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().whatToFix().contains(QStringLiteral("can move to")));
    CHECK_FALSE(p.families.changeState(id, QStringLiteral("application"), p.today, QStringLiteral(" ")).ok());
    REQUIRE(
        p.families.changeState(id, QStringLiteral("application"), p.today, QStringLiteral("dossier")).ok());
    REQUIRE(p.families.changeState(id, QStringLiteral("home_study"), p.today, QStringLiteral("visite")).ok());
    const Status noStudy
        = p.families.changeState(id, QStringLiteral("approved"), p.today, QStringLiteral("ok"),
                                 QStringLiteral("A1"), p.today.addYears(1));
    REQUIRE_FALSE(noStudy.ok());
    CHECK(noStudy.error().whatToFix().contains(QStringLiteral("home study")));
    REQUIRE(p.families
                .addHomeStudy({ {},
                                id,
                                p.today,
                                QStringLiteral("Nadia"),
                                QStringLiteral("bien"),
                                QStringLiteral("approve") })
                .ok());
    const Status noNumber
        = p.families.changeState(id, QStringLiteral("approved"), p.today, QStringLiteral("ok"), {}, p.today);
    REQUIRE_FALSE(noNumber.ok());
    CHECK(noNumber.error().issues.size() == 2); // number and renewal date
    CHECK(p.families.get(id)->state == QStringLiteral("home_study"));

    Family bad = sampleFamily();
    bad.familyName.clear();
    bad.members = { { QStringLiteral("X"), QString(), 1800, false } };
    bad.capacity = 0;
    bad.preferredAgeMin = 12;
    bad.preferredAgeMax = 5;
    bad.documents << QStringLiteral("passport");
    bad.phone = QStringLiteral("call me");
    const auto refused = p.families.add(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().issues.size() >= 7);
    CHECK(p.families.search({})->size() == 1);
}

TEST_CASE("placing a child: approved, unexpired, not full, one placement at a time, the stay follows")
{
    Programme p;
    const QString family = p.approvedFamily();
    const QString child = p.child();
    const QString other = p.child();

    // An unapproved family is refused, nothing saved.
    const QString applicant = *p.families.add(sampleFamily(QStringLiteral("بناني")));
    const auto unapproved = p.placements.place(p.placement(child, applicant, p.today));
    REQUIRE_FALSE(unapproved.ok());
    CHECK(unapproved.error().whatToFix().contains(QStringLiteral("not approved")));

    const auto placed = p.placements.place(p.placement(child, family, p.today.addDays(-40)));
    INFO((placed ? std::string() : placed.error().describe().toStdString()));
    REQUIRE(placed.ok());
    const Resident resident = *ResidentStore(p.t.db()).get(child);
    CHECK(resident.status == QStringLiteral("placed"));
    CHECK(resident.institutionId.isEmpty());
    CHECK(StayStore(p.t.db()).staysOf(child)->constLast().exitKind == QStringLiteral("placed"));
    CHECK(p.placements.get(*placed)->fromInstitutionId == p.t.db().site().institutionId);

    const auto twice = p.placements.place(p.placement(child, family, p.today));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().whatToFix().contains(QStringLiteral("already placed")));
    const auto full = p.placements.place(p.placement(other, family, p.today));
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().whatToFix().contains(QStringLiteral("full")));
    CHECK(ResidentStore(p.t.db()).get(other)->status == QStringLiteral("present"));
    Placement noReference = p.placement(other, family, p.today);
    noReference.legalReference.clear();
    CHECK(p.placements.place(noReference).error().issues.size() == 2); // full, and no reference

    // Closing the family while the child lives there is refused.
    CHECK_FALSE(
        p.families.changeState(family, QStringLiteral("closed"), p.today, QStringLiteral("déménagement"))
            .ok());

    SECTION("a return to the institution needs its reason and admits the child again")
    {
        const Status noReason = p.placements.end(*placed, p.today, QStringLiteral("returned_to_institution"),
                                                 QString(), p.t.db().site().institutionId);
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().whatToFix().contains(QStringLiteral("why")));
        REQUIRE(p.placements
                    .end(*placed, p.today, QStringLiteral("returned_to_institution"),
                         QStringLiteral("تعذر التكيف مع الأسرة"), p.t.db().site().institutionId)
                    .ok());
        CHECK(ResidentStore(p.t.db()).get(child)->status == QStringLiteral("present"));
        CHECK_FALSE(p.placements.get(*placed)->isActive());
        CHECK(p.placements.place(p.placement(other, family, p.today)).ok()); // room again
    }
    SECTION("an expired approval receives no child")
    {
        REQUIRE(p.placements.end(*placed, p.today, QStringLiteral("made_permanent"), {}).ok());
        CHECK(ResidentStore(p.t.db()).get(child)->status == QStringLiteral("left"));
        const auto late = p.placements.place(p.placement(other, family, p.today));
        REQUIRE(late.ok()); // approved until two years from now
        const Status renewed
            = p.families.changeState(family, QStringLiteral("approved"), p.today,
                                     QStringLiteral("renouvellement"), {}, p.today.addDays(-1));
        REQUIRE_FALSE(renewed.ok()); // a renewal date in the past is refused
    }
}

TEST_CASE("follow-up visits: monthly then quarterly, overdue ones listed")
{
    Programme p;
    const QString family = p.approvedFamily();
    const QString child = p.child();
    const QString id = *p.placements.place(p.placement(child, family, p.today.addDays(-45)));
    Placement placement = *p.placements.get(id);
    CHECK(placement.nextVisitDue({}) == placement.startedOn.addMonths(1));
    CHECK(placement.nextVisitDue(placement.startedOn.addMonths(7)) == placement.startedOn.addMonths(10));

    auto overdue = p.placements.overdueVisits();
    REQUIRE(overdue->size() == 1); // none in the first month
    CHECK(overdue->constFirst().due == placement.startedOn.addMonths(1));

    PlacementVisit visit { {},
                           id,
                           p.today.addDays(-2),
                           QStringLiteral("نادية"),
                           QStringLiteral("good"),
                           QStringLiteral("يتابع دراسته"),
                           QStringLiteral("جيدة"),
                           {},
                           QStringLiteral("زيارة بعد شهر") };
    REQUIRE(p.placements.recordVisit(visit).ok());
    CHECK(p.placements.overdueVisits()->isEmpty());
    visit.visitedOn = p.today.addDays(-50); // before the placement
    visit.wellbeing = QStringLiteral("great");
    const auto refused = p.placements.recordVisit(visit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().issues.size() == 2);
    CHECK(p.placements.visits(id)->size() == 1);
}

TEST_CASE("figures: active placements, flows per month, returns with reasons, families by state")
{
    Programme p;
    const QString family = p.approvedFamily();
    const QString second = p.approvedFamily(QStringLiteral("الإدريسي"));
    const QString a = *p.placements.place(p.placement(p.child(), family, p.today.addDays(-20)));
    REQUIRE(p.placements.place(p.placement(p.child(), second, p.today.addDays(-10))).ok());
    REQUIRE(
        p.placements.end(a, p.today, QStringLiteral("returned_to_origin_family"), QStringLiteral("عودة الأم"))
            .ok());
    REQUIRE(p.families.add(sampleFamily(QStringLiteral("التازي"))).ok());

    const auto figures = PlacementFigures::compute(p.t.db(), p.today.addMonths(-2), p.today);
    REQUIRE(figures.ok());
    CHECK(figures->activeAtEnd == 1);
    CHECK(figures->months.size() == 3);
    int started = 0;
    int ended = 0;
    for (const PlacementFigures::Month& month : figures->months) {
        started += month.started;
        ended += month.ended;
    }
    CHECK(started == 2);
    CHECK(ended == 1);
    REQUIRE(figures->returns.size() == 1);
    CHECK(figures->returns.constFirst().reason == QStringLiteral("عودة الأم"));
    CHECK(figures->familiesByState.value(QStringLiteral("approved")) == 2);
    CHECK(figures->familiesByState.value(QStringLiteral("enquiry")) == 1);
    CHECK(figures->familiesByState.value(QStringLiteral("closed")) == 0);
}

TEST_CASE("families are for social workers, others may read or not")
{
    TempDatabase t;
    const QString password = QStringLiteral("cedar-tree-42");
    UserStore setup(t.db());
    REQUIRE(
        setup
            .create(
                { {}, QStringLiteral("admin"), QStringLiteral("Admin"), { QStringLiteral("administrator") } },
                password)
            .ok());
    REQUIRE(
        setup
            .create(
                { {}, QStringLiteral("nadia"), QStringLiteral("Nadia"), { QStringLiteral("social_worker") } },
                password)
            .ok());
    REQUIRE(setup
                .create({ {}, QStringLiteral("staff"), QStringLiteral("Staff"), { QStringLiteral("staff") } },
                        password)
                .ok());
    t.reopen();
    UserStore users(t.db());
    FamilyStore families(t.db());
    REQUIRE(users.signIn(QStringLiteral("staff"), password).ok());
    CHECK_FALSE(families.search({}).ok());
    CHECK_FALSE(families.add(sampleFamily()).ok());
    REQUIRE(users.signIn(QStringLiteral("nadia"), password).ok());
    const auto id = families.add(sampleFamily());
    REQUIRE(id.ok());
    CHECK(families.history(*id)->constFirst().decidedBy == QStringLiteral("nadia"));
}

TEST_CASE("families, placements and visits reach the ministry intact")
{
    SyncNetwork n;
    Database& site = n.site().db();
    FamilyStore families(site);
    PlacementStore placements(site);
    const QDate today = QDate::currentDate();
    const QString family = *families.add(sampleFamily(), today.addDays(-30));
    REQUIRE(
        families.changeState(family, QStringLiteral("application"), today.addDays(-29), QStringLiteral("a"))
            .ok());
    REQUIRE(
        families.changeState(family, QStringLiteral("home_study"), today.addDays(-28), QStringLiteral("b"))
            .ok());
    REQUIRE(families
                .addHomeStudy({ {},
                                family,
                                today.addDays(-27),
                                QStringLiteral("N"),
                                QStringLiteral("ok"),
                                QStringLiteral("approve") })
                .ok());
    REQUIRE(families
                .changeState(family, QStringLiteral("approved"), today.addDays(-26), QStringLiteral("c"),
                             QStringLiteral("AP-1"), today.addYears(1))
                .ok());
    const QString child = *ResidentStore(site).create(TempDatabase::sampleResident());
    REQUIRE(StayStore(site)
                .admit(child, site.site().institutionId, today.addDays(-100), QStringLiteral("x"))
                .ok());
    Placement placement;
    placement.residentId = child;
    placement.familyId = family;
    placement.startedOn = today.addDays(-20);
    placement.legalReference = QStringLiteral("K-77");
    const QString id = *placements.place(placement);
    REQUIRE(placements
                .recordVisit({ {},
                               id,
                               today.addDays(-5),
                               QStringLiteral("N"),
                               QStringLiteral("fair"),
                               {},
                               {},
                               QStringLiteral("يشتاق لإخوته"),
                               {} })
                .ok());

    const auto imported = n.importAtMinistry(n.site().exportBundle());
    INFO((imported ? std::string() : imported.error().describe().toStdString()));
    REQUIRE(imported.ok());
    for (const char* table :
         { "families", "family_events", "home_studies", "placements", "placement_visits" }) {
        INFO(table);
        CHECK(imported->byTable.value(QLatin1String(table)).inserted > 0);
    }
    Database& ministry = n.ministry.db();
    CHECK(FamilyStore(ministry).get(family)->toFields() == families.get(family)->toFields());
    CHECK(FamilyStore(ministry).history(family)->size() == 4);
    CHECK(PlacementStore(ministry).get(id)->toFields() == placements.get(id)->toFields());
    CHECK(PlacementStore(ministry).visits(id)->constFirst().concerns == QStringLiteral("يشتاق لإخوته"));
    CHECK(ResidentStore(ministry).get(child)->status == QStringLiteral("placed"));
    CHECK(FamilyStore(ministry).search(QStringLiteral("Alaoui"))->size()
          == 1); // the search index follows imports
}
