#include "HostileSite.h"
#include "QtCatch.h"
#include "SharingFixtures.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "families/FamilyStore.h"
#include "families/PlacementStore.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentMerge.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "sharing/GrantStore.h"
#include "sharing/RequestStore.h"

#include <QUuid>

// Records that travel both ways (docs/sharing.md), with real databases and real bundles: a
// ministry, two houses, an inspector's laptop and a regional office, every bundle signed,
// sealed and checked as in the field.
using namespace riaya;

namespace {

struct Country
{
    SyncNetwork n;
    SyncNetwork::Site& houseA = n.site();
    SyncNetwork::Site& houseB = n.addSite();
    SyncNetwork::Site& inspector = n.addSite(siteWithoutHouse(QStringLiteral("مفتشية الجهة")));
    SyncNetwork::Site& office = n.addSite(siteWithoutHouse(QStringLiteral("المندوبية الجهوية")));

    void exchange(SyncNetwork::Site& site) { ::exchange(n, site); }
    void exchangeAll()
    {
        for (SyncNetwork::Site* site : { &houseA, &houseB, &inspector, &office }) {
            exchange(*site);
        }
    }
};

// The first value a query finds for a record, as text.
std::string value(Database& db, const QString& sql, const QString& id)
{
    SqlQuery query(db.connection(), sql);
    query.bind(QStringLiteral(":id"), id);
    REQUIRE(query.exec());
    return query.next() ? query.value(0).toString().toStdString() : std::string();
}

QString admittedChild(SyncNetwork::Site& house, const QDate& on)
{
    Resident r = TempDatabase::sampleResident();
    r.firstName = QStringLiteral("ياسين") + QString::number(qHash(QUuid::createUuid()) % 1000);
    const Result<QString> id = ResidentStore(house.db()).create(r);
    REQUIRE(id.ok());
    REQUIRE(
        StayStore(house.db()).admit(*id, house.db().site().institutionId, on, QStringLiteral("يتيم")).ok());
    return *id;
}

// Every record of the kinds that travel, as id and version, so two databases can be compared.
QStringList fingerprint(Database& db, const QStringList& tables)
{
    QStringList rows;
    for (const QString& table : tables) {
        SqlQuery query(db.connection(), QStringLiteral("SELECT id, version FROM %1 ORDER BY id").arg(table));
        REQUIRE(query.exec());
        while (query.next()) {
            rows << table + QLatin1Char(' ') + query.value(0).toString() + QLatin1Char(' ')
                    + query.value(1).toString();
        }
    }
    return rows;
}

} // namespace

TEST_CASE(
    "an inspection made on the inspector's laptop reaches the house, whose progress reaches the inspector")
{
    Country c;
    c.exchangeAll();
    const QString institution = c.houseA.db().site().institutionId;
    const QString inspectorSite = c.inspector.db().site().id;

    // Before it is assigned, the inspector's laptop may not inspect the house.
    CHECK_FALSE(InspectionStore(c.inspector.db())
                    .start(institution, QStringLiteral("care-standards-1"), QDate::currentDate(),
                           QStringLiteral("سميرة"))
                    .ok());
    REQUIRE(GrantStore(c.n.ministry.db())
                .assignInspector(inspectorSite, institution, QStringLiteral("زيارة"))
                .ok());
    c.exchange(c.inspector);

    const RaisedAction made = raiseInspectionAction(c.inspector, institution);

    c.exchange(c.inspector);
    c.exchange(c.houseA);
    // The house sees the inspection and its action, and records the work done.
    REQUIRE(InspectionStore(c.houseA.db()).get(made.inspection).ok());
    ActionStore houseActions(c.houseA.db());
    REQUIRE(houseActions.get(made.action).ok());
    CHECK(houseActions.get(made.action)->originSite == inspectorSite); // what the screens leave read-only
    CHECK(value(c.houseB.db(), QStringLiteral("SELECT count(*) FROM inspections WHERE id = :id"),
                made.inspection)
          == "0");

    // The house may not rewrite the inspector's action, nor verify it.
    CorrectiveAction rewritten = *houseActions.get(made.action);
    CHECK_FALSE(c.houseA.db()
                    .writer()
                    .update(QStringLiteral("corrective_actions"), made.action,
                            { { QStringLiteral("description"), QStringLiteral("لا شيء") } })
                    .ok());
    CHECK_FALSE(houseActions.setState(made.action, QStringLiteral("verified")).ok());
    const Status progress
        = houseActions.recordProgress(made.action, QStringLiteral("done"),
                                      QStringLiteral("اشتريت طفايات جديدة"), QStringLiteral("فاتورة رقم 42"));
    INFO((progress ? std::string() : progress.error().describe().toStdString()));
    REQUIRE(progress.ok());

    c.exchange(c.houseA);
    CHECK(value(c.n.ministry.db(), QStringLiteral("SELECT state FROM corrective_actions WHERE id = :id"),
                made.action)
          == "done");
    c.exchange(c.inspector);
    const Result<CorrectiveAction> seen = ActionStore(c.inspector.db()).get(made.action);
    REQUIRE(seen.ok());
    CHECK(seen->state == QStringLiteral("done"));
    CHECK(seen->evidence == QStringLiteral("فاتورة رقم 42"));
    // The inspector verifies; the house sees it, and can change it no more.
    REQUIRE(ActionStore(c.inspector.db())
                .setState(made.action, QStringLiteral("verified"), QStringLiteral("شوهدت"))
                .ok());
    c.exchange(c.inspector);
    c.exchange(c.houseA);
    CHECK(houseActions.get(made.action)->state == QStringLiteral("verified"));
    CHECK_FALSE(houseActions.recordProgress(made.action, QStringLiteral("open"), {}, {}).ok());

    SECTION("a house forging more than its progress is refused at the ministry, nothing applied")
    {
        QVariantMap row = c.n.ministry.db().writer().read(QStringLiteral("corrective_actions"), made.action);
        row.insert(QStringLiteral("due_on"), QDate::currentDate().addYears(5).toString(Qt::ISODate));
        row.insert(QStringLiteral("version"), RecordWriter::latestPlausibleVersion() - (1LL << 30));
        const QString forged = forgeBundle(c.n, c.houseA, { { QStringLiteral("corrective_actions"), row } });
        const auto refused = c.n.importAtMinistry(forged);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("granted this site no change to due_on")));
        CHECK(value(c.n.ministry.db(), QStringLiteral("SELECT state FROM corrective_actions WHERE id = :id"),
                    made.action)
              == "verified");
    }
}

TEST_CASE("a child transferred between houses arrives with its history and leaves the first house read-only")
{
    Country c;
    const QDate admitted = QDate::currentDate().addMonths(-6);
    const QString child = admittedChild(c.houseA, admitted);
    c.exchangeAll();
    c.exchange(c.houseA); // the institution list now names house B's
    const QString into = c.houseB.db().site().institutionId;

    // The houses a child can be sent to are those other sites run.
    const auto ids = [](const Result<QList<Institution>>& list) {
        QStringList found;
        for (const Institution& i : *list) {
            found << i.id;
        }
        return found;
    };
    InstitutionStore institutionsA(c.houseA.db());
    CHECK(ids(institutionsA.list(InstitutionStore::RunBy::ThisSite))
          == QStringList { c.houseA.db().site().institutionId });
    CHECK(ids(institutionsA.list(InstitutionStore::RunBy::OtherSites)).contains(into));
    CHECK_FALSE(ids(institutionsA.list(InstitutionStore::RunBy::OtherSites))
                    .contains(c.houseA.db().site().institutionId));
    CHECK(institutionsA.list()->size()
          == institutionsA.list(InstitutionStore::RunBy::ThisSite)->size()
              + institutionsA.list(InstitutionStore::RunBy::OtherSites)->size());

    // House B never sees the child before a transfer is asked of it.
    CHECK(value(c.houseB.db(), QStringLiteral("SELECT count(*) FROM residents WHERE id = :id"), child)
          == "0");
    const QDate moving = QDate::currentDate().addDays(-2);
    RequestStore requestsA(c.houseA.db());
    CHECK_FALSE(requestsA.requestTransfer(child, into, QString(), moving).ok()); // a reason is required
    const Result<QString> asked
        = requestsA.requestTransfer(child, into, QStringLiteral("تقريب من الأسرة"), moving);
    INFO((asked ? std::string() : asked.error().describe().toStdString()));
    REQUIRE(asked.ok());
    CHECK_FALSE(requestsA.accept(*asked, {}).ok()); // only the house asked decides
    const QString early = c.houseA.exportBundle(QStringLiteral("early.bundle")); // kept for later

    c.exchange(c.houseA);
    c.exchange(c.houseB);
    RequestStore requestsB(c.houseB.db());
    const Result<QList<SiteRequest>> incoming = requestsB.list(RequestStore::Which::Incoming, true);
    REQUIRE(incoming.ok());
    REQUIRE(incoming->size() == 1);
    CHECK(incoming->constFirst().subjectName == ResidentStore(c.houseB.db()).get(child)->displayName());
    // B decides with the file in front of it, but may not write it yet.
    CHECK_FALSE(c.houseB.db()
                    .writer()
                    .update(QStringLiteral("residents"), child,
                            { { QStringLiteral("nickname"), QStringLiteral("x") } })
                    .ok());

    const Status accepted = requestsB.accept(*asked, QStringLiteral("مرحبا"));
    INFO((accepted ? std::string() : accepted.error().describe().toStdString()));
    REQUIRE(accepted.ok());
    const Result<QList<Stay>> staysAtB = StayStore(c.houseB.db()).staysOf(child);
    REQUIRE(staysAtB->size() == 2);
    CHECK(staysAtB->at(0).exitedOn == moving);
    CHECK(staysAtB->at(0).exitKind == QStringLiteral("transferred"));
    CHECK(staysAtB->at(1).admittedOn == moving);
    CHECK(staysAtB->at(1).institutionId == into);

    c.exchange(c.houseB);
    c.exchange(c.houseA);
    // A keeps the history of the stay it had, read-only, ended the day B's began; what B
    // records from then on stays at B.
    const Result<QList<Stay>> staysAtA = StayStore(c.houseA.db()).staysOf(child);
    REQUIRE(staysAtA->size() == 1);
    CHECK(staysAtA->at(0).exitedOn == moving);
    CHECK(staysAtA->at(0).exitKind == QStringLiteral("transferred"));
    CHECK(ResidentStore(c.houseA.db()).get(child)->institutionId == into);
    CHECK_FALSE(StayStore(c.houseA.db()).exit(child, QDate::currentDate(), QStringLiteral("خطأ")).ok());
    CHECK(requestsA.get(*asked)->state == QStringLiteral("accepted"));

    // Bundles lost, repeated and reordered change nothing: A's bundle from before the
    // acceptance, arriving now, is applied as the history it is.
    const auto late = c.n.importAtMinistry(early);
    CHECK(late.ok());
    c.exchangeAll();
    c.exchangeAll();
    const QStringList file { QStringLiteral("residents"), QStringLiteral("stays"),
                             QStringLiteral("requests") };
    CHECK(fingerprint(c.houseB.db(), file) == fingerprint(c.n.ministry.db(), file));
    const QStringList history { QStringLiteral("requests") };
    CHECK(fingerprint(c.houseA.db(), history) == fingerprint(c.n.ministry.db(), history));
    CHECK(c.houseA.db().writer().read(QStringLiteral("stays"), staysAtA->at(0).id)
          == c.n.ministry.db().writer().read(QStringLiteral("stays"), staysAtA->at(0).id));

    SECTION("the first house, no longer holding the file, is refused at the ministry")
    {
        QVariantMap row = c.n.ministry.db().writer().read(QStringLiteral("residents"), child);
        row.insert(QStringLiteral("health_notes"), QStringLiteral("forged"));
        row.insert(QStringLiteral("version"), RecordWriter::latestPlausibleVersion() - (1LL << 30));
        const auto refused
            = c.n.importAtMinistry(forgeBundle(c.n, c.houseA, { { QStringLiteral("residents"), row } }));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("belongs to another site")));
        CHECK(value(c.n.ministry.db(),
                    QStringLiteral("SELECT coalesce(health_notes, '') FROM residents WHERE id = :id"), child)
              != "forged");
    }
    SECTION("a refused transfer leaves no copy of the file at the house that refused")
    {
        const QString second = admittedChild(c.houseA, admitted);
        c.exchange(c.houseA);
        const Result<QString> again
            = requestsA.requestTransfer(second, into, QStringLiteral("اكتظاظ"), moving);
        REQUIRE(again.ok());
        c.exchange(c.houseA);
        c.exchange(c.houseB);
        REQUIRE(ResidentStore(c.houseB.db()).get(second).ok());
        CHECK_FALSE(requestsB.refuse(*again, QString()).ok()); // the reason is required
        REQUIRE(requestsB.refuse(*again, QStringLiteral("لا مكان")).ok());
        CHECK(value(c.houseB.db(), QStringLiteral("SELECT count(*) FROM residents WHERE id = :id"), second)
              == "0");
        CHECK(
            value(c.houseB.db(), QStringLiteral("SELECT count(*) FROM stays WHERE resident_id = :id"), second)
            == "0");
        c.exchange(c.houseB);
        c.exchange(c.houseA);
        CHECK(requestsA.get(*again)->state == QStringLiteral("refused"));
        CHECK(ResidentStore(c.houseA.db()).get(second)->institutionId == c.houseA.db().site().institutionId);
    }
    SECTION("a site forging an acceptance of a transfer not addressed to it is refused")
    {
        const QString third = admittedChild(c.houseA, admitted);
        const Result<QString> toB = requestsA.requestTransfer(third, into, QStringLiteral("سبب"), moving);
        REQUIRE(toB.ok());
        c.exchange(c.houseA);
        QVariantMap row = c.n.ministry.db().writer().read(QStringLiteral("requests"), *toB);
        row.insert(QStringLiteral("state"), QStringLiteral("accepted"));
        row.insert(QStringLiteral("version"), RecordWriter::latestPlausibleVersion() - (1LL << 30));
        const auto refused
            = c.n.importAtMinistry(forgeBundle(c.n, c.inspector, { { QStringLiteral("requests"), row } }));
        REQUIRE_FALSE(refused.ok());
        CHECK(value(c.n.ministry.db(), QStringLiteral("SELECT state FROM requests WHERE id = :id"), *toB)
              == "requested");
    }
}

TEST_CASE("a regional office places a child whose file is held by a house, with the house's grant")
{
    Country c;
    const QDate today = QDate::currentDate();
    const QString child = admittedChild(c.houseA, today.addYears(-1));
    c.exchangeAll();

    FamilyStore families(c.office.db());
    Family family;
    family.familyName = QStringLiteral("العلوي");
    family.members = { { QStringLiteral("أحمد العلوي"), QStringLiteral("زوج"), 1978, true } };
    family.capacity = 1;
    const QString familyId = *families.add(family, today.addDays(-90));
    REQUIRE(
        families
            .changeState(familyId, QStringLiteral("application"), today.addDays(-80), QStringLiteral("ملف"))
            .ok());
    REQUIRE(
        families
            .changeState(familyId, QStringLiteral("home_study"), today.addDays(-70), QStringLiteral("زيارة"))
            .ok());
    REQUIRE(families
                .addHomeStudy({ {},
                                familyId,
                                today.addDays(-60),
                                QStringLiteral("نادية"),
                                QStringLiteral("بيت لائق"),
                                QStringLiteral("approve") })
                .ok());
    REQUIRE(families
                .changeState(familyId, QStringLiteral("approved"), today.addDays(-50), QStringLiteral("قرار"),
                             QStringLiteral("AP-1"), today.addYears(2))
                .ok());
    Placement placement;
    placement.residentId = child;
    placement.familyId = familyId;
    placement.startedOn = today;
    placement.legalBasis = QStringLiteral("kafala");
    placement.legalReference = QStringLiteral("كفالة 7/2026");

    // Without the house's access, the office cannot place the child (its file is not there).
    CHECK_FALSE(PlacementStore(c.office.db()).place(placement).ok());
    const Result<QString> asked = RequestStore(c.office.db())
                                      .requestPlacementAccess(child, c.houseA.db().site().institutionId,
                                                              QStringLiteral("أسرة كافلة موافق عليها"));
    REQUIRE(asked.ok());
    c.exchange(c.office);
    c.exchange(c.houseA);
    REQUIRE(RequestStore(c.houseA.db()).accept(*asked, {}, {}, today.addYears(1)).ok());
    c.exchange(c.houseA);
    c.exchange(c.office);

    const Result<QString> placed = PlacementStore(c.office.db()).place(placement);
    INFO((placed ? std::string() : placed.error().describe().toStdString()));
    REQUIRE(placed.ok());
    // The grant is for placements, not for the rest of the file.
    CHECK_FALSE(c.office.db()
                    .writer()
                    .update(QStringLiteral("residents"), child,
                            { { QStringLiteral("health_notes"), QStringLiteral("x") } })
                    .ok());
    c.exchange(c.office);
    CHECK(value(c.n.ministry.db(), QStringLiteral("SELECT status FROM residents WHERE id = :id"), child)
          == "placed");
    c.exchange(c.houseA);
    CHECK(ResidentStore(c.houseA.db()).get(child)->status == QStringLiteral("placed"));
    CHECK(PlacementStore(c.houseA.db()).get(*placed).ok());
    CHECK(StayStore(c.houseA.db()).staysOf(child)->constLast().exitKind == QStringLiteral("placed"));

    // Once the house ends the access, the office writes nothing more for the child.
    const QString grant = QString::fromStdString(
        value(c.houseA.db(), QStringLiteral("SELECT id FROM grants WHERE subject_id = :id"), child));
    REQUIRE(GrantStore(c.houseA.db()).end(grant).ok());
    c.exchange(c.houseA);
    c.exchange(c.office);
    CHECK_FALSE(c.office.db()
                    .writer()
                    .update(QStringLiteral("residents"), child,
                            { { QStringLiteral("status"), QStringLiteral("present") } })
                    .ok());
}

TEST_CASE("a house proposes new details for its institution, the ministry decides")
{
    Country c;
    c.exchangeAll();
    const QString id = c.houseA.db().site().institutionId;
    InstitutionStore atHouse(c.houseA.db());
    Institution changed = *atHouse.get(id);
    changed.capacity = 80;
    changed.region = QStringLiteral("سوس ماسة");
    // Written directly, refused: the details are the ministry's.
    const Status direct = atHouse.update(changed);
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().message.contains(QStringLiteral("ministry")));

    RequestStore requests(c.houseA.db());
    CHECK_FALSE(requests.proposeInstitutionChange(*atHouse.get(id), QStringLiteral("لا شيء"))
                    .ok()); // nothing differs
    CHECK_FALSE(requests.proposeInstitutionChange(changed, QString()).ok()); // no reason
    const Result<QString> proposed = requests.proposeInstitutionChange(changed, QStringLiteral("جناح جديد"));
    REQUIRE(proposed.ok());
    CHECK(requests.get(*proposed)->proposed.value(QStringLiteral("capacity")).toInt() == 80);
    c.exchange(c.houseA);

    RequestStore atMinistry(c.n.ministry.db());
    const Result<QList<SiteRequest>> waiting = atMinistry.list(RequestStore::Which::Incoming, true);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 1);
    const Status accepted = atMinistry.accept(*proposed, QStringLiteral("موافق"));
    INFO((accepted ? std::string() : accepted.error().describe().toStdString()));
    REQUIRE(accepted.ok());
    CHECK(InstitutionStore(c.n.ministry.db()).get(id)->capacity == 80);
    c.exchange(c.houseA);
    CHECK(atHouse.get(id)->capacity == 80);
    CHECK(atHouse.get(id)->region == QStringLiteral("سوس ماسة"));
    CHECK(requests.get(*proposed)->state == QStringLiteral("accepted"));
    // Every other house learns the new details with the institution list.
    c.exchange(c.houseB);
    CHECK(InstitutionStore(c.houseB.db()).get(id)->capacity == 80);

    // A forged change of the details, signed by the house, is refused whole at the ministry.
    QVariantMap row = c.n.ministry.db().writer().read(QStringLiteral("institutions"), id);
    row.insert(QStringLiteral("capacity"), 500);
    row.insert(QStringLiteral("version"), RecordWriter::latestPlausibleVersion() - (1LL << 30));
    const auto refused
        = c.n.importAtMinistry(forgeBundle(c.n, c.houseA, { { QStringLiteral("institutions"), row } }));
    REQUIRE_FALSE(refused.ok());
    CHECK(InstitutionStore(c.n.ministry.db()).get(id)->capacity == 80);
}

TEST_CASE("the ministry's merge of two files of one child reaches the houses that hold them")
{
    Country c;
    const QDate admitted = QDate::currentDate().addMonths(-3);
    const QString kept = admittedChild(c.houseA, admitted);
    const QString twice = admittedChild(c.houseB, admitted);
    c.exchangeAll();
    {
        Transaction tx(c.n.ministry.db().connection());
        const Result<QVariantMap> merged = ResidentMerge(c.n.ministry.db()).merge(kept, twice);
        INFO((merged ? std::string() : merged.error().describe().toStdString()));
        REQUIRE(merged.ok());
        REQUIRE(tx.commit());
    }
    c.exchange(c.houseB);
    c.exchange(c.houseA);
    // House B's file is closed there too, and says where it went; house A keeps its own.
    const QVariantMap atB = c.houseB.db().writer().read(QStringLiteral("residents"), twice);
    CHECK(atB.value(QStringLiteral("merged_into")).toString() == kept);
    CHECK(atB.value(QStringLiteral("deleted")).toInt() == 1);
    CHECK(c.houseA.db()
              .writer()
              .read(QStringLiteral("residents"), kept)
              .value(QStringLiteral("deleted"))
              .toInt()
          == 0);
    // Nothing else of either house's files was sent back to it.
    CHECK(value(c.houseA.db(), QStringLiteral("SELECT count(*) FROM residents WHERE id = :id"), twice)
          == "0");
    CHECK(c.houseB.db().writer().read(QStringLiteral("residents"), twice)
          == c.n.ministry.db().writer().read(QStringLiteral("residents"), twice));
}
