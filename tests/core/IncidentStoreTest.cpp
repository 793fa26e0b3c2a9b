#include "daily/IncidentStore.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"

#include <QSqlQuery>

using namespace riaya;

namespace {

struct Fixture
{
    TempDatabase t;
    IncidentStore incidents { t.db() };
    QString house = t.db().site().institutionId;
    QDate today = QDate::currentDate();

    QString newResident()
    {
        auto id = ResidentStore(t.db()).create(TempDatabase::sampleResident());
        REQUIRE(id.ok());
        return *id;
    }
    Incident incident(const QDate& on, const QString& kind = QStringLiteral("health"))
    {
        Incident i;
        i.institutionId = house;
        i.occurredOn = on;
        i.kind = kind;
        i.description = QStringLiteral("نقل إلى المستوصف بسبب ارتفاع الحرارة");
        i.actionTaken = QStringLiteral("إخبار الولي");
        i.reportedTo = QStringLiteral("مدير الدار");
        return i;
    }
    int stored()
    {
        QSqlQuery query(t.db().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM incidents")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

} // namespace

TEST_CASE("an incident is recorded with the residents it concerns and read back")
{
    Fixture f;
    const QString fatima = f.newResident();
    const QString khadija = f.newResident();
    Incident incident = f.incident(f.today.addDays(-2), QStringLiteral("conduct"));
    incident.residentIds = { fatima, khadija, fatima }; // named twice, kept once
    auto id = f.incidents.record(incident);
    REQUIRE(id.ok());

    auto read = f.incidents.get(*id);
    REQUIRE(read.ok());
    CHECK(read->institutionId == f.house);
    CHECK(read->occurredOn == f.today.addDays(-2));
    CHECK(read->kind == QStringLiteral("conduct"));
    CHECK(read->description == incident.description);
    CHECK(read->actionTaken == incident.actionTaken);
    CHECK(read->reportedTo == incident.reportedTo);
    CHECK(read->residentIds == QStringList { fatima, khadija });

    QSqlQuery query(f.t.db().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT resident_ids FROM incidents")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("[\"%1\",\"%2\"]").arg(fatima, khadija));

    // Without residents: an empty array.
    auto general = f.incidents.record(f.incident(f.today, QStringLiteral("safety")));
    REQUIRE(general.ok());
    CHECK(f.incidents.get(*general)->residentIds.isEmpty());
}

TEST_CASE("an incident out of the rules is refused, naming the field, and nothing is saved")
{
    Fixture f;
    struct Case
    {
        Incident incident;
        const char* field;
    };
    Incident unknownInstitution = f.incident(f.today);
    unknownInstitution.institutionId = QStringLiteral("nowhere");
    Incident unknownResident = f.incident(f.today);
    unknownResident.residentIds = { f.newResident(), QStringLiteral("nobody") };
    Incident noDescription = f.incident(f.today);
    noDescription.description = QStringLiteral("   ");
    Incident longDescription = f.incident(f.today);
    longDescription.description = QString(4001, QLatin1Char('x'));
    Incident longReport = f.incident(f.today);
    longReport.reportedTo = QString(201, QLatin1Char('x'));
    const Case cases[] = {
        { f.incident(f.today.addDays(1)), "occurred_on" },
        { f.incident(QDate(1999, 12, 31)), "occurred_on" },
        { f.incident(QDate()), "occurred_on" },
        { f.incident(f.today, QStringLiteral("fight")), "kind" },
        { f.incident(f.today, QString()), "kind" },
        { unknownInstitution, "institution_id" },
        { unknownResident, "resident_ids" },
        { noDescription, "description" },
        { longDescription, "description" },
        { longReport, "reported_to" },
    };
    for (const Case& c : cases) {
        INFO(c.field);
        auto saved = f.incidents.record(c.incident);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == Error::Kind::Invalid);
        REQUIRE(saved.error().issues.size() == 1);
        CHECK(saved.error().issues.first().field == QLatin1String(c.field));
    }
    CHECK(f.stored() == 0);
    CHECK(f.incidents.record(f.incident(QDate(2000, 1, 1))).ok());
    CHECK(f.incidents.record(f.incident(f.today, QStringLiteral("protection"))).ok());
}

TEST_CASE("an institution's incidents are listed newest first, within the period asked")
{
    Fixture f;
    for (int daysAgo : { 5, 1, 10, 20 }) {
        REQUIRE(f.incidents.record(f.incident(f.today.addDays(-daysAgo))).ok());
    }
    Institution other;
    other.name = QStringLiteral("دار الطالب أمزميز");
    other.capacity = 10;
    Incident elsewhere = f.incident(f.today.addDays(-1));
    elsewhere.institutionId = *InstitutionStore(f.t.db()).create(other);
    REQUIRE(f.incidents.record(elsewhere).ok());

    auto all = f.incidents.list(f.house);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK(all->at(0).occurredOn == f.today.addDays(-1));
    CHECK(all->at(3).occurredOn == f.today.addDays(-20));

    auto period = f.incidents.list(f.house, f.today.addDays(-10), f.today.addDays(-5));
    REQUIRE(period->size() == 2);
    CHECK(period->at(0).occurredOn == f.today.addDays(-5));
    CHECK(period->at(1).occurredOn == f.today.addDays(-10));
    CHECK(f.incidents.list(f.house, f.today.addDays(-5))->size() == 2);
    CHECK(f.incidents.list(f.house, {}, f.today.addDays(-6))->size() == 2);

    auto reversed = f.incidents.list(f.house, f.today, f.today.addDays(-5));
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().issues.first().field == QStringLiteral("to"));
    CHECK(f.incidents.list(QStringLiteral("nowhere")).error().kind == Error::Kind::NotFound);
}

TEST_CASE("an incident can be corrected, checked as when it was recorded")
{
    Fixture f;
    auto id = f.incidents.record(f.incident(f.today.addDays(-3)));
    REQUIRE(id.ok());
    Incident incident = *f.incidents.get(*id);
    incident.actionTaken = QStringLiteral("نقل إلى المستشفى الإقليمي");
    incident.residentIds = { f.newResident() };
    REQUIRE(f.incidents.update(incident).ok());
    CHECK(f.incidents.get(*id)->actionTaken == incident.actionTaken);
    CHECK(f.incidents.get(*id)->residentIds == incident.residentIds);

    Incident bad = incident;
    bad.kind = QStringLiteral("fight");
    CHECK(f.incidents.update(bad).error().issues.first().field == QStringLiteral("kind"));
    CHECK(f.incidents.get(*id)->kind == QStringLiteral("health"));

    Incident missing = incident;
    missing.id = QStringLiteral("no-such-incident");
    CHECK(f.incidents.update(missing).error().kind == Error::Kind::NotFound);
}

TEST_CASE("every kind of incident has a label")
{
    CHECK(incidentKinds().size() == 7);
    for (const QString& kind : incidentKinds()) {
        CHECK(incidentKindLabel(kind) != kind);
    }
    CHECK(incidentKindLabel(QStringLiteral("unknown")) == QStringLiteral("unknown"));
}
