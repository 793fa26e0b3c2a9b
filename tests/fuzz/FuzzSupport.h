#pragma once

// What the fuzz targets and their corpus generator share: seeded keys, quiet logging, and a
// ministry hub with enrolled sites set up as people would. tests/support/SyncNetwork does the
// same for the Catch2 tests, which the fuzz build leaves out (RIAYA_BUILD_TESTS is off there).
#include "common/Result.h"
#include "db/Database.h"
#include "security/KeyStore.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

namespace riaya::fuzz {

// A QCoreApplication (the SQL driver is a plugin) and, unless RIAYA_FUZZ_VERBOSE is set, no
// Qt logging below critical: every refused statement is logged, thousands of times a second.
void initialise(const char* program);

// The fixture could not be set up: nothing the fuzzer does would mean anything.
[[noreturn]] void fail(const QString& what, const Error& error);
void require(const Status& status, const QString& what);
template<class T> T require(Result<T> result, const QString& what)
{
    if (!result) {
        fail(what, result.error());
    }
    return std::move(*result);
}

// Ed25519 and X25519 pairs from libsodium's seeded generation (a seed of 32 bytes, the first
// `seed`, the rest zero): the same on every run, so committed bundles open.
UnlockedKeys seededKeys(unsigned char seed);
// fuzz_bundle's keys: its bundles are signed by this pair and sealed to it.
inline constexpr unsigned char kBundleKeySeed = 7;

// A folder pattern for QTemporaryDir, in memory when /dev/shm exists: SQLite syncs every
// commit (synchronous = FULL), which on a disk would be most of a fuzzing run.
QString scratchPattern();

// One database of the network, open, with its keys unlocked.
struct Member
{
    QString path;
    QString siteId;
    QString name;
    std::unique_ptr<Database> db;
    UnlockedKeys keys;
};

// A ministry hub and two sites enrolled there, in `folder`. Each holds demo records of its
// own (a few residents with stays, presence, results, incidents, families and placements,
// inspections, a month report; the ministry also a standards edition), and both sites'
// records have been imported at the ministry, the sender's first, in bundle 1 of each.
struct Network
{
    explicit Network(const QString& folder);

    Member ministry;
    Member sender; // the site whose bundles the fuzzer writes
    Member other; // a site whose records nobody else may change
    QString senderFirstBundleHash;
};

// Records of every kind a house writes, through the stores as people would: the demo's
// residents with stays, presence, results and incidents, its case work (families, placements,
// inspections), and last month's report when the database is an institution's.
void addDemoRecords(Database& db, quint64 seed, int residents, int presenceDays);

// The tables a site sends (as BundleExchange decides), parents first.
QStringList siteTables();

// The ids of the records of each synced table whose origin is `siteId`, in the order they
// were written: what the tokens @4 and @residents:4 of fuzz_import count in.
QHash<QString, QList<QByteArray>> ownedIds(Database& db, const QString& siteId);

// The record as a payload line of a bundle, exactly as BundleExchange::exportTo writes it.
QByteArray payloadLine(const QString& table, const QVariantMap& row);

} // namespace riaya::fuzz
