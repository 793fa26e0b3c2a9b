// The ministry's answers to 1,000 sites (docs/performance.md, "Relay"): the time to write the
// bundle each enrolled house receives (BundleExchange::exportTo with the recipient: reference
// data, acknowledgements and what sync/Relay finds concerns the house), with the bundles'
// sizes; then a second round after every site acknowledged the first, carrying only a day's
// new changes. The hub is the demo's (each house a site of its own, enrolled with keys made
// from the seed, owning its records) with cross-site work written as each site's bundle would
// have brought it: an inspectorate assigned to every house, an inspection and a corrective
// action at each, progress recorded by half the houses, a transfer per 20 houses, placement
// grants to a regional office. The baseline, measured in the same run, is the physical limit:
// the same number of rows of the same kinds selected from bare copies of the tables (no
// index, no relay query) and serialized the same way into a plain file per site.
// Usage: bench_relay [--sites N] [--residents N]
#include "common/CanonicalJson.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "demo/DemoGenerator.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "residents/StayStore.h"
#include "security/KeyStore.h"
#include "sharing/GrantStore.h"
#include "site/SiteSetup.h"
#include "sync/BundleExchange.h"
#include "sync/BundleLog.h"
#include "sync/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace riaya;

namespace {

const QByteArray kPassphrase("benchmark passphrase");

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::exit(1);
}

template<typename T> T must(Result<T> result, const char* what)
{
    if (!result) {
        die(QLatin1String(what) + QStringLiteral(": ") + result.error().describe());
    }
    return std::move(*result);
}

void must(const Status& status, const char* what)
{
    if (!status) {
        die(QLatin1String(what) + QStringLiteral(": ") + status.error().describe());
    }
}

struct House
{
    QString institution;
    QString site;
};

// A site enrolled as the demo enrols its houses: a signed identity, keys from a seed.
QString enrolSite(Database& db, const QString& name)
{
    const QString id = QStringLiteral("bench-") + name;
    const UnlockedKeys keys = KeyStore::generateFromSeed(id.toUtf8());
    must(TrustStore(db).enrolIdentity(
             TrustStore::identityDocument(id, name, keys, QStringLiteral("2026-01-01T00:00:00Z"))),
         "enrol");
    return id;
}

QStringList column(Database& db, const QString& sql, const QVariant& bound = {})
{
    SqlQuery query(db.connection(), sql);
    if (bound.isValid()) {
        query.bind(QStringLiteral(":v"), bound);
    }
    if (!query.exec()) {
        die(query.errorText());
    }
    QStringList values;
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}

// An inspection of the house by the inspectorate's site, with one finding and its action.
QString inspect(Database& db, const InspectionTemplate& standards, const House& house,
                const QString& inspectorate, const QDate& on)
{
    const InsertOrigin byInspector(db.writer(), inspectorate);
    InspectionStore inspections(db);
    const QString id
        = must(inspections.start(house.institution, standards.id, on, QStringLiteral("المفتش الجهوي")),
               "inspection");
    Inspection draft = *inspections.get(id);
    for (const TemplateItem* item : standards.items()) {
        draft.answers[item->key].value = item->scoring == TemplateItem::Scoring::Scale
            ? QStringLiteral("3")
            : QStringLiteral("compliant");
    }
    draft.findings.append({ {},
                            QStringLiteral("safety.1.1"),
                            QStringLiteral("طفايات الحريق فارغة"),
                            QStringLiteral("critical") });
    must(inspections.saveDraft(draft), "draft");
    must(inspections.finalize(id), "finalize");
    CorrectiveAction action;
    action.inspectionId = id;
    action.findingId = inspections.get(id)->findings.constFirst().id;
    action.description = QStringLiteral("تعبئة طفايات الحريق");
    action.responsible = QStringLiteral("المدير");
    action.dueOn = on.addDays(30);
    return must(ActionStore(db).raise(action), "action");
}

// What the house's bundle brings when it records work done on an action.
void progress(Database& db, const House& house, const QString& action, const QString& state, const QDate& on)
{
    const InsertOrigin byHouse(db.writer(), house.site);
    must(db.writer().update(QStringLiteral("corrective_actions"), action,
                            { { QStringLiteral("state"), state },
                              { QStringLiteral("state_note"), QStringLiteral("اقتنينا طفايات جديدة") },
                              { QStringLiteral("evidence"), QStringLiteral("فاتورة") },
                              { QStringLiteral("state_changed_on"), on.toString(Qt::ISODate) } }),
         "progress");
}

// A transfer asked by `from` and accepted by `to`, as the two houses' bundles bring it.
void transfer(Database& db, const House& from, const House& to, const QString& child, const QDate& on)
{
    QString request;
    {
        const InsertOrigin byFrom(db.writer(), from.site);
        request = must(db.writer().insert(QStringLiteral("requests"),
                                          { { QStringLiteral("kind"), QStringLiteral("transfer") },
                                            { QStringLiteral("subject_table"), QStringLiteral("residents") },
                                            { QStringLiteral("subject_id"), child },
                                            { QStringLiteral("from_site"), from.site },
                                            { QStringLiteral("to_site"), to.site },
                                            { QStringLiteral("reason"), QStringLiteral("تقريب من الأسرة") },
                                            { QStringLiteral("effective_on"), on.toString(Qt::ISODate) } }),
                       "request");
    }
    const InsertOrigin byTo(db.writer(), to.site);
    must(db.writer().update(QStringLiteral("requests"), request,
                            { { QStringLiteral("state"), QStringLiteral("accepted") },
                              { QStringLiteral("decided_on"), on.toString(Qt::ISODate) },
                              { QStringLiteral("decided_by"), QStringLiteral("المديرة") } }),
         "accept");
    must(StayStore(db).transfer(child, to.institution, on, QStringLiteral("تقريب من الأسرة")), "transfer");
}

struct Round
{
    QList<qint64> microseconds;
    QList<qint64> bytes;
    QList<BundleManifest> manifests;
    double seconds = 0;
};

Round answerAll(Database& db, const QStringList& sites, const UnlockedKeys& keys, const QString& dir,
                int round)
{
    Round r;
    QElapsedTimer total;
    total.start();
    for (const QString& site : sites) {
        const QString path = QStringLiteral("%1/r%2-%3.bundle").arg(dir).arg(round).arg(site);
        QElapsedTimer one;
        one.start();
        const ExportReport report = must(BundleExchange(db).exportTo(path, site, keys), "export");
        r.microseconds << one.nsecsElapsed() / 1000;
        r.bytes << QFileInfo(path).size();
        r.manifests << report.manifest;
        QFile::remove(path); // 1,000 bundles need not stay on disk
    }
    r.seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    return r;
}

// The physical limit for a round: per site, as many rows of each kind as its bundle carried,
// selected from bare copies of the tables and serialized as a bundle's lines into a plain file.
double bareRound(Database& db, const Round& round, const QString& dir)
{
    QHash<QString, qint64> offsets;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < round.manifests.size(); ++n) {
        QFile file(QStringLiteral("%1/bare-%2").arg(dir).arg(n));
        if (!file.open(QIODevice::WriteOnly)) {
            die(file.fileName());
        }
        const QVariantMap& counts = round.manifests.at(n).counts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            SqlQuery rows(db.connection(),
                          QStringLiteral("SELECT * FROM bare_%1 LIMIT :n OFFSET :o").arg(it.key()));
            rows.bind(QStringLiteral(":n"), it.value()).bind(QStringLiteral(":o"), offsets.value(it.key()));
            if (!rows.exec()) {
                die(rows.errorText());
            }
            qint64 read = 0;
            while (rows.next()) {
                file.write("{\"r\":" + canonicalJson(rows.row()) + ",\"t\":\"" + it.key().toLatin1()
                           + "\"}\n");
                ++read;
            }
            offsets[it.key()] = read < it.value().toLongLong() ? 0 : offsets.value(it.key()) + read;
        }
        file.close();
        file.remove();
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

template<typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values.at(values.size() / 2);
}

template<typename T> T percentile95(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T() : values.at(values.size() * 95 / 100);
}

void report(const char* what, const Round& r, double bare)
{
    qint64 bytes = 0;
    qint64 records = 0;
    for (int n = 0; n < r.bytes.size(); ++n) {
        bytes += r.bytes.at(n);
        records += r.manifests.at(n).records;
    }
    const double perSite = 1000.0 * r.seconds / std::max<qsizetype>(1, r.bytes.size());
    std::printf("%s: %lld bundles, %lld records, %.1f MiB (median %.1f KiB, largest %.1f KiB)\n", what,
                static_cast<long long>(r.bytes.size()), static_cast<long long>(records),
                static_cast<double>(bytes) / 1048576.0, static_cast<double>(median(r.bytes)) / 1024.0,
                static_cast<double>(*std::max_element(r.bytes.cbegin(), r.bytes.cend())) / 1024.0);
    std::printf("  written in %.2f s: %.1f ms a site on average, p50 %.1f ms, p95 %.1f ms, slowest %.1f ms\n",
                r.seconds, perSite, static_cast<double>(median(r.microseconds)) / 1000.0,
                static_cast<double>(percentile95(r.microseconds)) / 1000.0,
                static_cast<double>(*std::max_element(r.microseconds.cbegin(), r.microseconds.cend()))
                    / 1000.0);
    std::printf("  baseline (the same rows from bare tables into plain files): %.2f s; ratio %.1fx\n", bare,
                r.seconds / bare);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("sites"), QStringLiteral("Houses, each a site (default 1000)."),
                       QStringLiteral("N"), QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("residents"), QStringLiteral("Demo residents (default 100000)."),
                       QStringLiteral("N"), QStringLiteral("100000") });
    parser.process(app);
    const int sites = parser.value(QStringLiteral("sites")).toInt();
    QTemporaryDir dir;
    QElapsedTimer setUp;
    setUp.start();

    auto ministry = must(
        Database::open(dir.filePath(QStringLiteral("ministry.db")), Database::OpenMode::CreateIfMissing),
        "open");
    SiteSettings settings;
    settings.name = QStringLiteral("الوزارة");
    settings.ministry = true;
    must(SiteSetup::initialise(*ministry, settings), "set up");
    must(KeyStore(*ministry).create(kPassphrase), "keys");
    const UnlockedKeys keys = must(KeyStore(*ministry).unlock(kPassphrase), "unlock");
    DemoSettings demo;
    demo.residents = parser.value(QStringLiteral("residents")).toInt();
    demo.institutions = sites;
    must(DemoGenerator::generate(*ministry, demo), "demo");
    Database& db = *ministry;

    QList<House> houses;
    SqlQuery listed(db.connection(),
                    QStringLiteral("SELECT id, origin_site FROM institutions WHERE origin_site <> :v"
                                   " ORDER BY id"));
    listed.bind(QStringLiteral(":v"), db.site().id);
    if (!listed.exec()) {
        die(listed.errorText());
    }
    while (listed.next()) {
        houses.append({ listed.value(0).toString(), listed.value(1).toString() });
    }
    const QString inspectorate = enrolSite(db, QStringLiteral("inspectorate"));
    const QString office = enrolSite(db, QStringLiteral("office"));
    const InspectionTemplate standards = must(TemplateStore(db).current(), "standards");
    const QDate today = QDate::currentDate();
    QStringList actions;
    int transfers = 0;
    int placementGrants = 0;
    {
        Transaction all(db.connection());
        for (qsizetype n = 0; n < houses.size(); ++n) {
            const House& house = houses.at(n);
            must(GrantStore(db).assignInspector(inspectorate, house.institution,
                                                QStringLiteral("برنامج التفتيش")),
                 "assign");
            actions << inspect(db, standards, house, inspectorate, today.addDays(-40 - int(n % 30)));
            if (n % 2 == 0) {
                progress(db, house, actions.last(), QStringLiteral("in_progress"), today.addDays(-5));
            }
            const QStringList children = column(
                db,
                QStringLiteral("SELECT resident_id FROM stays WHERE institution_id = :v AND exited_on IS NULL"
                               " ORDER BY resident_id LIMIT 2"),
                house.institution);
            if (n % 20 == 0 && n + 1 < houses.size() && !children.isEmpty()) {
                transfer(db, house, houses.at(n + 1), children.first(), today.addDays(-10));
                ++transfers;
            }
            if (n % 100 == 50 && children.size() > 1) {
                const InsertOrigin byHouse(db.writer(), house.site);
                must(db.writer().insert(
                         QStringLiteral("grants"),
                         { { QStringLiteral("subject_table"), QStringLiteral("residents") },
                           { QStringLiteral("subject_id"), children.at(1) },
                           { QStringLiteral("grantee_site"), office },
                           { QStringLiteral("kinds"), QStringLiteral("[\"placements\"]") },
                           { QStringLiteral("fields"), QStringLiteral("[\"residents.status\"]") },
                           { QStringLiteral("reason"), QStringLiteral("أسرة كافلة") } }),
                     "placement grant");
                ++placementGrants;
            }
        }
        if (!all.commit()) {
            die(QStringLiteral("commit"));
        }
    }
    QStringList recipients;
    for (const House& house : std::as_const(houses)) {
        recipients << house.site;
    }
    const int changes = column(db, QStringLiteral("SELECT count(*) FROM change_log")).first().toInt();
    std::printf(
        "hub: %lld houses as sites, %d residents, %d changes in the log; %lld inspections and actions by"
        " an inspectorate site, %d transfers, %d placement grants (set up in %.0f s)\n",
        static_cast<long long>(houses.size()), demo.residents, changes,
        static_cast<long long>(actions.size()), transfers, placementGrants,
        static_cast<double>(setUp.elapsed()) / 1000.0);

    // Bare copies of the synced tables for the baseline: no index, no trigger.
    for (const QString& table : ministryTables()) {
        if (!SqlQuery::execute(db.connection(),
                               QStringLiteral("CREATE TABLE bare_%1 AS SELECT * FROM %1").arg(table))) {
            die(table);
        }
    }

    const Round first = answerAll(db, recipients, keys, dir.path(), 1);
    report("first answer to every house (nothing acknowledged yet)", first, bareRound(db, first, dir.path()));
    const Round others = answerAll(db, { inspectorate, office }, keys, dir.path(), 1);
    std::printf("  to the inspectorate: %lld records, %.1f KiB, %.0f ms; to the office: %lld records, %.1f "
                "KiB, %.0f ms\n",
                static_cast<long long>(others.manifests.at(0).records),
                static_cast<double>(others.bytes.at(0)) / 1024.0,
                static_cast<double>(others.microseconds.at(0)) / 1000.0,
                static_cast<long long>(others.manifests.at(1).records),
                static_cast<double>(others.bytes.at(1)) / 1024.0,
                static_cast<double>(others.microseconds.at(1)) / 1000.0);

    // Every site acknowledges the first answer (as its next bundle's manifest does), then a
    // day of new work arrives: progress at a tenth of the houses, verifications by the
    // inspectorate, a few more transfers.
    for (int n = 0; n < recipients.size(); ++n) {
        db.setMetaValue(ackKey(recipients.at(n)), QString::number(first.manifests.at(n).toChange));
    }
    {
        Transaction day(db.connection());
        for (qsizetype n = 0; n < houses.size(); n += 10) {
            progress(db, houses.at(n), actions.at(n), QStringLiteral("done"), today);
            const InsertOrigin byInspector(db.writer(), inspectorate);
            must(db.writer().update(QStringLiteral("corrective_actions"),
                                    actions.at(n + 5 < actions.size() ? n + 5 : n),
                                    { { QStringLiteral("state_note"), QStringLiteral("تحقق في الزيارة") } }),
                 "verify");
        }
        for (qsizetype n = 7; n + 1 < houses.size(); n += 100) {
            const QStringList children = column(
                db,
                QStringLiteral("SELECT resident_id FROM stays WHERE institution_id = :v AND exited_on IS NULL"
                               " ORDER BY resident_id DESC LIMIT 1"),
                houses.at(n).institution);
            if (!children.isEmpty()) {
                transfer(db, houses.at(n), houses.at(n + 1), children.first(), today);
            }
        }
        if (!day.commit()) {
            die(QStringLiteral("commit"));
        }
    }
    const Round second = answerAll(db, recipients, keys, dir.path(), 2);
    report("second answer, after the acknowledgements (a day's new changes)", second,
           bareRound(db, second, dir.path()));

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory %.0f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
