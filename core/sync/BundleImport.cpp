#include "BundleExchange.h"
#include "BundleLog.h"
#include "IncomingFieldRules.h"
#include "OwnershipRules.h"
#include "TrustStore.h"
#include "Withdrawal.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "residents/DuplicateCandidates.h"
#include "residents/DuplicateFinder.h"
#include "residents/Resident.h"
#include "security/Access.h"
#include "security/AuditAnchors.h"
#include "security/KeyStore.h"

#include <QDateTime>
#include <QDir>

// The import half of BundleExchange: verified whole, checked record by record against who may
// write what, applied in one transaction.
namespace riaya {
namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<ImportReport> BundleExchange::importFile(const QString& path, const UnlockedKeys& keys, Mode mode,
                                                Fork fork)
{
    const Permission needed
        = m_db.site().isMinistry ? Permission::ImportBundles : Permission::ImportReferenceData;
    if (Status allowed = Access::require(m_db, needed); !allowed) {
        return allowed.error();
    }
    if (Status there = m_db.checkFileUnchanged(); !there) {
        return there.error();
    }
    const Result<BundleFile::Verified> verified = verify(path);
    if (!verified) {
        return verified.error();
    }
    ImportReport report;
    report.manifest = verified->manifest;
    report.preview = mode == Mode::Preview;
    BundleManifest& manifest = report.manifest;
    auto refusedWhole = [&](const QString& reason) {
        return Error::invalid(tr("%1 was refused whole; nothing was applied. %2").arg(native(path), reason));
    };

    // A bundle is its sender, its id and its content: an id is never taken as proof alone,
    // since it can be read on the stick and copied into another bundle.
    SqlQuery already(
        m_db.connection(),
        QStringLiteral("SELECT sender_site, file_hash, direction FROM bundle_log WHERE bundle_id = :id"));
    already.bind(QStringLiteral(":id"), manifest.bundleId);
    if (!already.exec()) {
        return Error::internal(already.errorText());
    }
    if (already.next()) {
        if (already.value(0).toString() == manifest.senderSite
            && already.value(1).toString() == verified->fileHash
            && already.value(2).toString() == QLatin1String("in")) {
            report.alreadyImported = true;
            return report;
        }
        return refusedWhole(
            already.value(0).toString() == manifest.senderSite
                ? tr("Its bundle id %1 was already imported with other content.").arg(manifest.bundleId)
                : tr("Its bundle id %1 belongs to a bundle already received from another "
                     "sender (%2).")
                      .arg(manifest.bundleId, already.value(0).toString()));
    }
    Result<SenderHistory> history = SenderHistory::load(m_db, manifest.senderSite);
    if (!history) {
        return history.error();
    }
    switch (history->fit(manifest)) {
    case SenderHistory::Fit::TooFarAhead:
        return refusedWhole(tr("It is numbered %1, but the last bundle received from its sender is %2: a "
                               "jump that large is not a bundle Riaya made.")
                                .arg(manifest.sequence)
                                .arg(history->highest()));
    case SenderHistory::Fit::Fork:
        if (fork == Fork::Refuse) {
            return Error::conflict(
                tr("%1 does not continue the history of its sender: bundle %2 (or the one before it) was "
                   "received with other content, as when a site restores an old backup. Nothing was applied. "
                   "Check with the site, then import it accepting the new history (in the window, tick "
                   "“Accept a "
                   "new history of the sender”; on the command line, --accept-fork): its records are merged "
                   "as usual, "
                   "nothing already received is lost, and the earlier bundles from number %2 on are set "
                   "aside.")
                    .arg(native(path))
                    .arg(manifest.sequence));
        }
        report.forkAccepted = true;
        break;
    case SenderHistory::Fit::Continues:
        break;
    }

    Transaction tx(m_db.connection());
    if (report.forkAccepted) {
        if (Status set = SenderHistory::abandonFrom(m_db, manifest.senderSite, manifest.sequence); !set) {
            return set.error();
        }
        history = SenderHistory::load(m_db, manifest.senderSite);
        if (!history) {
            return history.error();
        }
    }
    report.missingSequences = history->gapsWith(manifest.sequence);
    RecordWriter& writer = m_db.writer();
    DuplicateFinder duplicates(m_db);
    // Never merged here: each pair waits for a clerk, who sees both files side by side. A
    // pair within one bundle is found when its second record arrives.
    DuplicateCandidates queued(m_db);
    // A first bundle, or the only site so far: there is no one to compare with.
    SqlQuery others(m_db.connection(),
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM residents WHERE origin_site <> :sender)"));
    others.bind(QStringLiteral(":sender"), manifest.senderSite);
    if (!others.exec() || !others.next()) {
        return Error::internal(others.errorText());
    }
    const bool othersHeld = others.value(0).toBool();
    auto findDuplicates = [&](const QVariantMap& row) -> Status {
        const QString origin = row.value(QStringLiteral("origin_site")).toString();
        if (row.value(QStringLiteral("deleted")).toInt() != 0
            || (!othersHeld && origin == manifest.senderSite)) {
            return {};
        }
        const Resident resident = Resident::fromFields(row);
        // One site's own records are left out: its staff saw the warning when registering.
        const Result<QList<DuplicateCandidate>> candidates
            = duplicates.candidatesFor(resident, 5, origin, DuplicateFinder::kCrossSiteThreshold);
        if (!candidates) {
            return candidates.error();
        }
        for (const DuplicateCandidate& candidate : *candidates) {
            const Result<bool> added
                = queued.queue(resident.id, candidate.resident.id, candidate.score, manifest.bundleId);
            if (!added) {
                return added.error();
            }
            report.probableDuplicates += *added ? 1 : 0;
        }
        return {};
    };
    // What the sender acknowledges of ours: our next bundle to it starts after that.
    if (manifest.ackedChange > m_db.metaValue(ackKey(manifest.senderSite)).toLongLong()
        && !m_db.setMetaValue(ackKey(manifest.senderSite), QString::number(manifest.ackedChange))) {
        return Error::internal(tr("Cannot record the acknowledgement of %1.").arg(native(path)));
    }
    QString ministryId = m_db.site().id;
    if (!m_db.site().isMinistry) {
        const Result<TrustedSite> ministry = TrustStore(m_db).ministry();
        if (!ministry) {
            return ministry.error();
        }
        ministryId = ministry->siteId;
    }
    OwnershipRules ownership(m_db, manifest.senderSite, ministryId);
    IncomingFieldRules fields(m_db);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 latestStampMs = 0;
    Status applied = BundleFile::readRecords(
        path, manifest, keys, [&](const QString& table, const QVariantMap& row) -> Status {
            if (!acceptedTables(m_db).contains(table)) {
                return refusedWhole(
                    tr("It holds records of a kind “%1” its sender may not send here.").arg(table));
            }
            const QString id = row.value(QStringLiteral("id")).toString();
            if (const QList<FieldIssue> issues = fields.check(table, row); !issues.isEmpty()) {
                return refusedWhole(
                    tr("The record %1 of %2 fails the field rules: %3 — %4")
                        .arg(id, table, issues.constFirst().field, issues.constFirst().message));
            }
            const Result<OwnershipRules::Outcome> allowed = ownership.check(table, row);
            if (!allowed) {
                return refusedWhole(allowed.error().message);
            }
            if (*allowed == OwnershipRules::Outcome::Skip) {
                ++report.unchanged; // this site's own record, relayed back: only its owner writes it
                ++report.byTable[table].unchanged;
                return {};
            }
            latestStampMs = std::max(latestStampMs, row.value(QStringLiteral("version")).toLongLong() >> 16);
            const Result<RecordWriter::Merge> merged
                = writer.applyIncoming(table, row, manifest.bundleId, manifest.senderSite);
            if (!merged) {
                return refusedWhole(merged.error().message);
            }
            ownership.applied(table);
            MergeCounts& counts = report.byTable[table];
            switch (*merged) {
            case RecordWriter::Merge::Inserted:
                ++report.inserted;
                ++counts.inserted;
                if (table == QLatin1String("residents")) {
                    return findDuplicates(row);
                }
                break;
            case RecordWriter::Merge::Updated:
                ++report.updated;
                ++counts.updated;
                break;
            case RecordWriter::Merge::Unchanged:
                ++report.unchanged;
                ++counts.unchanged;
                break;
            case RecordWriter::Merge::Conflict:
            case RecordWriter::Merge::Held:
                break; // counted from what was kept, below
            }
            if (table == QLatin1String("revocations") && *merged != RecordWriter::Merge::Conflict
                && *merged != RecordWriter::Merge::Held) {
                return applyRevocation(writer.read(table, id));
            }
            return {};
        });
    if (applied) {
        applied = ownership.checkDeferred();
        if (!applied) {
            applied = refusedWhole(applied.error().message);
        }
    }
    if (!applied) {
        return applied.error();
    }
    writer.forgetScope(); // requests and grants may have arrived
    if (const Result<int> withdrawn = withdrawUnconcerned(m_db); !withdrawn) {
        return withdrawn.error();
    }
    if (Status counted = countKept(manifest.bundleId, report); !counted) {
        return counted.error();
    }
    AuditAnchors anchors(m_db);
    const Result<TrustedSite> sender = TrustStore(m_db).find(manifest.senderSite);
    const Result<QStringList> anchored = !sender ? Result<QStringList>(sender.error())
        : m_db.site().isMinistry
        ? anchors.receive(manifest.senderSite, sender->keys.sign, manifest.auditAnchors)
        : anchors.confirm(sender->keys.sign, manifest.auditAnchors);
    if (!anchored) {
        return anchored.error();
    }
    report.auditProblems = *anchored;
    // The sender's clock, as its bundle and its stamps show it: told to the site next time.
    const qint64 createdMs = QDateTime::fromString(manifest.createdAt, Qt::ISODateWithMs).toMSecsSinceEpoch();
    const qint64 ahead = std::max(createdMs, latestStampMs) - nowMs;
    report.senderClockAheadMs = ahead > RecordWriter::kMaxClockAheadMs ? ahead : 0;
    if (m_db.site().isMinistry
        && !m_db.setMetaValue(clockKey(manifest.senderSite), QString::number(report.senderClockAheadMs))) {
        return Error::internal(tr("Cannot record the clock of the sender of %1.").arg(native(path)));
    }
    report.ownClockAheadMs = m_db.site().isMinistry ? 0 : manifest.clockAheadMs;
    // Told its clock was ahead, and reading like the ministry's again (its answer was made
    // at most a week before this import): what this laptop stamped ahead no longer counts.
    if (report.ownClockAheadMs > 0 && createdMs <= nowMs + RecordWriter::kMaxClockAheadMs
        && createdMs >= nowMs - 7LL * 24 * 3600 * 1000) {
        if (Status forgot = writer.forgetFutureStamps(); !forgot) {
            return forgot.error();
        }
    }
    Status logged = recordBundle(m_db, manifest, QStringLiteral("in"), verified->fileHash, utcNowIso());
    Status audited = logged
        ? writer.audit().append({ QStringLiteral("import-bundle"),
                                  QStringLiteral("bundle_log"),
                                  manifest.bundleId,
                                  {},
                                  { { QStringLiteral("sender"), manifest.senderSite },
                                    { QStringLiteral("sequence"), manifest.sequence },
                                    { QStringLiteral("records"), manifest.records },
                                    { QStringLiteral("inserted"), report.inserted },
                                    { QStringLiteral("updated"), report.updated },
                                    { QStringLiteral("conflicts"), report.conflicts },
                                    { QStringLiteral("held"), report.held },
                                    { QStringLiteral("fork_accepted"), report.forkAccepted } } })
        : logged;
    if (audited && mode == Mode::Preview) {
        return report; // the transaction rolls back
    }
    if (audited) {
        audited = anchors.signHead(keys); // the keys are open: the head after this import is signed
    }
    if (!audited || !tx.commit()) {
        return Error::internal(
            tr("The bundle %1 could not be recorded; nothing was applied.").arg(native(path)));
    }
    return report;
}

QString BundleExchange::clockNotice(qint64 aheadMs)
{
    constexpr qint64 hour = 3600 * 1000;
    return aheadMs >= 24 * hour
        ? tr(
            "When the ministry received this laptop's last bundle, its clock was %n days ahead. Set the date "
            "and time right: records stamped ahead wait for a clerk at the ministry.",
            nullptr, static_cast<int>(aheadMs / (24 * hour)))
        : tr("When the ministry received this laptop's last bundle, its clock was %n hours ahead. Set the "
             "date "
             "and time right: records stamped ahead wait for a clerk at the ministry.",
             nullptr, static_cast<int>(aheadMs / hour));
}

Status BundleExchange::countKept(const QString& bundleId, ImportReport& report)
{
    // Counted from what was stored, so the summary cannot say "0 conflicts" while one was kept.
    SqlQuery kept(m_db.connection(),
                  QStringLiteral("SELECT entity, reason = 'future_stamp', count(*) FROM conflicts"
                                 " WHERE bundle_id = :bundle GROUP BY 1, 2"));
    kept.bind(QStringLiteral(":bundle"), bundleId);
    if (!kept.exec()) {
        return Error::internal(kept.errorText());
    }
    while (kept.next()) {
        MergeCounts& counts = report.byTable[kept.value(0).toString()];
        const int n = kept.value(2).toInt();
        if (kept.value(1).toBool()) {
            counts.held += n;
            report.held += n;
        } else {
            counts.conflicts += n;
            report.conflicts += n;
        }
    }
    return {};
}

Status BundleExchange::applyRevocation(const QVariantMap& row)
{
    if (row.value(QStringLiteral("deleted")).toInt() != 0) {
        return {};
    }
    return TrustStore(m_db).applyRevocation(
        row.value(QStringLiteral("site_id")).toString(),
        QByteArray::fromBase64(row.value(QStringLiteral("sign_key")).toString().toLatin1()),
        row.value(QStringLiteral("revoked_at")).toString());
}

} // namespace riaya
