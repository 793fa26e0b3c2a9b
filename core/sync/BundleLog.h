#pragma once

#include "common/Result.h"

#include <QStringList>

namespace riaya {

class Database;
struct BundleManifest;

// What export and import share of each exchange with a peer: which kinds of records each
// side sends, and what the bundle log and the meta table keep of it.

// What a site sends: what it wrote, but not its user accounts (they sign in there only, and
// a user name is unique per database, not across a country) nor revocations and templates,
// which only the ministry issues.
const QStringList& siteTables();
// What the ministry sends a site: reference data, and what it relays (sync/Relay).
const QStringList& ministryTables();
// What a sender may send here: a site what it wrote, the ministry reference data and what it
// relays (never user accounts).
const QStringList& acceptedTables(const Database& db);
// The meta key of the peer's acknowledgement of our change log.
QString ackKey(const QString& site);
// At the ministry: how far ahead a site's clock was at its last bundle (ms; 0 when fine).
QString clockKey(const QString& site);
// One line of the bundle log, for the Sync screen: what went where, and whether the peer
// has acknowledged what was sent.
struct BundleLogLine
{
    bool received = false; // "in"; otherwise sent
    qint64 sequence = 0;
    QString peerName; // the trusted site's name, or its id when not enrolled
    qint64 records = 0;
    QString at;
    bool acknowledged = false; // of a sent bundle
};
// The latest bundles, newest first.
Result<QList<BundleLogLine>> recentBundles(Database& db, int limit);
// Records a bundle written ("out") or applied ("in") in bundle_log.
Status recordBundle(Database& db, const BundleManifest& manifest, const QString& direction,
                    const QString& fileHash, const QString& at);

} // namespace riaya
