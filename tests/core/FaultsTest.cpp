#include "QtCatch.h"
#include "TempDatabase.h"
#include "residents/ResidentStore.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <unistd.h>

using namespace riaya;

// The faults of issue 5 that a database open in core can meet (a full disk and a power cut
// are driven through the command line, tests/cli/CliTest.cpp).

TEST_CASE("a database file deleted or replaced while open is written to no more")
{
    TempDatabase t;
    ResidentStore store(t.db());
    REQUIRE(store.create(TempDatabase::sampleResident()).ok());
    QThread::msleep(250); // the next write a person makes, not one of a batch (checked at most every 200 ms)
    SECTION("deleted")
    {
        REQUIRE(QFile::remove(t.path()));
        const auto refused = store.create(TempDatabase::sampleResident());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("deleted")));
        CHECK(refused.error().message.contains(t.path()));
    }
    SECTION("replaced by another file")
    {
        const QString other = t.dir() + QStringLiteral("/other.db");
        REQUIRE(QFile::copy(t.path(), other));
        REQUIRE(QFile::remove(t.path()));
        REQUIRE(QFile::rename(other, t.path()));
        const auto refused = store.create(TempDatabase::sampleResident());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("replaced")));
    }
}

TEST_CASE("a database in a folder that cannot be written is refused with the reason")
{
    if (::geteuid() == 0) {
        WARN("running as root, which writes anywhere: the read-only folder cannot be shown here");
        return;
    }
    TempDatabase t;
    const QString path = t.path();
    t.close();
    REQUIRE(QFile::setPermissions(t.dir(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto refused = Database::open(path);
    QFile::setPermissions(t.dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not writable")));
}
