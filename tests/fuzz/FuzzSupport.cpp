#include "FuzzSupport.h"

#include "common/CanonicalJson.h"
#include "daily/Incident.h"
#include "daily/IncidentStore.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "demo/DemoCaseWork.h"
#include "demo/DemoGenerator.h"
#include "inspections/TemplateStore.h"
#include "reports/MonthReport.h"
#include "security/SignedDocument.h"
#include "site/SiteSetup.h"
#include "sync/BundleExchange.h"
#include "sync/TrustStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLoggingCategory>
#include <cstdio>
#include <cstdlib>
#include <sodium.h>

namespace riaya::fuzz {
namespace {

const QByteArray kPassphrase("a long enough passphrase");

void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    }
}

Member openMember(const QString& folder, const QString& file, const SiteSettings& settings)
{
    Member member;
    member.path = folder + QLatin1Char('/') + file;
    member.db = require(Database::open(member.path, Database::OpenMode::CreateIfMissing),
                        QStringLiteral("open ") + member.path);
    require(SiteSetup::initialise(*member.db, settings), QStringLiteral("set up ") + file);
    require(KeyStore(*member.db).create(kPassphrase), QStringLiteral("keys of ") + file);
    member.keys = require(KeyStore(*member.db).unlock(kPassphrase), QStringLiteral("unlock ") + file);
    member.siteId = member.db->site().id;
    member.name = member.db->site().name;
    return member;
}

} // namespace

void initialise(const char* program)
{
    static int argc = 1;
    static char* argv[] = { const_cast<char*>(program), nullptr };
    static QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("RIAYA_FUZZ_VERBOSE")) {
        qInstallMessageHandler(quietHandler);
    }
    if (sodium_init() < 0) {
        std::fprintf(stderr, "libsodium cannot start\n");
        std::abort();
    }
}

void fail(const QString& what, const Error& error)
{
    std::fprintf(stderr, "fuzz fixture: %s: %s\n", what.toLocal8Bit().constData(),
                 error.describe().toLocal8Bit().constData());
    std::abort();
}

void require(const Status& status, const QString& what)
{
    if (!status) {
        fail(what, status.error());
    }
}

UnlockedKeys seededKeys(unsigned char seed)
{
    if (sodium_init() < 0) {
        std::fprintf(stderr, "libsodium cannot start\n");
        std::abort();
    }
    UnlockedKeys keys;
    keys.publicKeys.sign = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    keys.signSecret = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    keys.publicKeys.box = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    keys.boxSecret = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
    unsigned char bytes[crypto_sign_SEEDBYTES] = { seed };
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKeys.sign.data()),
                             reinterpret_cast<unsigned char*>(keys.signSecret.data()), bytes);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKeys.box.data()),
                            reinterpret_cast<unsigned char*>(keys.boxSecret.data()), bytes);
    return keys;
}

QString scratchPattern()
{
    const QString base
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return base + QStringLiteral("/riaya-fuzz-XXXXXX");
}

Network::Network(const QString& folder)
{
    SiteSettings hub;
    hub.name = QStringLiteral("الوزارة");
    hub.ministry = true;
    ministry = openMember(folder, QStringLiteral("ministry.db"), hub);
    const QString profile = folder + QStringLiteral("/profile");
    require(SignedDocument::writeFile(profile,
                                      require(TrustStore(*ministry.db).exportOwnIdentity(ministry.keys),
                                              QStringLiteral("profile"))),
            QStringLiteral("write the profile"));
    // The ministry's own records: a demo institution with residents and case work, and an
    // edition of the standards of its own.
    addDemoRecords(*ministry.db, 31, 3, 2);
    InspectionTemplate edition = TemplateStore::builtIn().constFirst();
    edition.id.clear();
    edition.builtIn = false;
    edition.edition += 1;
    require(TemplateStore(*ministry.db).publish(edition), QStringLiteral("publish an edition"));

    auto enrolSite = [&](const QString& file, const QString& name, quint64 seed) {
        SiteSettings settings;
        settings.name = name;
        Member site = openMember(folder, file, settings);
        require(TrustStore(*site.db).loadProfile(profile), QStringLiteral("load the profile at ") + name);
        const QString identity = folder + QLatin1Char('/') + file + QStringLiteral(".identity");
        require(SignedDocument::writeFile(identity,
                                          require(TrustStore(*site.db).exportOwnIdentity(site.keys),
                                                  QStringLiteral("identity of ") + name)),
                QStringLiteral("write the identity of ") + name);
        require(TrustStore(*ministry.db).enrol(identity), QStringLiteral("enrol ") + name);
        addDemoRecords(*site.db, seed, 6, 2);
        return site;
    };
    sender = enrolSite(QStringLiteral("sender.db"), QStringLiteral("دار الطالبة المرسلة"), 32);
    other = enrolSite(QStringLiteral("other.db"), QStringLiteral("دار الطالب الأخرى"), 33);
    for (Member* site : { &sender, &other }) {
        const QString bundle = site->path + QStringLiteral(".bundle");
        const ExportReport sent = require(BundleExchange(*site->db).exportTo(bundle, {}, site->keys),
                                          QStringLiteral("export of ") + site->name);
        if (site == &sender) {
            senderFirstBundleHash = sent.fileHash;
        }
        require(BundleExchange(*ministry.db).importFile(bundle, ministry.keys),
                QStringLiteral("import of ") + site->name);
    }
}

void addDemoRecords(Database& db, quint64 seed, int residents, int presenceDays)
{
    const QString name = db.site().name;
    DemoSettings demo;
    demo.residents = residents;
    demo.seed = seed;
    demo.presenceDays = presenceDays;
    demo.housesAsSites = false; // the ministry's own records stay the ministry's
    require(DemoGenerator::generate(db, demo), QStringLiteral("demo of ") + name);
    require(DemoCaseWork::generate(db, seed), QStringLiteral("case work of ") + name);
    // The demo gives one resident in fifty an incident: a small house needs one of its own.
    SqlQuery first(db.connection(),
                   QStringLiteral("SELECT institution_id, resident_id FROM stays ORDER BY rowid LIMIT 1"));
    if (first.exec() && first.next()) {
        Incident incident;
        incident.institutionId = first.value(0).toString();
        incident.occurredOn = QDate::currentDate().addDays(-3);
        incident.kind = incidentKinds().constFirst();
        incident.description = QStringLiteral("وقع في الساحة");
        incident.actionTaken = QStringLiteral("إخبار الولي");
        incident.residentIds = { first.value(1).toString() };
        first.raw().finish();
        require(IncidentStore(db).record(incident), QStringLiteral("incident of ") + name);
    }
    if (const QString institution = db.site().institutionId; !institution.isEmpty()) {
        const QDate lastMonth = QDate::currentDate().addMonths(-1);
        require(MonthReport::approve(db, institution, QDate(lastMonth.year(), lastMonth.month(), 1),
                                     { QStringLiteral("Supervisor"), true }),
                QStringLiteral("month report of ") + name);
    }
}

QStringList siteTables()
{
    QStringList tables = syncedTables();
    for (const char* ministryOnly : { "users", "revocations", "inspection_templates" }) {
        tables.removeAll(QLatin1String(ministryOnly));
    }
    return tables;
}

QHash<QString, QList<QByteArray>> ownedIds(Database& db, const QString& siteId)
{
    QHash<QString, QList<QByteArray>> owned;
    for (const QString& table : syncedTables()) {
        SqlQuery ids(db.connection(),
                     QStringLiteral("SELECT id FROM %1 WHERE origin_site = :site ORDER BY rowid").arg(table));
        ids.bind(QStringLiteral(":site"), siteId);
        if (!ids.exec()) {
            fail(QStringLiteral("read ") + table, Error::internal(ids.errorText()));
        }
        while (ids.next()) {
            owned[table] << ids.value(0).toByteArray();
        }
    }
    return owned;
}

QByteArray payloadLine(const QString& table, const QVariantMap& row)
{
    return "{\"r\":" + canonicalJson(row) + ",\"t\":\"" + table.toLatin1() + "\"}";
}

} // namespace riaya::fuzz
