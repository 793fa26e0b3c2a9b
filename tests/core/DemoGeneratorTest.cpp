#include "demo/DemoGenerator.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "db/AuditLog.h"
#include "db/SqlQuery.h"
#include "demo/DemoCaseWork.h"
#include "institutions/InstitutionStore.h"
#include "reports/Dump.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentValidation.h"
#include "security/AuditQuery.h"

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
