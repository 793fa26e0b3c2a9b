#include "AuditAnchors.h"

#include "KeyStore.h"
#include "Signature.h"
#include "common/CanonicalJson.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
namespace {

QString alertKey(const QString& siteId)
{
    return QStringLiteral("audit_alert:") + siteId;
}

} // namespace

QVariantMap AuditAnchor::toMap() const
{
    QVariantMap map { { QStringLiteral("site_id"), siteId },
                      { QStringLiteral("seq"), seq },
                      { QStringLiteral("hash"), hash },
                      { QStringLiteral("prev_seq"), prevSeq },
                      { QStringLiteral("prev_hash"), prevHash },
                      { QStringLiteral("signed_at"), signedAt },
                      { QStringLiteral("sign_key"), QString::fromLatin1(signKey.toBase64()) },
                      { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) } };
    if (!heldSignature.isEmpty()) {
        map.insert(QStringLiteral("held_signature"), QString::fromLatin1(heldSignature.toBase64()));
    }
    return map;
}

AuditAnchor AuditAnchor::fromMap(const QVariantMap& map)
{
    auto bytes = [&](const char* key) {
        return QByteArray::fromBase64(map.value(QLatin1String(key)).toString().toLatin1());
    };
    return { map.value(QStringLiteral("site_id")).toString(),
             map.value(QStringLiteral("seq")).toLongLong(),
             map.value(QStringLiteral("hash")).toString(),
             map.value(QStringLiteral("prev_seq")).toLongLong(),
             map.value(QStringLiteral("prev_hash")).toString(),
             map.value(QStringLiteral("signed_at")).toString(),
             bytes("sign_key"),
             bytes("signature"),
             bytes("held_signature") };
}

QByteArray AuditAnchor::statement() const
{
    return "riaya-audit-anchor/1\n"
        + canonicalJson({ { QStringLiteral("site_id"), siteId },
                          { QStringLiteral("seq"), seq },
                          { QStringLiteral("hash"), hash },
                          { QStringLiteral("prev_seq"), prevSeq },
                          { QStringLiteral("prev_hash"), prevHash },
                          { QStringLiteral("signed_at"), signedAt } });
}

QByteArray AuditAnchor::heldStatement() const
{
    return "riaya-audit-anchor-held/1\n" + statement() + signature;
}

Result<QList<AuditAnchor>> AuditAnchors::stored(const QString& siteId, const QString& kind, int limit)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT seq, hash, signed_at, signature FROM audit_anchors"
                                  " WHERE site_id = :site AND kind = :kind ORDER BY seq DESC LIMIT :limit"));
    query.bind(QStringLiteral(":site"), siteId).bind(QStringLiteral(":kind"), kind);
    query.bind(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the signed audit heads: %1").arg(query.errorText()));
    }
    QList<AuditAnchor> anchors;
    while (query.next()) {
        // The signature column holds the whole signed statement as JSON, so it reads back whole.
        anchors.prepend(AuditAnchor::fromMap(
            QJsonDocument::fromJson(query.value(3).toByteArray()).object().toVariantMap()));
    }
    return anchors;
}

Status AuditAnchors::keep(const AuditAnchor& anchor, const QString& kind)
{
    SqlQuery insert(m_db.connection(),
                    QStringLiteral("INSERT OR IGNORE INTO audit_anchors (site_id, kind, seq, hash, signed_at,"
                                   " signature) VALUES (:site, :kind, :seq, :hash, :at, :statement)"));
    insert.bind(QStringLiteral(":site"), anchor.siteId).bind(QStringLiteral(":kind"), kind);
    insert.bind(QStringLiteral(":seq"), anchor.seq).bind(QStringLiteral(":hash"), anchor.hash);
    insert.bind(QStringLiteral(":at"), anchor.signedAt);
    insert.bind(QStringLiteral(":statement"), canonicalJson(anchor.toMap()));
    return insert.exec() ? Status() : Status(Error::internal(insert.errorText()));
}

Status AuditAnchors::signHead(const UnlockedKeys& keys)
{
    SqlQuery head(m_db.connection(),
                  QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head.exec()) {
        return Error::internal(tr("Cannot read the audit log: %1").arg(head.errorText()));
    }
    if (!head.next()) {
        return {};
    }
    AuditAnchor anchor;
    anchor.siteId = m_db.site().id;
    anchor.seq = head.value(0).toLongLong();
    anchor.hash = head.value(1).toString();
    const Result<QList<AuditAnchor>> last = stored(anchor.siteId, QStringLiteral("own"), 1);
    if (!last) {
        return last.error();
    }
    if (!last->isEmpty()) {
        if (last->constFirst().seq == anchor.seq && last->constFirst().hash == anchor.hash) {
            return {}; // signed already
        }
        anchor.prevSeq = last->constFirst().seq;
        anchor.prevHash = last->constFirst().hash;
    }
    anchor.signedAt = utcNowIso();
    anchor.signKey = keys.publicKeys.sign;
    anchor.signature = signDetached(anchor.statement(), keys.signSecret);
    return keep(anchor, QStringLiteral("own"));
}

Result<QVariantList> AuditAnchors::forBundle(const QString& recipientSite, const UnlockedKeys& keys)
{
    const bool ministry = m_db.site().isMinistry;
    const Result<QList<AuditAnchor>> anchors = ministry
        ? stored(recipientSite, QStringLiteral("received"), kCarried)
        : stored(m_db.site().id, QStringLiteral("own"), kCarried);
    if (!anchors) {
        return anchors.error();
    }
    QVariantList list;
    for (AuditAnchor anchor : *anchors) {
        if (ministry) {
            anchor.heldSignature = signDetached(anchor.heldStatement(), keys.signSecret);
        }
        list.append(anchor.toMap());
    }
    return list;
}

Result<QStringList> AuditAnchors::receive(const QString& siteId, const QByteArray& signKey,
                                          const QVariantList& anchors)
{
    const Result<QList<AuditAnchor>> heldList = stored(siteId, QStringLiteral("received"));
    if (!heldList) {
        return heldList.error();
    }
    QMap<qint64, AuditAnchor> held;
    for (const AuditAnchor& anchor : *heldList) {
        held.insert(anchor.seq, anchor);
    }
    QStringList problems;
    for (const QVariant& item : anchors) {
        const AuditAnchor anchor = AuditAnchor::fromMap(item.toMap());
        if (anchor.siteId != siteId || anchor.seq < 1) {
            problems << tr("A signed audit head names another site or no entry; it was ignored.");
            continue;
        }
        if (const auto it = held.constFind(anchor.seq); it != held.cend()) {
            if (it->hash != anchor.hash) {
                problems
                    << tr("The audit history of this site was rewritten: it had signed entry %1 as %2 on "
                          "%3, and now signs it as %4.")
                           .arg(anchor.seq)
                           .arg(it->hash.left(16), it->signedAt, anchor.hash.left(16));
            }
            continue;
        }
        if (anchor.signKey != signKey || !verifyDetached(anchor.statement(), anchor.signature, signKey)) {
            problems
                << tr("A signed audit head of entry %1 does not carry the site's signature; it was ignored.")
                       .arg(anchor.seq);
            continue;
        }
        // A new head must link to what is held: to the head before it, or be the first.
        const auto before = held.lowerBound(anchor.seq);
        const bool hasEarlier = before != held.cbegin();
        const AuditAnchor* previous = hasEarlier ? &*std::prev(before) : nullptr;
        if (anchor.prevSeq == 0
                ? hasEarlier
                : (!held.contains(anchor.prevSeq) || held.value(anchor.prevSeq).hash != anchor.prevHash)) {
            problems << tr("The audit history of this site does not continue what it signed before: its head "
                           "of entry %1 follows entry %2, not the entry %3 held here.")
                            .arg(anchor.seq)
                            .arg(anchor.prevSeq)
                            .arg(previous ? previous->seq : 0);
        }
        if (!held.isEmpty() && anchor.seq < held.lastKey()) {
            problems << tr("The audit history of this site went back: it signs entry %1 after having signed "
                           "entry %2.")
                            .arg(anchor.seq)
                            .arg(held.lastKey());
        }
        if (Status kept = keep(anchor, QStringLiteral("received")); !kept) {
            return kept.error();
        }
        held.insert(anchor.seq, anchor);
    }
    problems.removeDuplicates();
    if (Status remembered = remember(siteId, problems); !remembered) {
        return remembered.error();
    }
    return problems;
}

Status AuditAnchors::remember(const QString& siteId, const QStringList& problems)
{
    if (problems.isEmpty()) {
        return {};
    }
    QStringList all = m_db.metaValue(alertKey(siteId)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& problem : problems) {
        all << QStringLiteral("%1 %2").arg(utcNowIso(), problem);
    }
    return m_db.setMetaValue(alertKey(siteId), all.join(QLatin1Char('\n')))
        ? Status()
        : Status(Error::internal(tr("Cannot record the audit warning.")));
}

Result<QStringList> AuditAnchors::confirm(const QByteArray& ministryKey, const QVariantList& anchors)
{
    QStringList problems;
    for (const QVariant& item : anchors) {
        const AuditAnchor anchor = AuditAnchor::fromMap(item.toMap());
        if (anchor.siteId != m_db.site().id
            || !verifyDetached(anchor.heldStatement(), anchor.heldSignature, ministryKey)) {
            problems << tr(
                "A signed audit head sent by the ministry is not countersigned by it; it was ignored.");
            continue;
        }
        if (Status kept = keep(anchor, QStringLiteral("confirmed")); !kept) {
            return kept.error();
        }
    }
    problems.removeDuplicates();
    return problems;
}

Result<AnchorReport> AuditAnchors::verifyOwn()
{
    const Result<QList<AuditAnchor>> own = stored(m_db.site().id, QStringLiteral("own"));
    const Result<QList<AuditAnchor>> confirmed = stored(m_db.site().id, QStringLiteral("confirmed"));
    if (!own || !confirmed) {
        return own ? confirmed.error() : own.error();
    }
    SqlQuery entry(m_db.connection(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = :seq"));
    QStringList problems;
    auto check = [&](const AuditAnchor& anchor, const QString& kind) {
        if (!verifyDetached(anchor.statement(), anchor.signature, anchor.signKey)) {
            problems << tr("The signed head of audit entry %1 (%2) does not carry a valid signature.")
                            .arg(anchor.seq)
                            .arg(kind);
            return;
        }
        entry.bind(QStringLiteral(":seq"), anchor.seq);
        const QString now = entry.exec() && entry.next() ? entry.value(0).toString() : QString();
        entry.raw().finish();
        if (now != anchor.hash) {
            problems
                << tr("The audit history up to entry %1 was rewritten after its head was signed on %2 (%3).")
                       .arg(anchor.seq)
                       .arg(anchor.signedAt, kind);
        }
    };
    for (const AuditAnchor& anchor : *own) {
        check(anchor, tr("signed here"));
    }
    for (const AuditAnchor& anchor : *confirmed) {
        check(anchor, tr("as the ministry holds it"));
    }
    return AnchorReport { static_cast<int>(own->size()), static_cast<int>(confirmed->size()), problems };
}

Result<AnchorReport> AuditAnchors::verifySite(const QString& siteId)
{
    const Result<QList<AuditAnchor>> held = stored(siteId, QStringLiteral("received"));
    if (!held) {
        return held.error();
    }
    QStringList problems = m_db.metaValue(alertKey(siteId)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const AuditAnchor* previous = nullptr;
    for (const AuditAnchor& anchor : *held) {
        if (!verifyDetached(anchor.statement(), anchor.signature, anchor.signKey)) {
            problems
                << tr("The signed head of audit entry %1 does not carry a valid signature.").arg(anchor.seq);
        }
        if (previous && (anchor.prevSeq != previous->seq || anchor.prevHash != previous->hash)) {
            problems << tr("The signed head of audit entry %1 does not follow the one of entry %2.")
                            .arg(anchor.seq)
                            .arg(previous->seq);
        }
        previous = &anchor;
    }
    return AnchorReport { static_cast<int>(held->size()), 0, problems };
}

} // namespace riaya
