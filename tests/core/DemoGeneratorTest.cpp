#include "demo/DemoGenerator.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "db/AuditLog.h"
#include "db/SqlQuery.h"
#include "demo/DemoCaseWork.h"
#include "families/PlacementStore.h"
#include "institutions/InstitutionStore.h"
#include "reports/Dump.h"
#include "reports/MonthReport.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentValidation.h"
#include "security/AuditQuery.h"
#include "sync/SenderHistory.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace riaya;

namespace {
riaya::SiteSettings ministry()
{
    riaya::SiteSettings settings;
    settings.name = QStringLiteral("الوزارة");
    settings.ministry = true;
    return settings;
}

QStringList column(Database& db, const QString& sql)
{
    SqlQuery query(db.connection(), sql);
    REQUIRE(query.exec());
    QStringList values;
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}
} // namespace

TEST_CASE("the demo on the ministry hub makes institutions and plausible residents")
{
    TempDatabase t(ministry());
    DemoSettings settings;
    settings.residents = 300;
    settings.institutions = 4;
    settings.seed = 7;
    auto summary = DemoGenerator::generate(t.db(), settings);
    REQUIRE(summary.ok());
    CHECK(summary->institutions == 4);
    CHECK(summary->residents == 300);
    CHECK(summary->presence > 0);
    CHECK(summary->results > 0);

    const QDate today = QDate::currentDate();
    auto residents = ResidentStore(t.db()).list({ .limit = 1000 });
    REQUIRE(residents->size() == 300);
    for (const Resident& r : *residents) {
        INFO(r.displayName().toStdString());
        REQUIRE(validateResident(r, today).isEmpty());
        REQUIRE_FALSE(r.firstNameLatin.isEmpty());
    }
    // No institution holds more residents than its places.
    const auto institutions = InstitutionStore(t.db()).list();
    REQUIRE(institutions.ok());
    for (const Institution& i : *institutions) {
        CHECK(InstitutionStore(t.db()).presentCount(i.id) <= i.capacity);
    }
    CHECK(AuditQuery::verify(t.db())->intact);
}

TEST_CASE("the demo on a site fills the site's own institution, growing it if needed")
{
    TempDatabase t; // three places
    DemoSettings settings;
    settings.residents = 40;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    CHECK(column(t.db(), QStringLiteral("SELECT DISTINCT institution_id FROM stays"))
          == QStringList { t.db().site().institutionId });
    const Institution house = *InstitutionStore(t.db()).get(t.db().site().institutionId);
    CHECK(house.capacity >= InstitutionStore(t.db()).presentCount(house.id));
}

TEST_CASE("the same seed on the same site gives the same records and ids")
{
    TempDatabase original(ministry());
    original.close();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(QFile::copy(original.path(), copy));
    original.reopen();
    auto other = Database::open(copy);
    REQUIRE(other.ok());

    DemoSettings settings;
    settings.residents = 50;
    settings.institutions = 2;
    settings.seed = 42;
    REQUIRE(DemoGenerator::generate(original.db(), settings).ok());
    REQUIRE(DemoGenerator::generate(**other, settings).ok());
    const QString sql
        = QStringLiteral("SELECT id || first_name || last_name || birth_date FROM residents ORDER BY id");
    CHECK(column(original.db(), sql) == column(**other, sql));

    const auto again = DemoGenerator::generate(**other, settings);
    REQUIRE_FALSE(again.ok()); // the same records again: refused, naming the seed
    CHECK(again.error().message.contains(QStringLiteral("seed 42")));
    settings.seed = 43;
    REQUIRE(DemoGenerator::generate(**other, settings).ok());
    CHECK(column(**other, QStringLiteral("SELECT count(*) FROM residents"))
          == QStringList { QStringLiteral("100") });
}

TEST_CASE("demo settings out of range are refused")
{
    TempDatabase t;
    DemoSettings settings;
    settings.institutions = 0;
    CHECK(DemoGenerator::generate(t.db(), settings).error().kind == Error::Kind::Invalid);
}

namespace {

// The sentences the demo's case work writes, field by field (free texts only; codes such as
// an item key or a state are not sentences).
QStringList caseWorkTexts(Database& db)
{
    QStringList texts;
    for (const char* sql :
         { "SELECT reason FROM family_events", "SELECT social_worker FROM home_studies",
           "SELECT assessment FROM home_studies", "SELECT social_worker FROM placement_visits",
           "SELECT school FROM placement_visits", "SELECT health FROM placement_visits",
           "SELECT end_reason FROM placements WHERE end_reason IS NOT NULL",
           "SELECT inspector FROM inspections", "SELECT description FROM corrective_actions",
           "SELECT responsible FROM corrective_actions",
           "SELECT state_note FROM corrective_actions WHERE state_note IS NOT NULL" }) {
        texts << column(db, QString::fromLatin1(sql));
    }
    for (const QString& members : column(db, QStringLiteral("SELECT members FROM families"))) {
        for (const QJsonValue& member : QJsonDocument::fromJson(members.toUtf8()).array()) {
            texts << member[QStringLiteral("relationship")].toString();
        }
    }
    for (const QString& findings : column(db, QStringLiteral("SELECT findings FROM inspections"))) {
        for (const QJsonValue& finding : QJsonDocument::fromJson(findings.toUtf8()).array()) {
            texts << finding[QStringLiteral("text")].toString();
        }
    }
    return texts;
}

bool hasLatinLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isLetter() && c.script() == QChar::Script_Latin; });
}

} // namespace

TEST_CASE("the demo's case work writes its sentences in the language of the data, not of the messages")
{
    // The messages are in English here (as riaya-cli's in a script), the demo's data Arabic.
    TempDatabase t;
    DemoSettings settings;
    settings.residents = 40;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    const Result<CaseWorkSummary> made = DemoCaseWork::generate(t.db(), 3);
    REQUIRE(made.ok());
    REQUIRE(made->inspections > 0);
    REQUIRE(made->visits > 0);
    const QStringList arabic = caseWorkTexts(t.db());
    REQUIRE(arabic.size() > 20);
    for (const QString& text : arabic) {
        INFO(text.toStdString());
        CHECK_FALSE(text.trimmed().isEmpty());
        CHECK_FALSE(hasLatinLetter(text));
    }
    CHECK(arabic.contains(QStringLiteral("المفتش الجهوي")));

    TempDatabase french;
    REQUIRE(DemoGenerator::generate(french.db(), settings).ok());
    REQUIRE(DemoCaseWork::generate(french.db(), 3, QDate::currentDate(), QStringLiteral("fr")).ok());
    const QStringList texts = caseWorkTexts(french.db());
    CHECK(texts.contains(QStringLiteral("Inspecteur régional")));
    CHECK(texts.contains(QStringLiteral("Recharger les extincteurs et signer le registre d’entretien.")));
    CHECK_FALSE(texts.contains(QStringLiteral("Regional inspector")));
}

namespace {

int number(Database& db, const QString& sql)
{
    const QStringList values = column(db, sql);
    REQUIRE(values.size() == 1);
    return values.constFirst().toInt();
}

// What the ministry's home page will ask of the demo: the story's tables, in a stable order.
QStringList story(Database& db)
{
    QStringList rows;
    for (const char* sql :
         { "SELECT site_id || name || hex(sign_key) || hex(box_key) || enrolled_at FROM trusted_sites ORDER "
           "BY 1",
           "SELECT sender_site || sequence || at || records || file_hash || bundle_id FROM bundle_log ORDER "
           "BY 1",
           "SELECT origin_site || institution_id || month || figures || approved_by || approved_at"
           " FROM month_reports ORDER BY 1",
           "SELECT id || capacity FROM institutions ORDER BY 1" }) {
        rows << column(db, QString::fromLatin1(sql));
    }
    return rows;
}

// The story's groups read back from the tables, as the ministry's report will read them
// (docs/architecture.md, "The demo's story").
void checkStoryTables(Database& db, const DemoMonthsSummary& months, const QDate& today)
{
    const QString lastMonth = months.lastMonth.toString(QStringLiteral("yyyy-MM"));
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM trusted_sites t WHERE t.role = 'site' AND NOT EXISTS"
                                " (SELECT 1 FROM month_reports m WHERE m.origin_site = t.site_id"
                                " AND m.month = '%1' AND m.deleted = 0)")
                     .arg(lastMonth))
          == months.notSentLastMonth + months.silent);
    const QString silentSince = QDateTime(today.addDays(-DemoMonths::kSilentDays), QTime(0, 0), Qt::UTC)
                                    .toString(Qt::ISODateWithMs);
    CHECK(number(
              db,
              QStringLiteral("SELECT count(*) FROM (SELECT sender_site FROM bundle_log WHERE direction = 'in'"
                             " GROUP BY sender_site HAVING max(at) < '%1')")
                  .arg(silentSince))
          == months.silent);
    // A month's approval arrived with the first bundle received after it was approved.
    const QString received = QStringLiteral(
        "(SELECT min(b.at) FROM bundle_log b WHERE b.direction = 'in' AND b.sender_site = m.origin_site"
        " AND b.at >= m.approved_at)");
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM month_reports m WHERE %1 IS NULL").arg(received))
          == 0);
    CHECK(number(db,
                 QStringLiteral(
                     "SELECT count(DISTINCT m.origin_site) FROM month_reports m"
                     " WHERE julianday(date(%1)) - julianday(date(m.month || '-01', '+1 month', '-1 day'))"
                     " >= %2")
                     .arg(received)
                     .arg(DemoMonths::kLateDays))
          == months.late);
    // Every approval arrived a day to four weeks after its month, so never with another month's bundle.
    CHECK(number(db,
                 QStringLiteral(
                     "SELECT count(*) FROM month_reports m WHERE julianday(date(%1))"
                     " - julianday(date(m.month || '-01', '+1 month', '-1 day')) NOT BETWEEN 1 AND 27")
                     .arg(received))
          == 0);
    int withGaps = 0;
    for (const QString& site : column(
             db, QStringLiteral("SELECT site_id FROM trusted_sites WHERE role = 'site' ORDER BY site_id"))) {
        const Result<SenderHistory> history = SenderHistory::load(db, site);
        REQUIRE(history.ok());
        REQUIRE_FALSE(history->isEmpty());
        if (!history->gaps().isEmpty()) {
            ++withGaps;
            CHECK(history->gaps()
                  == QList<SequenceRange> { { DemoMonths::kMonths - 1, DemoMonths::kMonths - 1 } });
            CHECK(history->highest() == DemoMonths::kMonths);
        }
    }
    CHECK(withGaps == months.gaps);
}
} // namespace

TEST_CASE("the demo's case work at the ministry tells the story of the months the sites sent")
{
    TempDatabase original(ministry());
    original.close();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(QFile::copy(original.path(), copy));
    original.reopen();
    Database& db = original.db();

    DemoSettings settings;
    settings.residents = 800;
    settings.institutions = 40;
    settings.seed = 11;
    const QDate today = settings.today;
    REQUIRE(DemoGenerator::generate(db, settings).ok());
    const Result<CaseWorkSummary> made = DemoCaseWork::generate(db, settings.seed, today);
    REQUIRE(made.ok());

    // One enrolled site per house, owner of everything the house holds.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM trusted_sites WHERE role = 'site'")) == 40);
    CHECK(number(db, QStringLiteral("SELECT count(DISTINCT origin_site) FROM institutions")) == 40);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM institutions i LEFT JOIN trusted_sites t"
                                " ON t.site_id = i.origin_site WHERE t.site_id IS NULL"))
          == 0);
    for (const char* table : { "residents", "stays", "presence", "month_reports", "corrective_actions" }) {
        INFO(table);
        CHECK(number(db,
                     QStringLiteral("SELECT count(*) FROM %1 x JOIN institutions i ON i.id = x.institution_id"
                                    " WHERE x.origin_site <> i.origin_site")
                         .arg(QLatin1String(table)))
              == 0);
    }
    const int keys = number(db,
                            QStringLiteral("SELECT count(DISTINCT sign_key) FROM trusted_sites"
                                           " WHERE length(sign_key) = 32 AND length(box_key) = 32"));
    CHECK(keys == 40);

    // The groups, as designed for 40 sites.
    const DemoMonthsSummary& months = made->months;
    CHECK(months.sites == 40);
    CHECK(months.silent == 1);
    CHECK(months.notSentLastMonth == 2);
    CHECK(months.late == 1);
    CHECK(months.gaps == 1);
    CHECK(months.lastMonth == DemoMonths::lastMonth(today));
    CHECK(months.lastMonth == QDate(today.year(), today.month(), 1).addMonths(-1));

    // The same groups read back from the tables, as the ministry's report will read them.
    checkStoryTables(db, months, today);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM bundle_log WHERE direction = 'in'"))
          == months.bundles);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM month_reports")) == months.approvals);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM month_reports WHERE month = '%1'")
                     .arg(months.lastMonth.toString(QStringLiteral("yyyy-MM"))))
          == 40 - months.notSentLastMonth - months.silent);

    // Houses over capacity, actions overdue in several houses, returns with their reasons.
    CHECK(made->overCapacity == 1);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM institutions i WHERE i.capacity < (SELECT count(*)"
                                " FROM residents r WHERE r.institution_id = i.id AND r.status = 'present'"
                                " AND r.deleted = 0)"))
          == made->overCapacity);
    CHECK(number(db,
                 QStringLiteral("SELECT count(DISTINCT institution_id) FROM corrective_actions"
                                " WHERE state IN ('open', 'in_progress') AND due_on < '%1'")
                     .arg(today.toString(Qt::ISODate)))
          > 1);
    CHECK(number(db,
                 QStringLiteral("SELECT count(DISTINCT outcome) FROM placements WHERE outcome IN"
                                " ('returned_to_institution', 'returned_to_origin_family')"
                                " AND coalesce(end_reason, '') <> ''"))
          == 2);
    CHECK(made->returns == 2);
    CHECK(PlacementStore(db).overdueVisits(today)->size() >= 2);
    CHECK(AuditQuery::verify(db)->intact);

    // The same seed, the same story.
    auto other = Database::open(copy);
    REQUIRE(other.ok());
    REQUIRE(DemoGenerator::generate(**other, settings).ok());
    REQUIRE(DemoCaseWork::generate(**other, settings.seed, today).ok());
    CHECK(story(db) == story(**other));

    // A second demo adds its own sites' months and leaves the first one's alone.
    settings.seed = 12;
    settings.institutions = 10;
    settings.residents = 100;
    REQUIRE(DemoGenerator::generate(db, settings).ok());
    const Result<CaseWorkSummary> again = DemoCaseWork::generate(db, settings.seed, today);
    REQUIRE(again.ok());
    CHECK(again->months.sites == 10);
    CHECK(number(db,
                 QStringLiteral("SELECT count(*) FROM (SELECT sender_site, sequence FROM bundle_log"
                                " GROUP BY 1, 2 HAVING count(*) > 1)"))
          == 0);
}

TEST_CASE("the demo's story keeps its groups apart on the day its months are furthest back")
{
    // On the first of a month the last month has just ended: its bundles arrive that night, and
    // the months before it ended longest ago. Two hundred sites (two with a gap), few residents.
    TempDatabase t(ministry());
    DemoSettings settings;
    settings.residents = 1000;
    settings.institutions = 200;
    settings.seed = 24; // one of its "not sent" sites would be silent without the rule that keeps them apart
    settings.presenceDays = 0;
    const QDate now = QDate::currentDate();
    settings.today = QDate(now.year(), now.month(), 1);
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    const Result<CaseWorkSummary> made = DemoCaseWork::generate(t.db(), settings.seed, settings.today);
    REQUIRE(made.ok());
    const DemoMonthsSummary& months = made->months;
    CHECK(months.lastMonth == QDate(now.year(), now.month(), 1).addMonths(-1));
    // Nothing arrived after the demo's day began, or before the month it carries ended.
    CHECK(number(t.db(),
                 QStringLiteral("SELECT count(*) FROM bundle_log WHERE at >= '%1T01:00'")
                     .arg(settings.today.toString(Qt::ISODate)))
          == 0);
    CHECK(
        number(t.db(),
               QStringLiteral(
                   "SELECT count(*) FROM month_reports WHERE approved_at < date(month || '-01', '+1 month')"))
        == 0);
    CHECK(months.silent == 4);
    CHECK(months.notSentLastMonth == 10);
    CHECK(months.late == 6);
    CHECK(months.gaps == 2);
    CHECK(made->overCapacity > 0); // 6 chosen, a house with fewer than two residents left as it is
    checkStoryTables(t.db(), months, settings.today);
}

TEST_CASE("the demo's case work at a site approves the house's last month")
{
    TempDatabase t;
    DemoSettings settings;
    settings.residents = 30;
    REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
    const Result<CaseWorkSummary> made = DemoCaseWork::generate(t.db(), 4, settings.today);
    REQUIRE(made.ok());
    const QDate lastMonth = QDate(settings.today.year(), settings.today.month(), 1).addMonths(-1);
    CHECK(made->approvedMonth == lastMonth);
    CHECK(made->months.sites == 0);
    CHECK(made->overCapacity == 0);
    CHECK(column(t.db(), QStringLiteral("SELECT month || origin_site FROM month_reports"))
          == QStringList { lastMonth.toString(QStringLiteral("yyyy-MM")) + t.db().site().id });
    // The demo marks presence on its last days only: approved as it stands, incomplete.
    const Result<QList<ApprovedMonth>> approved = MonthReport::approved(t.db());
    REQUIRE(approved.ok());
    REQUIRE(approved->size() == 1);
    CHECK(approved->constFirst().figures.value(QStringLiteral("approved_incomplete")).toBool());
}

TEST_CASE("the demo at the ministry can keep its records the ministry's own, without sites")
{
    TempDatabase t(ministry());
    DemoSettings settings;
    settings.residents = 60;
    settings.institutions = 12;
    settings.housesAsSites = false;
    const Result<DemoSummary> summary = DemoGenerator::generate(t.db(), settings);
    REQUIRE(summary.ok());
    CHECK(summary->sites == 0);
    CHECK(number(t.db(), QStringLiteral("SELECT count(*) FROM trusted_sites")) == 0);
    CHECK(column(t.db(), QStringLiteral("SELECT DISTINCT origin_site FROM residents"))
          == QStringList { t.db().site().id });
    const Result<CaseWorkSummary> made = DemoCaseWork::generate(t.db(), settings.seed, settings.today);
    REQUIRE(made.ok());
    CHECK(made->months.sites == 0);
    CHECK(number(t.db(), QStringLiteral("SELECT count(*) FROM bundle_log")) == 0);
    CHECK(column(t.db(), QStringLiteral("SELECT DISTINCT origin_site FROM inspections"))
          == QStringList { t.db().site().id });
}
