#include "Cli.h"
#include "backup/Backup.h"
#include "db/Database.h"
#include "security/KeyStore.h"
#include "security/SignedDocument.h"
#include "sync/BundleExchange.h"
#include "sync/KeyRotation.h"
#include "sync/ReviewQueue.h"
#include "sync/SenderHistory.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace riaya {
namespace {

// Opens the site's private keys with the passphrase given to the command.
std::optional<UnlockedKeys> unlockKeys(CommandContext& c, Database& db)
{
    const std::optional<QByteArray> passphrase = c.passphrase();
    if (!passphrase) {
        if (c.exitCode() == ExitOk) {
            c.usage(
                CommandContext::tr("This command needs the keys' passphrase: --passphrase-file FILE or the "
                                   "environment variable RIAYA_PASSPHRASE."));
        }
        return std::nullopt;
    }
    Result<UnlockedKeys> keys = KeyStore(db).unlock(*passphrase);
    if (!keys) {
        c.fail(keys.error());
        return std::nullopt;
    }
    return std::move(*keys);
}

QJsonObject siteJson(const TrustedSite& site)
{
    return { { QStringLiteral("site_id"), site.siteId },
             { QStringLiteral("name"), site.name },
             { QStringLiteral("role"), site.role },
             { QStringLiteral("fingerprint"), KeyStore::fingerprint(site.keys.sign) },
             { QStringLiteral("revoked"), site.revoked } };
}

int runKeysCreate(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const std::optional<QByteArray> passphrase = c.passphrase();
    if (!passphrase) {
        return c.exitCode() != ExitOk
            ? c.exitCode()
            : c.usage(CommandContext::tr("Give the new keys' passphrase with "
                                         "--passphrase-file FILE or RIAYA_PASSPHRASE."));
    }
    KeyStore keys(*db);
    const bool replace = c.options().isSet(QStringLiteral("replace"));
    if (Status status = keys.create(*passphrase, replace); !status) {
        return c.fail(status.error());
    }
    c.out() << CommandContext::tr("Keys created. Fingerprint: %1")
                   .arg(KeyStore::fingerprint(keys.publicKeys()->sign))
            << '\n';
    if (replace) {
        c.out() << CommandContext::tr("Send the new identity (“keys export”) to the ministry, which enrols "
                                      "it after revoking the old key.")
                << '\n';
    }
    return ExitOk;
}

int runKeysRotate(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const std::optional<QByteArray> passphrase = c.passphrase();
    if (!passphrase) {
        return c.exitCode() != ExitOk
            ? c.exitCode()
            : c.usage(
                CommandContext::tr("Give the keys' passphrase with --passphrase-file FILE or "
                                   "RIAYA_PASSPHRASE: it opens the current keys and seals the new ones."));
    }
    const Result<PublicKeys> old = KeyStore(*db).publicKeys();
    const QString oldFingerprint = old ? KeyStore::fingerprint(old->sign) : QString();
    const Result<UnlockedKeys> rotated = KeyRotation(*db).rotate(*passphrase);
    if (!rotated) {
        return c.fail(rotated.error());
    }
    const QString fingerprint = KeyStore::fingerprint(rotated->publicKeys.sign);
    if (c.json()) {
        c.printJson(QJsonObject { { QStringLiteral("old_fingerprint"), oldFingerprint },
                                  { QStringLiteral("fingerprint"), fingerprint } });
        return ExitOk;
    }
    c.out() << CommandContext::tr("The ministry's keys are rotated. New fingerprint: %1 (it was %2).")
                   .arg(fingerprint, oldFingerprint)
            << '\n'
            << CommandContext::tr("Every bundle from now on is signed with the new key and carries the "
                                  "statement signed by both keys: each site trusts the new keys at its next "
                                  "import. Sites set up from now on need the new profile (“profile export”).")
            << '\n';
    return ExitOk;
}

int runKeysRevoke(CommandContext& c)
{
    const QString site = c.options().positionalArguments().value(0);
    const QString reason = c.options().value(QStringLiteral("reason"));
    if (site.isEmpty() || reason.trimmed().isEmpty()) {
        return c.usage(CommandContext::tr("Name the site and say why: keys revoke SITE --reason TEXT."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    if (Status status = TrustStore(*db).revoke(site, reason); !status) {
        return c.fail(status.error());
    }
    c.out() << CommandContext::tr("The key of %1 is revoked: its bundles are refused from now on, and the "
                                  "next reference bundle tells every site.")
                   .arg(site)
            << '\n';
    return ExitOk;
}

int runKeysShow(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<PublicKeys> keys = KeyStore(*db).publicKeys();
    const QString fingerprint = keys ? KeyStore::fingerprint(keys->sign) : QString();
    if (c.json()) {
        c.printJson(QJsonObject { { QStringLiteral("site_id"), db->site().id },
                                  { QStringLiteral("name"), db->site().name },
                                  { QStringLiteral("ministry"), db->site().isMinistry },
                                  { QStringLiteral("fingerprint"), fingerprint } });
        return ExitOk;
    }
    c.out() << CommandContext::tr("Site: %1 (%2)").arg(db->site().name, db->site().id) << '\n'
            << (keys ? CommandContext::tr("Fingerprint: %1").arg(fingerprint) : keys.error().message) << '\n';
    return ExitOk;
}

// keys export (a site's identity) and profile export (the ministry's) write the same
// self-signed document of this database's public keys.
int runExportIdentity(CommandContext& c, bool profile)
{
    const QString out = c.options().value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return c.usage(CommandContext::tr("Name the file to write with --out FILE."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    if (profile != db->site().isMinistry) {
        return c.fail(
            Error::refused(profile ? CommandContext::tr("Only the ministry hub exports a profile; a site "
                                                        "exports its identity with “keys export”.")
                                   : CommandContext::tr("The ministry hub exports its profile with "
                                                        "“profile export”.")));
    }
    std::optional<UnlockedKeys> keys = unlockKeys(c, *db);
    if (!keys) {
        return c.exitCode();
    }
    const Result<QByteArray> document = TrustStore(*db).exportOwnIdentity(*keys);
    const Status written = document ? SignedDocument::writeFile(out, *document) : Status(document.error());
    if (!written) {
        return c.fail(written.error());
    }
    c.out() << CommandContext::tr("Written to %1. Fingerprint: %2")
                   .arg(QDir::toNativeSeparators(out), KeyStore::fingerprint(keys->publicKeys.sign))
            << '\n';
    return ExitOk;
}

int runTrust(CommandContext& c, bool enrol)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    TrustStore trust(*db);
    const QString file = c.options().positionalArguments().value(0);
    const Result<TrustedSite> site = enrol ? trust.enrol(file) : trust.loadProfile(file);
    if (!site) {
        return c.fail(site.error());
    }
    if (c.json()) {
        c.printJson(siteJson(*site));
    } else {
        c.out() << CommandContext::tr(
                       "Now trusted: %1 (%2). Compare this fingerprint with the one shown at %1: %3")
                       .arg(site->name, site->siteId, KeyStore::fingerprint(site->keys.sign))
                << '\n';
    }
    return ExitOk;
}

int runKeysList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<TrustedSite>> sites = TrustStore(*db).list();
    if (!sites) {
        return c.fail(sites.error());
    }
    if (c.json()) {
        c.printJsonArray(*sites, siteJson);
        return ExitOk;
    }
    for (const TrustedSite& site : *sites) {
        c.out() << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(site.siteId, site.role, KeyStore::fingerprint(site.keys.sign), site.name);
    }
    return ExitOk;
}

int runBundleExport(CommandContext& c)
{
    const QString out = c.options().value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return c.usage(CommandContext::tr("Name the bundle to write with --out FILE."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    if (db->site().isMinistry && !c.options().isSet(QStringLiteral("to"))) {
        return c.usage(CommandContext::tr("Name the site the bundle is for with --to SITE_ID."));
    }
    std::optional<UnlockedKeys> keys = unlockKeys(c, *db);
    if (!keys) {
        return c.exitCode();
    }
    const Result<ExportReport> report
        = BundleExchange(*db).exportTo(out, c.options().value(QStringLiteral("to")), *keys);
    if (!report) {
        return c.fail(report.error());
    }
    if (c.json()) {
        c.printJson(QJsonObject::fromVariantMap(report->manifest.toMap()));
    } else {
        c.out() << CommandContext::tr("Bundle %1 written to %2: %n records.", nullptr,
                                      static_cast<int>(report->manifest.records))
                       .arg(report->manifest.sequence)
                       .arg(QDir::toNativeSeparators(out))
                << '\n';
    }
    return ExitOk;
}

int runBundleVerify(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    int worst = ExitOk;
    QJsonArray results;
    for (const QString& file : c.options().positionalArguments()) {
        const Result<BundleFile::Verified> verified = BundleExchange(*db).verify(file);
        if (!verified) {
            worst = std::max(worst, c.fail(verified.error()));
            results.append(QJsonObject { { QStringLiteral("file"), file },
                                         { QStringLiteral("ok"), false },
                                         { QStringLiteral("error"), verified.error().message } });
            continue;
        }
        results.append(QJsonObject { { QStringLiteral("file"), file },
                                     { QStringLiteral("ok"), true },
                                     { QStringLiteral("sender"), verified->manifest.senderName },
                                     { QStringLiteral("sequence"), verified->manifest.sequence },
                                     { QStringLiteral("records"), verified->manifest.records } });
        if (!c.json()) {
            c.out() << CommandContext::tr("%1: intact, signed by %2, bundle %3, %n records.", nullptr,
                                          static_cast<int>(verified->manifest.records))
                           .arg(QDir::toNativeSeparators(file), verified->manifest.senderName)
                           .arg(verified->manifest.sequence)
                    << '\n';
        }
    }
    if (c.json()) {
        c.printJson(results);
    }
    return worst;
}

int runBundleImport(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    std::optional<UnlockedKeys> keys = unlockKeys(c, *db);
    if (!keys) {
        return c.exitCode();
    }
    int worst = ExitOk;
    QJsonArray results;
    const auto mode = c.options().isSet(QStringLiteral("dry-run")) ? BundleExchange::Mode::Preview
                                                                   : BundleExchange::Mode::Apply;
    if (mode == BundleExchange::Mode::Apply) {
        const Result<BackupInfo> before
            = Backup::create(*db, Backup::folderFor(*db), QStringLiteral("import"), Backup::keepFor(*db));
        if (!before) {
            return c.fail(Error::refused(CommandContext::tr("No backup could be made before the import, so "
                                                            "nothing was imported: %1")
                                             .arg(before.error().message)));
        }
    }
    const auto fork = c.options().isSet(QStringLiteral("accept-fork")) ? BundleExchange::Fork::Accept
                                                                       : BundleExchange::Fork::Refuse;
    for (const QString& file : c.options().positionalArguments()) {
        const Result<ImportReport> report = BundleExchange(*db).importFile(file, *keys, mode, fork);
        if (!report) {
            worst = std::max(worst, c.fail(report.error()));
            results.append(QJsonObject { { QStringLiteral("file"), file },
                                         { QStringLiteral("ok"), false },
                                         { QStringLiteral("error"), report.error().message } });
            continue;
        }
        QJsonArray missing;
        for (const SequenceRange& range : report->missingSequences) {
            missing.append(QJsonArray { range.first, range.last });
        }
        QJsonObject byTable;
        for (auto it = report->byTable.cbegin(); it != report->byTable.cend(); ++it) {
            byTable.insert(it.key(),
                           QJsonObject { { QStringLiteral("inserted"), it->inserted },
                                         { QStringLiteral("updated"), it->updated },
                                         { QStringLiteral("unchanged"), it->unchanged },
                                         { QStringLiteral("conflicts"), it->conflicts },
                                         { QStringLiteral("held"), it->held } });
        }
        results.append(QJsonObject {
            { QStringLiteral("file"), file },
            { QStringLiteral("ok"), true },
            { QStringLiteral("preview"), report->preview },
            { QStringLiteral("by_table"), byTable },
            { QStringLiteral("already_imported"), report->alreadyImported },
            { QStringLiteral("inserted"), report->inserted },
            { QStringLiteral("updated"), report->updated },
            { QStringLiteral("unchanged"), report->unchanged },
            { QStringLiteral("conflicts"), report->conflicts },
            { QStringLiteral("held"), report->held },
            { QStringLiteral("fork_accepted"), report->forkAccepted },
            { QStringLiteral("sender_clock_ahead_ms"), report->senderClockAheadMs },
            { QStringLiteral("own_clock_ahead_ms"), report->ownClockAheadMs },
            { QStringLiteral("audit_problems"), QJsonArray::fromStringList(report->auditProblems) },
            { QStringLiteral("probable_duplicates"), report->probableDuplicates },
            { QStringLiteral("missing_sequences"), missing } });
        if (c.json()) {
            continue;
        }
        const QString name = QDir::toNativeSeparators(file);
        if (report->alreadyImported) {
            c.out() << CommandContext::tr("%1: already imported; nothing changed.").arg(name) << '\n';
            continue;
        }
        c.out() << CommandContext::tr("%1: %2 new, %3 changed, %4 unchanged, %5 conflicts kept for review.")
                       .arg(name)
                       .arg(report->inserted)
                       .arg(report->updated)
                       .arg(report->unchanged)
                       .arg(report->conflicts)
                << '\n';
        for (auto it = report->byTable.cbegin(); it != report->byTable.cend(); ++it) {
            c.out() << "  "
                    << CommandContext::tr("%1: %2 new, %3 changed, %4 unchanged, %5 conflicts.")
                           .arg(it.key())
                           .arg(it->inserted)
                           .arg(it->updated)
                           .arg(it->unchanged)
                           .arg(it->conflicts)
                    << '\n';
        }
        if (report->preview) {
            c.out() << CommandContext::tr("This was a preview: nothing was applied.") << '\n';
        }
        if (report->probableDuplicates > 0) {
            c.out() << CommandContext::tr(
                "%n residents look like children registered at another site; they wait "
                "for a clerk to decide, nothing was merged.",
                nullptr, report->probableDuplicates)
                    << '\n';
        }
        if (!report->missingSequences.isEmpty()) {
            c.out() << CommandContext::tr("Bundles not received yet from %1: %2.")
                           .arg(report->manifest.senderName, describeRanges(report->missingSequences))
                    << '\n';
        }
        if (report->held > 0) {
            c.out() << CommandContext::tr(
                           "%n records were stamped by a clock %1 days ahead of this one; they "
                           "wait for a clerk (conflicts list) and win over nothing.",
                           nullptr, report->held)
                           .arg(report->senderClockAheadMs / (24 * 3600 * 1000))
                    << '\n';
        }
        if (report->forkAccepted) {
            c.out() << CommandContext::tr(
                           "This bundle starts a new history of its sender; the earlier bundles "
                           "from number %1 on were set aside, their records kept.")
                           .arg(report->manifest.sequence)
                    << '\n';
        }
        for (const QString& problem : report->auditProblems) {
            c.out() << CommandContext::tr("Warning: %1 (%2)").arg(problem, report->manifest.senderName)
                    << '\n';
        }
        if (report->ownClockAheadMs > 0) {
            c.out() << BundleExchange::clockNotice(report->ownClockAheadMs) << '\n';
        }
    }
    if (c.json()) {
        c.printJson(results);
    }
    return worst;
}

int runConflictsList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<ConflictEntry>> entries = ReviewQueue(*db).conflicts();
    if (!entries) {
        return c.fail(entries.error());
    }
    if (c.json()) {
        c.printJsonArray(*entries, [](const ConflictEntry& e) {
            return QJsonObject { { QStringLiteral("id"), e.id },
                                 { QStringLiteral("entity"), e.entity },
                                 { QStringLiteral("record_id"), e.recordId },
                                 { QStringLiteral("reason"), e.reason },
                                 { QStringLiteral("bundle_id"), e.bundleId },
                                 { QStringLiteral("sender_site"), e.senderSite },
                                 { QStringLiteral("clock_ahead_ms"), e.clockAheadMs },
                                 { QStringLiteral("kept"), QJsonObject::fromVariantMap(e.kept) },
                                 { QStringLiteral("lost"), QJsonObject::fromVariantMap(e.lost) } };
        });
        return ExitOk;
    }
    for (const ConflictEntry& e : *entries) {
        c.out() << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(e.id)
                       .arg(e.entity, e.recordId, e.reason, e.senderSite);
        if (e.clockAheadMs > 0) {
            c.out() << "  "
                    << CommandContext::tr("(clock %n days ahead)", nullptr,
                                          static_cast<int>(e.clockAheadMs / (24LL * 3600 * 1000)));
        }
        c.out() << '\n';
    }
    return ExitOk;
}

int runDuplicatesList(CommandContext& c)
{
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Result<QList<DuplicateEntry>> entries = ReviewQueue(*db).duplicates();
    if (!entries) {
        return c.fail(entries.error());
    }
    if (c.json()) {
        c.printJsonArray(*entries, [](const DuplicateEntry& e) {
            return QJsonObject { { QStringLiteral("id"), e.id },
                                 { QStringLiteral("resident_id"), e.residentId },
                                 { QStringLiteral("other_id"), e.otherId },
                                 { QStringLiteral("score"), e.score },
                                 { QStringLiteral("bundle_id"), e.bundleId } };
        });
        return ExitOk;
    }
    for (const DuplicateEntry& e : *entries) {
        c.out() << QStringLiteral("%1  %2  %3  %4%\n")
                       .arg(e.id)
                       .arg(e.residentId, e.otherId)
                       .arg(qRound(e.score * 100));
    }
    return ExitOk;
}

int runConflictResolve(CommandContext& c)
{
    const QString take = c.options().value(QStringLiteral("take"));
    if (take != QLatin1String("kept") && take != QLatin1String("lost")) {
        return c.usage(CommandContext::tr("Say which version stays with --take kept or --take lost."));
    }
    bool ok = false;
    const qint64 id = c.options().positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        return c.usage(CommandContext::tr("Name the conflict by its number (see “conflicts list”)."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Status status = ReviewQueue(*db).resolveConflict(id, take == QLatin1String("lost"));
    return status ? ExitOk : c.fail(status.error());
}

int runDuplicatesDifferent(CommandContext& c)
{
    bool ok = false;
    const qint64 id = c.options().positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        return c.usage(CommandContext::tr("Name the pair by its number (see “duplicates list”)."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Status status = ReviewQueue(*db).markDifferentChildren(id);
    return status ? ExitOk : c.fail(status.error());
}

int runDuplicatesMerge(CommandContext& c)
{
    bool ok = false;
    const qint64 id = c.options().positionalArguments().value(0).toLongLong(&ok);
    const QString keep = c.options().value(QStringLiteral("keep"));
    if (!ok || keep.isEmpty()) {
        return c.usage(CommandContext::tr("Name the pair by its number and the file that stays: "
                                          "duplicates merge ID --keep RESIDENT_ID."));
    }
    Database* db = c.openDatabase();
    if (!db) {
        return c.exitCode();
    }
    const Status status = ReviewQueue(*db).mergeDuplicates(id, keep);
    if (!status) {
        return c.fail(status.error());
    }
    c.out() << CommandContext::tr("Merged: the file %1 stays and shows the records of both.").arg(keep)
            << '\n';
    return ExitOk;
}

void declareOut(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("FILE") });
}

} // namespace

// The first key pair and a profile loaded at set-up (used by `init`).
int setUpKeys(CommandContext& c, Database& db, const QString& profile)
{
    const std::optional<QByteArray> passphrase = c.passphrase();
    if (c.exitCode() != ExitOk) {
        return c.exitCode();
    }
    if (passphrase) {
        KeyStore keys(db);
        if (Status status = keys.create(*passphrase); !status) {
            return c.fail(status.error());
        }
        c.out() << CommandContext::tr("Keys created. Fingerprint: %1")
                       .arg(KeyStore::fingerprint(keys.publicKeys()->sign))
                << '\n';
    }
    if (!profile.isEmpty()) {
        const Result<TrustedSite> ministry = TrustStore(db).loadProfile(profile);
        if (!ministry) {
            return c.fail(ministry.error());
        }
        c.out() << CommandContext::tr("Ministry “%1” trusted. Its fingerprint: %2")
                       .arg(ministry->name, KeyStore::fingerprint(ministry->keys.sign))
                << '\n';
    }
    return ExitOk;
}

void addSyncCommands(QList<Command>& commands)
{
    commands.append({ QStringLiteral("keys create"),
                      QT_TRANSLATE_NOOP("Cli", "Make this site's keys, sealed under the passphrase."),
                      [](QCommandLineParser& p) {
                          p.addOption(
                              { QStringLiteral("replace"),
                                Cli::tr("Replace existing keys (after the ministry revoked them).") });
                      },
                      runKeysCreate });
    commands.append(
        { QStringLiteral("keys revoke"),
          QT_TRANSLATE_NOOP("Cli", "Ministry: refuse a site's key from now on, everywhere."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("reason"), Cli::tr("Why the key is revoked."), Cli::tr("TEXT") });
          },
          runKeysRevoke, QStringLiteral("SITE") });
    commands.append({ QStringLiteral("keys rotate"),
                      QT_TRANSLATE_NOOP("Cli",
                                        "Ministry: new keys, handed over by a statement signed by the "
                                        "old and the new key."),
                      [](QCommandLineParser&) {}, runKeysRotate });
    commands.append({ QStringLiteral("keys show"),
                      QT_TRANSLATE_NOOP("Cli", "Show this site's id and key fingerprint."),
                      [](QCommandLineParser&) {}, runKeysShow });
    commands.append(
        { QStringLiteral("keys export"),
          QT_TRANSLATE_NOOP("Cli", "Write this site's public identity for the ministry to enrol."),
          declareOut, [](CommandContext& c) { return runExportIdentity(c, false); } });
    commands.append({ QStringLiteral("keys enrol"),
                      QT_TRANSLATE_NOOP("Cli", "Ministry: trust a site from its identity file."),
                      [](QCommandLineParser&) {}, [](CommandContext& c) { return runTrust(c, true); },
                      QStringLiteral("FILE") });
    commands.append({ QStringLiteral("keys list"),
                      QT_TRANSLATE_NOOP("Cli", "List the sites this database trusts."),
                      [](QCommandLineParser&) {}, runKeysList });
    commands.append({ QStringLiteral("profile export"),
                      QT_TRANSLATE_NOOP("Cli", "Ministry: write the signed profile sites are set up from."),
                      declareOut, [](CommandContext& c) { return runExportIdentity(c, true); } });
    commands.append({ QStringLiteral("profile load"),
                      QT_TRANSLATE_NOOP("Cli", "Site: trust the ministry of a profile file."),
                      [](QCommandLineParser&) {}, [](CommandContext& c) { return runTrust(c, false); },
                      QStringLiteral("FILE") });
    commands.append(
        { QStringLiteral("bundle export"),
          QT_TRANSLATE_NOOP("Cli", "Write a signed, encrypted bundle of this database's changes."),
          [](QCommandLineParser& p) {
              declareOut(p);
              p.addOption({ QStringLiteral("to"), Cli::tr("The recipient site (default: the ministry)."),
                            Cli::tr("SITE") });
          },
          runBundleExport });
    commands.append({ QStringLiteral("bundle verify"),
                      QT_TRANSLATE_NOOP("Cli", "Check bundles without applying anything."),
                      [](QCommandLineParser&) {}, runBundleVerify, QStringLiteral("FILE...") });
    commands.append(
        { QStringLiteral("conflicts list"),
          QT_TRANSLATE_NOOP("Cli", "List the versions that lost a conflict at import, for review."),
          [](QCommandLineParser&) {}, runConflictsList });
    commands.append(
        { QStringLiteral("duplicates list"),
          QT_TRANSLATE_NOOP("Cli", "List residents that look like a child registered at another site."),
          [](QCommandLineParser&) {}, runDuplicatesList });
    commands.append(
        { QStringLiteral("conflicts resolve"),
          QT_TRANSLATE_NOOP("Cli",
                            "Decide a conflict: keep the version in force, or take the one that lost."),
          [](QCommandLineParser& p) {
              p.addOption({ QStringLiteral("take"), Cli::tr("kept or lost."), Cli::tr("VERSION") });
          },
          runConflictResolve, QStringLiteral("ID") });
    commands.append(
        { QStringLiteral("duplicates different"),
          QT_TRANSLATE_NOOP("Cli", "Record that a probable duplicate pair are two different children."),
          [](QCommandLineParser&) {}, runDuplicatesDifferent, QStringLiteral("ID") });
    commands.append({ QStringLiteral("duplicates merge"),
                      QT_TRANSLATE_NOOP("Cli", "Merge a probable duplicate pair: one child, one file."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("keep"), Cli::tr("The resident whose file stays."),
                                        Cli::tr("ID") });
                      },
                      runDuplicatesMerge, QStringLiteral("ID") });
    commands.append({ QStringLiteral("bundle import"),
                      QT_TRANSLATE_NOOP("Cli", "Verify and apply bundles, each one whole or not at all."),
                      [](QCommandLineParser& p) {
                          p.addOption({ QStringLiteral("dry-run"),
                                        Cli::tr("Show what each bundle would change, and apply nothing.") });
                          p.addOption({ QStringLiteral("accept-fork"),
                                        Cli::tr("Accept a bundle that starts a new history of its sender (a "
                                                "site restored from an old backup), after checking with the "
                                                "site.") });
                      },
                      runBundleImport, QStringLiteral("FILE...") });
}

} // namespace riaya
