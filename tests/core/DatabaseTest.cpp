#include "QtCatch.h"
#include "TempDatabase.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace riaya;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(query.next());
    return query.value(0).toString();
}
} // namespace

TEST_CASE("a new database is in WAL mode with full sync and foreign keys, at the latest schema")
{
    TempDatabase t;
    CHECK(pragma(t.db(), QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(t.db(), QStringLiteral("synchronous")) == QStringLiteral("2"));
    CHECK(pragma(t.db(), QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(t.db(), QStringLiteral("user_version")).toInt() == latestSchemaVersion());
    CHECK(t.db().isInitialised());
    CHECK_FALSE(t.db().site().institutionId.isEmpty());
}

TEST_CASE("opening a missing file without create mode is refused and creates nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::NotFound);
    CHECK(opened.error().message.contains(QStringLiteral("missing.db")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a second writer on the same file gets a clear refusal")
{
    TempDatabase t;
    auto second = Database::open(t.path());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Refused);
    CHECK(second.error().message.contains(QStringLiteral("already open")));
    t.close();
    auto third = Database::open(t.path());
    CHECK(third.ok()); // the lock is released with the first
}

TEST_CASE("a database from a newer Riaya is refused and left byte for byte as it was")
{
    TempDatabase t;
    t.close();
    REQUIRE(rawSql(t.path(), QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
    REQUIRE(rawSql(t.path(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QByteArray before = fileHash(t.path());
    auto opened = Database::open(t.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::Refused);
    CHECK(opened.error().message.contains(QStringLiteral("newer version of Riaya")));
    CHECK(fileHash(t.path()) == before);
}

TEST_CASE("a file that is not a database, or not Riaya's, is refused")
{
    QTemporaryDir dir;
    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.db"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == Error::Kind::Invalid);
        CHECK(opened.error().message.contains(QStringLiteral("garbage.db")));
    }
    SECTION("another application's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        REQUIRE(rawSql(path, QStringLiteral("CREATE TABLE songs (title TEXT)")));
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a Riaya database")));
    }
}

TEST_CASE("a damaged database is refused at open and by the deferred check")
{
    TempDatabase t;
    for (int i = 0; i < 50; ++i) {
        Resident r = TempDatabase::sampleResident();
        r.firstName = QStringLiteral("اسم %1").arg(i);
        REQUIRE(t.db().writer().insert(QStringLiteral("residents"), r.toFields()).ok());
    }
    t.close();
    REQUIRE(rawSql(t.path(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    {
        // Overwrite the middle of the file, as a failing disk would.
        QFile file(t.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 16384);
        file.seek(size / 2);
        file.write(QByteArray(4096, '\x00'));
    }
    CHECK_FALSE(Database::quickCheck(t.path()).ok());
    auto opened = Database::open(t.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("migrations run once: reopening keeps the data and the version")
{
    TempDatabase t;
    REQUIRE(
        t.db().writer().insert(QStringLiteral("residents"), TempDatabase::sampleResident().toFields()).ok());
    t.reopen();
    SqlQuery count(t.db().connection(), QStringLiteral("SELECT count(*) FROM residents"));
    REQUIRE(count.exec());
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
    CHECK(t.db().schemaVersion() == latestSchemaVersion());
}

TEST_CASE("every write is stamped and journalled for sync")
{
    TempDatabase t;
    RecordWriter& writer = t.db().writer();
    t.db().setActor({ QStringLiteral("educator1"), { QStringLiteral("staff") }, false });
    auto id = writer.insert(QStringLiteral("residents"), TempDatabase::sampleResident().toFields());
    REQUIRE(id.ok());
    const QVariantMap row = writer.read(QStringLiteral("residents"), *id);
    CHECK(row.value(QStringLiteral("origin_site")).toString() == t.db().site().id);
    CHECK(row.value(QStringLiteral("updated_by")).toString() == QStringLiteral("educator1"));
    CHECK(row.value(QStringLiteral("deleted")).toInt() == 0);
    const qint64 firstVersion = row.value(QStringLiteral("version")).toLongLong();

    REQUIRE(writer
                .update(QStringLiteral("residents"), *id,
                        { { QStringLiteral("origin"), QStringLiteral("تحناوت") } })
                .ok());
    CHECK(writer.read(QStringLiteral("residents"), *id).value(QStringLiteral("version")).toLongLong()
          > firstVersion);
    REQUIRE(writer.markDeleted(QStringLiteral("residents"), *id).ok());
    CHECK(writer.read(QStringLiteral("residents"), *id).value(QStringLiteral("deleted")).toInt() == 1);

    SqlQuery changes(t.db().connection(),
                     QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = :id"));
    changes.bind(QStringLiteral(":id"), *id);
    REQUIRE(changes.exec());
    REQUIRE(changes.next());
    CHECK(changes.value(0).toInt() == 3);
}

TEST_CASE("an update that changes nothing writes nothing")
{
    TempDatabase t;
    RecordWriter& writer = t.db().writer();
    const Resident r = TempDatabase::sampleResident();
    auto id = writer.insert(QStringLiteral("residents"), r.toFields());
    REQUIRE(id.ok());
    const qint64 version
        = writer.read(QStringLiteral("residents"), *id).value(QStringLiteral("version")).toLongLong();
    REQUIRE(writer.update(QStringLiteral("residents"), *id, r.toFields()).ok());
    CHECK(writer.read(QStringLiteral("residents"), *id).value(QStringLiteral("version")).toLongLong()
          == version);
}

TEST_CASE("the writer refuses unknown tables and fields")
{
    TempDatabase t;
    CHECK_FALSE(t.db().writer().insert(QStringLiteral("site"), {}).ok());
    CHECK_FALSE(
        t.db().writer().insert(QStringLiteral("residents"), { { QStringLiteral("nickname"), 1 } }).ok());
}

TEST_CASE("versions never go backwards")
{
    TempDatabase t;
    qint64 last = 0;
    for (int i = 0; i < 1000; ++i) {
        const qint64 next = t.db().writer().nextVersion();
        REQUIRE(next > last);
        last = next;
    }
}
