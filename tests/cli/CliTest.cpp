#include "CliRun.h"
#include "QtCatch.h"
#include "TempDatabase.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

namespace {

using Run = CliRun;

// Runs riaya-cli as a script would: no terminal, no input.
Run cli(const QStringList& arguments)
{
    return runCli(arguments);
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

Run requireOk(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

Run cliOn(const QString& db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    return cli(arguments);
}

// A ministry hub and one house set up from its profile and enrolled, as clerks do it, with
// the keys' passphrase in the environment while the fixture lives.
struct HubAndSite
{
    QTemporaryDir dir;
    QString hub = dir.filePath(QStringLiteral("hub.db"));
    QString site = dir.filePath(QStringLiteral("site.db"));

    HubAndSite()
    {
        qputenv("RIAYA_PASSPHRASE", "a long enough passphrase");
        requireOk(onHub({ QStringLiteral("init"), QStringLiteral("--ministry"), QStringLiteral("--site-name"),
                          QStringLiteral("Ministry") }));
        requireOk(onHub(
            { QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--out"), at("profile") }));
        requireOk(onSite({ QStringLiteral("init"), QStringLiteral("--site-name"), QStringLiteral("Dar A"),
                           QStringLiteral("--profile"), at("profile") }));
        requireOk(onSite(
            { QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), at("site.id") }));
        requireOk(onHub({ QStringLiteral("keys"), QStringLiteral("enrol"), at("site.id") }));
    }
    ~HubAndSite() { qunsetenv("RIAYA_PASSPHRASE"); }
    QString at(const char* name) const { return dir.filePath(QLatin1String(name)); }
    Run onHub(const QStringList& arguments) const { return cliOn(hub, arguments); }
    Run onSite(const QStringList& arguments) const { return cliOn(site, arguments); }
};

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

namespace {

// A resident admitted to the site's own institution a month ago; returns the id.
QString admitted(const Site& site, const QString& firstName)
{
    QStringList args = addArgs(QStringLiteral("2012-05-06"));
    args[3] = firstName;
    args << QStringLiteral("--admitted-on") << QDate::currentDate().addDays(-30).toString(Qt::ISODate);
    const Run add = site.run(args);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    return add.out.trimmed();
}

QJsonDocument json(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8());
}

} // namespace

TEST_CASE("help describes the presence, results and incidents commands")
{
    const std::pair<const char*, const char*> commands[] = {
        { "presence show", "--day" },    { "presence mark", "--all-present" },
        { "presence month", "--month" }, { "presence rate", "--institution" },
        { "results add", "--average" },  { "results list", "--resident" },
        { "results rate", "--year" },    { "incidents add", "--reported-to" },
        { "incidents list", "--from" },  { "incidents void", "--reason" },
    };
    for (const auto& [command, option] : commands) {
        const Run run = cli(QString::fromLatin1(command).split(QLatin1Char(' '))
                            + QStringList { QStringLiteral("--help") });
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QLatin1String(option)));
    }
}

TEST_CASE("presence is marked for one resident or everyone left, shown, and counted, with JSON for scripts")
{
    Site site;
    const QString amina = admitted(site, QStringLiteral("أمينة"));
    const QString zahra = admitted(site, QStringLiteral("زهرة"));
    const QDate day = QDate::currentDate().addDays(-1);
    const QString dayText = day.toString(Qt::ISODate);

    const Run one = site.run({ QStringLiteral("presence"), QStringLiteral("mark"), QStringLiteral("--day"),
                               dayText, QStringLiteral("--resident"), amina, QStringLiteral("--state"),
                               QStringLiteral("sick"), QStringLiteral("--note"), QStringLiteral("حمى") });
    INFO(one.err.toStdString());
    REQUIRE(one.exitCode == 0);
    const Run all = site.run({ QStringLiteral("presence"), QStringLiteral("mark"), QStringLiteral("--day"),
                               dayText, QStringLiteral("--all-present"), QStringLiteral("--json") });
    CHECK(json(all).object().value(QStringLiteral("marked")).toInt() == 1); // Amina is already marked

    const QJsonArray sheet = json(site.run({ QStringLiteral("presence"), QStringLiteral("show"),
                                             QStringLiteral("--day"), dayText, QStringLiteral("--json") }))
                                 .array();
    REQUIRE(sheet.size() == 2);
    for (const QJsonValue& row : sheet) {
        const QJsonObject mark = row.toObject();
        const bool isAmina = mark.value(QStringLiteral("resident_id")).toString() == amina;
        CHECK(mark.value(QStringLiteral("state")).toString()
              == (isAmina ? QStringLiteral("sick") : QStringLiteral("present")));
        CHECK(mark.value(QStringLiteral("day")).toString() == dayText);
        if (isAmina) {
            CHECK(mark.value(QStringLiteral("note")).toString() == QStringLiteral("حمى"));
        } else {
            CHECK(mark.value(QStringLiteral("resident_id")).toString() == zahra);
        }
    }
    // Changing the state keeps the note unless a new one is given.
    REQUIRE(
        site.run({ QStringLiteral("presence"), QStringLiteral("mark"), QStringLiteral("--day"), dayText,
                   QStringLiteral("--resident"), amina, QStringLiteral("--state"), QStringLiteral("leave") })
            .exitCode
        == 0);

    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    const QJsonArray marks
        = json(site.run({ QStringLiteral("presence"), QStringLiteral("month"), QStringLiteral("--resident"),
                          amina, QStringLiteral("--month"), month, QStringLiteral("--json") }))
              .array();
    REQUIRE(marks.size() == 1);
    CHECK(marks.first().toObject().value(QStringLiteral("state")).toString() == QStringLiteral("leave"));
    CHECK(marks.first().toObject().value(QStringLiteral("note")).toString() == QStringLiteral("حمى"));

    const QJsonObject rate = json(site.run({ QStringLiteral("presence"), QStringLiteral("rate"),
                                             QStringLiteral("--month"), month, QStringLiteral("--json") }))
                                 .object();
    CHECK(rate.value(QStringLiteral("present")).toInt() == 1);
    CHECK(rate.value(QStringLiteral("leave")).toInt() == 1);
    CHECK(rate.value(QStringLiteral("total")).toInt() == 2);
    CHECK(rate.value(QStringLiteral("rate")).toDouble() == Approx(0.5));
}

TEST_CASE("a bad presence mark exits 2, names the option, and changes nothing")
{
    Site site;
    const QString amina = admitted(site, QStringLiteral("أمينة"));
    const QByteArray before = site.dump();
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QStringList args { QStringLiteral("presence"), QStringLiteral("mark"), QStringLiteral("--resident"),
                       amina };
    QString option;
    SECTION("an unknown state")
    {
        args << QStringLiteral("--day") << yesterday << QStringLiteral("--state")
             << QStringLiteral("holiday");
        option = QStringLiteral("--state");
    }
    SECTION("a day to come")
    {
        args << QStringLiteral("--day") << QDate::currentDate().addDays(1).toString(Qt::ISODate)
             << QStringLiteral("--state") << QStringLiteral("present");
        option = QStringLiteral("--day");
    }
    SECTION("a day that does not exist")
    {
        args << QStringLiteral("--day") << QStringLiteral("2025-02-30") << QStringLiteral("--state")
             << QStringLiteral("present");
        option = QStringLiteral("--day");
    }
    SECTION("a resident who is not present")
    {
        args[3] = QStringLiteral("nobody");
        args << QStringLiteral("--state") << QStringLiteral("present");
        option = QStringLiteral("--resident");
    }
    const Run run = site.run(args);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(option));
    CHECK(site.dump() == before);
}

TEST_CASE("presence mark needs one resident and a state, or --all-present")
{
    Site site;
    CHECK(site.run({ QStringLiteral("presence"), QStringLiteral("mark") }).exitCode == 1);
    CHECK(site.run({ QStringLiteral("presence"), QStringLiteral("mark"), QStringLiteral("--resident"),
                     QStringLiteral("x") })
              .exitCode
          == 1);
    CHECK(site.run({ QStringLiteral("presence"), QStringLiteral("mark"), QStringLiteral("--all-present"),
                     QStringLiteral("--state"), QStringLiteral("present") })
              .exitCode
          == 1);
    CHECK(site.run({ QStringLiteral("presence"), QStringLiteral("rate"), QStringLiteral("--month"),
                     QStringLiteral("2025-13") })
              .exitCode
          == 2);
}

TEST_CASE("school results are recorded, listed and counted from the command line")
{
    Site site;
    const QString amina = admitted(site, QStringLiteral("أمينة"));
    const int year = QDate::currentDate().year() - 1;
    const QString schoolYear = QStringLiteral("%1-%2").arg(year).arg(year + 1);
    const QStringList add { QStringLiteral("results"),    QStringLiteral("add"),
                            QStringLiteral("--resident"), amina,
                            QStringLiteral("--year"),     schoolYear };
    REQUIRE(site.run(add
                     + QStringList { QStringLiteral("--term"), QStringLiteral("1"),
                                     QStringLiteral("--average"), QStringLiteral("11,75") })
                .exitCode
            == 0);
    const QJsonObject third
        = json(site.run(add
                        + QStringList { QStringLiteral("--term"), QStringLiteral("3"),
                                        QStringLiteral("--average"), QStringLiteral("12.5"),
                                        QStringLiteral("--decision"), QStringLiteral("passed"),
                                        QStringLiteral("--json") }))
              .object();
    CHECK(third.value(QStringLiteral("average")).toDouble() == Approx(12.5));

    const QJsonArray list = json(site.run({ QStringLiteral("results"), QStringLiteral("list"),
                                            QStringLiteral("--resident"), amina, QStringLiteral("--json") }))
                                .array();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("average")).toDouble() == Approx(11.75));
    CHECK(list.at(0).toObject().value(QStringLiteral("decision")).isNull());
    CHECK(list.at(1).toObject().value(QStringLiteral("id")) == third.value(QStringLiteral("id")));

    const QJsonObject rate
        = json(site.run({ QStringLiteral("results"), QStringLiteral("rate"), QStringLiteral("--year"),
                          schoolYear, QStringLiteral("--json") }))
              .object();
    CHECK(rate.value(QStringLiteral("passed")).toInt() == 1);
    CHECK(rate.value(QStringLiteral("pass_rate")).toDouble() == Approx(1.0));
}

TEST_CASE("a school result out of the rules exits 2, names the option, and changes nothing")
{
    Site site;
    const QString amina = admitted(site, QStringLiteral("أمينة"));
    const QByteArray before = site.dump();
    QStringList args { QStringLiteral("results"),    QStringLiteral("add"),
                       QStringLiteral("--resident"), amina,
                       QStringLiteral("--year"),     QStringLiteral("2024-2025"),
                       QStringLiteral("--term"),     QStringLiteral("3") };
    QString option;
    SECTION("an average of 25")
    {
        args << QStringLiteral("--average") << QStringLiteral("25");
        option = QStringLiteral("--average");
    }
    SECTION("an average that is not a number")
    {
        args << QStringLiteral("--average") << QStringLiteral("twelve");
        option = QStringLiteral("--average");
    }
    SECTION("years that do not follow each other")
    {
        args[5] = QStringLiteral("2024-2026");
        option = QStringLiteral("--year");
    }
    SECTION("a fourth term")
    {
        args[7] = QStringLiteral("4");
        option = QStringLiteral("--term");
    }
    SECTION("an unknown decision")
    {
        args << QStringLiteral("--decision") << QStringLiteral("promoted");
        option = QStringLiteral("--decision");
    }
    SECTION("an unknown resident")
    {
        args[3] = QStringLiteral("nobody");
        option = QStringLiteral("--resident");
    }
    const Run run = site.run(args);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(option));
    CHECK(site.dump() == before);
}

TEST_CASE("incidents are recorded and listed newest first from the command line")
{
    Site site;
    const QString amina = admitted(site, QStringLiteral("أمينة"));
    const QString zahra = admitted(site, QStringLiteral("زهرة"));
    const QDate today = QDate::currentDate();
    const Run first = site.run({ QStringLiteral("incidents"), QStringLiteral("add"), QStringLiteral("--kind"),
                                 QStringLiteral("conduct"), QStringLiteral("--date"),
                                 today.addDays(-3).toString(Qt::ISODate), QStringLiteral("--description"),
                                 QStringLiteral("شجار بين تلميذتين في المطعم"), QStringLiteral("--action"),
                                 QStringLiteral("إخبار الولي"), QStringLiteral("--reported-to"),
                                 QStringLiteral("مدير الدار"), QStringLiteral("--resident"), amina,
                                 QStringLiteral("--resident"), zahra });
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    REQUIRE(site.run({ QStringLiteral("incidents"), QStringLiteral("add"), QStringLiteral("--kind"),
                       QStringLiteral("safety"), QStringLiteral("--description"),
                       QStringLiteral("عطب في سخان الماء") })
                .exitCode
            == 0);

    const QJsonArray all
        = json(site.run({ QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--json") }))
              .array();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("safety"));
    const QJsonObject conduct = all.at(1).toObject();
    CHECK(conduct.value(QStringLiteral("id")).toString() == first.out.trimmed());
    CHECK(conduct.value(QStringLiteral("action_taken")).toString() == QStringLiteral("إخبار الولي"));
    CHECK(conduct.value(QStringLiteral("resident_ids")).toArray() == QJsonArray { amina, zahra });

    const QJsonArray older
        = json(site.run({ QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--to"),
                          today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--json") }))
              .array();
    CHECK(older.size() == 1);
}

TEST_CASE("incidents void ID --reason voids a mistaken incident, without a reason it exits 2")
{
    Site site;
    const Run added = site.run({ QStringLiteral("incidents"), QStringLiteral("add"), QStringLiteral("--kind"),
                                 QStringLiteral("safety"), QStringLiteral("--description"),
                                 QStringLiteral("عطب في سخان الماء") });
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();

    const QByteArray before = site.dump();
    const Run noReason = site.run({ QStringLiteral("incidents"), QStringLiteral("void"), id });
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    CHECK(site.dump() == before);
    CHECK(site.run({ QStringLiteral("incidents"), QStringLiteral("void"), QStringLiteral("nobody"),
                     QStringLiteral("--reason"), QStringLiteral("erreur") })
              .exitCode
          != 0);

    const Run voided
        = site.run({ QStringLiteral("incidents"), QStringLiteral("void"), id, QStringLiteral("--reason"),
                     QStringLiteral("سُجّل مرتين"), QStringLiteral("--json") });
    INFO(voided.err.toStdString());
    REQUIRE(voided.exitCode == 0);
    const QJsonObject shown = json(voided).object();
    CHECK(shown.value(QStringLiteral("void_reason")).toString() == QStringLiteral("سُجّل مرتين"));
    CHECK_FALSE(shown.value(QStringLiteral("voided_at")).toString().isEmpty());

    // Still listed, marked; a second void is refused.
    const Run listed = site.run({ QStringLiteral("incidents"), QStringLiteral("list") });
    CHECK(listed.out.contains(id));
    CHECK(listed.out.contains(QStringLiteral("سُجّل مرتين")));
    CHECK(site.run({ QStringLiteral("incidents"), QStringLiteral("void"), id, QStringLiteral("--reason"),
                     QStringLiteral("encore") })
              .exitCode
          != 0);
}

TEST_CASE("an incident out of the rules exits 2, names the option, and changes nothing")
{
    Site site;
    const QByteArray before = site.dump();
    QStringList args { QStringLiteral("incidents"), QStringLiteral("add"), QStringLiteral("--description"),
                       QStringLiteral("نقل إلى المستوصف") };
    QString option;
    SECTION("a date in the future")
    {
        args << QStringLiteral("--kind") << QStringLiteral("health") << QStringLiteral("--date")
             << QDate::currentDate().addDays(1).toString(Qt::ISODate);
        option = QStringLiteral("--date");
    }
    SECTION("an unknown kind")
    {
        args << QStringLiteral("--kind") << QStringLiteral("fight");
        option = QStringLiteral("--kind");
    }
    SECTION("an unknown resident")
    {
        args << QStringLiteral("--kind") << QStringLiteral("health") << QStringLiteral("--resident")
             << QStringLiteral("nobody");
        option = QStringLiteral("--resident");
    }
    const Run run = site.run(args);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(option));
    CHECK(site.dump() == before);
}

TEST_CASE("a site's bundle reaches the ministry through the command line, once, and a changed one is refused")
{
    QTemporaryDir dir;
    auto at = [&dir](const char* name) { return dir.filePath(QLatin1String(name)); };
    qputenv("RIAYA_PASSPHRASE", "a long enough passphrase");
    struct Unset
    {
        ~Unset() { qunsetenv("RIAYA_PASSPHRASE"); }
    } unset;
    auto ok = [](const Run& run) {
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run;
    };
    const QString hub = at("hub.db");
    const QString site = at("site.db");
    ok(cli({ QStringLiteral("--db"), hub, QStringLiteral("init"), QStringLiteral("--ministry"),
             QStringLiteral("--site-name"), QStringLiteral("Ministry") }));
    ok(cli({ QStringLiteral("--db"), hub, QStringLiteral("profile"), QStringLiteral("export"),
             QStringLiteral("--out"), at("profile") }));
    ok(cli({ QStringLiteral("--db"), site, QStringLiteral("init"), QStringLiteral("--site-name"),
             QStringLiteral("Dar A"), QStringLiteral("--profile"), at("profile") }));
    const Run shown = ok(cli({ QStringLiteral("--db"), site, QStringLiteral("keys"), QStringLiteral("show"),
                               QStringLiteral("--json") }));
    const QString fingerprint = QJsonDocument::fromJson(shown.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();
    CHECK(fingerprint.size() == 39);
    ok(cli({ QStringLiteral("--db"), site, QStringLiteral("keys"), QStringLiteral("export"),
             QStringLiteral("--out"), at("site.id") }));
    const Run enrolled = ok(
        cli({ QStringLiteral("--db"), hub, QStringLiteral("keys"), QStringLiteral("enrol"), at("site.id") }));
    CHECK(enrolled.out.contains(fingerprint)); // the clerk compares it with the site's
    ok(cli({ QStringLiteral("--db"), site, QStringLiteral("demo"), QStringLiteral("--residents"),
             QStringLiteral("15") }));
    ok(cli({ QStringLiteral("--db"), site, QStringLiteral("bundle"), QStringLiteral("export"),
             QStringLiteral("--out"), at("a.bundle") }));
    ok(cli(
        { QStringLiteral("--db"), hub, QStringLiteral("bundle"), QStringLiteral("verify"), at("a.bundle") }));
    const Run imported = ok(cli({ QStringLiteral("--db"), hub, QStringLiteral("bundle"),
                                  QStringLiteral("import"), at("a.bundle"), QStringLiteral("--json") }));
    CHECK(QJsonDocument::fromJson(imported.out.toUtf8())
              .array()
              .first()
              .toObject()
              .value(QStringLiteral("inserted"))
              .toInt()
          > 15);
    const Run again = ok(cli(
        { QStringLiteral("--db"), hub, QStringLiteral("bundle"), QStringLiteral("import"), at("a.bundle") }));
    CHECK(again.out.contains(QStringLiteral("already imported")));

    QFile bundle(at("a.bundle"));
    REQUIRE(bundle.open(QIODevice::ReadWrite));
    bundle.seek(bundle.size() / 2);
    const char byte = bundle.peek(1).at(0);
    bundle.write(QByteArray(1, static_cast<char>(byte ^ 0x40)));
    bundle.close();
    const Run changed = cli(
        { QStringLiteral("--db"), hub, QStringLiteral("bundle"), QStringLiteral("import"), at("a.bundle") });
    CHECK(changed.exitCode == 2);
    CHECK(changed.err.contains(QStringLiteral("a.bundle")));

    qunsetenv("RIAYA_PASSPHRASE");
    const Run noPassphrase = cli({ QStringLiteral("--db"), site, QStringLiteral("bundle"),
                                   QStringLiteral("export"), QStringLiteral("--out"), at("b.bundle") });
    CHECK(noPassphrase.exitCode == 1);
    CHECK(noPassphrase.err.contains(QStringLiteral("RIAYA_PASSPHRASE")));
    CHECK_FALSE(QFile::exists(at("b.bundle")));
}

TEST_CASE("an import killed at any moment leaves the database as before or as after, never between")
{
    QTemporaryDir dir;
    auto at = [&dir](const QString& name) { return dir.filePath(name); };
    qputenv("RIAYA_PASSPHRASE", "a long enough passphrase");
    struct Unset
    {
        ~Unset() { qunsetenv("RIAYA_PASSPHRASE"); }
    } unset;
    const QString hub = at(QStringLiteral("hub.db"));
    const QString site = at(QStringLiteral("site.db"));
    for (const QStringList& step :
         { QStringList { QStringLiteral("--db"), hub, QStringLiteral("init"), QStringLiteral("--ministry"),
                         QStringLiteral("--site-name"), QStringLiteral("Ministry") },
           { QStringLiteral("--db"), hub, QStringLiteral("profile"), QStringLiteral("export"),
             QStringLiteral("--out"), at(QStringLiteral("profile")) },
           { QStringLiteral("--db"), site, QStringLiteral("init"), QStringLiteral("--site-name"),
             QStringLiteral("Dar A"), QStringLiteral("--profile"), at(QStringLiteral("profile")) },
           { QStringLiteral("--db"), site, QStringLiteral("keys"), QStringLiteral("export"),
             QStringLiteral("--out"), at(QStringLiteral("site.id")) },
           { QStringLiteral("--db"), hub, QStringLiteral("keys"), QStringLiteral("enrol"),
             at(QStringLiteral("site.id")) },
           { QStringLiteral("--db"), site, QStringLiteral("demo"), QStringLiteral("--residents"),
             QStringLiteral("800") },
           { QStringLiteral("--db"), site, QStringLiteral("bundle"), QStringLiteral("export"),
             QStringLiteral("--out"), at(QStringLiteral("a.bundle")) } }) {
        const Run run = cli(step);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    QSet<int> seen;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString copy = at(QStringLiteral("hub-%1.db").arg(attempt));
        REQUIRE(QFile::copy(hub, copy));
        QProcess import;
        import.setProgram(QStringLiteral(RIAYA_CLI_PATH));
        import.setArguments({ QStringLiteral("--db"), copy, QStringLiteral("bundle"),
                              QStringLiteral("import"), at(QStringLiteral("a.bundle")) });
        import.start();
        REQUIRE(import.waitForStarted());
        QTest::qWait(150 + attempt * 120); // from key unlocking to the middle of applying and past the end
        import.kill();
        import.waitForFinished();
        const Run check
            = cli({ QStringLiteral("--db"), copy, QStringLiteral("stats"), QStringLiteral("--json") });
        INFO(check.err.toStdString());
        REQUIRE(check.exitCode == 0); // opens, passes quick_check
        const int residents = QJsonDocument::fromJson(check.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("records"))
                                  .toObject()
                                  .value(QStringLiteral("residents"))
                                  .toInt();
        CHECK((residents == 0 || residents == 800));
        seen.insert(residents);
    }
    INFO("states seen: " << seen.size());
    CHECK(seen.contains(0)); // killed before the commit at least once
}

TEST_CASE("the passphrase can come from a file instead of the environment")
{
    QTemporaryDir dir;
    const QString passphraseFile = dir.filePath(QStringLiteral("passphrase"));
    QFile file(passphraseFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("a long enough passphrase\n"); // a trailing newline, as an editor leaves it
    file.close();
    const QString db = dir.filePath(QStringLiteral("site.db"));
    const Run init = cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--site-name"),
                           QStringLiteral("Dar A"), QStringLiteral("--passphrase-file"), passphraseFile });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.err.isEmpty());
    CHECK(init.out.contains(QStringLiteral("Fingerprint")));
    const Run exported = cli({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("export"),
                               QStringLiteral("--out"), dir.filePath(QStringLiteral("id")),
                               QStringLiteral("--passphrase-file"), passphraseFile });
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    const Run missing = cli({ QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("export"),
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("id2")),
                              QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("nowhere")) });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("nowhere")));
}

TEST_CASE("month close, import preview, key revocation and new keys from the command line")
{
    HubAndSite n;
    auto at = [&n](const char* name) { return n.at(name); };
    const auto ok = requireOk;
    auto onHub = [&n](const QStringList& arguments) { return n.onHub(arguments); };
    auto onSite = [&n](const QStringList& arguments) { return n.onSite(arguments); };
    auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()); };
    ok(onSite({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("15") }));

    // Month close: the figures, then the approval by name.
    const Run figures
        = ok(onSite({ QStringLiteral("month"), QStringLiteral("figures"), QStringLiteral("--json") }));
    CHECK(json(figures).object().contains(QStringLiteral("residents_at_end")));
    // The demo marks presence on its last three days only: the month is incomplete, which a
    // person must accept, and the approval says so.
    const QJsonObject completeness = json(figures).object().value(QStringLiteral("completeness")).toObject();
    CHECK_FALSE(completeness.value(QStringLiteral("complete")).toBool());
    CHECK(completeness.value(QStringLiteral("marks_recorded")).toInt()
          < completeness.value(QStringLiteral("marks_expected")).toInt());
    const Run incomplete = onSite({ QStringLiteral("month"), QStringLiteral("approve") });
    CHECK(incomplete.exitCode == 3);
    CHECK(incomplete.err.contains(QStringLiteral("incomplete")));
    CHECK(onSite({ QStringLiteral("month"), QStringLiteral("figures"), QStringLiteral("--month"),
                   QStringLiteral("2999-01") })
              .exitCode
          == 2); // not ended yet
    const Run approved = ok(onSite({ QStringLiteral("month"), QStringLiteral("approve"),
                                     QStringLiteral("--by"), QStringLiteral("Khadija Amrani"),
                                     QStringLiteral("--accept-incomplete"), QStringLiteral("--json") }));
    CHECK(json(approved).object().value(QStringLiteral("approved_by")).toString()
          == QStringLiteral("Khadija Amrani"));
    CHECK(json(approved).object().value(QStringLiteral("approved_incomplete")).toBool());
    ok(onSite(
        { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), at("1.bundle") }));

    // A preview changes nothing and says, per kind, what the import will do.
    const Run preview = ok(onHub({ QStringLiteral("bundle"), QStringLiteral("import"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--json"), at("1.bundle") }));
    const QJsonObject previewed = json(preview).array().first().toObject();
    CHECK(previewed.value(QStringLiteral("preview")).toBool());
    CHECK(previewed.value(QStringLiteral("by_table"))
              .toObject()
              .value(QStringLiteral("residents"))
              .toObject()
              .value(QStringLiteral("inserted"))
              .toInt()
          == 15);
    CHECK(previewed.value(QStringLiteral("by_table")).toObject().contains(QStringLiteral("month_reports")));
    const Run empty = ok(onHub({ QStringLiteral("stats"), QStringLiteral("--json") }));
    CHECK_FALSE(empty.out.contains(QStringLiteral("\"residents\": 15")));
    const Run imported = ok(onHub(
        { QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--json"), at("1.bundle") }));
    CHECK(json(imported).array().first().toObject().value(QStringLiteral("inserted")).toInt()
          == previewed.value(QStringLiteral("inserted")).toInt());

    // A stolen laptop: the ministry revokes the key; bundles signed with it are refused.
    const QString siteId
        = json(ok(onSite({ QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json") })))
              .object()
              .value(QStringLiteral("site_id"))
              .toString();
    CHECK(onHub({ QStringLiteral("keys"), QStringLiteral("revoke"), siteId }).exitCode == 1); // why?
    ok(onHub({ QStringLiteral("keys"), QStringLiteral("revoke"), siteId, QStringLiteral("--reason"),
               QStringLiteral("laptop stolen") }));
    ok(onSite(
        { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), at("2.bundle") }));
    const Run refused = onHub({ QStringLiteral("bundle"), QStringLiteral("import"), at("2.bundle") });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("revoked")));
    CHECK(refused.err.contains(QStringLiteral("2.bundle")));
    const Run list = ok(onHub({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    CHECK(json(list).array().first().toObject().value(QStringLiteral("revoked")).toBool());

    // New keys, enrolled again after comparing fingerprints; the site's bundles are accepted.
    CHECK(onSite({ QStringLiteral("keys"), QStringLiteral("create") }).exitCode == 2); // keys exist
    ok(onSite({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--replace") }));
    ok(onSite({ QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), at("site2.id") }));
    CHECK(onHub({ QStringLiteral("keys"), QStringLiteral("enrol"), at("site.id") }).exitCode
          == 2); // the old key
    ok(onHub({ QStringLiteral("keys"), QStringLiteral("enrol"), at("site2.id") }));
    ok(onSite(
        { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), at("3.bundle") }));
    ok(onHub({ QStringLiteral("bundle"), QStringLiteral("import"), at("3.bundle") }));

    // The ministry's answer brings the revocation to the site.
    ok(onHub({ QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), siteId,
               QStringLiteral("--out"), at("answer.bundle") }));
    const Run answered = ok(onSite({ QStringLiteral("bundle"), QStringLiteral("import"),
                                     QStringLiteral("--json"), at("answer.bundle") }));
    CHECK(json(answered)
              .array()
              .first()
              .toObject()
              .value(QStringLiteral("by_table"))
              .toObject()
              .contains(QStringLiteral("revocations")));

    CHECK(onHub({ QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("1") }).exitCode
          == 1);
    CHECK(onHub({ QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("999"),
                  QStringLiteral("--keep"), QStringLiteral("x") })
              .exitCode
          == 2);
    // Nothing decided yet: nothing to undo.
    CHECK(onHub({ QStringLiteral("duplicates"), QStringLiteral("undo") }).exitCode == 1);
    CHECK(onHub({ QStringLiteral("duplicates"), QStringLiteral("undo"), QStringLiteral("999") }).exitCode
          == 2);
    const Run decided = ok(onHub({ QStringLiteral("duplicates"), QStringLiteral("list"),
                                   QStringLiteral("--decided"), QStringLiteral("--json") }));
    CHECK(json(decided).array().isEmpty());
}

TEST_CASE("the ministry rotates its keys from the command line, and its sites follow")
{
    HubAndSite n;
    auto at = [&n](const char* name) { return n.at(name); };
    const QByteArray passphrase("a long enough passphrase"); // the fixture's
    const auto ok = requireOk;
    const QString& hub = n.hub;
    auto onHub = [&n](const QStringList& arguments) { return n.onHub(arguments); };
    auto onSite = [&n](const QStringList& arguments) { return n.onSite(arguments); };
    auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()); };
    auto fingerprintOf = [&](const Run& run) {
        return json(ok(run)).object().value(QStringLiteral("fingerprint")).toString();
    };
    const QStringList rotate { QStringLiteral("keys"), QStringLiteral("rotate") };
    ok(onSite({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("5") }));
    const QStringList show { QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json") };
    const QString siteId = json(ok(onSite(show))).object().value(QStringLiteral("site_id")).toString();
    const QString oldFingerprint = fingerprintOf(onHub(show));

    // Usage (1), refusals (2) and a fault (4): the keys stay as they were.
    CHECK(onHub(rotate + QStringList { QStringLiteral("now") }).exitCode == 1);
    qunsetenv("RIAYA_PASSPHRASE");
    const Run noPassphrase = onHub(rotate);
    CHECK(noPassphrase.exitCode == 1);
    CHECK(noPassphrase.err.contains(QStringLiteral("RIAYA_PASSPHRASE")));
    qputenv("RIAYA_PASSPHRASE", "not the passphrase at all");
    const Run wrong = onHub(rotate);
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("passphrase does not open")));
    qputenv("RIAYA_PASSPHRASE", passphrase);
    const Run atSite = onSite(rotate);
    CHECK(atSite.exitCode == 2);
    CHECK(atSite.err.contains(QStringLiteral("Only the ministry hub rotates its keys")));
    REQUIRE(rawSql(hub, QStringLiteral("UPDATE meta SET value = '[{' WHERE key = 'key_rotation'")));
    const Run damaged = onHub(rotate);
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.err.contains(QStringLiteral("damaged")));
    REQUIRE(rawSql(hub, QStringLiteral("UPDATE meta SET value = '' WHERE key = 'key_rotation'")));
    CHECK(fingerprintOf(onHub(show)) == oldFingerprint);

    const Run rotated = ok(onHub(rotate + QStringList { QStringLiteral("--json") }));
    const QString newFingerprint = json(rotated).object().value(QStringLiteral("fingerprint")).toString();
    CHECK(json(rotated).object().value(QStringLiteral("old_fingerprint")).toString() == oldFingerprint);
    CHECK(newFingerprint.size() == 39);
    CHECK(newFingerprint != oldFingerprint);
    CHECK(fingerprintOf(onHub(show)) == newFingerprint);

    // The ministry's next bundle carries the statement; importing it, the site trusts the new keys.
    ok(onHub({ QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), siteId,
               QStringLiteral("--out"), at("answer.bundle") }));
    QFile answer(at("answer.bundle"));
    REQUIRE(answer.open(QIODevice::ReadOnly));
    CHECK(answer.read(4096).contains("riaya-key-rotation/1")); // in the clear manifest
    ok(onSite({ QStringLiteral("bundle"), QStringLiteral("import"), at("answer.bundle") }));
    const Run trusted
        = ok(onSite({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") }));
    CHECK(json(trusted).array().first().toObject().value(QStringLiteral("fingerprint")).toString()
          == newFingerprint);

    // The site's next bundle is sealed to the ministry's new key, and imports there.
    ok(onSite(
        { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), at("1.bundle") }));
    const Run imported = ok(onHub(
        { QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--json"), at("1.bundle") }));
    CHECK(json(imported).array().first().toObject().value(QStringLiteral("inserted")).toInt() > 5);

    // Sites set up from now on get the new keys with the profile.
    const Run profile = ok(onHub(
        { QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--out"), at("profile2") }));
    CHECK(profile.out.contains(newFingerprint));
    const Run text = ok(onHub(rotate));
    CHECK(text.out.contains(QStringLiteral("(it was %1)").arg(newFingerprint)));
}

TEST_CASE("on a database with accounts every command names its user, and each role is held to its job")
{
    Site site;
    struct Unset
    {
        ~Unset()
        {
            qunsetenv("RIAYA_PASSWORD");
            qunsetenv("RIAYA_NEW_PASSWORD");
        }
    } unset;
    auto as = [&](const QString& user, QStringList arguments) {
        arguments.prepend(user);
        arguments.prepend(QStringLiteral("--user"));
        return site.run(arguments);
    };
    // The local operator of a fresh database makes the first account; that ends the local operator.
    qputenv("RIAYA_NEW_PASSWORD", "cedar-tree-42");
    const Run first = site.run({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
                                 QStringLiteral("--full-name"), QStringLiteral("Rachid Admin"),
                                 QStringLiteral("--roles"), QStringLiteral("administrator") });
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const Run anonymous = site.run({ QStringLiteral("residents"), QStringLiteral("list") });
    CHECK(anonymous.exitCode == 2);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));

    qputenv("RIAYA_PASSWORD", "not-the-password-1");
    const Run wrong = as(QStringLiteral("admin"), { QStringLiteral("users"), QStringLiteral("list") });
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("Wrong user name or password")));

    qputenv("RIAYA_PASSWORD", "cedar-tree-42");
    qputenv("RIAYA_NEW_PASSWORD", "olive-branch-7");
    const Run badRole = as(QStringLiteral("admin"),
                           { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("educ"),
                             QStringLiteral("--full-name"), QStringLiteral("Amina"),
                             QStringLiteral("--roles"), QStringLiteral("king") });
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(QStringLiteral("--roles")));
    REQUIRE(as(QStringLiteral("admin"),
               { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("educ"),
                 QStringLiteral("--full-name"), QStringLiteral("Amina"), QStringLiteral("--roles"),
                 QStringLiteral("staff") })
                .exitCode
            == 0);
    const Run listed = as(QStringLiteral("admin"),
                          { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 2);
    CHECK_FALSE(listed.out.contains(QStringLiteral("argon2")));
    CHECK(as(QStringLiteral("admin"),
             { QStringLiteral("users"), QStringLiteral("lock-after"), QStringLiteral("0") })
              .exitCode
          == 2);
    CHECK(as(QStringLiteral("admin"),
             { QStringLiteral("users"), QStringLiteral("lock-after"), QStringLiteral("5") })
              .exitCode
          == 0);
    // The administrator does not read the children's incidents.
    const Run incidents
        = as(QStringLiteral("admin"), { QStringLiteral("incidents"), QStringLiteral("list") });
    CHECK(incidents.exitCode == 2);
    CHECK(incidents.err.contains(QStringLiteral("staff")));

    qputenv("RIAYA_PASSWORD", "olive-branch-7");
    QStringList add = addArgs(QStringLiteral("2012-05-01"));
    const Run added = as(QStringLiteral("educ"), add);
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(as(QStringLiteral("educ"), { QStringLiteral("users"), QStringLiteral("list") }).exitCode == 2);
    const Run dump = site.run({ QStringLiteral("--user"), QStringLiteral("educ"), QStringLiteral("residents"),
                                QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(dump.exitCode == 0);
}

TEST_CASE("backups from the command line: made before an import, listed, and restored with the passphrase")
{
    Site site;
    qputenv("RIAYA_PASSPHRASE", "a long enough passphrase");
    struct Unset
    {
        ~Unset() { qunsetenv("RIAYA_PASSPHRASE"); }
    } unset;
    REQUIRE(site.run({ QStringLiteral("keys"), QStringLiteral("create") }).exitCode == 0);
    REQUIRE(site.run(addArgs(QStringLiteral("2012-05-01"))).exitCode == 0);
    const QString folder = site.dir.filePath(QStringLiteral("usb"));
    const Run made = site.run({ QStringLiteral("backup"), QStringLiteral("create"),
                                QStringLiteral("--folder"), folder, QStringLiteral("--json") });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString backup
        = QJsonDocument::fromJson(made.out.toUtf8()).object().value(QStringLiteral("path")).toString();
    REQUIRE(QFile::exists(backup));
    REQUIRE(site.run(addArgs(QStringLiteral("2011-02-03"))).exitCode == 0); // after the backup
    const Run listed = site.run({ QStringLiteral("backup"), QStringLiteral("list"),
                                  QStringLiteral("--folder"), folder, QStringLiteral("--json") });
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 1);

    qunsetenv("RIAYA_PASSPHRASE");
    const Run noPassphrase = site.run({ QStringLiteral("backup"), QStringLiteral("restore"), backup });
    CHECK(noPassphrase.exitCode == 1);
    qputenv("RIAYA_PASSPHRASE", "a long enough passphrase");
    const Run restored = site.run({ QStringLiteral("backup"), QStringLiteral("restore"), backup });
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("kept as")));
    const Run count
        = site.run({ QStringLiteral("residents"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(QJsonDocument::fromJson(count.out.toUtf8()).array().size() == 1);
}

TEST_CASE("a full disk during a write ends with a clear message and loses nothing committed")
{
    Site site;
    REQUIRE(site.run({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("40") }).exitCode
            == 0);
    const int before = QJsonDocument::fromJson(
                           site.run({ QStringLiteral("stats"), QStringLiteral("--json") }).out.toUtf8())
                           .object()
                           .value(QStringLiteral("residents"))
                           .toObject()
                           .value(QStringLiteral("total"))
                           .toInt();
    // A disk with a few hundred kilobytes left: no file may grow past that (RLIMIT_FSIZE).
    QProcess process;
    process.setProgram(QStringLiteral(RIAYA_CLI_PATH));
    process.setArguments({ QStringLiteral("--db"), site.db, QStringLiteral("demo"),
                           QStringLiteral("--residents"), QStringLiteral("3000"), QStringLiteral("--seed"),
                           QStringLiteral("7") });
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] {
        ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails (EFBIG) instead of killing
        const rlimit limit { 512 * 1024, 512 * 1024 };
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start();
    REQUIRE(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() != 0);
    CHECK(err.contains(
        QStringLiteral("could not be saved to disk"))); // SQLite reads a refused write as an I/O error
    // The database opens (integrity checked at open) and holds at least what was there.
    const Run after = site.run({ QStringLiteral("stats"), QStringLiteral("--json") });
    REQUIRE(after.exitCode == 0);
    CHECK(QJsonDocument::fromJson(after.out.toUtf8())
              .object()
              .value(QStringLiteral("residents"))
              .toObject()
              .value(QStringLiteral("total"))
              .toInt()
          >= before);
    CHECK(site.run({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode == 0);
}

namespace {

// The text of a PDF as pdftotext reads it (poppler-utils, installed by the set-up script).
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QJsonValue jsonOut(const Run& run)
{
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

TEST_CASE("an inspection from the command line: answers, refusals, findings, actions and the PDF")
{
    Site site;
    const Run templates
        = site.run({ QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(templates.exitCode == 0);
    CHECK(jsonOut(templates).toArray().at(0).toObject().value(QStringLiteral("id")).toString()
          == QStringLiteral("care-standards-1"));
    const QString visit = QDate::currentDate().addDays(-40).toString(Qt::ISODate);
    const Run started
        = site.run({ QStringLiteral("inspections"), QStringLiteral("start"), QStringLiteral("--date"), visit,
                     QStringLiteral("--inspector"), QStringLiteral("Samira Alaoui") });
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const QString id = started.out.trimmed();

    const Run outOfRange
        = site.run({ QStringLiteral("inspections"), QStringLiteral("answer"), id, QStringLiteral("--item"),
                     QStringLiteral("hygiene.2.2"), QStringLiteral("--value"), QStringLiteral("9") });
    CHECK(outOfRange.exitCode == 2);
    CHECK(outOfRange.err.contains(QStringLiteral("from 0 to 4")));
    const Run early = site.run({ QStringLiteral("inspections"), QStringLiteral("finalize"), id });
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("no answer yet")));

    // Every item compliant but two: one not applicable, one not compliant (weights in the file).
    QFile shipped(QStringLiteral(RIAYA_SOURCE_DIR "/resources/standards/care-standards-1.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject answers;
    double points = 0;
    double weights = 0;
    for (const QJsonValue& section :
         QJsonDocument::fromJson(shipped.readAll())[QStringLiteral("sections")].toArray()) {
        for (const QJsonValue& standard : section[QStringLiteral("standards")].toArray()) {
            for (const QJsonValue& item : standard[QStringLiteral("items")].toArray()) {
                const QString key = item[QStringLiteral("key")].toString();
                const int weight = item[QStringLiteral("weight")].toInt();
                const bool scale = item[QStringLiteral("scoring")].toString() == QLatin1String("scale");
                if (key == QLatin1String("safety.1.1")) {
                    answers.insert(key, QStringLiteral("not_compliant"));
                    weights += weight;
                } else if (key == QLatin1String("governance.1.1")) {
                    answers.insert(key, QStringLiteral("na"));
                } else {
                    answers.insert(key, scale ? QStringLiteral("4") : QStringLiteral("compliant"));
                    points += weight;
                    weights += weight;
                }
            }
        }
    }
    const QString answerFile = site.dir.filePath(QStringLiteral("answers.json"));
    QFile file(answerFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(answers).toJson());
    file.close();
    REQUIRE(site.run({ QStringLiteral("inspections"), QStringLiteral("answer"), id, QStringLiteral("--file"),
                       answerFile })
                .exitCode
            == 0);
    const Run finding = site.run({ QStringLiteral("inspections"), QStringLiteral("finding"), id,
                                   QStringLiteral("--text"), QStringLiteral("Extincteurs vides au bloc B"),
                                   QStringLiteral("--item"), QStringLiteral("safety.1.1"),
                                   QStringLiteral("--severity"), QStringLiteral("critical") });
    REQUIRE(finding.exitCode == 0);
    REQUIRE(site.run({ QStringLiteral("inspections"), QStringLiteral("finalize"), id }).exitCode == 0);
    const Run shown
        = site.run({ QStringLiteral("inspections"), QStringLiteral("show"), id, QStringLiteral("--json") });
    REQUIRE(shown.exitCode == 0);
    CHECK(jsonOut(shown)[QStringLiteral("score")].toDouble()
          == Approx(std::round(1000.0 * points / weights) / 10));
    CHECK(site.run({ QStringLiteral("inspections"), QStringLiteral("answer"), id, QStringLiteral("--item"),
                     QStringLiteral("safety.1.1"), QStringLiteral("--value"), QStringLiteral("compliant") })
              .exitCode
          == 2); // refused: a finalized inspection does not change

    const QStringList action { QStringLiteral("actions"),       QStringLiteral("add"),
                               QStringLiteral("--inspection"),  id,
                               QStringLiteral("--finding"),     finding.out.trimmed(),
                               QStringLiteral("--description"), QStringLiteral("Recharger les extincteurs"),
                               QStringLiteral("--responsible"), QStringLiteral("Le directeur"),
                               QStringLiteral("--due") };
    const Run beforeVisit
        = site.run(action + QStringList { QDate::currentDate().addDays(-41).toString(Qt::ISODate) });
    CHECK(beforeVisit.exitCode == 2);
    CHECK(beforeVisit.err.contains(QStringLiteral("before the inspection")));
    REQUIRE(
        site.run(action + QStringList { QDate::currentDate().addDays(-10).toString(Qt::ISODate) }).exitCode
        == 0);
    const Run overdue = site.run({ QStringLiteral("actions"), QStringLiteral("list"),
                                   QStringLiteral("--overdue"), QStringLiteral("--json") });
    REQUIRE(overdue.exitCode == 0);
    REQUIRE(jsonOut(overdue).toArray().size() == 1);
    CHECK(jsonOut(overdue).toArray().at(0)[QStringLiteral("overdue")].toBool());

    for (const QString& language : { QStringLiteral("fr"), QStringLiteral("ar") }) {
        const QString pdf = site.dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        const Run printed
            = site.run({ QStringLiteral("inspections"), QStringLiteral("pdf"), id, QStringLiteral("--out"),
                         pdf, QStringLiteral("--language"), language });
        INFO(printed.err.toStdString());
        REQUIRE(printed.exitCode == 0);
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("Dar Taliba Ait Ourir")));
        CHECK(text.contains(QStringLiteral("Samira Alaoui")));
        if (language == QLatin1String("fr")) {
            CHECK(text.contains(QStringLiteral("Normes de qualité")));
            CHECK(text.contains(QStringLiteral("Recharger les extincteurs")));
        } else {
            CHECK(std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
                return (ch.unicode() >= 0x0600 && ch.unicode() <= 0x06FF)
                    || (ch.unicode() >= 0xFE70 && ch.unicode() <= 0xFEFF);
            }));
        }
    }
    const Run noLanguage = site.run({ QStringLiteral("inspections"), QStringLiteral("pdf"), id,
                                      QStringLiteral("--out"), site.dir.filePath(QStringLiteral("x.pdf")),
                                      QStringLiteral("--language"), QStringLiteral("de") });
    CHECK(noLanguage.exitCode == 1);
}

TEST_CASE("foster families from the command line: approval, placement, refusals, visits, return and figures")
{
    Site site;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto day = [](int offset) { return QDate::currentDate().addDays(offset).toString(Qt::ISODate); };
    const Run added = site.run({ QStringLiteral("families"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("العلوي"), QStringLiteral("--name-latin"),
                                 QStringLiteral("Alaoui"), QStringLiteral("--head"),
                                 QStringLiteral("أحمد العلوي:زوج:1978"), QStringLiteral("--head"),
                                 QStringLiteral("فاطمة بناني:زوجة:1982"), QStringLiteral("--document"),
                                 QStringLiteral("id_cards"), QStringLiteral("--date"), day(-60) });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString family = added.out.trimmed();
    const Run noHead = site.run(
        { QStringLiteral("families"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X") });
    CHECK(noHead.exitCode == 2);
    CHECK(noHead.err.contains(QStringLiteral("head")));

    const Run resident = site.run(addArgs(QStringLiteral("2016-03-02")));
    REQUIRE(resident.exitCode == 0);
    const QString child = resident.out.trimmed();
    REQUIRE(site.run({ QStringLiteral("residents"), QStringLiteral("admit"), child, QStringLiteral("--on"),
                       day(-200) })
                .exitCode
            == 0);
    const QStringList place { QStringLiteral("placements"),  QStringLiteral("start"),
                              QStringLiteral("--resident"),  child,
                              QStringLiteral("--family"),    family,
                              QStringLiteral("--reference"), QStringLiteral("K-12/2026"),
                              QStringLiteral("--date"),      day(-45) };
    const Run unapproved = site.run(place);
    CHECK(unapproved.exitCode == 2);
    CHECK(unapproved.err.contains(QStringLiteral("not approved")));

    const auto decide = [&](const QStringList& extra) {
        return site.run(QStringList { QStringLiteral("families"), QStringLiteral("state"), family } + extra);
    };
    REQUIRE(decide({ QStringLiteral("--to"), QStringLiteral("application"), QStringLiteral("--reason"),
                     QStringLiteral("dossier"), QStringLiteral("--date"), day(-55) })
                .exitCode
            == 0);
    REQUIRE(decide({ QStringLiteral("--to"), QStringLiteral("home_study"), QStringLiteral("--reason"),
                     QStringLiteral("visite"), QStringLiteral("--date"), day(-54) })
                .exitCode
            == 0);
    REQUIRE(
        site.run({ QStringLiteral("families"), QStringLiteral("study"), family,
                   QStringLiteral("--social-worker"), QStringLiteral("Nadia"), QStringLiteral("--assessment"),
                   QStringLiteral("Foyer stable"), QStringLiteral("--recommendation"),
                   QStringLiteral("approve"), QStringLiteral("--date"), day(-53) })
            .exitCode
        == 0);
    REQUIRE(
        decide({ QStringLiteral("--to"), QStringLiteral("approved"), QStringLiteral("--reason"),
                 QStringLiteral("commission"), QStringLiteral("--approval-number"), QStringLiteral("AP-9"),
                 QStringLiteral("--renewal"), day(700), QStringLiteral("--date"), day(-50) })
            .exitCode
        == 0);
    const Run placed = site.run(place);
    INFO(placed.err.toStdString());
    REQUIRE(placed.exitCode == 0);
    const QString placement = placed.out.trimmed();
    const Run again = site.run(place);
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already placed")));

    const Run overdue
        = site.run({ QStringLiteral("placements"), QStringLiteral("overdue"), QStringLiteral("--json") });
    REQUIRE(overdue.exitCode == 0);
    CHECK(jsonOut(overdue).toArray().size() == 1); // the first monthly visit is late
    REQUIRE(
        site.run({ QStringLiteral("placements"), QStringLiteral("visit"), placement,
                   QStringLiteral("--social-worker"), QStringLiteral("Nadia"), QStringLiteral("--wellbeing"),
                   QStringLiteral("fair"), QStringLiteral("--concerns"), QStringLiteral("يبكي ليلا") })
            .exitCode
        == 0);
    CHECK(jsonOut(
              site.run({ QStringLiteral("placements"), QStringLiteral("overdue"), QStringLiteral("--json") }))
              .toArray()
              .isEmpty());

    const Run noReason
        = site.run({ QStringLiteral("placements"), QStringLiteral("end"), placement,
                     QStringLiteral("--outcome"), QStringLiteral("returned_to_origin_family") });
    CHECK(noReason.exitCode == 2);
    REQUIRE(site.run({ QStringLiteral("placements"), QStringLiteral("end"), placement,
                       QStringLiteral("--outcome"), QStringLiteral("returned_to_origin_family"),
                       QStringLiteral("--reason"), QStringLiteral("الأم استعادت حضانته"),
                       QStringLiteral("--date"), today })
                .exitCode
            == 0);
    const Run figures
        = site.run({ QStringLiteral("placements"), QStringLiteral("figures"), QStringLiteral("--json") });
    REQUIRE(figures.exitCode == 0);
    const QJsonObject f = jsonOut(figures).toObject();
    CHECK(f[QStringLiteral("active_placements")].toInt() == 0);
    CHECK(f[QStringLiteral("families_by_state")].toObject()[QStringLiteral("approved")].toInt() == 1);
    REQUIRE(f[QStringLiteral("returns")].toArray().size() == 1);
    CHECK(f[QStringLiteral("returns")].toArray().at(0)[QStringLiteral("reason")].toString()
          == QStringLiteral("الأم استعادت حضانته"));
    const Run shown
        = site.run({ QStringLiteral("families"), QStringLiteral("show"), family, QStringLiteral("--json") });
    REQUIRE(shown.exitCode == 0);
    CHECK(jsonOut(shown)[QStringLiteral("history")].toArray().size() == 4);
    CHECK(jsonOut(shown)[QStringLiteral("placements")].toArray().size() == 1);
    const Run found
        = site.run({ QStringLiteral("families"), QStringLiteral("list"), QStringLiteral("--search"),
                     QStringLiteral("alaoui"), QStringLiteral("--json") });
    CHECK(jsonOut(found).toArray().size() == 1);
}

TEST_CASE("the demo's case work gives the screens something to show: families, placements, inspections")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hub.db"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--ministry"),
                  QStringLiteral("--site-name"), QStringLiteral("Ministry") })
                .exitCode
            == 0);
    const Run demo = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--residents"),
                           QStringLiteral("300"), QStringLiteral("--institutions"), QStringLiteral("3"),
                           QStringLiteral("--case-work") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const auto count = [&](const QStringList& command) {
        const Run run = cli(QStringList { QStringLiteral("--db"), db } + command
                            + QStringList { QStringLiteral("--json") });
        REQUIRE(run.exitCode == 0);
        return jsonOut(run).toArray().size();
    };
    CHECK(count({ QStringLiteral("families"), QStringLiteral("list"), QStringLiteral("--state"),
                  QStringLiteral("approved") })
          == 5);
    CHECK(count({ QStringLiteral("placements"), QStringLiteral("overdue") }) == 2);
    CHECK(count({ QStringLiteral("placements"), QStringLiteral("list"), QStringLiteral("--active") }) >= 3);
    CHECK(count({ QStringLiteral("inspections"), QStringLiteral("list") }) == 6);
    CHECK(count({ QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--overdue") }) >= 1);
}

TEST_CASE("a site's demo with case work approves last month and writes its bundle for the ministry")
{
    HubAndSite n;
    const QString bundle = n.at("month.bundle");
    // Not at the ministry, and not without the case work: a usage error before anything is written.
    CHECK(n.onHub({ QStringLiteral("demo"), QStringLiteral("--case-work"), QStringLiteral("--month-bundle"),
                    bundle })
              .exitCode
          == 1);
    CHECK(n.onSite({ QStringLiteral("demo"), QStringLiteral("--month-bundle"), bundle }).exitCode == 1);
    CHECK_FALSE(QFile::exists(bundle));

    const Run demo
        = requireOk(n.onSite({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("20"),
                               QStringLiteral("--case-work"), QStringLiteral("--month-bundle"), bundle,
                               QStringLiteral("--json") }));
    const QJsonObject made = QJsonDocument::fromJson(demo.out.toUtf8()).object();
    const QDate today = QDate::currentDate();
    const QString lastMonth
        = QDate(today.year(), today.month(), 1).addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    CHECK(
        made.value(QStringLiteral("case_work")).toObject().value(QStringLiteral("approved_month")).toString()
        == lastMonth);
    CHECK(made.value(QStringLiteral("month_bundle")).toObject().value(QStringLiteral("sequence")).toInt()
          == 1);
    REQUIRE(QFile::exists(bundle));

    // At the ministry the approval arrives with the bundle, as the site's own.
    requireOk(n.onHub({ QStringLiteral("bundle"), QStringLiteral("import"), bundle }));
    const QString siteId
        = QJsonDocument::fromJson(requireOk(n.onSite({ QStringLiteral("keys"), QStringLiteral("show"),
                                                       QStringLiteral("--json") }))
                                      .out.toUtf8())
              .object()
              .value(QStringLiteral("site_id"))
              .toString();
    requireOk(n.onHub({ QStringLiteral("dump"), QStringLiteral("--out"), n.at("hub.json") }));
    QFile dump(n.at("hub.json"));
    REQUIRE(dump.open(QIODevice::ReadOnly));
    const QJsonArray reports
        = QJsonDocument::fromJson(dump.readAll()).object().value(QStringLiteral("month_reports")).toArray();
    REQUIRE(reports.size() == 1);
    CHECK(reports.at(0)[QStringLiteral("month")].toString() == lastMonth);
    CHECK(reports.at(0)[QStringLiteral("origin_site")].toString() == siteId);
}

TEST_CASE(
    "a site restored from an old backup: exit 3 until a clerk accepts the fork; audit heads checked per site")
{
    HubAndSite n;
    auto at = [&n](const char* name) { return n.at(name); };
    const auto ok = requireOk;
    const QString& hub = n.hub;
    const QString& site = n.site;
    const auto on = cliOn;
    const QString siteId
        = QJsonDocument::fromJson(
              ok(on(site, { QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json") }))
                  .out.toUtf8())
              .object()
              .value(QStringLiteral("site_id"))
              .toString();
    REQUIRE_FALSE(siteId.isEmpty());
    ok(on(site, addArgs(QStringLiteral("2013-03-04"))));
    ok(on(site,
          { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), at("1.bundle") }));
    ok(on(hub, { QStringLiteral("bundle"), QStringLiteral("import"), at("1.bundle") }));
    REQUIRE(QFile::copy(site, at("saved.db"))); // the backup, taken with the window closed
    ok(on(site, addArgs(QStringLiteral("2014-03-04"))));
    ok(on(site,
          { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), at("2.bundle") }));
    ok(on(hub, { QStringLiteral("bundle"), QStringLiteral("import"), at("2.bundle") }));
    // The laptop is replaced and the old file put back.
    REQUIRE(QFile::remove(site));
    REQUIRE(QFile::copy(at("saved.db"), site));
    ok(on(site, addArgs(QStringLiteral("2015-03-04"))));
    ok(on(site,
          { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), at("2b.bundle") }));

    const Run refused = on(hub, { QStringLiteral("bundle"), QStringLiteral("import"), at("2b.bundle") });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("2b.bundle")));
    CHECK(refused.err.contains(QStringLiteral("--accept-fork")));
    const Run accepted = ok(on(hub,
                               { QStringLiteral("bundle"), QStringLiteral("import"), at("2b.bundle"),
                                 QStringLiteral("--accept-fork"), QStringLiteral("--json") }));
    const QJsonObject report = QJsonDocument::fromJson(accepted.out.toUtf8()).array().first().toObject();
    CHECK(report.value(QStringLiteral("fork_accepted")).toBool());
    CHECK(report.value(QStringLiteral("inserted")).toInt() >= 1);
    // The restored file's history differs from what the site had signed: the ministry says so.
    CHECK_FALSE(report.value(QStringLiteral("audit_problems")).toArray().isEmpty());
    const Run perSite
        = on(hub, { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--site"), siteId });
    CHECK(perSite.exitCode == 2);
    CHECK(perSite.err.contains(QStringLiteral("rewritten")));
    CHECK(on(hub,
             { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--site"),
               QStringLiteral("no-such-site") })
              .exitCode
          != 0);
    // The ministry's own history is intact and signed.
    const Run own = ok(on(hub, { QStringLiteral("audit"), QStringLiteral("verify") }));
    CHECK(own.out.contains(QStringLiteral("signed heads")));
}

TEST_CASE("the keys' passphrase changes from the command line, held to the same rules as the window")
{
    HubAndSite n;
    const QStringList change { QStringLiteral("keys"), QStringLiteral("passphrase") };
    const QStringList show { QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json") };
    const QString fingerprint = QJsonDocument::fromJson(requireOk(n.onSite(show)).out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("fingerprint"))
                                    .toString();

    // Usage (1): no new passphrase given. Refusals (2): too weak, or the current one wrong.
    const Run missing = n.onSite(change);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("RIAYA_NEW_PASSPHRASE")));
    qputenv("RIAYA_NEW_PASSPHRASE", "aaaaaaaaaaaaaaaa");
    const Run weak = n.onSite(change);
    CHECK(weak.exitCode == 2);
    CHECK(weak.err.contains(QStringLiteral("different characters")));
    qputenv("RIAYA_NEW_PASSPHRASE", "a new and long passphrase");
    qputenv("RIAYA_PASSPHRASE", "not the passphrase at all");
    const Run wrong = n.onSite(change);
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("passphrase does not open")));

    qputenv("RIAYA_PASSPHRASE", "a long enough passphrase");
    requireOk(n.onSite(change));
    qunsetenv("RIAYA_NEW_PASSPHRASE");
    // The same keys, now opened by the new passphrase only.
    CHECK(n.onSite({ QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"),
                     n.at("old.bundle") })
              .exitCode
          == 2);
    qputenv("RIAYA_PASSPHRASE", "a new and long passphrase");
    requireOk(n.onSite(
        { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), n.at("new.bundle") }));
    CHECK(QJsonDocument::fromJson(requireOk(n.onSite(show)).out.toUtf8())
              .object()
              .value(QStringLiteral("fingerprint"))
              .toString()
          == fingerprint);
}

TEST_CASE("a month approved by someone signed in records that person, not a name given with --by")
{
    HubAndSite n;
    requireOk(n.onSite({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("5") }));
    qputenv("RIAYA_NEW_PASSWORD", "a good password 1"); // each account's, and then who signs in
    qputenv("RIAYA_PASSWORD", "a good password 1");
    requireOk(n.onSite({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
                         QStringLiteral("--full-name"), QStringLiteral("Amina Admin"),
                         QStringLiteral("--roles"), QStringLiteral("administrator") }));
    requireOk(n.onSite({ QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("users"),
                         QStringLiteral("add"), QStringLiteral("khadija"), QStringLiteral("--full-name"),
                         QStringLiteral("Khadija Amrani"), QStringLiteral("--roles"),
                         QStringLiteral("supervisor") }));
    const QStringList asKhadija { QStringLiteral("--user"), QStringLiteral("khadija"),
                                  QStringLiteral("month"), QStringLiteral("approve"),
                                  QStringLiteral("--accept-incomplete") };
    const Run someoneElse
        = n.onSite(asKhadija + QStringList { QStringLiteral("--by"), QStringLiteral("The director") });
    CHECK(someoneElse.exitCode == 2);
    CHECK(someoneElse.err.contains(QStringLiteral("signed in")));
    const Run approved = requireOk(n.onSite(asKhadija + QStringList { QStringLiteral("--json") }));
    CHECK(QJsonDocument::fromJson(approved.out.toUtf8())
              .object()
              .value(QStringLiteral("approved_by"))
              .toString()
          == QStringLiteral("Khadija Amrani"));
    qunsetenv("RIAYA_PASSWORD");
    qunsetenv("RIAYA_NEW_PASSWORD");
}

TEST_CASE("the dashboard, the reports and the sites that have not sent, from the command line")
{
    HubAndSite n;
    auto json = [](const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); };
    requireOk(n.onSite({ QStringLiteral("demo"), QStringLiteral("--residents"), QStringLiteral("15") }));

    // A house's home page, and the list behind one of its figures.
    const QJsonObject house
        = json(requireOk(n.onSite({ QStringLiteral("dashboard"), QStringLiteral("--json") })));
    QJsonObject residents;
    for (const QJsonValue& figure : house.value(QStringLiteral("figures")).toArray()) {
        if (figure.toObject().value(QStringLiteral("id")) == QLatin1String("residents_today")) {
            residents = figure.toObject();
        }
    }
    REQUIRE_FALSE(residents.isEmpty());
    CHECK(residents.value(QStringLiteral("value")).toInt() > 0);
    CHECK(residents.value(QStringLiteral("out_of")).toInt() == 60);
    const Run list = requireOk(n.onSite({ QStringLiteral("dashboard"), QStringLiteral("--list"),
                                          QStringLiteral("residents_today"), QStringLiteral("--json") }));
    CHECK(json(list).value(QStringLiteral("rows")).toInt()
          == residents.value(QStringLiteral("value")).toInt());
    CHECK(n.onSite({ QStringLiteral("dashboard"), QStringLiteral("--list"), QStringLiteral("nothing") })
              .exitCode
          == 1);

    // The house's monthly report, in each format; a file of another kind or a language it
    // does not speak is refused.
    for (const char* name : { "month.pdf", "month.xlsx", "month.csv" }) {
        requireOk(n.onSite({ QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--out"),
                             n.at(name), QStringLiteral("--language"), QStringLiteral("fr") }));
        CHECK(QFileInfo(n.at(name)).size() > 0);
    }
    QFile csv(n.at("month.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // Excel on Windows reads it as UTF-8
    CHECK(bytes.contains(';'));
    CHECK(n.onSite({ QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--out"),
                     n.at("month.doc") })
              .exitCode
          == 2);
    CHECK_FALSE(QFile::exists(n.at("month.doc")));
    CHECK(n.onSite({ QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--out"),
                     n.at("m.pdf"), QStringLiteral("--language"), QStringLiteral("de") })
              .exitCode
          == 1);
    CHECK(n.onSite({ QStringLiteral("report"), QStringLiteral("monthly") }).exitCode == 1); // no --out

    // At the ministry: the site has sent nothing, so it is missing last month; once its
    // bundle arrives, it is received.
    auto missing = [&] {
        const QJsonArray sites = json(requireOk(n.onHub({ QStringLiteral("report"), QStringLiteral("missing"),
                                                          QStringLiteral("--json") })))
                                     .value(QStringLiteral("sites"))
                                     .toArray();
        REQUIRE(sites.size() == 1);
        return sites.first().toObject();
    };
    CHECK(missing().value(QStringLiteral("state")).toString() == QStringLiteral("missing"));
    CHECK(missing().value(QStringLiteral("silent_days")).toInt() == -1);
    requireOk(n.onSite(
        { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), n.at("b1.bundle") }));
    requireOk(n.onHub({ QStringLiteral("bundle"), QStringLiteral("import"), n.at("b1.bundle") }));
    CHECK(missing().value(QStringLiteral("state")).toString() == QStringLiteral("received"));
    CHECK(missing().value(QStringLiteral("silent_days")).toInt() == 0);
    requireOk(n.onHub(
        { QStringLiteral("report"), QStringLiteral("national"), QStringLiteral("--out"), n.at("n.xlsx") }));
    const QJsonObject rebuilt = json(requireOk(
        n.onHub({ QStringLiteral("report"), QStringLiteral("rebuild"), QStringLiteral("--json") })));
    CHECK(rebuilt.value(QStringLiteral("institutions")).toInt() >= 1);
    const QJsonObject hub
        = json(requireOk(n.onHub({ QStringLiteral("dashboard"), QStringLiteral("--json") })));
    bool sawOccupancy = false;
    for (const QJsonValue& figure : hub.value(QStringLiteral("figures")).toArray()) {
        if (figure.toObject().value(QStringLiteral("id")) == QLatin1String("occupancy")) {
            sawOccupancy = true;
            CHECK(figure.toObject().value(QStringLiteral("value")).toInt()
                  == residents.value(QStringLiteral("value")).toInt());
        }
    }
    CHECK(sawOccupancy);
}
