#include "CliRun.h"
#include "QtCatch.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// Work between sites (docs/sharing.md) driven as a ministry's script would: four databases,
// every bundle written and read by riaya-cli, answers read from --json and exit codes.
namespace {

using Run = CliRun;

Run cli(const QString& db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

Run ok(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The object of a --json list whose "id" is id; empty when none.
QJsonObject byId(const QJsonValue& list, const QString& id)
{
    for (const QJsonValue& item : list.toArray()) {
        if (item[QStringLiteral("id")].toString() == id) {
            return item.toObject();
        }
    }
    return {};
}

// A ministry, two houses and an inspector's laptop, set up and enrolled as clerks do it.
struct Country
{
    struct Site
    {
        QString db;
        QString id;
        QString institution;
    };

    QTemporaryDir dir;
    Site ministry { dir.filePath(QStringLiteral("ministry.db")), {}, {} };
    Site houseA { dir.filePath(QStringLiteral("a.db")), {}, {} };
    Site houseB { dir.filePath(QStringLiteral("b.db")), {}, {} };
    Site inspector { dir.filePath(QStringLiteral("inspector.db")), {}, {} };
    int bundles = 0;

    Country()
    {
        qputenv("RIAYA_PASSPHRASE", "a long enough passphrase");
        setUp(ministry,
              { QStringLiteral("--ministry"), QStringLiteral("--site-name"), QStringLiteral("الوزارة") });
        ok(cli(
            ministry.db,
            { QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--out"), at("profile") }));
        const QStringList profile { QStringLiteral("--profile"), at("profile") };
        setUp(houseA,
              QStringList { QStringLiteral("--site-name"), QStringLiteral("دار الطالبة أيت أورير") }
                  + profile);
        setUp(houseB,
              QStringList { QStringLiteral("--site-name"), QStringLiteral("دار الأطفال تامنصورت") }
                  + profile);
        setUp(inspector,
              QStringList { QStringLiteral("--site-name"), QStringLiteral("مفتشية الجهة"),
                            QStringLiteral("--no-institution") }
                  + profile);
        for (const Site* site : { &houseA, &houseB, &inspector }) {
            const QString identity = at("identity");
            ok(cli(site->db,
                   { QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), identity }));
            ok(cli(ministry.db, { QStringLiteral("keys"), QStringLiteral("enrol"), identity }));
        }
        CHECK(inspector.institution.isEmpty());
        CHECK_FALSE(houseA.institution.isEmpty());
    }
    ~Country() { qunsetenv("RIAYA_PASSPHRASE"); }

    QString at(const char* name) const { return dir.filePath(QLatin1String(name)); }

    void setUp(Site& site, QStringList options)
    {
        options.prepend(QStringLiteral("init"));
        options.append(QStringLiteral("--json"));
        const QJsonValue made = ok(cli(site.db, options)).json();
        site.id = made[QStringLiteral("site_id")].toString();
        site.institution = made[QStringLiteral("institution_id")].toString();
        REQUIRE_FALSE(site.id.isEmpty());
    }

    // The site's bundle imported at the ministry, and the ministry's answer imported at the site.
    void exchange(const Site& site)
    {
        const QString up = dir.filePath(QStringLiteral("up-%1.bundle").arg(++bundles));
        ok(cli(site.db, { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), up }));
        const QJsonValue imported
            = ok(cli(ministry.db,
                     { QStringLiteral("bundle"), QStringLiteral("import"), up, QStringLiteral("--json") }))
                  .json();
        CHECK(imported[0][QStringLiteral("ok")].toBool());
        const QString down = dir.filePath(QStringLiteral("down-%1.bundle").arg(bundles));
        ok(cli(ministry.db,
               { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), site.id,
                 QStringLiteral("--out"), down }));
        ok(cli(site.db, { QStringLiteral("bundle"), QStringLiteral("import"), down }));
    }
    void exchangeAll()
    {
        for (const Site* site : { &houseA, &houseB, &inspector }) {
            exchange(*site);
        }
    }
};

} // namespace

TEST_CASE("an inspector assigned by the ministry inspects a house, and the house's progress reaches both")
{
    Country c;
    c.exchangeAll();
    const QStringList start { QStringLiteral("inspections"),   QStringLiteral("start"),
                              QStringLiteral("--institution"), c.houseA.institution,
                              QStringLiteral("--inspector"),   QStringLiteral("سميرة العلوي") };
    const Run early = cli(c.inspector.db, start);
    CHECK(early.exitCode == 2); // not assigned yet

    const Run atHouse
        = cli(c.houseA.db,
              { QStringLiteral("grants"), QStringLiteral("assign-inspector"), QStringLiteral("--site"),
                c.inspector.id, QStringLiteral("--institution"), c.houseA.institution });
    CHECK(atHouse.exitCode == 2);
    CHECK(atHouse.err.contains(QStringLiteral("ministry")));
    const Run unknown
        = cli(c.ministry.db,
              { QStringLiteral("grants"), QStringLiteral("assign-inspector"), QStringLiteral("--site"),
                QStringLiteral("nobody"), QStringLiteral("--institution"), c.houseA.institution });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--site")));
    const QString grant = ok(cli(c.ministry.db,
                                 { QStringLiteral("grants"), QStringLiteral("assign-inspector"),
                                   QStringLiteral("--site"), c.inspector.id, QStringLiteral("--institution"),
                                   c.houseA.institution, QStringLiteral("--json") }))
                              .json()[QStringLiteral("id")]
                              .toString();
    REQUIRE_FALSE(grant.isEmpty());
    CHECK(byId(ok(cli(c.ministry.db,
                      { QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--json") }))
                   .json(),
               grant)[QStringLiteral("grantee_site")]
          == c.inspector.id);
    c.exchange(c.inspector);

    const QString visit = ok(cli(c.inspector.db, start)).out.trimmed();
    const QString finding = ok(cli(c.inspector.db,
                                   { QStringLiteral("inspections"), QStringLiteral("finding"), visit,
                                     QStringLiteral("--text"), QStringLiteral("طفاية الحريق فارغة"),
                                     QStringLiteral("--severity"), QStringLiteral("major") }))
                                .out.trimmed();
    const QString action
        = ok(cli(c.inspector.db,
                 { QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("--inspection"), visit,
                   QStringLiteral("--finding"), finding, QStringLiteral("--description"),
                   QStringLiteral("تجديد طفايات الحريق"), QStringLiteral("--responsible"),
                   QStringLiteral("المدير"), QStringLiteral("--due"),
                   QDate::currentDate().addDays(30).toString(Qt::ISODate) }))
              .out.trimmed();
    c.exchange(c.inspector);
    c.exchange(c.houseA);

    const QStringList list { QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--json") };
    CHECK(byId(ok(cli(c.houseA.db, list)).json(), action)[QStringLiteral("state")] == QStringLiteral("open"));
    CHECK(byId(ok(cli(c.houseB.db, list)).json(), action).isEmpty()); // not B's business
    const Run badState = cli(c.houseA.db,
                             { QStringLiteral("actions"), QStringLiteral("progress"), action,
                               QStringLiteral("--state"), QStringLiteral("verified") });
    CHECK(badState.exitCode == 2); // only the inspector verifies
    ok(cli(c.houseA.db,
           { QStringLiteral("actions"), QStringLiteral("progress"), action, QStringLiteral("--state"),
             QStringLiteral("done"), QStringLiteral("--note"), QStringLiteral("اشترينا طفايات جديدة"),
             QStringLiteral("--evidence"), QStringLiteral("فاتورة رقم 42") }));

    c.exchange(c.houseA);
    CHECK(byId(ok(cli(c.ministry.db, list)).json(), action)[QStringLiteral("state")]
          == QStringLiteral("done"));
    c.exchange(c.inspector);
    const QJsonObject seen = byId(ok(cli(c.inspector.db, list)).json(), action);
    CHECK(seen[QStringLiteral("state")] == QStringLiteral("done"));
    CHECK(seen[QStringLiteral("evidence")] == QStringLiteral("فاتورة رقم 42"));
}

TEST_CASE("a transfer asked by one house, accepted by the other, moves the child's stays there")
{
    Country c;
    const QString child
        = ok(cli(c.houseA.db,
                 { QStringLiteral("residents"), QStringLiteral("add"), QStringLiteral("--first-name"),
                   QStringLiteral("ياسين"), QStringLiteral("--last-name"), QStringLiteral("بنعلي"),
                   QStringLiteral("--birth-date"), QStringLiteral("2013-05-06"), QStringLiteral("--sex"),
                   QStringLiteral("M"), QStringLiteral("--admitted-on"),
                   QDate::currentDate().addMonths(-6).toString(Qt::ISODate) }))
              .out.trimmed();
    c.exchangeAll();
    c.exchange(c.houseA); // A's list of institutions now has B's

    const QString moving = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    const QStringList transfer { QStringLiteral("transfers"),        QStringLiteral("request"),
                                 QStringLiteral("--resident"),       child,
                                 QStringLiteral("--to-institution"), c.houseB.institution,
                                 QStringLiteral("--date"),           moving };
    const Run noReason = cli(c.houseA.db, transfer);
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    const QString asked
        = ok(cli(c.houseA.db,
                 transfer
                     + QStringList { QStringLiteral("--reason"), QStringLiteral("تقريب من الأسرة"),
                                     QStringLiteral("--json") }))
              .json()[QStringLiteral("id")]
              .toString();
    REQUIRE_FALSE(asked.isEmpty());
    const Run selfAccept = cli(c.houseA.db, { QStringLiteral("requests"), QStringLiteral("accept"), asked });
    CHECK(selfAccept.exitCode == 2); // only the house asked decides
    c.exchange(c.houseA);
    c.exchange(c.houseB);

    const QJsonValue incoming = ok(cli(c.houseB.db,
                                       { QStringLiteral("requests"), QStringLiteral("list"),
                                         QStringLiteral("--incoming"), QStringLiteral("--json") }))
                                    .json();
    REQUIRE(incoming.toArray().size() == 1);
    const QJsonObject request = byId(incoming, asked);
    CHECK(request[QStringLiteral("kind")] == QStringLiteral("transfer"));
    CHECK(request[QStringLiteral("state")] == QStringLiteral("requested"));
    CHECK(request[QStringLiteral("subject_id")] == child);
    CHECK(request[QStringLiteral("from_site")] == c.houseA.id);

    const Run noNote = cli(c.houseB.db, { QStringLiteral("requests"), QStringLiteral("refuse"), asked });
    CHECK(noNote.exitCode == 2);
    CHECK(noNote.err.contains(QStringLiteral("--note")));
    ok(cli(c.houseB.db,
           { QStringLiteral("requests"), QStringLiteral("accept"), asked, QStringLiteral("--note"),
             QStringLiteral("مرحبا") }));
    const Run twice = cli(c.houseB.db, { QStringLiteral("requests"), QStringLiteral("accept"), asked });
    CHECK(twice.exitCode == 2);

    const QJsonArray stays
        = ok(cli(c.houseB.db,
                 { QStringLiteral("residents"), QStringLiteral("show"), child, QStringLiteral("--json") }))
              .json()[QStringLiteral("stays")]
              .toArray();
    REQUIRE(stays.size() == 2);
    CHECK(stays[0][QStringLiteral("institution_id")] == c.houseA.institution);
    CHECK(stays[0][QStringLiteral("exited_on")] == moving);
    CHECK(stays[0][QStringLiteral("exit_kind")] == QStringLiteral("transferred"));
    CHECK(stays[1][QStringLiteral("institution_id")] == c.houseB.institution);
    CHECK(stays[1][QStringLiteral("admitted_on")] == moving);

    c.exchange(c.houseB);
    c.exchange(c.houseA);
    const QJsonValue outgoing = ok(cli(c.houseA.db,
                                       { QStringLiteral("requests"), QStringLiteral("list"),
                                         QStringLiteral("--outgoing"), QStringLiteral("--json") }))
                                    .json();
    CHECK(byId(outgoing, asked)[QStringLiteral("state")] == QStringLiteral("accepted"));
    CHECK(byId(outgoing, asked)[QStringLiteral("decision_note")] == QStringLiteral("مرحبا"));
    // A keeps its stay as history, and may no longer record an exit for the child.
    const Run exit = cli(c.houseA.db,
                         { QStringLiteral("residents"), QStringLiteral("exit"), child,
                           QStringLiteral("--reason"), QStringLiteral("خطأ") });
    CHECK(exit.exitCode == 2);
}
