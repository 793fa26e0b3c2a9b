#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QVariantList>

namespace riaya {

class Database;
struct UnlockedKeys;

// A signed head of a site's audit log: "my history up to entry `seq` hashes to `hash`", linked
// to the head signed before it. Anyone holding the file can recompute the hash chain, but not
// the signatures of heads already sent: so a rewrite of history older than the last export
// shows, at the ministry (which keeps every head a site sent) and at the site (which keeps the
// heads the ministry countersigned and sent back). docs/bundle-format.md, "Audit anchors".
struct AuditAnchor
{
    QString siteId;
    qint64 seq = 0;
    QString hash;
    qint64 prevSeq = 0; // the head signed before this one (0: the first)
    QString prevHash;
    QString signedAt;
    QByteArray signKey; // the site's key that signed it
    QByteArray signature; // the site's
    QByteArray heldSignature; // the ministry's, over the same statement, once it holds it

    QVariantMap toMap() const;
    static AuditAnchor fromMap(const QVariantMap& map);
    QByteArray statement() const; // what the site signs
    QByteArray heldStatement() const; // what the ministry signs
};

// What a check of the signed heads found.
struct AnchorReport
{
    int heads = 0; // signed here, or received from the site at the ministry
    int confirmed = 0; // countersigned by the ministry and sent back
    QStringList problems; // translated; empty when the history is as signed
};

class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)

public:
    // Heads carried in each bundle, newest first kept: enough to link to what the other side holds.
    static constexpr int kCarried = 50;

    explicit AuditAnchors(Database& db)
        : m_db(db)
    { }

    // Signs this database's audit head with its key, unless it is signed already.
    Status signHead(const UnlockedKeys& keys);
    // What a bundle carries: this site's own heads; from the ministry, the heads of the
    // recipient it holds, countersigned.
    Result<QVariantList> forBundle(const QString& recipientSite, const UnlockedKeys& keys);

    // At the ministry: a site's heads from its bundle (signed with `signKey`, its trusted key).
    // New consistent heads are kept; a head that contradicts one held, or does not link to
    // them, is a rewrite of history: returned, and kept for `audit verify --site`.
    Result<QStringList> receive(const QString& siteId, const QByteArray& signKey,
                                const QVariantList& anchors);
    // At a site: its own heads as the ministry holds them (countersigned with `ministryKey`).
    Result<QStringList> confirm(const QByteArray& ministryKey, const QVariantList& anchors);

    // This database's audit log against its own and its confirmed heads.
    Result<AnchorReport> verifyOwn();
    // At the ministry: the heads a site sent, their signatures and links, and any rewrite seen.
    Result<AnchorReport> verifySite(const QString& siteId);

private:
    Result<QList<AuditAnchor>> stored(const QString& siteId, const QString& kind, int limit = -1);
    Status keep(const AuditAnchor& anchor, const QString& kind);
    Status remember(const QString& siteId, const QStringList& problems);

    Database& m_db;
};

} // namespace riaya
