#include "QtCatch.h"
#include "SyncNetwork.h"
#include "TempDatabase.h"
#include "daily/IncidentStore.h"
#include "daily/PresenceStore.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "institutions/InstitutionStore.h"
#include "reports/Dashboard.h"
#include "reports/FigureLists.h"
#include "reports/MissingMonths.h"
#include "reports/MonthAggregates.h"
#include "reports/MonthReport.h"
#include "reports/MonthlyReports.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/UserStore.h"

#include <QSqlRecord>

using namespace riaya;

namespace {

// Every kept figure, as text, in a stable order: what "equal" means between two states.
QStringList keptFigures(Database& db)
{
    QStringList rows;
    for (const char* table : { "month_figures", "month_incidents", "year_results", "resident_counts" }) {
        SqlQuery query(db.connection(),
                       QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4").arg(QLatin1String(table)));
        REQUIRE(query.exec());
        while (query.next()) {
            QStringList cells { QString::fromLatin1(table) };
            for (int column = 0; column < query.raw().record().count(); ++column) {
                cells.append(query.value(column).toString());
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
    }
    return rows;
}

// Refreshed figures must equal the figures rebuilt from nothing.
void checkKeptEqualsRebuilt(Database& db, const QDate& today)
{
    REQUIRE(MonthAggregates::refresh(db, today).ok());
    CHECK_FALSE(MonthAggregates::isStale(db));
    const QStringList kept = keptFigures(db);
    REQUIRE(MonthAggregates::rebuild(db, today).ok());
    CHECK(keptFigures(db) == kept);
}

struct House
{
    TempDatabase t;
    Database& db = t.db();
    QString house = db.site().institutionId;
    QDate today = QDate::currentDate();
    QDate thisMonth = QDate(today.year(), today.month(), 1);

    QString resident(const QString& first, const QString& sex, const QDate& admitted)
    {
        Resident r = TempDatabase::sampleResident();
        r.firstName = first;
        r.sex = sex;
        r.massarCode.clear();
        r.nationalId.clear();
        const Result<QString> id = ResidentStore(db).create(r);
        REQUIRE(id.ok());
        REQUIRE(StayStore(db).admit(*id, house, admitted, {}).ok());
        return *id;
    }

    void mark(const QDate& day, const QString& state)
    {
        const Result<QList<PresenceMark>> sheet = PresenceStore(db).sheet(house, day);
        REQUIRE(sheet.ok());
        QList<PresenceMark> marks = *sheet;
        for (PresenceMark& m : marks) {
            m.state = state;
        }
        REQUIRE(PresenceStore(db).saveSheet(house, day, marks).ok());
    }

    QString incident(const QDate& on)
    {
        Incident incident;
        incident.institutionId = house;
        incident.occurredOn = on;
        incident.kind = incidentKinds().first();
        incident.description = QStringLiteral("Chute dans l'escalier");
        const Result<QString> id = IncidentStore(db).record(incident);
        REQUIRE(id.ok());
        return *id;
    }
};

// The kept month says what the month's close computes from the records.
void agreesWithClose(Database& db, const QString& house, const QDate& month)
{
    const Result<MonthFigures> close = MonthReport::compute(db, house, month);
    REQUIRE(close.ok());
    SqlQuery kept(db.connection(),
                  QStringLiteral("SELECT residents_at_start, admissions, exits_left, exits_transferred,"
                                 " exits_placed, residents_at_end, presence_present, presence_absent,"
                                 " presence_leave, presence_sick, incidents FROM month_figures"
                                 " WHERE institution_id = :house AND month = :month"));
    kept.bind(QStringLiteral(":house"), house)
        .bind(QStringLiteral(":month"), month.toString(QStringLiteral("yyyy-MM")));
    REQUIRE(kept.exec());
    REQUIRE(kept.next());
    const QList<int> expected { close->residentsAtStart, close->admissions,      close->exitsLeft,
                                close->exitsTransferred, close->exitsPlaced,     close->residentsAtEnd,
                                close->presence.present, close->presence.absent, close->presence.leave,
                                close->presence.sick,    close->incidents };
    for (int column = 0; column < expected.size(); ++column) {
        INFO("column " << column);
        CHECK(kept.value(column).toInt() == expected[column]);
    }
}

} // namespace

TEST_CASE("the figures kept as records are written equal the figures computed again from nothing")
{
    House h;
    const QDate twoMonthsAgo = h.thisMonth.addMonths(-2);
    const QString amina = h.resident(QStringLiteral("Amina"), QStringLiteral("F"), twoMonthsAgo.addDays(3));
    const QString youssef
        = h.resident(QStringLiteral("Youssef"), QStringLiteral("M"), twoMonthsAgo.addDays(5));
    h.resident(QStringLiteral("Salma"), QStringLiteral("F"), h.thisMonth.addMonths(-1).addDays(1));
    h.mark(twoMonthsAgo.addDays(10), QStringLiteral("present"));
    h.mark(h.thisMonth.addMonths(-1).addDays(2), QStringLiteral("absent"));
    h.incident(h.thisMonth.addMonths(-1).addDays(4));
    checkKeptEqualsRebuilt(h.db, h.today);

    // The kept month agrees with the month's close, computed from the records.
    const QDate lastMonth = h.thisMonth.addMonths(-1);
    agreesWithClose(h.db, h.house, lastMonth);
    CHECK(countRows(h.db,
                    QStringLiteral("SELECT girls_at_end FROM month_figures WHERE month = '%1'")
                        .arg(lastMonth.toString(QStringLiteral("yyyy-MM"))))
          == 2);

    // Edits of every kind mark what they change; the kept figures follow.
    REQUIRE(
        StayStore(h.db).exit(youssef, h.thisMonth.addMonths(-1).addDays(6), QStringLiteral("retour")).ok());
    CHECK(MonthAggregates::isStale(h.db));
    const Result<QList<Incident>> incidents = IncidentStore(h.db).list(h.house);
    REQUIRE(incidents.ok());
    REQUIRE(IncidentStore(h.db).voidIncident(incidents->first().id, QStringLiteral("saisi deux fois")).ok());
    h.mark(h.thisMonth.addMonths(-1).addDays(2), QStringLiteral("present"));
    Resident changed = *ResidentStore(h.db).get(amina);
    changed.schoolLevel = QStringLiteral("S2");
    REQUIRE(ResidentStore(h.db).update(changed).ok());
    checkKeptEqualsRebuilt(h.db, h.today);
    agreesWithClose(h.db, h.house, lastMonth);
    const QString row = QStringLiteral(" FROM month_figures WHERE month = '%1'")
                            .arg(lastMonth.toString(QStringLiteral("yyyy-MM")));
    CHECK(countRows(h.db, QStringLiteral("SELECT exits_left") + row) == 1);
    CHECK(countRows(h.db, QStringLiteral("SELECT incidents") + row) == 0);
    // Youssef's absence stays (he has left, so the sheet no longer shows him); the others' changed.
    CHECK(countRows(h.db, QStringLiteral("SELECT presence_absent") + row) == 1);

    // Nothing marked: nothing computed.
    CHECK(*MonthAggregates::refresh(h.db, h.today) == 0);
}

TEST_CASE("the demo hub's figures, kept through the demo's writes, equal the rebuilt ones")
{
    SiteSettings settings = TempDatabase::defaultSite();
    settings.ministry = true;
    TempDatabase t(settings);
    DemoSettings demo;
    demo.institutions = 12;
    demo.residents = 300;
    demo.presenceDays = 5;
    REQUIRE(DemoGenerator::generate(t.db(), demo).ok());
    checkKeptEqualsRebuilt(t.db(), QDate::currentDate());
    CHECK(countRows(t.db(), QStringLiteral("SELECT count(DISTINCT institution_id) FROM month_figures"))
          == 12);
}

TEST_CASE(
    "a house's home page counts today's residents against places, and each figure opens what it counted")
{
    House h;
    h.resident(QStringLiteral("Amina"), QStringLiteral("F"), h.thisMonth);
    h.resident(QStringLiteral("Salma"), QStringLiteral("F"), h.thisMonth.addMonths(-3));
    h.mark(h.today, QStringLiteral("present"));
    const Result<HomeFigures> home = Dashboard::house(h.db, h.house, h.today);
    REQUIRE(home.ok());
    const Figure* residents = home->figure(QStringLiteral("residents_today"));
    REQUIRE(residents != nullptr);
    CHECK(residents->value == 2);
    CHECK(residents->outOf == InstitutionStore(h.db).get(h.house)->capacity);
    CHECK(home->figure(QStringLiteral("admissions"))->value == 1);
    CHECK(home->figure(QStringLiteral("presence_rate"))->share() == 1.0);
    CHECK(home->figure(QStringLiteral("days_unmarked"))->value == h.today.day() - 1);
    CHECK(home->figure(QStringLiteral("month_close"))->warning);

    const Result<ReportTable> list = FigureLists::open(h.db, residents->query, h.today);
    REQUIRE(list.ok());
    CHECK(list->rows.size() == 2);
    const Result<ReportTable> admitted
        = FigureLists::open(h.db, home->figure(QStringLiteral("admissions"))->query, h.today);
    REQUIRE(admitted.ok());
    REQUIRE(admitted->rows.size() == 1);
    CHECK(admitted->rows.first().at(3).toDate() == h.thisMonth); // a real date, for the spreadsheets
    const Result<ReportTable> unmarked
        = FigureLists::open(h.db, home->figure(QStringLiteral("days_unmarked"))->query, h.today);
    REQUIRE(unmarked.ok());
    CHECK(unmarked->rows.size() == h.today.day() - 1);

    // A list that does not exist, and one the reader may not open, are refused.
    CHECK(FigureLists::open(h.db, { QStringLiteral("everything"), {}, {} }).error().kind
          == Error::Kind::Invalid);
    const FigureFilter ofTheHouse = residents->query.filter;
    const QString password = QStringLiteral("un mot de passe long");
    REQUIRE(
        UserStore(h.db)
            .create(
                { {}, QStringLiteral("admin"), QStringLiteral("Karim"), { QStringLiteral("administrator") } },
                password)
            .ok());
    h.t.reopen();
    REQUIRE(UserStore(h.t.db()).signIn(QStringLiteral("admin"), password).ok());
    REQUIRE(UserStore(h.t.db())
                .create({ {}, QStringLiteral("nadia"), QStringLiteral("Nadia"), { QStringLiteral("staff") } },
                        password)
                .ok());
    h.t.reopen();
    REQUIRE(UserStore(h.t.db()).signIn(QStringLiteral("nadia"), QStringLiteral("un mot de passe long")).ok());
    CHECK(FigureLists::open(h.t.db(), { QStringLiteral("actions_overdue"), ofTheHouse, {} }).error().kind
          == Error::Kind::Refused);
    CHECK(FigureLists::open(h.t.db(), { QStringLiteral("residents_in"), ofTheHouse, {} }).ok());
}

TEST_CASE("the ministry's figures follow the filters, and the sites that have not sent a month are named")
{
    SyncNetwork net;
    SyncNetwork::Site& quiet = net.addSite();
    Database& house = net.site().db();
    Resident r = TempDatabase::sampleResident();
    const QDate today = QDate::currentDate();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    const Result<QString> id = ResidentStore(house).create(r);
    REQUIRE(id.ok());
    REQUIRE(StayStore(house).admit(*id, house.site().institutionId, lastMonth.addMonths(-2), {}).ok());
    REQUIRE(net.importAtMinistry(net.site().exportBundle()).ok());

    Database& hub = net.ministry.db();
    const Result<HomeFigures> all = Dashboard::ministry(hub, { today, {}, {}, {}, {} }, today);
    REQUIRE(all.ok());
    CHECK(all->figure(QStringLiteral("occupancy"))->value == 1);
    CHECK(all->figure(QStringLiteral("girls"))->value + all->figure(QStringLiteral("boys"))->value == 1);
    const Result<HomeFigures> elsewhere
        = Dashboard::ministry(hub, { today, QStringLiteral("Nowhere"), {}, {}, {} }, today);
    REQUIRE(elsewhere.ok());
    CHECK(elsewhere->figure(QStringLiteral("occupancy"))->value == 0);

    // Last month: the first site sent after it ended (received, not approved), the quiet one nothing.
    const Result<QList<SiteMonth>> sites = MissingMonths::forMonth(hub, { lastMonth, {}, {}, {}, {} }, today);
    REQUIRE(sites.ok());
    REQUIRE(sites->size() == 2);
    CHECK(sites->at(0).siteId == quiet.db().site().id);
    CHECK(sites->at(0).state == SiteMonth::State::Missing);
    CHECK(sites->at(0).silentDays == -1);
    CHECK(sites->at(1).state == SiteMonth::State::Received);
    CHECK(sites->at(1).institutionId == house.site().institutionId);
    const Figure* missing = all->figure(QStringLiteral("sites_missing"));
    REQUIRE(missing != nullptr);
    CHECK(missing->value == 1);
    const Result<ReportTable> list = FigureLists::open(hub, missing->query, today);
    REQUIRE(list.ok());
    CHECK(list->rows.size() == 2);

    // The house's month close: approved, then exported, then acknowledged by the ministry.
    MonthApproval approval;
    approval.acceptIncomplete = true;
    REQUIRE(MonthReport::approve(house, house.site().institutionId, lastMonth, approval).ok());
    auto closeText = [&] {
        const Result<HomeFigures> home = Dashboard::house(house, house.site().institutionId, today);
        REQUIRE(home.ok());
        return home->figure(QStringLiteral("month_close"))->text;
    };
    CHECK(closeText().contains(QStringLiteral("not exported yet")));
    REQUIRE(net.importAtMinistry(net.site().exportBundle(QStringLiteral("b2.bundle"))).ok());
    CHECK(closeText().contains(QStringLiteral("not acknowledged yet")));
    REQUIRE(net.sendReferenceData(net.site()).ok());
    CHECK(closeText().endsWith(QStringLiteral(", acknowledged")));

    const Result<ReportDocument> national
        = MonthlyReports::national(hub, { lastMonth, {}, {}, {}, {} }, today);
    REQUIRE(national.ok());
    REQUIRE(national->tables.size() >= 3);
    CHECK(national->tables.at(0).totals.at(4).toInt() == 1); // residents at the end of last month
}
