// A mistaken incident is voided with a reason, never deleted: in the store, in the counts, in
// the schema of an older database, and in the bundles that carry it to the ministry.
#include "HostileSite.h"
#include "QtCatch.h"
#include "daily/IncidentStore.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "reports/MonthReport.h"
#include "security/UserStore.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace riaya;

namespace {

Incident sampleIncident(const QString& institutionId, const QDate& on)
{
    Incident i;
    i.institutionId = institutionId;
    i.occurredOn = on;
    i.kind = QStringLiteral("conduct");
    i.description = QStringLiteral("شجار في الساحة");
    return i;
}

QString recorded(Database& db, const QDate& on = QDate::currentDate().addDays(-1))
{
    const Result<QString> id = IncidentStore(db).record(sampleIncident(db.site().institutionId, on));
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("an incident is voided with a reason and stays in the register, unchangeable")
{
    TempDatabase t;
    IncidentStore store(t.db());
    const QString id = recorded(t.db());
    const int auditBefore = countRows(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));

    REQUIRE(store.voidIncident(id, QStringLiteral("  سُجّل مرتين خطأً  ")).ok());
    const Result<Incident> voided = store.get(id);
    REQUIRE(voided.ok());
    CHECK(voided->isVoided());
    CHECK(voided->voidReason == QStringLiteral("سُجّل مرتين خطأً"));
    CHECK(voided->voidedBy == t.db().actor().username);
    CHECK(QDateTime::fromString(voided->voidedAt, Qt::ISODateWithMs).isValid());
    CHECK(voided->description == QStringLiteral("شجار في الساحة")); // what was written stays
    // Audited and journalled like every edit.
    CHECK(countRows(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 1);
    CHECK(countRows(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = '%1'").arg(id))
          == 2);

    // Still listed, never deleted.
    const auto listed = store.list(t.db().site().institutionId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().isVoided());
    CHECK(countRows(t.db(), QStringLiteral("SELECT count(*) FROM incidents WHERE deleted = 1")) == 0);

    // Neither changed nor voided again.
    Incident edited = *voided;
    edited.description = QStringLiteral("نص آخر");
    const Status update = store.update(edited);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().kind == Error::Kind::Refused);
    const Status again = store.voidIncident(id, QStringLiteral("مرة أخرى"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Refused);
    CHECK(store.get(id)->voidReason == QStringLiteral("سُجّل مرتين خطأً"));
}

TEST_CASE("voiding needs a reason, a known incident, and the right to record incidents")
{
    TempDatabase t;
    IncidentStore store(t.db());
    const QString id = recorded(t.db());
    SECTION("no reason, or only spaces")
    {
        for (const QString& reason : { QString(), QStringLiteral("   ") }) {
            const Status refused = store.voidIncident(id, reason);
            REQUIRE_FALSE(refused.ok());
            REQUIRE(refused.error().issues.size() == 1);
            CHECK(refused.error().issues.first().field == QStringLiteral("void_reason"));
        }
        CHECK_FALSE(store.get(id)->isVoided());
    }
    SECTION("a reason of more than 1000 characters")
    {
        const Status refused = store.voidIncident(id, QString(1001, QLatin1Char('x')));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().issues.first().field == QStringLiteral("void_reason"));
        CHECK_FALSE(store.get(id)->isVoided());
    }
    SECTION("an unknown incident")
    {
        const Status refused = store.voidIncident(QStringLiteral("nope"), QStringLiteral("erreur"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::NotFound);
    }
    SECTION("an administrator, who does not record incidents")
    {
        UserStore users(t.db());
        REQUIRE(users
                    .create({ {},
                              QStringLiteral("admin"),
                              QStringLiteral("Admin"),
                              { QStringLiteral("administrator") } },
                            QStringLiteral("cedar-tree-42"))
                    .ok());
        REQUIRE(
            users
                .create({ {}, QStringLiteral("staff"), QStringLiteral("Staff"), { QStringLiteral("staff") } },
                        QStringLiteral("cedar-tree-42"))
                .ok());
        t.reopen();
        REQUIRE(UserStore(t.db()).signIn(QStringLiteral("admin"), QStringLiteral("cedar-tree-42")).ok());
        const Status refused = IncidentStore(t.db()).voidIncident(id, QStringLiteral("erreur"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Refused);
        t.reopen();
        REQUIRE(UserStore(t.db()).signIn(QStringLiteral("staff"), QStringLiteral("cedar-tree-42")).ok());
        REQUIRE(IncidentStore(t.db()).voidIncident(id, QStringLiteral("erreur")).ok());
        CHECK(IncidentStore(t.db()).get(id)->voidedBy == QStringLiteral("staff"));
    }
}

TEST_CASE("a new or corrected incident cannot come voided through record or update")
{
    TempDatabase t;
    IncidentStore store(t.db());
    Incident sneaky = sampleIncident(t.db().site().institutionId, QDate::currentDate());
    sneaky.voidedAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    sneaky.voidedBy = QStringLiteral("x");
    sneaky.voidReason = QStringLiteral("x");
    const Result<QString> id = store.record(sneaky);
    REQUIRE(id.ok());
    CHECK_FALSE(store.get(*id)->isVoided());
    Incident changed = *store.get(*id);
    changed.voidedAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    changed.voidedBy = QStringLiteral("x");
    changed.voidReason = QStringLiteral("x");
    REQUIRE(store.update(changed).ok());
    CHECK_FALSE(store.get(*id)->isVoided());
}

TEST_CASE("voided incidents are left out of the month's figures")
{
    TempDatabase t;
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    const QDate day(lastMonth.year(), lastMonth.month(), 10);
    recorded(t.db(), day);
    const QString mistaken = recorded(t.db(), day);
    const auto before = MonthReport::compute(t.db(), t.db().site().institutionId, day);
    REQUIRE(before.ok());
    CHECK(before->incidents == 2);
    REQUIRE(IncidentStore(t.db()).voidIncident(mistaken, QStringLiteral("doublon")).ok());
    const auto after = MonthReport::compute(t.db(), t.db().site().institutionId, day);
    REQUIRE(after.ok());
    CHECK(after->incidents == 1);
}

TEST_CASE("schema 9 gives the incidents of an older database their void fields")
{
    TempDatabase t;
    const QString id = recorded(t.db());
    const QString path = t.path();
    t.close();
    for (const char* column : { "voided_at", "voided_by", "void_reason" }) {
        REQUIRE(
            rawSql(path, QStringLiteral("ALTER TABLE incidents DROP COLUMN %1").arg(QLatin1String(column))));
    }
    // And what the later migrations add, so the file is as schema 8 left it.
    REQUIRE(rawSql(path, QStringLiteral("ALTER TABLE duplicate_candidates DROP COLUMN merge_filled")));
    REQUIRE(rawSql(path, QStringLiteral("ALTER TABLE institutions DROP COLUMN residents_sex")));
    REQUIRE(undoMigration(path, 13));
    REQUIRE(undoMigration(path, 12));
    REQUIRE(rawSql(path, QStringLiteral("PRAGMA user_version = 8")));
    t.reopen();
    CHECK(t.db().schemaVersion() == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 9);
    const Result<Incident> kept = IncidentStore(t.db()).get(id);
    REQUIRE(kept.ok());
    CHECK_FALSE(kept->isVoided());
    REQUIRE(IncidentStore(t.db()).voidIncident(id, QStringLiteral("erreur de saisie")).ok());
}

TEST_CASE("a voided incident travels to the ministry, a forged one without its reason is refused")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    const QString id = recorded(house.db());
    REQUIRE(IncidentStore(house.db()).voidIncident(id, QStringLiteral("سُجّلت في الدار الأخرى")).ok());
    const auto report = n.importAtMinistry(house.exportBundle());
    INFO((report ? QString() : report.error().describe()).toStdString());
    REQUIRE(report.ok());
    SqlQuery row(n.ministry.db().connection(),
                 QStringLiteral("SELECT void_reason, voided_by, voided_at FROM incidents WHERE id = :id"));
    row.bind(QStringLiteral(":id"), id);
    REQUIRE(row.exec());
    REQUIRE(row.next());
    CHECK(row.value(0).toString() == QStringLiteral("سُجّلت في الدار الأخرى"));
    CHECK(row.value(1).toString() == house.db().actor().username);
    CHECK_FALSE(row.value(2).toString().isEmpty());

    // A site that sends a voided incident without saying why is refused, like a local edit.
    QVariantMap forged
        = Incident(sampleIncident(house.db().site().institutionId, QDate::currentDate())).toFields();
    forged.insert(QStringLiteral("voided_at"), QStringLiteral("2026-11-30T10:00:00.000Z"));
    forged.insert(QStringLiteral("voided_by"), QStringLiteral("staff"));
    forged.remove(QStringLiteral("void_reason"));
    SECTION("no reason") { }
    SECTION("a reason but no time")
    {
        forged.remove(QStringLiteral("voided_at"));
        forged.insert(QStringLiteral("void_reason"), QStringLiteral("erreur"));
    }
    const QVariantMap row2 = stampedRow(house.db().site().id, forged);
    const auto refused = n.importAtMinistry(forgeBundle(n, house, { { QStringLiteral("incidents"), row2 } }));
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK((refused.error().message.contains(QStringLiteral("void_reason"))
           || refused.error().message.contains(QStringLiteral("voided_at"))));
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM incidents")) == 1);
}
