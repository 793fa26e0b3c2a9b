#include "QtCatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs riaya-cli as a script would: no terminal, no input.
Run cli(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(RIAYA_CLI_PATH));
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    REQUIRE(process.waitForFinished(120000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

struct Site
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("site.db"));

    Site()
    {
        const Run init = cli({ QStringLiteral("--db"), db, QStringLiteral("init"),
                               QStringLiteral("--site-name"), QStringLiteral("Dar Taliba Ait Ourir") });
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }
    Run run(QStringList arguments) const
    {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        return cli(arguments);
    }
    QByteArray dump() const
    {
        const QString path = dir.filePath(QStringLiteral("dump.json"));
        REQUIRE(run({ QStringLiteral("dump"), QStringLiteral("--out"), path }).exitCode == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
};

QStringList addArgs(const QString& birthDate)
{
    return { QStringLiteral("residents"),    QStringLiteral("add"),
             QStringLiteral("--first-name"), QStringLiteral("فاطمة"),
             QStringLiteral("--last-name"),  QStringLiteral("أيت علي"),
             QStringLiteral("--birth-date"), birthDate,
             QStringLiteral("--sex"),        QStringLiteral("F") };
}

} // namespace

TEST_CASE("help is available for the tool and every command")
{
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("residents search")));
    for (const QStringList& command : { QStringList { QStringLiteral("init") },
                                        { QStringLiteral("demo") },
                                        { QStringLiteral("residents"), QStringLiteral("add") },
                                        { QStringLiteral("audit"), QStringLiteral("verify") } }) {
        const Run run = cli(command + QStringList { QStringLiteral("--help") });
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("--db")));
    }
}

TEST_CASE("usage errors exit 1")
{
    CHECK(cli({}).exitCode == 1);
    CHECK(cli({ QStringLiteral("frobnicate") }).exitCode == 1);
    CHECK(cli({ QStringLiteral("stats") }).exitCode == 1); // no --db
    Site site;
    CHECK(site.run({ QStringLiteral("stats"), QStringLiteral("--bogus") }).exitCode == 1);
    CHECK(site.run({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("many") }).exitCode
          == 1);
}

TEST_CASE("a resident is added, listed and found, with JSON for scripts")
{
    Site site;
    const Run add = site.run(addArgs(QStringLiteral("2011-03-04")));
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QString id = add.out.trimmed();

    const Run list
        = site.run({ QStringLiteral("residents"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(array.size() == 1);
    CHECK(array.first().toObject().value(QStringLiteral("id")).toString() == id);

    const Run search = site.run({ QStringLiteral("residents"), QStringLiteral("search"),
                                  QStringLiteral("فاطمه"), QStringLiteral("--json") });
    REQUIRE(search.exitCode == 0);
    CHECK(QJsonDocument::fromJson(search.out.toUtf8()).array().size() == 1);
}

TEST_CASE("bad input exits 2, names the field, and changes nothing")
{
    Site site;
    const QByteArray before = site.dump();
    SECTION("a future birth date")
    {
        const Run run = site.run(addArgs(QStringLiteral("2999-01-01")));
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--birth-date")));
    }
    SECTION("a date that is not one")
    {
        const Run run = site.run(addArgs(QStringLiteral("04/03/2011")));
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("YYYY-MM-DD")));
    }
    SECTION("missing names")
    {
        const Run run
            = site.run({ QStringLiteral("residents"), QStringLiteral("add"), QStringLiteral("--sex"),
                         QStringLiteral("F"), QStringLiteral("--birth-date"), QStringLiteral("2011-03-04") });
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--first-name")));
        CHECK(run.err.contains(QStringLiteral("--last-name")));
    }
    SECTION("an admission that fails rolls back the registration too")
    {
        REQUIRE(
            site.run({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("3") }).exitCode
            == 0);
        const QByteArray afterDemo = site.dump();
        const Run run
            = site.run(addArgs(QStringLiteral("2011-03-04"))
                       + QStringList { QStringLiteral("--admitted-on"), QStringLiteral("2025-09-01"),
                                       QStringLiteral("--institution"), QStringLiteral("missing") });
        CHECK(run.exitCode == 2);
        CHECK(site.dump() == afterDemo);
        return;
    }
    CHECK(site.dump() == before);
}

TEST_CASE("a database that cannot be used exits 2 with the file named")
{
    QTemporaryDir dir;
    SECTION("missing")
    {
        const Run run = cli(
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")), QStringLiteral("stats") });
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("none.db")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.db"))));
    }
    SECTION("not a database")
    {
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        const Run run = cli({ QStringLiteral("--db"), path, QStringLiteral("stats") });
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("notes.db")));
    }
    SECTION("initialised twice")
    {
        Site site;
        const Run run
            = site.run({ QStringLiteral("init"), QStringLiteral("--site-name"), QStringLiteral("Other") });
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("already set up")));
    }
}

TEST_CASE("stats, dump and audit verify speak JSON and catch tampering")
{
    Site site;
    REQUIRE(site.run({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("20"),
                       QStringLiteral("--seed"), QStringLiteral("3") })
                .exitCode
            == 0);
    const Run stats = site.run({ QStringLiteral("stats"), QStringLiteral("--json") });
    REQUIRE(stats.exitCode == 0);
    const QJsonObject records
        = QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("records")).toObject();
    CHECK(records.value(QStringLiteral("residents")).toInt() == 20);

    CHECK(site.run({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode == 0);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 { site.db, QStringLiteral("UPDATE audit_log SET after = '{}' WHERE seq = 5") });
    if (!sqlite.waitForFinished() || sqlite.exitCode() != 0) {
        WARN("sqlite3 is not installed; tampering checked in test_audit instead");
        return;
    }
    const Run verify = site.run({ QStringLiteral("audit"), QStringLiteral("verify") });
    CHECK(verify.exitCode == 2);
    CHECK(verify.err.contains(QStringLiteral("entry 5")));
}

TEST_CASE("messages follow --lang")
{
    QTemporaryDir dir;
    const Run run = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")),
                          QStringLiteral("stats"), QStringLiteral("--lang"), QStringLiteral("fr") });
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.err.contains(QStringLiteral("There is no database")));
}
