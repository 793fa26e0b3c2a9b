#include "backup/Backup.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "residents/ResidentStore.h"
#include "security/KeyStore.h"
#include "security/UserStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace riaya;

namespace {

const QByteArray kPassphrase("a long enough passphrase");

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

int residents(const QString& path)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return *ResidentStore(**db).count({});
}

// A site with keys and one resident.
struct Site
{
    TempDatabase t;
    QString folder = t.dir() + QStringLiteral("/usb");
    Site()
    {
        REQUIRE(KeyStore(t.db()).create(kPassphrase).ok());
        REQUIRE(ResidentStore(t.db()).create(TempDatabase::sampleResident()).ok());
    }
    BackupInfo backUp(const QString& kind = QStringLiteral("manual"), int keep = 7)
    {
        const auto made = Backup::create(t.db(), folder, kind, keep);
        INFO((made ? std::string() : made.error().describe().toStdString()));
        REQUIRE(made.ok());
        return *made;
    }
};

} // namespace

TEST_CASE("a backup is encrypted, complete, written whole, and the oldest go")
{
    Site s;
    const BackupInfo first = s.backUp();
    CHECK(QFile::exists(first.path));
    CHECK(first.siteId == s.t.db().site().id);
    CHECK(first.auditIntact);
    CHECK_FALSE(bytesOf(first.path).contains("SQLite format 3")); // nothing readable on a lost stick
    CHECK_FALSE(bytesOf(first.path).contains("Fatima"));
    CHECK(QDir(s.folder).entryList(QDir::Files | QDir::Hidden).size() == 1); // no partial file left
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(2);
        s.backUp(QStringLiteral("daily"), 2);
    }
    const QList<BackupInfo> all = Backup::list(s.folder);
    CHECK(all.size() == 3); // the manual one and the two newest daily ones
    CHECK(std::count_if(all.cbegin(), all.cend(),
                        [](const BackupInfo& b) { return b.kind == QLatin1String("daily"); })
          == 2);
}

TEST_CASE("restore checks the backup whole, keeps the current database aside, and puts the backup in place")
{
    Site s;
    const BackupInfo backup = s.backUp();
    REQUIRE(ResidentStore(s.t.db()).create(TempDatabase::sampleResident()).ok()); // after the backup
    const QString path = s.t.path();
    s.t.close();
    const QByteArray before = bytesOf(path);

    SECTION("a wrong passphrase, a changed byte, a cut file: refused, nothing replaced")
    {
        CHECK_FALSE(Backup::restore(backup.path, path, "not the passphrase").ok());
        QByteArray changed = bytesOf(backup.path);
        changed[changed.size() - 100] = static_cast<char>(changed.at(changed.size() - 100) ^ 1);
        const QString damaged = s.folder + QStringLiteral("/damaged.backup");
        writeBytes(damaged, changed);
        const auto flipped = Backup::restore(damaged, path, kPassphrase);
        REQUIRE_FALSE(flipped.ok());
        CHECK(flipped.error().message.contains(QStringLiteral("damaged.backup")));
        writeBytes(damaged, bytesOf(backup.path).left(bytesOf(backup.path).size() / 2));
        CHECK_FALSE(Backup::restore(damaged, path, kPassphrase).ok());
        CHECK(bytesOf(path) == before);
        CHECK(residents(path) == 2);
    }
    SECTION("a header asking for a key derivation out of bounds: refused before deriving")
    {
        const QByteArray original = bytesOf(backup.path);
        for (const auto& [from, to] :
             { std::pair { QByteArray("\"box_ops\":2"), QByteArray("\"box_ops\":9") },
               { QByteArray("\"box_mem\":67108864"), QByteArray("\"box_mem\":-7108864") } }) {
            REQUIRE(original.contains(from));
            QByteArray changed = original;
            const QString tampered = s.folder + QStringLiteral("/tampered.backup");
            writeBytes(tampered, changed.replace(from, to));
            const auto refused = Backup::restore(tampered, path, kPassphrase);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(QStringLiteral("tampered")));
        }
        CHECK(bytesOf(path) == before);
    }
    SECTION("the database is open elsewhere: refused")
    {
        auto open = Database::open(path);
        REQUIRE(open.ok());
        const auto refused = Backup::restore(backup.path, path, kPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("close it")));
    }
    SECTION("restored; the replaced database is kept")
    {
        const auto aside = Backup::restore(backup.path, path, kPassphrase);
        INFO((aside ? std::string() : aside.error().describe().toStdString()));
        REQUIRE(aside.ok());
        CHECK(residents(path) == 1);
        CHECK(residents(*aside) == 2);
    }
    SECTION("the database file is lost: the passphrase alone brings it back")
    {
        REQUIRE(QFile::remove(path));
        REQUIRE(Backup::restore(backup.path, path, kPassphrase).ok());
        CHECK(residents(path) == 1);
    }
    SECTION("another site's backup is refused")
    {
        Site other;
        const BackupInfo foreign = other.backUp();
        const auto refused = Backup::restore(foreign.path, path, kPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("not of this database")));
        CHECK(bytesOf(path) == before);
    }
}

TEST_CASE("each backup verifies the audit chain and reports a broken one, and still backs up")
{
    Site s;
    s.t.close();
    REQUIRE(rawSql(s.t.path(), QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")));
    s.t.reopen();
    const BackupInfo made = s.backUp();
    CHECK_FALSE(made.auditIntact);
    CHECK_FALSE(made.auditProblem.isEmpty());
}

TEST_CASE("without keys there is no backup, staff may not back up by hand")
{
    TempDatabase bare;
    CHECK_FALSE(Backup::create(bare.db(), bare.dir() + QStringLiteral("/b"), QStringLiteral("manual")).ok());
    Site s;
    REQUIRE(UserStore(s.t.db())
                .create({ {},
                          QStringLiteral("rachid"),
                          QStringLiteral("Rachid"),
                          { QStringLiteral("administrator") } },
                        QStringLiteral("cedar-tree-42"))
                .ok());
    REQUIRE(UserStore(s.t.db())
                .create({ {}, QStringLiteral("amina"), QStringLiteral("Amina"), { QStringLiteral("staff") } },
                        QStringLiteral("cedar-tree-42"))
                .ok());
    s.t.reopen();
    REQUIRE(UserStore(s.t.db()).signIn(QStringLiteral("amina"), QStringLiteral("cedar-tree-42")).ok());
    CHECK_FALSE(Backup::create(s.t.db(), s.folder, QStringLiteral("manual")).ok());
    CHECK(Backup::create(s.t.db(), s.folder, QStringLiteral("import")).ok()); // automatic ones always run
}

TEST_CASE("a copy is kept beside the file before its schema changes")
{
    TempDatabase t;
    REQUIRE(ResidentStore(t.db()).create(TempDatabase::sampleResident()).ok());
    t.close();
    const int latest = latestSchemaVersion();
    // Undo the latest migration by hand, so that opening runs it again.
    REQUIRE(undoMigration(t.path(), latest));
    REQUIRE(rawSql(t.path(), QStringLiteral("PRAGMA user_version = %1").arg(latest - 1)));
    t.reopen();
    const QString copy = t.path() + QStringLiteral(".before-schema-%1").arg(latest);
    REQUIRE(QFile::exists(copy));
    CHECK(residents(copy) == 1);
}
