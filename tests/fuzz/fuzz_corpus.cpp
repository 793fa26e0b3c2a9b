// Writes the seed corpus of the fuzz targets and fuzz_import's dictionary (docs/fuzzing.md):
//
//   build-fuzz/tests/fuzz/fuzz_corpus tests/fuzz/corpus
//
// bundle/   real bundles, signed and sealed with fuzz_bundle's seeded keys
// import/   fuzz_import's inputs: payload lines (*.jsonl), one file per synced table and a few
//           mixed ones, and records in its structured form (*.rec)
// import.dict
//
// The records come from a demo house made through core as `riaya-cli init --site-name …`
// then `riaya-cli demo --residents 30 --case-work` and `month approve` make it, and from a fuzz
// network like fuzz_import's (its sender's own records, as updates; the records only the
// ministry writes). Ids of the network become fuzz_import's tokens, so the lines name the
// fixture's records in any run; the demo house's site id becomes @S, its records are new.
#include "FuzzSupport.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "security/UserStore.h"
#include "site/SiteSetup.h"
#include "sync/BundleFile.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>

using namespace riaya;
using riaya::fuzz::require;

namespace {

struct Record
{
    QString table;
    QVariantMap row;
};

QList<QVariantMap> rowsOf(Database& db, const QString& table, const QString& where = {})
{
    SqlQuery query(db.connection(), QStringLiteral("SELECT * FROM %1 %2 ORDER BY rowid").arg(table, where));
    if (!query.exec()) {
        riaya::fuzz::fail(QStringLiteral("read ") + table, Error::internal(query.errorText()));
    }
    QList<QVariantMap> rows;
    while (query.next()) {
        QVariantMap row = query.row();
        row.remove(QStringLiteral("password_hash")); // never sent
        rows << row;
    }
    return rows;
}

// The row with the most fields filled, so the seeds carry every field there is.
QVariantMap fullest(const QList<QVariantMap>& rows)
{
    QVariantMap best;
    qsizetype bestFilled = -1;
    for (const QVariantMap& row : rows) {
        qsizetype filled = 0;
        for (const QVariant& value : row) {
            filled += !value.isNull() && !value.toString().isEmpty() ? 1 : 0;
        }
        if (filled > bestFilled) {
            best = row;
            bestFilled = filled;
        }
    }
    return best;
}

// Column -> parent table, from the schema's foreign keys.
QList<std::pair<QString, QString>> parentsOf(Database& db, const QString& table)
{
    SqlQuery keys(db.connection(), QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
    QList<std::pair<QString, QString>> parents;
    if (keys.exec()) {
        while (keys.next()) {
            parents << std::pair(keys.value(QStringLiteral("from")).toString(),
                                 keys.value(QStringLiteral("table")).toString());
        }
    }
    return parents;
}

// The record and the records it refers to, parents first, each once: a payload the ministry
// can apply whole.
void withParents(Database& db, const Record& record, QList<Record>& out, QSet<QString>& seen)
{
    const QString key = record.table + QLatin1Char('/') + record.row.value(QStringLiteral("id")).toString();
    if (seen.contains(key)) {
        return;
    }
    for (const auto& [column, parent] : parentsOf(db, record.table)) {
        const QString id = record.row.value(column).toString();
        if (id.isEmpty()) {
            continue;
        }
        const QList<QVariantMap> rows = rowsOf(db, parent, QStringLiteral("WHERE id = '%1'").arg(id));
        if (!rows.isEmpty()) {
            withParents(db, { parent, rows.constFirst() }, out, seen);
        }
    }
    seen.insert(key);
    out << record;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        riaya::fuzz::fail(QStringLiteral("write ") + path, Error::invalid(file.errorString()));
    }
}

// A folder emptied of what an earlier run wrote there.
QDir freshFolder(const QString& path, const QStringList& patterns)
{
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral("."))) {
        riaya::fuzz::fail(QStringLiteral("make ") + path, Error::invalid(QStringLiteral("mkdir failed")));
    }
    for (const QString& old : dir.entryList(patterns, QDir::Files)) {
        dir.remove(old);
    }
    return dir;
}

class Tokens
{
public:
    // Every id the network's ministry holds, as fuzz_import's tokens for it.
    explicit Tokens(const riaya::fuzz::Network& network)
    {
        m_replacements << std::pair(network.sender.siteId.toLatin1(), QByteArray("@S"))
                       << std::pair(network.other.siteId.toLatin1(), QByteArray("@O"))
                       << std::pair(network.ministry.siteId.toLatin1(), QByteArray("@M"));
        const riaya::fuzz::Member* owners[] = { &network.sender, &network.other, &network.ministry };
        for (qsizetype owner = 0; owner < 3; ++owner) {
            const auto owned = riaya::fuzz::ownedIds(*network.ministry.db, owners[owner]->siteId);
            for (auto table = owned.cbegin(); table != owned.cend(); ++table) {
                for (qsizetype n = 0; n < table->size(); ++n) {
                    m_replacements << std::pair(
                        table->at(n), '@' + table.key().toLatin1() + ':' + QByteArray::number(n * 3 + owner));
                }
            }
        }
    }

    QByteArray apply(QByteArray line) const
    {
        for (const auto& [id, token] : m_replacements) {
            line.replace(id, token);
        }
        return line;
    }

private:
    QList<std::pair<QByteArray, QByteArray>> m_replacements;
};

QByteArray lines(const QList<Record>& records, const std::function<QByteArray(QByteArray)>& edit)
{
    QByteArray out;
    for (const Record& record : records) {
        out += edit(riaya::fuzz::payloadLine(record.table, record.row)) + '\n';
    }
    return out;
}

void writeBundle(const QString& path, const QString& sender, const QString& recipient,
                 const QList<Record>& records)
{
    const UnlockedKeys keys = riaya::fuzz::seededKeys(riaya::fuzz::kBundleKeySeed);
    BundleManifest manifest;
    manifest.bundleId = newRecordId();
    manifest.schema = latestSchemaVersion();
    manifest.senderSite = sender;
    manifest.senderName = QStringLiteral("دار الطالبة تحناوت");
    manifest.recipientSite = recipient;
    manifest.sequence = 1;
    manifest.createdAt = utcNowIso();
    manifest.toChange = records.size();
    for (const Record& record : records) {
        manifest.counts.insert(record.table, manifest.counts.value(record.table).toLongLong() + 1);
    }
    manifest.records = records.size();
    require(BundleFile::write(path, manifest, keys, keys.publicKeys.box,
                              [&](const BundleFile::LineSink& sink) {
                                  for (const Record& record : records) {
                                      if (Status status
                                          = sink(riaya::fuzz::payloadLine(record.table, record.row));
                                          !status) {
                                          return status;
                                      }
                                  }
                                  return Status();
                              }),
            QStringLiteral("write ") + path);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER (tests/fuzz/corpus)\n", argv[0]);
        return 2;
    }
    riaya::fuzz::initialise(argv[0]);
    const QString out = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir scratch(riaya::fuzz::scratchPattern());

    // The demo house, as riaya-cli init and demo make it.
    const QString demoPath = scratch.filePath(QStringLiteral("demo.db"));
    std::unique_ptr<Database> demo = require(Database::open(demoPath, Database::OpenMode::CreateIfMissing),
                                             QStringLiteral("open the demo"));
    SiteSettings house;
    house.name = QStringLiteral("دار الطالبة تحناوت");
    require(SiteSetup::initialise(*demo, house), QStringLiteral("set up the demo"));
    riaya::fuzz::addDemoRecords(*demo, 7, 30, 3);
    const QByteArray demoSite = demo->site().id.toLatin1();

    QDir network(scratch.path());
    network.mkdir(QStringLiteral("network"));
    riaya::fuzz::Network net(network.filePath(QStringLiteral("network")));
    const Tokens tokens(net);

    // What only the ministry writes (refused from a site), and a user account (never sent).
    Database& ministry = *net.ministry.db;
    require(TrustStore(ministry).revoke(net.other.siteId, QStringLiteral("laptop stolen")),
            QStringLiteral("revoke"));
    UserAccount clerk;
    clerk.username = QStringLiteral("clerk");
    clerk.fullName = QStringLiteral("Fatima Zahra");
    clerk.roles = { QStringLiteral("administrator") };
    require(UserStore(*net.sender.db).create(clerk, QStringLiteral("a long password")),
            QStringLiteral("a user account"));

    // fuzz_import: each table's fullest record with its parents (new records of the house), and
    // the sender's first record of the table sent again with a winning version (a change of its
    // own); then every kind together.
    const QDir import = freshFolder(out + QStringLiteral("/import"),
                                    { QStringLiteral("*.jsonl"), QStringLiteral("*.rec") });
    auto fromHouse = [&](QByteArray line) { return line.replace(demoSite, "@S"); };
    QList<Record> everyKind;
    QSet<QString> inEveryKind;
    qint64 importBytes = 0;
    auto writeImport = [&](const QString& name, const QByteArray& content) {
        writeFile(import.filePath(name), content);
        importBytes += content.size();
    };
    for (const QString& table : riaya::fuzz::siteTables()) {
        const QList<QVariantMap> rows = rowsOf(*demo, table);
        if (rows.isEmpty()) {
            riaya::fuzz::fail(QStringLiteral("the demo's ") + table,
                              Error::notFound(QStringLiteral("no records")));
        }
        QList<Record> records;
        QSet<QString> seen;
        withParents(*demo, { table, fullest(rows) }, records, seen);
        withParents(*demo, { table, fullest(rows) }, everyKind, inEveryKind);
        writeImport(table + QStringLiteral(".jsonl"), lines(records, fromHouse));

        const QList<QVariantMap> own
            = rowsOf(ministry, table, QStringLiteral("WHERE origin_site = '%1'").arg(net.sender.siteId));
        if (!own.isEmpty()) {
            QVariantMap changed = own.constFirst();
            changed.insert(QStringLiteral("version"), QStringLiteral("@V"));
            changed.insert(QStringLiteral("updated_at"), utcNowIso());
            writeImport(table + QStringLiteral("-update.jsonl"),
                        lines({ { table, changed } },
                              [&](QByteArray line) { return tokens.apply(line.replace("\"@V\"", "@V")); }));
        }
    }
    writeImport(QStringLiteral("every-kind.jsonl"), lines(everyKind, fromHouse));
    // The structured form (fuzz_import's decodeRecords): the sender's first record of each
    // table, under its own id, origin and a winning version, its updated_by changed to "fuzz".
    QByteArray allRecords;
    for (const QString& table : riaya::fuzz::siteTables()) {
        const char bytes[] = {
            static_cast<char>(syncedTables().indexOf(table)),
            0, // the sender's first record as the base
            0, // its id
            0, // the sender as origin
            0, // a winning version
            1, // one field changed:
            static_cast<char>(demo->columns(table).indexOf(QStringLiteral("updated_by"))),
            3, // to text of 4 bytes
            4,
            'f',
            'u',
            'z',
            'z',
        };
        const QByteArray record(bytes, sizeof bytes);
        writeImport(table + QStringLiteral(".rec"), record);
        allRecords += record;
    }
    writeImport(QStringLiteral("every-kind.rec"), allRecords);
    QList<Record> refused {
        { QStringLiteral("users"), rowsOf(*net.sender.db, QStringLiteral("users")).constFirst() },
        { QStringLiteral("revocations"), rowsOf(ministry, QStringLiteral("revocations")).constFirst() },
        { QStringLiteral("inspection_templates"),
          rowsOf(ministry, QStringLiteral("inspection_templates")).constFirst() }
    };
    // The standards document in full is 66 KB; its first standard says as much to the fuzzer.
    QVariantMap& edition = refused[2].row;
    QJsonObject content
        = QJsonDocument::fromJson(edition.value(QStringLiteral("content")).toString().toUtf8()).object();
    QJsonObject section = content.value(QStringLiteral("sections")).toArray().first().toObject();
    section.insert(QStringLiteral("standards"),
                   QJsonArray { section.value(QStringLiteral("standards")).toArray().first() });
    content.insert(QStringLiteral("sections"), QJsonArray { section });
    edition.insert(QStringLiteral("content"),
                   QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    for (const Record& record : refused) {
        writeImport(record.table + QStringLiteral(".jsonl"),
                    lines({ record }, [&](const QByteArray& line) { return tokens.apply(line); }));
    }

    // The dictionary: tokens, kinds and fields, and the values the schema checks.
    QByteArrayList entries { "@S", "@O", "@M", "@V", "@0", "@1", "@2" };
    for (const QString& table : syncedTables()) {
        entries << "\\\"" + table.toLatin1() + "\\\"" << '@' + table.toLatin1() + ":1";
        for (const QString& column : demo->columns(table)) {
            entries << "\\\"" + column.toLatin1() + "\\\":";
        }
    }
    QByteArray dict = "# fuzz_import's dictionary, written by fuzz_corpus (docs/fuzzing.md)\n";
    QSet<QByteArray> written;
    for (const QByteArray& entry : std::as_const(entries)) {
        if (!written.contains(entry)) {
            written.insert(entry);
            dict += '"' + entry + "\"\n";
        }
    }
    writeFile(out + QStringLiteral("/import.dict"), dict);

    // fuzz_bundle: bundles as exportTo writes them, to a ministry, and the ministry's answer.
    const QDir bundles = freshFolder(out + QStringLiteral("/bundle"), { QStringLiteral("*.bundle") });
    const QString ministryId = net.ministry.siteId;
    QList<Record> houseRecords;
    for (const QString& table : riaya::fuzz::siteTables()) {
        for (const QVariantMap& row : rowsOf(*demo, table)) {
            houseRecords << Record { table, row };
        }
    }
    writeBundle(bundles.filePath(QStringLiteral("house.bundle")), demo->site().id, ministryId, houseRecords);
    writeBundle(
        bundles.filePath(QStringLiteral("two-records.bundle")), demo->site().id, ministryId,
        { houseRecords.at(0),
          Record { QStringLiteral("residents"), rowsOf(*demo, QStringLiteral("residents")).constFirst() } });
    writeBundle(bundles.filePath(QStringLiteral("empty.bundle")), demo->site().id, ministryId, {});
    QList<Record> reference;
    for (const char* table : { "institutions", "revocations" }) {
        for (const QVariantMap& row : rowsOf(ministry, QLatin1String(table))) {
            reference << Record { QLatin1String(table), row };
        }
    }
    writeBundle(bundles.filePath(QStringLiteral("reference.bundle")), ministryId, demo->site().id, reference);
    // More than one chunk: a note that does not compress.
    QByteArray noise(96 * 1024, Qt::Uninitialized);
    QRandomGenerator random(12);
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    QVariantMap noisy = rowsOf(*demo, QStringLiteral("residents")).constFirst();
    noisy.insert(QStringLiteral("health_notes"), QString::fromLatin1(noise.toBase64()));
    writeBundle(bundles.filePath(QStringLiteral("chunks.bundle")), demo->site().id, ministryId,
                { Record { QStringLiteral("residents"), noisy } });

    qint64 bundleBytes = 0;
    for (const QFileInfo& file : bundles.entryInfoList(QDir::Files)) {
        bundleBytes += file.size();
    }
    std::printf("%s: %lld bytes of bundles, %lld bytes of payload lines\n", qPrintable(out),
                static_cast<long long>(bundleBytes), static_cast<long long>(importBytes));
    return 0;
}
