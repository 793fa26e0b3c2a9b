#include "db/AuditLog.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "residents/ResidentStore.h"
#include "security/AuditQuery.h"

using namespace riaya;

namespace {
AuditReport verify(TempDatabase& t)
{
    auto report = AuditQuery::verify(t.db());
    REQUIRE(report.ok());
    return *report;
}

void makeHistory(TempDatabase& t)
{
    ResidentStore store(t.db());
    for (int i = 0; i < 5; ++i) {
        Resident r = TempDatabase::sampleResident();
        r.firstName = QStringLiteral("اسم %1").arg(i);
        REQUIRE(store.create(r).ok());
    }
}
} // namespace

TEST_CASE("an untouched audit log verifies and records who changed what")
{
    TempDatabase t;
    makeHistory(t);
    const AuditReport report = verify(t);
    CHECK(report.intact);
    CHECK(report.entries == 7); // init, the site's institution, five residents
}

TEST_CASE("an edited, deleted, reordered or cut audit log is detected")
{
    TempDatabase t;
    makeHistory(t);
    t.close();
    SECTION("an entry edited by hand")
    {
        REQUIRE(
            rawSql(t.path(), QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 4")));
        t.reopen();
        const AuditReport report = verify(t);
        CHECK_FALSE(report.intact);
        CHECK(report.firstBadSeq == 4);
        CHECK(report.problem.contains(QStringLiteral("changed")));
    }
    SECTION("an entry whose stored hash was replaced")
    {
        REQUIRE(rawSql(t.path(), QStringLiteral("UPDATE audit_log SET hash = 'x' WHERE seq = 3")));
        t.reopen();
        CHECK(verify(t).firstBadSeq == 3);
    }
    SECTION("an entry deleted")
    {
        REQUIRE(rawSql(t.path(), QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        t.reopen();
        const AuditReport report = verify(t);
        CHECK_FALSE(report.intact);
        CHECK(report.firstBadSeq == 5);
    }
    SECTION("the last entries cut off")
    {
        REQUIRE(rawSql(t.path(), QStringLiteral("DELETE FROM audit_log WHERE seq >= 6")));
        t.reopen();
        const AuditReport report = verify(t);
        CHECK_FALSE(report.intact);
        CHECK(report.problem.contains(QStringLiteral("removed")));
    }
    SECTION("the whole log emptied")
    {
        REQUIRE(rawSql(t.path(), QStringLiteral("DELETE FROM audit_log")));
        t.reopen();
        CHECK_FALSE(verify(t).intact);
    }
}

TEST_CASE("the entry hash covers every field and their boundaries")
{
    const QByteArray genesis(64, '0');
    const QByteArray a = AuditLog::entryHash(genesis, { QStringLiteral("ab"), QStringLiteral("c") });
    const QByteArray b = AuditLog::entryHash(genesis, { QStringLiteral("a"), QStringLiteral("bc") });
    CHECK(a != b);
    CHECK(a.size() == 64);
    CHECK(a == AuditLog::entryHash(genesis, { QStringLiteral("ab"), QStringLiteral("c") }));
}
