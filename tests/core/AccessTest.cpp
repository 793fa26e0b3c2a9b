#include "QtCatch.h"
#include "TempDatabase.h"
#include "daily/IncidentStore.h"
#include "db/AuditLog.h"
#include "db/SqlQuery.h"
#include "reports/MonthReport.h"
#include "residents/ResidentStore.h"
#include "security/AuditQuery.h"
#include "security/UserStore.h"
#include "sync/ReviewQueue.h"

using namespace riaya;

namespace {

const QString kPassword = QStringLiteral("cedar-tree-42");

// A site with one account per role (made by the local operator before anyone signs in),
// a resident with health notes and an incident.
struct Staffed
{
    TempDatabase t;
    QString resident;

    Staffed()
    {
        UserStore users(t.db());
        QStringList roles = allRoles(); // the administrator first: the first account must be one
        roles.move(roles.indexOf(QStringLiteral("administrator")), 0);
        for (const QString& role : std::as_const(roles)) {
            INFO(role.toStdString());
            REQUIRE(users
                        .create({ {},
                                  role.left(8).replace(QLatin1Char('_'), QLatin1Char('.')),
                                  QStringLiteral("Person ") + role,
                                  { role } },
                                kPassword)
                        .ok());
        }
        Resident r = TempDatabase::sampleResident();
        r.healthNotes = QStringLiteral("asthma");
        resident = *ResidentStore(t.db()).create(r);
        Incident incident;
        incident.institutionId = t.db().site().institutionId;
        incident.occurredOn = QDate::currentDate();
        incident.kind = QStringLiteral("conduct");
        incident.description = QStringLiteral("Two residents fought in the yard.");
        REQUIRE(IncidentStore(t.db()).record(incident).ok());
        t.reopen(); // as the next person to start Riaya: nobody is signed in
    }
    void signInAs(const QString& role)
    {
        const QString name = QString(role).left(8).replace(QLatin1Char('_'), QLatin1Char('.'));
        REQUIRE(UserStore(t.db()).signIn(name, kPassword).ok());
    }
};

} // namespace

TEST_CASE("the first account of a database is an administrator")
{
    TempDatabase t;
    UserStore users(t.db());
    const auto refused = users.create(
        { {}, QStringLiteral("amina"), QStringLiteral("Amina"), { QStringLiteral("staff") } }, kPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().whatToFix().contains(QStringLiteral("administrator")));
    REQUIRE(users
                .create({ {},
                          QStringLiteral("rachid"),
                          QStringLiteral("Rachid"),
                          { QStringLiteral("administrator") } },
                        kPassword)
                .ok());
}

TEST_CASE("a database with accounts serves nobody until someone signs in")
{
    Staffed s;
    CHECK_FALSE(s.t.db().actor().localOperator);
    const auto refused = ResidentStore(s.t.db()).get(s.resident);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK(refused.error().message.contains(QStringLiteral("Sign in")));
    CHECK_FALSE(
        UserStore(s.t.db())
            .create(
                { {}, QStringLiteral("intruder"), QStringLiteral("X"), { QStringLiteral("administrator") } },
                kPassword)
            .ok());
}

TEST_CASE("each role may do its job and is refused the rest, in core")
{
    Staffed s;
    Database& db = s.t.db();
    auto can = [&](auto&& operation) { return operation().ok(); };
    auto readResident = [&] { return ResidentStore(db).get(s.resident); };
    auto editResident = [&] {
        Resident r = *ResidentStore(db).get(s.resident);
        r.schoolName = QStringLiteral("Collège");
        return Result<int>(ResidentStore(db).update(r) ? Result<int>(1) : Result<int>(Error::refused({})));
    };
    auto readIncidents = [&] { return IncidentStore(db).list(db.site().institutionId); };
    auto review = [&] { return ReviewQueue(db).conflicts(); };
    auto users = [&] { return UserStore(db).list(); };
    auto audit = [&] { return AuditQuery::verify(db); };

    SECTION("staff")
    {
        s.signInAs(QStringLiteral("staff"));
        CHECK(can(readResident));
        CHECK(ResidentStore(db).get(s.resident)->healthNotes == QStringLiteral("asthma"));
        CHECK(can(editResident));
        CHECK(can(readIncidents));
        CHECK_FALSE(can(review));
        CHECK_FALSE(can(users));
        CHECK_FALSE(can(audit));
        CHECK_FALSE(MonthReport::approve(db, db.site().institutionId, QDate::currentDate().addMonths(-1),
                                         { {}, true })
                        .ok());
    }
    SECTION("supervisor")
    {
        s.signInAs(QStringLiteral("supervisor"));
        CHECK(can(readIncidents));
        CHECK(can(audit));
        CHECK(MonthReport::approve(db, db.site().institutionId, QDate::currentDate().addMonths(-1),
                                   { {}, true })
                  .ok());
        CHECK_FALSE(can(users));
    }
    SECTION("clerk: residents' files without health notes, no incidents")
    {
        s.signInAs(QStringLiteral("clerk"));
        REQUIRE(can(readResident));
        CHECK(ResidentStore(db).get(s.resident)->healthNotes.isEmpty());
        CHECK_FALSE(can(editResident));
        const auto incidents = readIncidents();
        REQUIRE_FALSE(incidents.ok());
        CHECK(incidents.error().message.contains(QStringLiteral("clerk")));
        CHECK(incidents.error().message.contains(QStringLiteral("staff")));
        CHECK(can(review));
    }
    SECTION("inspector and social worker: read only here")
    {
        for (const QString& role : { QStringLiteral("inspector"), QStringLiteral("social_worker") }) {
            s.signInAs(role);
            CHECK(can(readResident));
            CHECK(ResidentStore(db).get(s.resident)->healthNotes.isEmpty());
            CHECK_FALSE(can(editResident));
            CHECK_FALSE(can(readIncidents));
        }
    }
    SECTION("administrator: accounts and the audit, not the children's incidents")
    {
        s.signInAs(QStringLiteral("administrator"));
        CHECK(can(users));
        CHECK(can(audit));
        CHECK_FALSE(can(readIncidents));
        CHECK_FALSE(can(editResident));
    }
    // Every change is stamped with who made it.
    s.signInAs(QStringLiteral("staff"));
    REQUIRE(can(editResident));
    CHECK(db.writer().read(QStringLiteral("residents"), s.resident).value(QStringLiteral("updated_by"))
          == QStringLiteral("staff"));
}

TEST_CASE("passwords: strength, hashing, throttling, change and reset")
{
    Staffed s;
    Database& db = s.t.db();
    UserStore users(db);
    SECTION(
        "a wrong password is refused in the same words as an unknown name; five in a row lock the account")
    {
        const auto wrong = users.signIn(QStringLiteral("staff"), QStringLiteral("not-it-123"));
        const auto unknown = users.signIn(QStringLiteral("nobody"), kPassword);
        REQUIRE_FALSE(wrong.ok());
        REQUIRE_FALSE(unknown.ok());
        CHECK(wrong.error().message == unknown.error().message);
        for (int i = 1; i < UserStore::kFreeAttempts; ++i) {
            CHECK_FALSE(users.signIn(QStringLiteral("staff"), QStringLiteral("not-it-123")).ok());
        }
        const auto locked = users.signIn(QStringLiteral("staff"), kPassword);
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.error().message.contains(QStringLiteral("try again")));
        // An administrator's reset lifts the wait.
        REQUIRE(users.signIn(QStringLiteral("administ"), kPassword).ok());
        CHECK_FALSE(users.resetPassword(QStringLiteral("staff"), QStringLiteral("short1")).ok());
        REQUIRE(users.resetPassword(QStringLiteral("staff"), QStringLiteral("olive-branch-7")).ok());
        CHECK(users.signIn(QStringLiteral("staff"), QStringLiteral("olive-branch-7")).ok());
    }
    SECTION("the hash is Argon2id and never in the audit log")
    {
        SqlQuery hash(db.connection(),
                      QStringLiteral("SELECT password_hash FROM users WHERE username = 'staff'"));
        REQUIRE(hash.exec());
        REQUIRE(hash.next());
        CHECK(hash.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        SqlQuery audit(db.connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE after LIKE '%argon2%'"
                                      " OR before LIKE '%argon2%'"));
        REQUIRE(audit.exec());
        REQUIRE(audit.next());
        CHECK(audit.value(0).toInt() == 0);
    }
    SECTION("a person changes their own password, given the current one")
    {
        REQUIRE(users.signIn(QStringLiteral("staff"), kPassword).ok());
        CHECK_FALSE(
            users.changePassword(QStringLiteral("wrong-one-1"), QStringLiteral("olive-branch-7")).ok());
        CHECK_FALSE(users.changePassword(kPassword, QStringLiteral("onlyletters")).ok());
        CHECK_FALSE(users.changePassword(kPassword, QStringLiteral("staff-1234567")).ok()); // holds the name
        REQUIRE(users.changePassword(kPassword, QStringLiteral("olive-branch-7")).ok());
        CHECK_FALSE(users.signIn(QStringLiteral("staff"), kPassword).ok());
        CHECK(users.signIn(QStringLiteral("staff"), QStringLiteral("olive-branch-7")).ok());
    }
    SECTION("accounts: bad input is refused field by field; the last administrator stays")
    {
        REQUIRE(users.signIn(QStringLiteral("administ"), kPassword).ok());
        const auto bad = users.create({ {}, QStringLiteral("A"), QString(), { QStringLiteral("king") } },
                                      QStringLiteral("short"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().issues.size() == 4);
        CHECK_FALSE(
            users
                .create(
                    { {}, QStringLiteral("staff"), QStringLiteral("Another"), { QStringLiteral("staff") } },
                    kPassword)
                .ok()); // taken
        CHECK_FALSE(users.setDisabled(QStringLiteral("administ"), true).ok());
        CHECK_FALSE(users.setRoles(QStringLiteral("administ"), { QStringLiteral("staff") }).ok());
        REQUIRE(users.setDisabled(QStringLiteral("staff"), true).ok());
        const auto disabled = users.signIn(QStringLiteral("staff"), kPassword);
        REQUIRE_FALSE(disabled.ok());
        CHECK(disabled.error().message.contains(QStringLiteral("disabled")));
    }
}
